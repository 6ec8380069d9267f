#!/bin/sh
# Refreshes translations/flowsmith_de.ts from every product source (the list is
# flowsmith_translated_sources in cmake/FlowsmithHelpers.cmake). New entries come in
# unfinished: translate them, then tst_catalogue checks that nothing is missing.
#   translations/refresh.sh [BUILD_DIR]      (default: build)
set -e
cd "$(dirname "$0")/.."
cmake --build "${1:-build}" --target flowsmith_lupdate
