#!/usr/bin/env bash
# check-man-page.sh MAN_PAGE TRRO_STATS VERSION
# The generated trro-stats(1) renders without a single groff warning (groff -ww, and man -l on
# the compressed page that is installed), its NAME line parses (lexgrog), it carries the
# version, and it documents every command and every long option that `trro-stats --help` and
# `trro-stats COMMAND --help` list.
set -euo pipefail

page=$1 stats=$2 version=$3
source "$(dirname "$0")/checks.sh"
need groff groff-base
need man man-db
need lexgrog man-db
export LC_ALL=C.UTF-8 LANGUAGE=
unset LANG

echo "== groff -man -Tutf8 -ww $page"
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
if [[ -n $warnings ]]; then
  echo "$warnings"
  fail "groff warns about the man page"
fi

compressed=$page
[[ -f $page.gz ]] && compressed=$page.gz
echo "== man -l $compressed"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
MANWIDTH=80 MANPAGER=cat man --warnings -l "$compressed" >"$scratch/rendered" 2>"$scratch/warnings" ||
  fail "man -l failed"
if [[ -s $scratch/warnings ]]; then
  cat "$scratch/warnings"
  fail "man -l warns about the man page"
fi
for section in NAME SYNOPSIS DESCRIPTION "GLOBAL OPTIONS" COMMANDS "TIME ARGUMENTS" OUTPUT \
  ENVIRONMENT "EXIT STATUS" FILES EXAMPLES "SEE ALSO"; do
  grep -qx "$section" "$scratch/rendered" || fail "no $section section"
done
grep -q "trro-stats $version" "$scratch/rendered" || fail "the footer does not carry version $version"
lexgrog "$compressed" || fail "lexgrog cannot parse the NAME section"

# Every command and long option of the program is in the page source (as \-\-option).
echo "== options of $stats"
help=$("$stats" --help) || fail "trro-stats --help failed"
# A command is the lower-case word that starts each line of the Commands: section.
commands=$(awk '/^Commands:/ { on = 1; next } on && /^$/ { exit } on { print }' <<<"$help" |
  grep -oE '^ +[a-z][a-z-]*' | tr -d ' ')
[[ -n $commands ]] || fail "no Commands: section in trro-stats --help"
options=$(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u)
for command in $commands; do
  grep -q "^\.SS \"$command " "$page" || fail "command $command is not documented"
  command_help=$("$stats" "$command" --help) || fail "trro-stats $command --help failed"
  options+=$'\n'$(grep -o -- '--[a-z][a-z-]*' <<<"$command_help" | sort -u)
done
for option in $(sort -u <<<"$options"); do
  escaped=${option//-/\\-}
  grep -qF -- "$escaped" "$page" || fail "option $option is not documented"
done

passed "man page renders cleanly and documents every command and option"
