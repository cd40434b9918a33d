#!/usr/bin/env bash
# Startup benchmark of the published plugin: time from exec to the port line on stdout, and peak RSS (VmHWM)
# right after the port line. Prints each run and the median of RUNS runs (default 10).
# Usage: tests/Benchmarks/startup.sh [path/to/pulumi-resource-fireworks]   (default: artifacts/plugin/...)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-artifacts/plugin/pulumi-resource-fireworks}
RUNS=${RUNS:-10}
[ -x "$BIN" ] || { echo "no plugin at $BIN: run 'make publish' first" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

for run in $(seq 1 "$RUNS"); do
  fifo="$work/out.$run"
  mkfifo "$fifo"
  start=$(date +%s%N)
  "$BIN" >"$fifo" 2>"$work/err.$run" &
  pid=$!
  exec 3<"$fifo"
  IFS= read -r line <&3
  end=$(date +%s%N)
  hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"
  wait "$pid" || true
  exec 3<&-
  [[ "$line" =~ ^[0-9]+$ ]] || { echo "run $run: unexpected first stdout line: '$line'" >&2; exit 1; }
  ms=$(( (end - start) / 1000000 ))
  echo "run $run: port $line, ${ms} ms to port line, peak RSS ${hwm} KiB"
  echo "$ms" >>"$work/ms"
  echo "$hwm" >>"$work/kib"
done

echo "median over $RUNS runs: $(median <"$work/ms") ms to port line, peak RSS $(median <"$work/kib") KiB"
