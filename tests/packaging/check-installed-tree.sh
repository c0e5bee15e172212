#!/usr/bin/env bash
# check-installed-tree.sh ROOT PREFIX BUILD_DIR APP_ID VERSION
# Checks an installed tree (a DESTDIR or an extracted .deb): the programs start from it with
# LD_LIBRARY_PATH unset and without build-tree run paths; the desktop entry, metainfo, icons,
# man page, translations and monitoring definitions are where they belong; no development files
# were installed.
# Run by check-install.sh and check-deb.sh, which set up ROOT.
set -euo pipefail
export LC_ALL=C.UTF-8

root=$1 prefix=$2 build_dir=$3 app_id=$4 version=$5
usr=$root$prefix
source "$(dirname "$0")/checks.sh"
expect_file() {
  [[ -f $root$1 ]] || fail "missing $1"
}

# The programs run in a scratch home so that no user setting or keychain is touched.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
run() { # run [NAME=VALUE...] PROGRAM ARGS...
  env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH -u QML2_IMPORT_PATH -u LANG -u LANGUAGE \
    HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
    XDG_DATA_HOME="$home/.local/share" QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 "$@"
}

echo "== programs in $usr/bin"
for program in trro-dashboard trro-stats trro-sim trro-collector; do
  binary=$usr/bin/$program
  if [[ ! -x $binary ]]; then
    fail "missing $prefix/bin/$program"
    continue
  fi
  if missing=$(env -u LD_LIBRARY_PATH ldd "$binary" | grep 'not found'); then
    fail "$program: libraries not found: $missing"
  fi
  if readelf -d "$binary" | grep -E 'R(UN)?PATH' | grep -qF "$build_dir"; then
    fail "$program: run path into the build tree"
  fi
  out=$(run "$binary" --version 2>&1) || fail "$program --version failed: $out"
  grep -qF "$version" <<<"$out" || fail "$program --version does not say $version: $out"
  out=$(run "$binary" --help 2>&1) || fail "$program --help failed: $out"
  grep -q -- '--version' <<<"$out" || fail "$program --help lists no options: $out"
  echo "$program: starts, version $version"
done
# End to end from the installed binary: the built-in demo service, no account, no keychain.
if [[ -x $usr/bin/trro-stats ]]; then
  out=$(run timeout 60 "$usr/bin/trro-stats" --demo projects --format csv 2>&1) ||
    fail "trro-stats --demo projects failed: $out"
  grep -q '^ProjectId' <<<"$out" || fail "trro-stats --demo projects wrote no CSV header: $out"
fi

echo "== desktop integration"
expect_file "$prefix/share/applications/$app_id.desktop"
expect_file "$prefix/share/metainfo/$app_id.metainfo.xml"
expect_file "$prefix/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 22 24 32 48 64 128 256 512; do
  icon=$prefix/share/icons/hicolor/${size}x$size/apps/$app_id.png
  expect_file "$icon"
  if [[ -f $root$icon ]] && ! file -b "$root$icon" | grep -q "PNG image data, $size x $size,"; then
    fail "$icon is not a $size x $size PNG: $(file -b "$root$icon")"
  fi
done
desktop=$usr/share/applications/$app_id.desktop
if [[ -f $desktop ]]; then
  exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -n 1)
  [[ -x $usr/bin/$exec_name ]] || fail "Exec=$exec_name of the desktop entry is not installed"
  desktop-file-validate "$desktop" || fail "installed desktop entry is invalid"
fi
# The installed tree as a software centre sees it: metainfo, desktop entry and icon together.
appstreamcli validate-tree --no-net --strict "$usr" || fail "appstreamcli validate-tree failed"

echo "== man page and documentation"
expect_file "$prefix/share/man/man1/trro-stats.1.gz"
if [[ -f $usr/share/man/man1/trro-stats.1.gz ]]; then
  gzip -t "$usr/share/man/man1/trro-stats.1.gz" || fail "man page is not valid gzip"
  MANWIDTH=80 MANPAGER=cat man -l "$usr/share/man/man1/trro-stats.1.gz" | grep -q "trro-stats $version" ||
    fail "installed man page does not render with version $version"
fi
expect_file "$prefix/share/doc/trro-dashboard/README.md"
expect_file "$prefix/share/man/man1/trro-collector.1.gz"

echo "== the collector's service"
unit=$prefix/lib/systemd/system/trro-collector.service
expect_file "$unit"
expect_file "$prefix/share/doc/trro-dashboard/examples/trro-collector.env"
if [[ -f $root$unit ]]; then
  grep -qx "ExecStart=$prefix/bin/trro-collector .*" "$root$unit" ||
    fail "the unit does not start $prefix/bin/trro-collector"
fi

echo "== Grafana dashboard of the shared store and its data source example"
for example in trro-fleet.json trro-store-datasource.yaml; do
  expect_file "$prefix/share/doc/trro-dashboard/examples/grafana/$example"
done
if [[ -f $root$prefix/share/doc/trro-dashboard/examples/grafana/trro-fleet.json ]] &&
  ! python3 -m json.tool "$root$prefix/share/doc/trro-dashboard/examples/grafana/trro-fleet.json" >/dev/null; then
  fail "the installed Grafana dashboard is not valid JSON"
fi

echo "== monitoring definitions of trro-stats check"
for definition in trro-stats.cfg trro-stats.conf; do
  file=$prefix/share/trro-dashboard/monitoring/$definition
  expect_file "$file"
  if [[ -f $root$file ]] && ! grep -qF "$prefix/bin/trro-stats" "$root$file"; then
    fail "$file does not run $prefix/bin/trro-stats"
  fi
done

echo "== translations"
translations=$usr/share/trro-dashboard/translations
mapfile -t built < <(find "$build_dir" -name '*.qm' -not -path '*/_CPack_Packages/*' \
  -not -path '*/tests/packaging/*' -printf '%f\n' | sort -u)
for qm in "${built[@]}"; do
  [[ -f $translations/$qm ]] || fail "built translation $qm is not installed in $translations"
done
if compgen -G "$translations/*zh_CN*.qm" >/dev/null; then
  # With Chinese translations installed, the programs find them: their help is in Chinese.
  for program in trro-stats trro-dashboard trro-collector; do
    out=$(run LC_ALL=zh_CN.UTF-8 LANG=zh_CN.UTF-8 "$usr/bin/$program" --help 2>&1) || true
    grep -qP '[\x{4e00}-\x{9fff}]' <<<"$out" ||
      fail "$program --help under zh_CN.UTF-8 is not in Chinese: the translations are not found"
  done
  echo "translations: ${#built[@]} built, installed and found"
else
  echo "translations: none built yet"
fi

echo "== no development files"
if dev=$(find "$root" \( -name '*.h' -o -name '*.a' -o -name '*.cmake' -o -name '*.pc' \) -print | grep .); then
  fail "development files installed: $dev"
fi

passed "installed tree under $root$prefix is complete"
