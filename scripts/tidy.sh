#!/usr/bin/env bash
# Runs clang-tidy (the checks in .clang-tidy: function size, naming) over every source file of
# the programs and libraries, and fails on any warning, or on a file it could not parse.
#   scripts/tidy.sh [BUILD_DIR]    a configured and built tree (default build-test)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-test}
[[ -f $build/compile_commands.json ]] || {
  echo "tidy: $build/compile_commands.json missing: configure and build first" >&2
  exit 2
}
mapfile -t files < <(git ls-files 'app/*.cpp' 'ui/*.cpp')
log=$(mktemp)
trap 'rm -f "$log"' EXIT
printf '%s\n' "${files[@]}" |
  xargs -P "$(nproc)" -n 8 clang-tidy -p "$build" --quiet 2>/dev/null >"$log" || true
if grep -qE '(warning|error):' "$log"; then
  grep -A3 -E '(warning|error):' "$log" >&2
  echo "tidy: $(grep -cE '(warning|error):' "$log") warnings and errors" >&2
  exit 1
fi
echo "tidy: ${#files[@]} files, no warnings"
