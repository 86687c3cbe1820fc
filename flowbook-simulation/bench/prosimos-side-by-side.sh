#!/usr/bin/env bash
# Side by side with Prosimos on the same input, alternating Prosimos / Flowbook / Flowbook with its
# class-data-sharing archive (as ./flowbook runs it), RUNS times each; prints wall seconds, CPU
# seconds (user + sys) and peak RSS per run and the load average before each run.
# Usage: PROSIMOS=/path/to/prosimos-checkout PIX=/path/to/pix-framework/src \
#        flowbook-simulation/bench/prosimos-side-by-side.sh MODEL.bpmn PARAMS.json CASES [RUNS]
# Flowbook runs as ./flowbook runs it (the jar, quick JIT), from a copy of the jar.
# (Prosimos at commit ec2c57eb, pix-framework 0.14.0, Debian's python3-numpy/pandas/scipy/click;
# see /work/shared/bench/README.md.)
set -euo pipefail
BPMN=$1 JSON=$2 CASES=$3 RUNS=${4:-3}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT=$(mktemp -d)
"$ROOT/flowbook" --version >/dev/null   # build once, outside the measurement
# A copy of the jar and its lib/, so that edits to the sources cannot trigger a rebuild inside a
# measured run.
cp -r "$ROOT/flowbook-cli/target/flowbook.jar" "$ROOT/flowbook-cli/target/lib" "$OUT/"
JAR="$OUT/flowbook.jar"
FB_ARGS=(simulate "$BPMN" --prosimos "$JSON" --cases "$CASES" --replications 1 --warm-up 0)
# The launcher's AppCDS archive, recorded once outside the measurement (see ./flowbook).
java -XX:TieredStopAtLevel=1 -Xlog:disable -XX:ArchiveClassesAtExit="$OUT/simulate.jsa" -jar "$JAR" \
  "${FB_ARGS[@]}" --format json -o "$OUT/flowbook.json" >/dev/null 2>&1
for i in $(seq 1 "$RUNS"); do
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) before prosimos run $i"
  ( cd "$PROSIMOS" && PYTHONPATH="$PROSIMOS:$PIX" /usr/bin/time -f "prosimos run $i: %e s wall, %U+%S s CPU, %M KB peak" \
      /usr/bin/python3 cli/diff_res_bpsim.py start-simulation --bpmn_path "$BPMN" --json_path "$JSON" \
      --total_cases "$CASES" --stat_out_path "$OUT/stats.csv" --log_out_path "$OUT/log.csv" >/dev/null )
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) before flowbook run $i"
  /usr/bin/time -f "flowbook run $i: %e s wall, %U+%S s CPU, %M KB peak" \
    java -XX:TieredStopAtLevel=1 -jar "$JAR" "${FB_ARGS[@]}" --seed "$i" --format json \
      -o "$OUT/flowbook.json" 2>&1 | grep -v '^$' | grep -v '^wrote' || true
  echo "load $(cut -d' ' -f1-3 /proc/loadavg) before flowbook+cds run $i"
  /usr/bin/time -f "flowbook+cds run $i: %e s wall, %U+%S s CPU, %M KB peak" \
    java -XX:TieredStopAtLevel=1 -Xshare:auto -Xlog:disable -XX:SharedArchiveFile="$OUT/simulate.jsa" \
      -jar "$JAR" "${FB_ARGS[@]}" --seed "$i" --format json -o "$OUT/flowbook.json" 2>&1 \
      | grep -v '^$' | grep -v '^wrote' || true
done
rm -rf "$OUT"
