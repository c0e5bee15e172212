#!/usr/bin/env bash
# Builds the fuzz target of the response parser and the exporters with clang (libFuzzer +
# AddressSanitizer + UndefinedBehaviorSanitizer) and runs it for a bounded time.
#   scripts/fuzz.sh [SECONDS] [libFuzzer options...]      (SECONDS defaults to 60)
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh installs them). Findings are
# written to $BUILD_DIR/fuzz-artifacts/ and the script exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."
# The compiler cache names files relative to the checkout, so that a clone in another folder
# (CI's) reuses what an earlier build compiled.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
scripts/install-deps.sh
seconds=${1:-60}
if (($# > 0)); then shift; fi
build=${BUILD_DIR:-build-fuzz}
# trro_core is instrumented for coverage too; the target links the fuzzer runtime.
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" \
  -DTRRO_FUZZ=ON -DTRRO_BUILD_GUI=OFF -DTRRO_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target fuzz_response -j "${JOBS:-$(nproc)}"
corpus="$build/fuzz-corpus"
artifacts="$build/fuzz-artifacts"
mkdir -p "$corpus" "$artifacts"
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
# The first corpus folder collects new inputs; the seeds (hand-written envelopes of every
# action and the published example response) are only read.
exec "$build/tests/fuzz/fuzz_response" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -dict=tests/fuzz/response.dict -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$@" "$corpus" tests/fuzz/corpus tests/fixtures
