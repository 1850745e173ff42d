#!/bin/bash
# Paired whole-process runs of JVM variants of one zwk command (docs/performance.md, issue 10,
# "start-up, session 4"): each variant is a name, JVM options and a jar; the rounds alternate the
# order (A B C, C B A, ...), and the script prints per variant the median wall time, the median CPU
# time (user + sys, the steadier figure on a shared machine), the largest peak RSS (/usr/bin/time)
# and whether stdout equals the first variant's. A benchmark, not a test: it asserts nothing.
#
#   benchmarks/whole-process/jvm-pairs.sh N LABEL NAME "OPTIONS" JAR [NAME "OPTIONS" JAR ...] -- ARGS...
#
# e.g. jvm-pairs.sh 11 version plain "-XX:+UseSerialGC -Xmn32m" zwk-cli/target/zwk-cli.jar \
#        cds "-XX:SharedArchiveFile=zwk-cli/target/zwk.jsa -Xlog:cds*=off -XX:+UseSerialGC -Xmn32m" \
#        zwk-cli/target/zwk-cli.jar -- --version
set -eu
n=$1; shift; label=$1; shift
[ "$n" -ge 5 ] || { echo "N must be >= 5" >&2; exit 2; }
java=${JAVA:-java}
names=(); opts=(); jars=()
while [ "$1" != "--" ]; do names+=("$1"); opts+=("$2"); jars+=("$3"); shift 3; done
shift
nv=${#names[@]}
res=$(mktemp -d "${TMPDIR:-/tmp}/zwk-pairs.XXXXXX")
trap 'rm -rf "$res"' EXIT
for r in $(seq 1 "$n"); do
  for ((v = 0; v < nv; v++)); do
    if ((r % 2 == 0)); then vv=$((nv - 1 - v)); else vv=$v; fi
    # shellcheck disable=SC2086 # the options are words on purpose
    /usr/bin/time -f "%e %U %S %M" -o "$res/t" "$java" ${opts[$vv]} -jar "${jars[$vv]}" "$@" \
      > "$res/out.$vv" 2> "$res/err" || { echo "FAILED: ${names[$vv]}" >&2; head -5 "$res/err" >&2; }
    tail -1 "$res/t" >> "$res/$vv.txt"
  done
done
for ((v = 1; v < nv; v++)); do
  cmp -s "$res/out.0" "$res/out.$v" || echo "stdout of ${names[$v]} differs from ${names[0]}"
done
for ((v = 0; v < nv; v++)); do
  python3 - "$label" "${names[$v]}" "${opts[$v]} ${jars[$v]}" "$res/$v.txt" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[4])]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] + r[2] for r in rows)
rss = max(r[3] for r in rows) / 1024
print(f"{sys.argv[1]:10s} {sys.argv[2]:12s} n={len(rows)} wall={wall:.2f}s cpu={cpu:.2f}s rss={rss:.0f}MiB [{sys.argv[3]}]")
PY
done
