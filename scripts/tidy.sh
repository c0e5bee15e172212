#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy: function size, naming) over every source file of
# the programs and libraries, and fails on any warning, or on a file it could not parse.
# Files whose inputs have not changed since a clean check are not checked again (scripts/tidy.py
# says how; --all checks every file).
#   scripts/tidy.sh [BUILD_DIR] [--all]    a configured and built tree (default build-test)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
if (($# > 0)); then shift; fi
exec python3 scripts/tidy.py "$build" "$@"
