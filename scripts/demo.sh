#!/usr/bin/env bash
# Installs what is missing, builds, and opens the dashboard on the built-in demo service.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target trro-dashboard trro-stats
if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  echo "No display: showing the command-line demo instead." >&2
  exec "$build/app/cli/trro-stats" --demo stats --interval day --format table
fi
exec "$build/app/dashboard/trro-dashboard" --demo "$@"
