#!/usr/bin/env bash
# Fails when a C++ file of the repository does not match .clang-format, and names the files.
#   scripts/check-format.sh          check
#   scripts/check-format.sh --fix    rewrite the files that differ
set -euo pipefail
cd "$(dirname "$0")/.."
format=${CLANG_FORMAT:-clang-format}
command -v "$format" >/dev/null || {
  echo "check-format: $format not found (Debian package clang-format)" >&2
  exit 2
}
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if [[ ${1:-} == --fix ]]; then
  "$format" -i "${files[@]}"
  exit 0
fi
# Many files per clang-format run, one run per core: a process per file took a minute.
status=0
out=$(printf '%s\0' "${files[@]}" |
  xargs -0 -P "$(nproc)" -n 64 "$format" --dry-run -Werror 2>&1 >/dev/null) || status=$?
mapfile -t bad < <(grep -oE '^[^:]+\.(cpp|h):[0-9]+:[0-9]+: (error|warning)' <<<"$out" |
  cut -d: -f1 | sort -u)
if ((status != 0 && ${#bad[@]} == 0)); then
  printf '%s\n' "$out" >&2 # clang-format failed on its own, not on a difference
  exit 2
fi
if ((${#bad[@]} > 0)); then
  printf 'not formatted (run scripts/check-format.sh --fix):\n' >&2
  printf '  %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check-format: ${#files[@]} files match .clang-format"
