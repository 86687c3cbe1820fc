#!/usr/bin/env bash
# The default `flowbook mine LOG` side by side with PM4Py's same pipeline (import, variants, DFG,
# performance DFG, case durations: /work/shared/bench/pm4py_pipeline.py), in one run, alternating
# PM4Py / Flowbook, RUNS times each. Per run: wall seconds, user+system CPU seconds, peak RSS, and
# the load average before it; at the end the medians and the ratios of the medians (wall and CPU).
# On a shared machine the CPU ratio is the steadier figure: wall time includes waiting for a core.
# Usage: PM4PY=/path/to/pm4py-source flowbook-mining/bench/pm4py-side-by-side.sh LOG [RUNS]
# (PM4Py 2.7.14, commit 0a56171c2b51, its pm4py/ folder on PYTHONPATH; Debian's python3 libraries,
# see /work/shared/bench/README.md.) Flowbook runs as ./flowbook runs it (the jar, quick JIT), from
# a copy of the jar so that edited sources cannot trigger a rebuild inside a measured run.
set -euo pipefail
LOG=$1 RUNS=${2:-5}
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PIPELINE=${PIPELINE:-/work/shared/bench/pm4py_pipeline.py}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
"$ROOT/flowbook" --version >/dev/null   # build once, outside the measurement
cp -r "$ROOT/flowbook-cli/target/flowbook.jar" "$ROOT/flowbook-cli/target/lib" "$OUT/"
measure() { # name run command...
  local name=$1 run=$2
  shift 2
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S %M" -o "$OUT/t" "$@" >/dev/null 2>"$OUT/err" || { cat "$OUT/err" >&2; exit 1; }
  read -r wall user sys rss < "$OUT/t"
  cpu=$(echo "$user + $sys" | bc)
  printf '%-8s run %d: %6.2f s wall, %6.2f s CPU, %4d MB peak (load %s)\n' \
    "$name" "$run" "$wall" "$cpu" $((rss / 1024)) "$load"
  echo "$wall $cpu" >> "$OUT/$name"
}
for i in $(seq 1 "$RUNS"); do
  measure pm4py "$i" env PYTHONPATH="$PM4PY" /usr/bin/python3 "$PIPELINE" "$LOG"
  measure flowbook "$i" java -XX:TieredStopAtLevel=1 -jar "$OUT/flowbook.jar" mine "$LOG"
done
median() { sort -n | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
for name in pm4py flowbook; do
  w=$(cut -d' ' -f1 "$OUT/$name" | median); c=$(cut -d' ' -f2 "$OUT/$name" | median)
  echo "$name median: $w s wall, $c s CPU"
  eval "${name}_w=$w ${name}_c=$c"
done
echo "ratio of medians: $(echo "scale=1; $pm4py_w / $flowbook_w" | bc)x wall, $(echo "scale=1; $pm4py_c / $flowbook_c" | bc)x CPU"
