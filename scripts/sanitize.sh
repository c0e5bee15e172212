#!/usr/bin/env bash
# Builds the whole project with AddressSanitizer + UndefinedBehaviorSanitizer
# (cmake -DTRRO_SANITIZE=ON) and runs every test under them.
#   scripts/sanitize.sh [ctest options...]        e.g. scripts/sanitize.sh -L cache
set -euo pipefail
cd "$(dirname "$0")/.."
# The compiler cache names files relative to the checkout, so that a clone in another folder
# (CI's) reuses what an earlier build compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
scripts/install-deps.sh
build=${BUILD_DIR:-build-sanitize}
jobs=${JOBS:-$(nproc)}
# -O1 -g1 (line tables only): what the sanitizers need for speed and file:line in their reports,
# and about half the compile time of -O2 -g, which matters for the build in CI.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTRRO_SANITIZE=ON \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1 -DNDEBUG" -DTRRO_BUILD_BENCH=OFF
cmake --build "$build" -j "$jobs"
# Leaks inside system libraries (fontconfig, D-Bus, GLib...) are not ours: see the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/scripts/sanitize.supp:print_suppressions=0}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:strict_init_order=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
# Sanitized code runs several times slower: give each test more time than usual.
ctest --test-dir "$build" --output-on-failure -j "$jobs" --timeout 900 "$@"
