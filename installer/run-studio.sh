#!/usr/bin/env bash
# Installs what is missing, builds the studio and starts it on the bundled example project.
# With no display it says so and runs the example headless through flowsmith-cli instead.
set -euo pipefail
cd "$(dirname "$0")/.."

installer/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset default
cmake --build --preset default --parallel "$(nproc)" --target flowsmith flowsmith-cli

example=resources/examples/retail-order-to-cash
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/studio/flowsmith "$example" "$@"
fi

echo "No display (DISPLAY and WAYLAND_DISPLAY are not set), so the studio cannot open a window."
echo "Running the example project headless through flowsmith-cli instead:"
echo
status=0
echo "\$ flowsmith-cli validate $example"
build/app/cli/flowsmith-cli validate "$example" || status=$?
echo
echo "\$ flowsmith-cli test $example"
build/app/cli/flowsmith-cli test "$example" || status=$?
echo
echo "To see the studio, run this on a desktop, or under a virtual display:"
echo "  xvfb-run -a -s '-screen 0 1600x1000x24' build/app/studio/flowsmith $example"
exit $status
