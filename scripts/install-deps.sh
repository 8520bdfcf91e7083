#!/usr/bin/env bash
# Installs every Debian 12 package the build, the tests and the packaging need.
# The single place that lists them: CI (.ci/run) and the README both call this script.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6.4 as Debian 12 ships it
    qt6-base-dev qt6-base-dev-tools qt6-serialport-dev qt6-connectivity-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
    libqt6svg6  # the SVG image plugin that draws the app icon
    qt6-translations-l10n  # Qt's own texts (context menus, dialog buttons) in German and Spanish
    # protocol, crypto, Modbus
    libprotobuf-dev protobuf-compiler libsodium-dev libmodbus-dev
    # tests: virtual display, PDF inspection, private D-Bus for the BLE mock
    xvfb xauth poppler-utils dbus-daemon python3-dbus python3-gi python3-dbusmock
    python3-jsonschema  # the report's JSON against docs/report.schema.json (tests/report)
    # packaging
    dpkg-dev file desktop-file-utils
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
