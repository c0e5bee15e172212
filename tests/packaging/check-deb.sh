#!/usr/bin/env bash
# check-deb.sh BUILD_DIR SCRATCH_DIR APP_ID VERSION
# Builds the .deb and the .tar.gz with CPack, checks the .deb's control fields (Depends on
# Debian 12's Qt runtime packages, on the package of every library a program links, and
# satisfiable on this system; section, maintainer, description) and contents (owned by root,
# under /usr), extracts it with dpkg-deb -x into a scratch root and runs the checks of
# check-installed-tree.sh there.
set -euo pipefail
export LC_ALL=C.UTF-8

build_dir=$1 scratch=$2 app_id=$3 version=$4
here=$(dirname "$0")
source "$here/checks.sh"
for tool in cpack dpkg-deb dpkg-shlibdeps; do
  command -v "$tool" >/dev/null || {
    echo "FAIL: $tool is missing (Debian packages cmake, dpkg-dev; see scripts/install-deps.sh)" >&2
    exit 1
  }
done

rm -rf "$scratch"
mkdir -p "$scratch/out"
echo "== cpack -G DEB;TGZ"
cpack --config "$build_dir/CPackConfig.cmake" -G "DEB;TGZ" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || {
  cat "$scratch/cpack.log"
  echo "FAIL: cpack failed" >&2
  exit 1
}
arch=$(dpkg --print-architecture)
deb=$scratch/out/trro-dashboard_$version-1_$arch.deb
tgz=$scratch/out/trro-dashboard-$version-Linux-$(uname -m).tar.gz
[[ -f $deb ]] || { ls "$scratch/out"; echo "FAIL: no $deb" >&2; exit 1; }
[[ -f $tgz ]] || fail "no $tgz"

echo "== control fields of $(basename "$deb")"
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == trro-dashboard ]] || fail "Package is not trro-dashboard"
[[ $(field Version) == "$version-1" ]] || fail "Version is not $version-1"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture is not $arch"
[[ $(field Section) == net ]] || fail "Section is not net"
[[ $(field Maintainer) == *'<'*'@'*'>' ]] || fail "Maintainer has no e-mail address"
[[ -n $(field Homepage) ]] || fail "no Homepage"
description=$(field Description)
[[ $(wc -l <<<"$description") -ge 3 ]] || fail "Description has no long text"
[[ $(field Recommends) == *qt6-translations-l10n* ]] || fail "qt6-translations-l10n is not recommended"

depends=$(field Depends)
in_depends() { # in_depends PACKAGE: PACKAGE is named in Depends (alone or as an alternative)
  local name
  for name in $(sed 's/([^)]*)//g; s/[,|]/ /g' <<<"$depends"); do
    [[ $name == "$1" ]] && return 0
  done
  return 1
}
# Qt's run-time plug-ins and the libraries every build links.
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 \
  libqt6sql6-sqlite libqt6sql6-psql libqt6charts6 libqt6svg6 libqt6keychain1 libc6 libstdc++6; do
  in_depends "$package" || fail "Depends lacks $package"
done
# Every library a packaged program links directly comes from a package in Depends.
owner() { # the package that holds a library path on this (merged-/usr) system
  local path
  for path in "$1" "/usr${1#/usr}" "${1#/usr}" "$(readlink -f "$1")"; do
    dpkg-query -S "$path" 2>/dev/null | head -n 1 | cut -d: -f1 && return 0
  done
  return 1
}
dpkg-deb -x "$deb" "$scratch/root"
for binary in "$scratch"/root/usr/bin/*; do
  resolved=$(env -u LD_LIBRARY_PATH ldd "$binary")
  for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
    path=$(awk -v so="$soname" '$1 == so && $2 == "=>" { print $3 }' <<<"$resolved")
    if [[ -z $path ]] || ! package=$(owner "$path"); then
      fail "$(basename "$binary"): no Debian package holds $soname"
      continue
    fi
    in_depends "$package" || fail "$(basename "$binary") links $soname of $package, not in Depends"
  done
done
# Every clause names real packages at versions this Debian system has installed.
IFS=',' read -ra clauses <<<"$depends"
for clause in "${clauses[@]}"; do
  satisfied=0
  IFS='|' read -ra alternatives <<<"$clause"
  for alternative in "${alternatives[@]}"; do
    read -r name constraint <<<"$alternative"
    installed=$(dpkg-query -W -f='${Version}' "$name" 2>/dev/null) || continue
    if [[ -z $constraint ]]; then
      satisfied=1
    else
      constraint=${constraint#(}
      constraint=${constraint%)}
      read -r op wanted <<<"$constraint"
      dpkg --compare-versions "$installed" "$op" "$wanted" && satisfied=1
    fi
  done
  ((satisfied)) || fail "Depends clause '${clause# }' is not satisfied on this system"
done

echo "== contents"
contents=$(dpkg-deb --contents "$deb")
owners=$(awk '{ print $2 }' <<<"$contents" | sort -u)
[[ $owners == root/root ]] || fail "files not owned by root/root: $owners"
if outside=$(awk '{ print $6 }' <<<"$contents" | grep -Ev '^\./(usr(/.*)?)?$' | grep .); then
  fail "files outside /usr: $outside"
fi
tar -tzf "$tgz" >"$scratch/tgz-contents"
for entry in bin/trro-dashboard bin/trro-stats bin/trro-sim bin/trro-collector \
  share/man/man1/trro-stats.1.gz share/man/man1/trro-collector.1.gz \
  lib/systemd/system/trro-collector.service share/doc/trro-dashboard/examples/trro-collector.env \
  share/trro-dashboard/monitoring/trro-stats.cfg share/trro-dashboard/monitoring/trro-stats.conf \
  share/doc/trro-dashboard/examples/grafana/trro-fleet.json \
  "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml"; do
  grep -q "^trro-dashboard-$version-Linux-$(uname -m)/$entry$" "$scratch/tgz-contents" ||
    fail "$entry is not in the .tar.gz"
done

bash "$here/check-installed-tree.sh" "$scratch/root" /usr "$build_dir" "$app_id" "$version" ||
  fail "the extracted .deb is incomplete"

passed "$(basename "$deb") and $(basename "$tgz") are complete"
