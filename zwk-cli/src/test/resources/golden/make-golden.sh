#!/bin/sh
# Regenerates the golden outputs with a built jar: make-golden.sh ZWK_CLI_JAR DATA_DIR
# stdout byte for byte (.out), exit code (.rc), stderr with the data directory written as $DATA and
# the timing-dependent progress lines removed (.err), as GoldenOutputTest compares them.
set -eu
jar=$1; data=$2; here=$(dirname "$0")
grep -v '^#' "$here/cases.txt" | while IFS='|' read -r id args; do
  set -- $(echo "$args" | sed "s|\\\$DATA|$data|g")
  rc=0; java -jar "$jar" "$@" > "$here/$id.out" 2> "$here/$id.err.tmp" || rc=$?
  echo "$rc" > "$here/$id.rc"
  sed "s|$data|\$DATA|g" "$here/$id.err.tmp" | grep -Ev ' …$|: [0-9]+\.[0-9] s$' > "$here/$id.err" || true
  rm "$here/$id.err.tmp"
done
