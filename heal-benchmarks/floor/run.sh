#!/usr/bin/env bash
# The kernel's floor under 'heal bench overhead's probe phases: starts 200 'python3 -m http.server'
# children (as the benchmark does), then probes each once a second with probe-floor.c, a C prober
# that does nothing but the socket calls, and prints its CPU share of one core (utime + stime from
# /proc, as the benchmark reads Heal's) for TCP and HTTP probes, and, with 'keepalive' among the
# modes, for HTTP over one kept-alive connection per child (the children then speak HTTP/1.1).
# Needs gcc. Usage: heal-benchmarks/floor/run.sh [SECONDS (default 30)] [PROCESSES (default 200)]
#   [MODES (default "tcp http"; any of tcp, http, keepalive)]
set -euo pipefail
seconds="${1:-30}"
processes="${2:-200}"
modes="${3:-tcp http}"
protocol=HTTP/1.0
case " $modes " in *" keepalive "*) protocol=HTTP/1.1 ;; esac
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'pkill -P $$ python3 || true; rm -rf "$work"' EXIT
gcc -O2 -o "$work/probe-floor" "$here/probe-floor.c"
first=23000
ports="$(seq "$first" $((first + processes - 1)))"
for p in $ports; do
  (cd "$work" && exec python3 -m http.server "$p" --bind 127.0.0.1 -p "$protocol" >/dev/null 2>&1) &
done
for p in $ports; do
  until python3 -c "import socket, sys; socket.create_connection(('127.0.0.1', int(sys.argv[1]))).close()" "$p" 2>/dev/null; do
    sleep 0.2
  done
done
hz="$(getconf CLK_TCK)"
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
for mode in $modes; do
  # shellcheck disable=SC2086 # one port a word
  "$work/probe-floor" "$mode" $ports &
  prober=$!
  sleep 3
  t0="$(ticks "$prober")"
  sleep "$seconds"
  t1="$(ticks "$prober")"
  kill "$prober"
  wait "$prober" 2>/dev/null || true
  awk -v m="$mode" -v d=$((t1 - t0)) -v hz="$hz" -v s="$seconds" -v n="$processes" \
    'BEGIN { printf "%-9s %d probes a second: %.2f%% of one core\n", m, n, 100 * d / hz / s }'
done
