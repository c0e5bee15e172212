#!/usr/bin/env bash
# check-metadata.sh DESKTOP_FILE METAINFO_FILE APP_ID VERSION
# The generated desktop entry passes desktop-file-validate and the AppStream metainfo passes
# `appstreamcli validate --no-net --strict` (pedantic hints allowed, nothing else); both carry
# the application id, the metainfo the version and the Chinese name and summary.
set -euo pipefail

desktop=$1 metainfo=$2 app_id=$3 version=$4
source "$(dirname "$0")/checks.sh"
need desktop-file-validate desktop-file-utils
need appstreamcli appstream

[[ $(basename "$desktop") == "$app_id.desktop" ]] || fail "desktop file not named $app_id.desktop"
[[ $(basename "$metainfo") == "$app_id.metainfo.xml" ]] || fail "metainfo not named $app_id.metainfo.xml"

echo "== desktop-file-validate $desktop"
output=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate failed"
# It exits 0 on hints too; only hints about our own choices would show here.
if [[ -n $output ]]; then
  echo "$output"
  fail "desktop-file-validate reported issues"
fi
grep -qx "Icon=$app_id" "$desktop" || fail "Icon= is not the application id"
grep -qx "Exec=trro-dashboard %u" "$desktop" || fail "Exec= is not trro-dashboard %u (links)"
grep -qx "MimeType=x-scheme-handler/trro-dashboard;" "$desktop" ||
  fail "the desktop entry does not register the trro-dashboard:// links"
grep -q '^Name\[zh_CN\]=' "$desktop" || fail "no Chinese name in the desktop file"

echo "== appstreamcli validate --no-net --strict $metainfo"
appstreamcli validate --no-net --strict --explain "$metainfo" || fail "appstreamcli validate failed"
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "metainfo launchable is not $app_id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "no release $version in the metainfo"
grep -q '<name xml:lang="zh_CN">' "$metainfo" || fail "no Chinese name in the metainfo"
grep -q '<summary xml:lang="zh_CN">' "$metainfo" || fail "no Chinese summary in the metainfo"
grep -q 'docs/screenshots/main-view.png</image>' "$metainfo" || fail "no main-view screenshot"
for binary in trro-dashboard trro-stats trro-sim; do
  grep -q "<binary>$binary</binary>" "$metainfo" || fail "metainfo does not provide $binary"
done

passed "desktop entry and metainfo are valid"
