#!/bin/bash
# Whole-process benchmark of issue 10 (see docs/performance.md): zwk indicators against the pandas
# script, the R data.table script and the bare FastCSV program writing the same columns, on the
# municipality-sized workload of /work/shared/bench/make_scaled.py; plus the scaling of
# zwk indicators from 1/4x to 8x and zwk population against zwk indicators.
#
#   benchmarks/whole-process/run.sh [compare|scaling|population|parquet|agree|all] [N]
#
# Runs the programs alternately (A B C D A B C D ...), N >= 5 times each (default 5), and prints the
# median wall time and peak RSS (/usr/bin/time -v) and the ratios. A benchmark, not a test: it
# asserts nothing. Needs the built jar (mvn -B -o -q -pl zwk-cli -am package -DskipTests) and
# installs python3-pandas and r-cran-data.table with apt-get when they are absent.
set -eu
mode=${1:-all}
n=${2:-5}
[ "$n" -ge 5 ] || { echo "N must be >= 5" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bench=${ZWK_BENCH_DIR:-$root/../shared/bench}
data=${ZWK_DATA_DIR:-$root/../shared/data}
jar=$root/zwk-cli/target/zwk-cli.jar
# the shipped launcher (zwk-cli/src/main/launcher/zwk: serial collector, small young generation);
# compare also runs plain `java -jar` so that both are on record
launcher=$root/zwk-cli/target/zwk
java=${JAVA:-java}
[ -f "$jar" ] && [ -f "$launcher" ] || { echo "build the jar first: mvn -B -o -q -pl zwk-cli -am package -DskipTests" >&2; exit 2; }
# the launcher's default JVM options, for the FastCSV program run the same way
launcher_opts=$(sed -n 's/^exec .*ZWK_JAVA_OPTS-\(.*\)} -jar.*/\1/p' "$launcher" | tr -d '"')
fastcsv=$(find "${HOME}/.m2/repository/de/siegmar/fastcsv/4.4.0" -name 'fastcsv-4.4.0.jar' | head -1)
work=$(mktemp -d "${TMPDIR:-/tmp}/zwk-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

need_tools() {
  if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null || ! Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    apt-get install -y python3-pandas r-cran-data.table >/dev/null
  fi
}

# workload D dates (20 = 1x, 36 MB)
workload() {
  f=$work/scaled_$1.csv
  [ -f "$f" ] || python3 "$bench/make_scaled.py" "$data/genesis/12411-0018_kreise_2019.csv" "$f" 10800 "$1" >/dev/null
  echo "$f"
}

# run NAME CMD...: one timed run; appends "NAME wall_s rss_kib" to $work/times
run() {
  name=$1; shift
  /usr/bin/time -v "$@" > /dev/null 2> "$work/time.txt" || { echo "$name failed:" >&2; tail -5 "$work/time.txt" >&2; exit 1; }
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" \
    | awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
  echo "$name $wall $rss" >> "$work/times"
}

# report NAME...: medians and ratios to the first name
report() {
  python3 - "$work/times" "$@" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1])]
names = sys.argv[2:]
med = {}
for nm in names:
    w = [float(r[1]) for r in rows if r[0] == nm]
    m = [int(r[2]) / 1024 for r in rows if r[0] == nm]
    med[nm] = (statistics.median(w), statistics.median(m), len(w))
base = names[0]
print("| program | n | wall (median) | peak RSS (median) | wall / %s | RSS / %s |" % (base, base))
print("|---|---:|---:|---:|---:|---:|")
for nm in names:
    w, m, k = med[nm]
    print("| %s | %d | %.2f s | %.0f MiB | %.2f | %.2f |" % (nm, k, w, m, w / med[base][0], m / med[base][1]))
PY
  : > "$work/times"
}

compare() {
  need_tools
  f=$(workload 20)
  javac -d "$work" -cp "$fastcsv" "$here/FastcsvIndicators.java"
  : > "$work/times"
  i=0
  while [ $i -lt "$n" ]; do
    run zwk-indicators sh "$launcher" indicators "$f" --out "$work/zwk.csv"
    run zwk-java-jar "$java" -jar "$jar" indicators "$f" --out "$work/zwk-jar.csv"
    run pandas /usr/bin/python3 "$bench/pandas_indicators.py" "$f" "$work/pandas.csv"
    run data.table Rscript "$bench/datatable_indicators.R" "$f" "$work/dt.csv"
    run fastcsv "$java" -cp "$fastcsv:$work" FastcsvIndicators "$f" "$work/fastcsv.csv"
    # shellcheck disable=SC2086
    run fastcsv-launcher-opts "$java" $launcher_opts -cp "$fastcsv:$work" FastcsvIndicators "$f" "$work/fastcsv.csv"
    i=$((i + 1))
  done
  echo "## 1x workload ($(du -m "$f" | cut -f1) MB), zwk indicators against the others"
  report zwk-indicators zwk-java-jar pandas data.table fastcsv fastcsv-launcher-opts
  cmp -s "$work/zwk.csv" "$work/zwk-jar.csv" || echo "launcher and java -jar outputs differ!"
  # zwk writes region by region, the FastCSV loop in file order (date by date): compare as sets of lines
  if cmp -s "$work/zwk.csv" "$work/fastcsv.csv" || [ "$(sort "$work/zwk.csv" | md5sum)" = "$(sort "$work/fastcsv.csv" | md5sum)" ]; then
    echo "FastCSV program output = zwk indicators output (same lines, byte for byte; row order differs)"
  else
    echo "FastCSV program output differs from zwk indicators:"; diff <(sort "$work/zwk.csv") <(sort "$work/fastcsv.csv") | head -5
  fi
  agree_files "$work/zwk.csv" "$work/dt.csv"
}

agree_files() {
  python3 "$here/agree.py" "$1" "$2"
}

agree() {
  need_tools
  f=$(workload 20)
  sh "$launcher" indicators "$f" --out "$work/zwk.csv"
  Rscript "$bench/datatable_indicators.R" "$f" "$work/dt.csv"
  agree_files "$work/zwk.csv" "$work/dt.csv"
}

scaling() {
  : > "$work/times"
  for d in 5 10 20 40 80 160; do workload $d >/dev/null; done
  i=0
  while [ $i -lt "$n" ]; do
    for d in 5 10 20 40 80 160; do
      run "zwk-indicators-${d}dates" sh "$launcher" indicators "$(workload $d)" --out "$work/zwk_$d.csv"
    done
    i=$((i + 1))
  done
  echo "## zwk indicators, 1/4x (5 dates) to 8x (160 dates); ratio per doubling = wall(k) / wall(k-1)"
  python3 - "$work/times" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1])]
prev = None
print("| workload | n | wall (median) | peak RSS (median) | wall / previous |")
print("|---|---:|---:|---:|---:|")
for d, label in [(5, "1/4x"), (10, "1/2x"), (20, "1x"), (40, "2x"), (80, "4x"), (160, "8x")]:
    nm = "zwk-indicators-%ddates" % d
    w = statistics.median(float(r[1]) for r in rows if r[0] == nm)
    m = statistics.median(int(r[2]) / 1024 for r in rows if r[0] == nm)
    k = sum(1 for r in rows if r[0] == nm)
    print("| %s (%d dates) | %d | %.2f s | %.0f MiB | %s |" % (label, d, k, w, m, "-" if prev is None else "%.2f" % (w / prev)))
    prev = w
PY
  : > "$work/times"
}

# Each program writes a new file (the previous run's output removed before the timing starts), as a
# first run does. zwk-population-replacing writes over the 674 MB file of the run before it: the
# atomic replace then also pays the file system's removal of the old file (ext4 frees its blocks and
# pages in rename(2), about 0.5 s here), which a program that truncates pays as well.
population() {
  f=$(workload 20)
  : > "$work/times"
  i=0
  while [ $i -lt "$n" ]; do
    rm -f "$work/zwk.csv" "$work/pop.csv"
    run zwk-indicators sh "$launcher" indicators "$f" --out "$work/zwk.csv"
    run zwk-population sh "$launcher" population "$f" --out "$work/pop.csv"
    run zwk-population-replacing sh "$launcher" population "$f" --out "$work/pop.csv"
    i=$((i + 1))
  done
  echo "## 1x workload: zwk population (long table, $(($(wc -l < "$work/pop.csv") - 1)) rows) against zwk indicators"
  report zwk-indicators zwk-population zwk-population-replacing
}

# issue 16: the long population table written as CSV and as Parquet (zwk-parquet), same input
parquet() {
  f=$(workload 20)
  : > "$work/times"
  i=0
  while [ $i -lt "$n" ]; do
    run zwk-population-csv sh "$launcher" population "$f" --out "$work/pop.csv"
    run zwk-population-parquet sh "$launcher" population "$f" --format parquet --out "$work/pop.parquet"
    i=$((i + 1))
  done
  echo "## 1x workload: zwk population as CSV ($(du -m "$work/pop.csv" | cut -f1) MB) and as Parquet ($(du -m "$work/pop.parquet" | cut -f1) MB), $(($(wc -l < "$work/pop.csv") - 1)) rows"
  report zwk-population-csv zwk-population-parquet
}

case $mode in
  compare) compare ;;
  parquet) parquet ;;
  scaling) scaling ;;
  population) population ;;
  agree) agree ;;
  all) compare; population; scaling ;;
  *) echo "usage: run.sh [compare|scaling|population|parquet|agree|all] [N]" >&2; exit 2 ;;
esac
