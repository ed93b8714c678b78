#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# tst_install BUILD_DIR: `cmake --install` puts every file in its FHS place, the installed programs run
# from the prefix (also after the prefix is moved, and without a display), and `cpack -G DEB` makes a
# package whose Depends dpkg-shlibdeps found. The package is left in BUILD_DIR/package/ for .ci/run,
# which installs it in a brand-new root (scripts/check-package).
set -uo pipefail
build=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

check() { # check NAME COMMAND...: runs COMMAND, reports it as one named check
    local name=$1; shift
    if "$@" >"$work/out" 2>&1; then
        passed=$((passed + 1)); echo "PASS   : $name"
    else
        failed=$((failed + 1)); echo "FAIL!  : $name"; sed 's/^/         /' "$work/out" | head -40
    fi
}
has_line() { grep -qE -- "$2" <<<"$1" || { echo "expected a line matching '$2' in:"; echo "$1"; return 1; }; }

cmake --install "$build" --prefix "$work/a/usr" >"$work/install.log" 2>&1 || { cat "$work/install.log"; exit 1; }

installed_files() {
    local f
    for f in bin/routedeck bin/routedeckctl bin/routedeck-sim \
             share/routedeck/queries/litellm.yaml share/routedeck/prices.yaml \
             share/routedeck/examples/config.yaml share/routedeck/demo/config.yaml \
             share/routedeck/demo/scenarios/azure-429-storm.yaml share/routedeck/translations/routedeck_de.qm \
             share/applications/routedeck.desktop share/icons/hicolor/scalable/apps/routedeck.svg \
             share/doc/routedeck/copyright; do
        [ -e "$work/a/usr/$f" ] || { echo "not installed: $f"; return 1; }
    done
    [ -x "$work/a/usr/bin/routedeck" ] && [ -x "$work/a/usr/bin/routedeck-sim" ]
}
check "the programs, data, translations, desktop file and icon are in their FHS places" installed_files
check "the desktop file is valid" desktop-file-validate "$work/a/usr/share/applications/routedeck.desktop"
desktop_category() { grep -qxE 'Categories=Network;Monitor;.*' "$work/a/usr/share/applications/routedeck.desktop"; }
check "the desktop file's category is Network/Monitor" desktop_category

# Moved prefix: what the programs find, they find from where they are, not from where they were built.
mv "$work/a" "$work/b"
prefix=$work/b/usr
check "the installed routedeckctl validates the installed example" \
    "$prefix/bin/routedeckctl" validate "$prefix/share/routedeck/examples/config.yaml"
version_without_display() {
    local out; out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$prefix/bin/routedeck" --version) || return 1
    has_line "$out" '^RouteDeck [0-9]+\.[0-9]+\.[0-9]+$'
}
check "routedeck --version prints and exits without a display" version_without_display
help_in_german_from_the_prefix() {
    local out; out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LANGUAGE=de LANG=de_DE.UTF-8 \
                     "$prefix/bin/routedeck" --help) || return 1
    has_line "$out" 'Betriebskonsole für LLM-Routing-Schichten' && has_line "$out" '--demo'
}
check "routedeck --help prints without a display, in German from the installed translations" help_in_german_from_the_prefix
sim_help() { "$prefix/bin/routedeck-sim" --help | grep -q -- '--config'; }
check "the installed routedeck-sim runs" sim_help

# The Debian package.
rm -rf "$build/package"
package() {
    (cd "$build" && cpack -G DEB -B "$build/package") || return 1
    rm -rf "$build/package/_CPack_Packages"
    ls "$build"/package/routedeck_*.deb >/dev/null
}
check "cpack -G DEB makes routedeck_<version>_<arch>.deb" package
deb=$(ls "$build"/package/routedeck_*.deb 2>/dev/null | head -1)
depends_from_shlibdeps() {
    local depends; depends=$(dpkg-deb -f "$deb" Depends) || return 1
    echo "Depends: $depends"
    local names; names=$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//')
    local pkg
    for pkg in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6network6 libqt6httpserver6 \
               libyaml-0-2 libqt6keychain1 libstdc++6 qt6-qpa-plugins libqt6svg6; do
        grep -qxF "$pkg" <<<"$names" || { echo "Depends lacks $pkg"; return 1; }
    done
}
check "the package Depends on the libraries the programs link (dpkg-shlibdeps) and the plugins they load" depends_from_shlibdeps
recommends_runtime() { [ "$(dpkg-deb -f "$deb" Recommends)" = "prometheus, libsecret-1-0" ]; }
check "the package Recommends prometheus for the demo and libsecret for the desktop keyring" recommends_runtime
package_contents() {
    local list; list=$(dpkg-deb -c "$deb") || return 1
    local f
    for f in ./usr/bin/routedeck ./usr/bin/routedeckctl ./usr/bin/routedeck-sim \
             ./usr/share/routedeck/examples/config.yaml ./usr/share/routedeck/translations/routedeck_de.qm \
             ./usr/share/applications/routedeck.desktop ./usr/share/icons/hicolor/scalable/apps/routedeck.svg; do
        grep -q " $f\$" <<<"$list" || { echo "the package lacks $f"; return 1; }
    done
}
check "the package holds the programs under /usr" package_contents

echo "tst_install: $passed passed, $failed failed"
[ $failed -eq 0 ]
