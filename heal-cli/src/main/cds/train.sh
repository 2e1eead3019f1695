#!/usr/bin/env bash
# Regenerates heal-run.classlist (and heal-sample.classlist, below): the classes that 'heal run' loads in its steady state and in a first crash, listed by
# a training run of train.yaml (an idle service and one probed by HTTP, TCP and exec) with a status
# request to the control API. The ./heal
# launcher turns the list into a class-data-sharing archive (heal-cli/target/heal-run.jsa) that
# 'heal run' maps instead of parsing those classes again: about 2 MB less RSS. Rerun after a change
# that makes 'heal run' load other classes; a stale list only makes the archive cover less.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
"$root/heal" --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sed "s/\${PORT_WEB}/$port/g" "$here/train.yaml" >"$work/heal.yaml"
flags="$(grep -v '^#' "$root/heal-cli/src/main/resources/io/heal/cli/run.jvmflags" | tr '\n' ' ')"
# shellcheck disable=SC2086 # one flag a word
java $flags -XX:DumpLoadedClassList="$work/classes.txt" -jar "$root/heal-cli/target/heal.jar" \
  run -c "$work/heal.yaml" >"$work/heal.out" 2>&1 &
heal=$!
get() { python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1]).read()' "$1"; }
for _ in $(seq 100); do [ -s "$work/data/control.url" ] && break; sleep 0.1; done
url="$(cat "$work/data/control.url")"
sleep 5
get "$url/v1/services"
sleep 1
# one crash of the idle service and its restart: the path of a first crash (exit, incident,
# decision, write-ahead log, spawn) is archived too, so it runs as fast as a later one
pkill -KILL -f '^sleep 1000000$'
sleep 2
kill -TERM "$heal"
wait "$heal" || true
{
  echo "# Classes 'heal run' loads, from train.sh; the ./heal launcher archives them. Generated: do not edit."
  grep -v '^#' "$work/classes.txt"
} >"$here/heal-run.classlist"
echo "wrote $here/heal-run.classlist ($(grep -vc '^#' "$here/heal-run.classlist") classes)"

# heal-sample.classlist: the classes the sample service loads to start, answer each endpoint the
# demo and the probes use, and stop on SIGTERM. ./heal archives them as heal-sample.jsa, which the
# demo and 'heal bench recovery' start the sample with (about 25 ms less from start to ready).
sport="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -Xss256k -Xmx96m \
  -XX:DumpLoadedClassList="$work/sample.txt" -cp "$root/heal-cli/target/heal.jar" \
  io.heal.sample.SampleMain --port "$sport" --name train --release v1 --enable-faults \
  --state-dir "$work/sample" >"$work/sample.out" 2>&1 &
sample=$!
for _ in $(seq 100); do grep -q ' ready on port ' "$work/sample.out" && break; sleep 0.1; done
for path in healthz readyz metrics; do get "http://127.0.0.1:$sport/$path"; done
python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], b"{\"a\": 6, \"b\": 3}").read()' \
  "http://127.0.0.1:$sport/compute"
kill -TERM "$sample"
wait "$sample" || true
{
  echo "# Classes the sample service loads, from train.sh; the ./heal launcher archives them. Generated: do not edit."
  grep -v '^#' "$work/sample.txt"
} >"$here/heal-sample.classlist"
echo "wrote $here/heal-sample.classlist ($(grep -vc '^#' "$here/heal-sample.classlist") classes)"
