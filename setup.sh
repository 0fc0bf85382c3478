#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Movie Tool developers
#
# Sets up a Debian 12 machine for Movie Tool, builds it, and launches it or runs its tests.
#   ./setup.sh run     install what is missing, build (Release), launch the editor
#   ./setup.sh test    install what is missing, build (Debug + coverage), run every test,
#                      print the line coverage of core/
#   ./setup.sh deps    only install what is missing
set -euo pipefail
cd "$(dirname "$0")"

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite qt6-qpa-plugins qtkeychain-qt6-dev
    libgl-dev libvulkan-dev libxkbcommon-dev
    libavformat-dev libavcodec-dev libavfilter-dev libswscale-dev libswresample-dev libavutil-dev
    gstreamer1.0-libav gstreamer1.0-plugins-good gstreamer1.0-plugins-base
    ffmpeg xvfb xauth gcovr desktop-file-utils appstream dpkg-dev file
)

install_deps() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
    local preset=$1
    # Paths relative to the checkout in ccache's keys: a fresh clone reuses an earlier build's cache.
    export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset"
}

case "${1:-}" in
deps)
    install_deps
    ;;
run)
    install_deps
    build release
    exec ./build/release/app/movietool
    ;;
test)
    install_deps
    build coverage
    find build/coverage -name '*.gcda' -delete
    status=0
    ctest --preset coverage || status=$?
    echo "Line coverage of core/:"
    gcovr --root . --filter 'core/' --exclude-unreachable-branches --print-summary \
        --gcov-ignore-parse-errors \
        --object-directory build/coverage build/coverage 2>/dev/null | tail -n 3 || true
    exit $status
    ;;
*)
    echo "usage: $0 run|test|deps" >&2
    exit 1
    ;;
esac
