#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds the project and launches the commissioning app
# connected to the built-in virtual module (iotpro-sim on a pseudo-terminal).
# Extra arguments go to the app, e.g. --device serial:/dev/ttyACM0 instead of a virtual module.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset default
cmake --build --preset default
if [ $# -eq 0 ]; then
    set -- --virtual
fi
exec build/bin/iotpro-commissioner "$@"
