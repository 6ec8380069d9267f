#!/bin/sh
# Compares the native engine with jsonata-js 2.2 under Node.js on the same cases, in one run.
# jsonata-js is installed with npm into the build tree (never into the product).
#   tests/bench/expr/run_bench.sh BUILD_DIR [--suite]
set -eu
build=${1:?usage: run_bench.sh BUILD_DIR [--suite]}
here=$(cd "$(dirname "$0")" && pwd)
shared=${FLOWSMITH_SHARED_DIR:-$here/../../../../shared}
work="$build/bench-jsonata-js"
ms=${BENCH_MS:-200}
suite=-
[ "${2:-}" = "--suite" ] && suite="$shared/data/jsonata-test-suite"

mkdir -p "$work"
if [ ! -d "$work/node_modules/jsonata" ]; then
    npm install --prefix "$work" --no-audit --no-fund jsonata@2.2.2 >/dev/null
fi
node "$here/bench.mjs" "$work/node_modules/jsonata" "$here/corpus.json" "$suite" "$ms" > "$work/js.json"
if [ "$suite" = "-" ]; then
    "$build/tests/bench/expr/bench_expr" --js "$work/js.json" --ms "$ms"
else
    "$build/tests/bench/expr/bench_expr" --suite "$suite" --js "$work/js.json" --ms "$ms"
fi
