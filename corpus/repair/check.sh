#!/usr/bin/env bash
# Verifies the seeded-bug repair corpus.
#
# For each program (all of corpus/repair/*/ by default, or the ids given as arguments):
#   1. copies it to a temporary directory and runs `mvn test` (offline first, then online if the
#      local repository lacks something);
#   2. checks that exactly the tests listed in bug.json "failingTests" fail (surefire XML reports);
#   3. applies fix.diff with `patch -p1` and checks that every test then passes.
# Prints one line per program (`ok` or what is wrong) and a total line. Exit code 0 iff all ok.
#
# Environment: JOBS (parallel programs, default 1, at most 2 advised on a 2-core machine),
#              MVN (maven command, default `mvn` on PATH else the repository's ./mvnw),
#              MVN_TIMEOUT (seconds per maven run, default 300).
set -uo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
JOBS="${JOBS:-1}"
MVN_TIMEOUT="${MVN_TIMEOUT:-300}"
if [[ -z "${MVN:-}" ]]; then
  if command -v mvn >/dev/null 2>&1; then MVN=mvn; else MVN="$REPO/mvnw"; fi
fi
export MVN MVN_TIMEOUT HERE

if [[ $# -gt 0 ]]; then
  ids=("$@")
else
  ids=()
  for d in "$HERE"/*/; do
    [[ -f "$d/bug.json" ]] && ids+=("$(basename "$d")")
  done
fi

check_one() {
  local id="$1" src="$HERE/$1" work log
  if [[ ! -f "$src/bug.json" ]]; then echo "$id: FAIL no such program (bug.json missing)"; return; fi
  work="$(mktemp -d "${TMPDIR:-/tmp}/repair-check.XXXXXX")"
  trap 'rm -rf "$work"' RETURN
  (cd "$src" && tar --exclude=target -cf - .) | (cd "$work" && tar -xf -)
  log="$work/.mvn.log"

  # bug.json sanity
  local meta
  meta="$(python3 - "$work/bug.json" "$id" <<'PY'
import json, sys
b = json.load(open(sys.argv[1])); i = sys.argv[2]; errs = []
for k in ("id", "category", "description", "edits", "templateFixable", "failingTests"):
    if k not in b: errs.append("missing " + k)
if not errs:
    if b["id"] != i: errs.append("id %r != dir" % b["id"])
    if not i.startswith(b["category"] + "-"): errs.append("category %r not id prefix" % b["category"])
    if b["edits"] not in (1, 2): errs.append("edits %r" % b["edits"])
    if not isinstance(b["templateFixable"], bool): errs.append("templateFixable not bool")
    if not b["failingTests"]: errs.append("failingTests empty")
    if any("#" not in t for t in b["failingTests"]): errs.append("failingTests entries need Class#method")
print("; ".join(errs) if errs else "OK " + " ".join(sorted(b["failingTests"])))
PY
)"
  if [[ "$meta" != OK* ]]; then echo "$id: FAIL bug.json: $meta"; return; fi
  local expected="${meta#OK }"

  run_tests() {
    rm -rf "$work/target"
    (cd "$work" && timeout "$MVN_TIMEOUT" $MVN -B -q -o test) >"$log" 2>&1
    if grep -qE "offline mode|has not been downloaded|Could not resolve|could not be resolved" "$log"; then
      rm -rf "$work/target"
      (cd "$work" && timeout "$MVN_TIMEOUT" $MVN -B -q test) >"$log" 2>&1
    fi
    python3 - "$work/target/surefire-reports" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET
files = glob.glob(os.path.join(sys.argv[1], "TEST-*.xml"))
if not files:
    print("NOREPORTS"); sys.exit()
total, failed, kinds = 0, [], set()
for f in files:
    for tc in ET.parse(f).getroot().iter("testcase"):
        total += 1
        bad = tc.find("failure")
        if bad is None:
            bad = tc.find("error")
        if bad is not None:
            failed.append(tc.get("classname") + "#" + tc.get("name"))
            kinds.add((bad.get("type") or "?").rsplit(".", 1)[-1])
with open(os.path.join(os.path.dirname(sys.argv[1]), "..", ".kinds"), "w") as k:
    k.write(",".join(sorted(kinds)))
print(total, " ".join(sorted(failed)))
PY
  }

  local res total failed
  res="$(run_tests)"
  if [[ "$res" == NOREPORTS ]]; then
    echo "$id: FAIL buggy version produced no test reports: $(grep -m1 -E 'ERROR' "$log" | cut -c1-200)"; return
  fi
  total="${res%% *}"; failed="${res#* }"; [[ "$res" == "$total" ]] && failed=""
  if [[ "$failed" != "$expected" ]]; then
    echo "$id: FAIL buggy version fails [${failed}] but bug.json lists [${expected}]"; return
  fi
  if [[ "$total" -lt 3 ]]; then echo "$id: FAIL only $total tests"; return; fi
  local kinds; kinds="$(cat "$work/.kinds" 2>/dev/null)"
  if ! (cd "$work" && patch -p1 -s --no-backup-if-mismatch <fix.diff) >"$work/.patch.log" 2>&1; then
    echo "$id: FAIL fix.diff does not apply: $(head -c 200 "$work/.patch.log")"; return
  fi
  res="$(run_tests)"
  if [[ "$res" == NOREPORTS ]]; then
    echo "$id: FAIL fixed version produced no test reports: $(grep -m1 -E 'ERROR' "$log" | cut -c1-200)"; return
  fi
  local total2="${res%% *}" failed2="${res#* }"; [[ "$res" == "$total2" ]] && failed2=""
  if [[ -n "$failed2" ]]; then echo "$id: FAIL fixed version still fails [${failed2}]"; return; fi
  if [[ "$total2" != "$total" ]]; then echo "$id: FAIL test count changed $total -> $total2"; return; fi
  echo "$id: ok ($total tests, $(wc -w <<<"$expected") failing before fix: $kinds)"
}
export -f check_one

out="$(mktemp)"
printf '%s\n' "${ids[@]}" | xargs -P "$JOBS" -I{} bash -c 'check_one "$@"' _ {} >"$out"
sort "$out"
n_ok=$(grep -c ': ok' "$out")
n_all=$(wc -l <"$out")
rm -f "$out"
echo "TOTAL: $n_ok/$n_all ok"
[[ "$n_ok" == "$n_all" ]]
