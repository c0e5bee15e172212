#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer
# (cmake -DTRRO_SANITIZE=ON) and runs every test under them.
#   scripts/sanitize.sh [ctest options...]        e.g. scripts/sanitize.sh -L cache
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
build=${BUILD_DIR:-build-sanitize}
jobs=${JOBS:-$(nproc)}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRRO_SANITIZE=ON \
  -DTRRO_BUILD_BENCH=OFF
cmake --build "$build" -j "$jobs"
# Leaks inside system libraries (fontconfig, D-Bus, GLib...) are not ours: see the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/sanitize.supp:print_suppressions=0}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_init_order=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Sanitized code runs several times slower: give each test more time than usual.
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 900 "$@"
