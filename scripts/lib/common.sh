#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/demo and scripts/test: find the tree, install what is missing, configure and build.

ROUTEDECK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

ROUTEDECK_PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-l10n-tools libqt6svg6
    libyaml-cpp-dev libgl1-mesa-dev
    xvfb xauth
    prometheus victoria-metrics
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# Installs the Debian packages RouteDeck needs when any is missing. Needs root (or sudo).
ensure_packages() {
    local missing=()
    for pkg in "${ROUTEDECK_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { say "missing packages: ${missing[*]} (run as root to install them)"; return 1; }
        sudo=(sudo)
    fi
    say "installing ${missing[*]}"
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
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" \
            || status=$?
    fi
    [ $created_policy -eq 1 ] && "${sudo[@]}" rm -f "$policy"
    return $status
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
