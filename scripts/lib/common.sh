#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/demo and scripts/test: find the tree, install what is missing, configure and build.

ROUTEDECK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

# Every Debian 12 package that building, testing and running the demo needs, found by running
# scripts/test and scripts/demo in a brand-new minbase root (../shared/tools/fresh-debian), not by
# reasoning: the build machines had grown by hand, so each green run there hid a missing one.
ROUTEDECK_PACKAGES=(
    # build
    cmake g++ ninja-build pkg-config
    qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-l10n-tools libyaml-dev libgl1-mesa-dev qtkeychain-qt6-dev
    # the JSON reader (base/core/jsonreader.h); libdtl for bench_diff, which keeps our own diff honest
    libsimdjson-dev libdtl-dev
    # run: the xcb/offscreen platform plugins and the SVG icon plugin are loaded, not linked
    qt6-qpa-plugins libqt6svg6
    # package (cpack -G DEB, dpkg-shlibdeps) and its checks
    dpkg-dev file desktop-file-utils
    # tests and the demo: real Prometheus (with promtool), VictoriaMetrics, a virtual screen, and
    # PyYAML, which LiteLLM reads its config with (the reference for RouteDeck's YAML 1.1 scalars)
    prometheus victoria-metrics xvfb xauth python3-yaml
    # a desktop keyring of its own for tst_keyring (tests/support/with-keyring): a private D-Bus session,
    # GNOME Keyring's Secret Service, and libsecret, which QtKeychain loads to speak to it
    dbus-daemon gnome-keyring libsecret-1-0
    # the libFuzzer harnesses (scripts/fuzz, preset fuzz): clang with its fuzzer and sanitizer runtimes
    clang-14 libclang-rt-14-dev
)

# Each step says how long the script has run, so a log shows where a first run's time goes.
say() { printf '\033[1m==> [%dm%02ds] %s\033[0m\n' $((SECONDS / 60)) $((SECONDS % 60)) "$*" >&2; }

# apt_get_install ARG...: `apt-get install -y ARG...` after `apt-get update`, as root (or with sudo),
# keeping the services of the packages it installs from starting.
apt_get_install() {
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "run as root to install: $*"; return 1; }
        sudo=(sudo)
    fi
    # The prometheus and victoria-metrics packages would start system services listening on every
    # interface; RouteDeck starts its own on 127.0.0.1, so keep the package's service from starting.
    local policy=/usr/sbin/policy-rc.d created_policy=0
    if [ ! -e "$policy" ]; then
        printf '#!/bin/sh\nexit 101\n' | "${sudo[@]}" tee "$policy" >/dev/null
        "${sudo[@]}" chmod +x "$policy"
        created_policy=1
    fi
    local status=0
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q || status=$?
    if [ $status -eq 0 ]; then
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" || status=$?
    fi
    [ $created_policy -eq 1 ] && "${sudo[@]}" rm -f "$policy"
    return $status
}

# install_packages PKG...: installs those of PKG that are missing, without their Recommends.
install_packages() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    apt_get_install --no-install-recommends "${missing[@]}"
}

# Installs every package RouteDeck's build, tests and demo need.
ensure_packages() {
    install_packages "${ROUTEDECK_PACKAGES[@]}"
}

# configure_and_build PRESET [TARGET...]
configure_and_build() {
    local preset=$1
    shift
    say "configuring (preset $preset)"
    cmake --preset "$preset" -S "$ROUTEDECK_ROOT" >/dev/null
    say "building"
    local targets=()
    for t in "$@"; do targets+=(--target "$t"); done
    cmake --build "$ROUTEDECK_ROOT/build/$preset" "${targets[@]}"
}
