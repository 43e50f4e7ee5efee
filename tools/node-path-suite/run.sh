#!/usr/bin/env bash
# Runs the path-expression and path-operation tests of the aerospike npm package's own mocha suite.
#   run.sh [options] [HOST:PORT] [-- MOCHA_ARGS...]
#     HOST:PORT        a running server; without it, an embedded server is started from the sdk-testkit jar
#     --jar PATH       the embedded server jar (default: sdk-testkit/target/sdk-testkit-*-server.jar, built if absent)
#     --diff HOST:PORT run against that (real) server through a recording proxy that sends every request to an
#                      embedded server too; writes recorded.json and report.md (the differing answers) to --out
#     --out DIR        where --diff writes (default: the scratch dir)
#   MOCHA_ARGS e.g. -g loopVar, or --reporter json
# Env: NODE_PATH_SUITE_DIR, the scratch dir (default /tmp/spike-node-path-suite). Needs node >= 20 and npm.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
dir="${NODE_PATH_SUITE_DIR:-/tmp/spike-node-path-suite}"
target="" diff="" jar="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --diff) diff="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --) shift; break ;;
    -h|--help) sed -n '2,10p' "$0" | cut -c3-; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) target="$1"; shift ;;
  esac
done
out="${out:-$dir}"

install_suite() {
  mkdir -p "$dir"
  if ! cmp -s "$here/package.json" "$dir/package.json" || [ ! -d "$dir/node_modules/aerospike" ]; then
    cp "$here/package.json" "$dir/package.json"
    # --ignore-scripts: the package ships prebuilt bindings; its install script would try to fetch or build one
    (cd "$dir" && npm install --ignore-scripts --no-audit --no-fund --loglevel=error)
    rm -f "$dir/node_modules/aerospike/test/path_operations.js"
  fi
  local tests="$dir/node_modules/aerospike/test"
  if [ ! -f "$tests/path_operations.js" ]; then
    cat > "$tests/tsconfig.path-suite.json" <<'JSON'
{ "extends": "./tsconfig.json",
  "include": ["path_expressions.ts", "path_operations.ts", "test_helper.ts", "util/*.ts", "generators/*.ts"] }
JSON
    # Every file is listed as a root: tsc does not emit imported files that live under node_modules.
    # tsc may report type errors in the suite's helpers yet emits the JavaScript; a missing file is the real failure
    (cd "$tests" && "$dir/node_modules/.bin/tsc" -p tsconfig.path-suite.json > "$dir/tsc.log" 2>&1 || true)
    [ -f "$tests/path_operations.js" ] || { echo "tsc emitted no JavaScript; see $dir/tsc.log" >&2; exit 1; }
  fi
}

embedded_pid=""
start_embedded() {
  if [ -z "$jar" ]; then
    jar="$(ls "$repo"/sdk-testkit/target/sdk-testkit-*-server.jar 2>/dev/null | head -1 || true)"
    if [ -z "$jar" ]; then
      (cd "$repo" && mvn -B -o -q -pl sdk-testkit -am package -DskipTests)
      jar="$(ls "$repo"/sdk-testkit/target/sdk-testkit-*-server.jar | head -1)"
    fi
  fi
  local log="$dir/embedded-server.log"
  java -jar "$jar" --port 0 --namespace test --namespace bar > "$log" 2>&1 &
  embedded_pid=$!
  for _ in $(seq 1 100); do
    embedded="$(sed -n 's/.*ready on \([0-9.]*:[0-9]*\).*/\1/p' "$log")"
    [ -n "$embedded" ] && return 0
    kill -0 "$embedded_pid" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
  done
  echo "embedded server did not start; see $log" >&2
  exit 1
}

proxy_pid=""
cleanup() {
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null || true
  [ -n "$embedded_pid" ] && kill "$embedded_pid" 2>/dev/null || true
}
trap cleanup EXIT

install_suite
export NODE_PATH="$dir/node_modules"

if [ -n "$diff" ]; then
  start_embedded
  node "$here/warmup.js" "$embedded"
  export REC_TARGET="$diff" REC_MIRROR="$embedded" REC_TITLE="$dir/current-test" REC_OUT="$out/recorded.json"
  mkdir -p "$out"; rm -f "$REC_TITLE"
  coproc PROXY { exec node "$here/proxy.js"; }
  proxy_pid=$PROXY_PID
  read -r _ proxy_port <&"${PROXY[0]}"
  target="127.0.0.1:$proxy_port"
  set -- --require "$here/hook.js" "$@"
elif [ -z "$target" ]; then
  start_embedded
  target="$embedded"
  echo "embedded server $jar on $target"
fi

node "$here/warmup.js" "$target"
status=0
(cd "$dir/node_modules/aerospike" && OPTIONS="--host ${target%:*} --port ${target##*:}" \
  "$dir/node_modules/.bin/mocha" --require "$here/ready-hook.js" "$@" test/path_expressions.js test/path_operations.js) \
  || status=$?

if [ -n "$diff" ]; then
  kill -TERM "$proxy_pid"; wait "$proxy_pid" || true; proxy_pid=""
  node "$here/report.js" "$REC_OUT" > "$out/report.md"
  echo "recorded requests: $REC_OUT; real vs embedded differences: $out/report.md"
fi
exit $status
