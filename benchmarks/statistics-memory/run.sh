#!/bin/bash
# Memory of GenesisReader.read's StatisticsTable (issue 10, see docs/performance.md): heap retained
# per cell by this tree's columnar table against the record-per-cell table of an older commit
# (default: BEFORE=a075636, the last commit before the columnar table), on 12411-0013 (Länder,
# single years of age) and the 1x municipality workload of /work/shared/bench/make_scaled.py.
#
#   benchmarks/statistics-memory/run.sh [N]
#
# Builds the benchmarks jar of both trees (the older one from `git archive` in a temp dir; nothing
# is installed), then runs zwk.benchmarks.StatisticsTableMemory alternately, N times each (default
# 3), with the serial collector and -Xmx12g. A benchmark, not a test: it asserts nothing.
set -eu
n=${1:-3}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${ZWK_BENCH_DIR:-$root/../shared/bench}
data=${ZWK_DATA_DIR:-$root/../shared/data}
before=${BEFORE:-a075636}
java=${JAVA:-java}
work=$(mktemp -d "${TMPDIR:-/tmp}/zwk-statmem.XXXXXX")
trap 'rm -rf "$work"' EXIT

(cd "$root" && mvn -B -o -q -pl benchmarks -am package -DskipTests)
mkdir -p "$work/old"
git -C "$root" archive "$before" | tar -x -C "$work/old"
(cd "$work/old" && mvn -B -o -q -pl benchmarks -am package -DskipTests)
# the measuring class alone, so that it runs on the older tree's classes too
mkdir -p "$work/probe/zwk/benchmarks"
cp "$root/benchmarks/target/classes/zwk/benchmarks/StatisticsTableMemory.class" "$work/probe/zwk/benchmarks/"

scaled=$work/scaled_20.csv
python3 "$bench/make_scaled.py" "$data/genesis/12411-0018_kreise_2019.csv" "$scaled" 10800 20 >/dev/null
files=("$data/genesis/12411-0013_laender_altersjahre_2015-2021.csv" "$scaled")

opts=(-XX:+UseSerialGC -Xmx12g)
echo -e "layout\tfile\tcells\tretained_MiB\tbytes_per_cell\tread_s"
for i in $(seq "$n"); do
  "$java" "${opts[@]}" -cp "$work/probe:$work/old/benchmarks/target/benchmarks.jar" zwk.benchmarks.StatisticsTableMemory "${files[@]}" \
    | sed 's/^/records\t/'
  "$java" "${opts[@]}" -cp "$root/benchmarks/target/benchmarks.jar" zwk.benchmarks.StatisticsTableMemory "${files[@]}" \
    | sed 's/^/columnar\t/'
done
