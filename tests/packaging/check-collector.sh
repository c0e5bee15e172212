#!/usr/bin/env bash
# check-collector.sh MAN_PAGE TRRO_COLLECTOR UNIT ENV_EXAMPLE
# trro-collector(1) renders without a groff warning and documents every long option of
# `trro-collector --help`; the systemd unit starts the program with the hardening options and
# takes the API key from systemd's credentials, and the example environment holds no key.
set -euo pipefail
page=$1 collector=$2 unit=$3 env_example=$4
source "$(dirname "$0")/checks.sh"
export LC_ALL=C.UTF-8 LANGUAGE=
unset LANG

echo "== groff -man -Tutf8 -ww $page"
warnings=$(groff -man -Tutf8 -ww -z "$page" 2>&1)
[[ -z $warnings ]] || fail "groff warns about the man page: $warnings"
rendered=$(groff -man -Tutf8 "$page" 2>/dev/null | sed 's/\x1b\[[0-9;]*m//g; s/.\x08//g')
for section in NAME SYNOPSIS DESCRIPTION OPTIONS OUTPUT ENVIRONMENT "EXIT STATUS" FILES \
  EXAMPLES "SEE ALSO"; do
  grep -qx "$section" <<<"$rendered" || fail "no $section section"
done
help=$("$collector" --help) || fail "trro-collector --help failed"
for option in $(grep -o -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
  grep -qF -- "${option//-/\\-}" "$page" || fail "option $option is not documented"
done

echo "== $unit"
grep -q '^ExecStart=/.*/trro-collector --store ' "$unit" || fail "no ExecStart of trro-collector"
for setting in NoNewPrivileges=yes ProtectSystem=strict ProtectHome=yes PrivateTmp=yes \
  PrivateDevices=yes DynamicUser=yes RestrictAddressFamilies= SystemCallFilter=@system-service \
  CapabilityBoundingSet= Restart=on-failure \
  LoadCredential=tencentcloud-secret-id: LoadCredential=tencentcloud-secret-key:; do
  grep -q "^$setting" "$unit" || fail "the unit lacks $setting"
done
if command -v systemd-analyze >/dev/null; then
  # Verified with the program where the build put it (the unit names the installed path).
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  sed "s|^ExecStart=[^ ]*|ExecStart=$collector|" "$unit" >"$scratch/trro-collector.service"
  out=$(systemd-analyze verify --man=no "$scratch/trro-collector.service" 2>&1) ||
    fail "systemd-analyze verify: $out"
fi

echo "== $env_example"
if grep -Eq '^[^#]*(SECRET|PASSWORD|TOKEN)' "$env_example"; then
  fail "the example environment sets a secret"
fi
grep -q '^TRRO_STORE=postgresql://' "$env_example" || fail "the example names no store"

passed "trro-collector's man page, unit and example environment are complete"
