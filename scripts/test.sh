#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds everything with warnings as errors (CMake preset
# "ci") and runs every test: unit, integration, GUI (offscreen), packaging and benchmarks.
# This is the README's test command and exactly what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci
