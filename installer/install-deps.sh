#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Flowsmith need.
# Idempotent: when everything is there it only checks (about a second) and changes nothing.
set -euo pipefail

packages=(
    # build
    build-essential cmake ninja-build ccache pkg-config git
    # libraries
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev libgl-dev libqscintilla2-qt6-dev
    nlohmann-json3-dev libyaml-cpp-dev libgit2-dev libpcre2-dev
    libvalijson-dev libgraphviz-dev graphviz qtkeychain-qt6-dev
    # git tests: a private D-Bus session with a keyring for qtkeychain
    gnome-keyring dbus-daemon dbus-x11 libsecret-tools
    # git tests: a real sshd and ssh-agent for host keys, openssl s_server for TLS checks
    openssh-server openssh-client openssl
    # running the studio (and its offscreen tests)
    qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
    # looking at it headless: a virtual display and screenshots
    xvfb xauth imagemagick x11-utils
)

# Node.js runs the real Node-RED of the conformance tests. A machine that already has a
# node (from Debian or NodeSource) keeps it; Debian 12's own is Node 18, which Node-RED 4 runs on.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    sudo=sudo
else
    sudo=
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
