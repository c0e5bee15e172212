#!/usr/bin/env bash
# check-platform-recipes.sh SOURCE_DIR SCRATCH_DIR VERSION APP_ID
# Configures packaging/ as if on Windows and on macOS (platform-recipes/CMakeLists.txt) and
# inspects what the recipes generate: the CPack generators and NSIS settings, the Windows
# resource script and .ico, the windeployqt and macdeployqt install steps, the bundle's
# Info.plist. It cannot run windeployqt, macdeployqt, iconutil, NSIS or hdiutil.
set -euo pipefail
export LC_ALL=C.UTF-8

source_dir=$1 scratch=$2 version=$3 app_id=$4
source "$(dirname "$0")/checks.sh"
contains() { # contains FILE TEXT WHAT
  grep -qF -- "$2" "$1" || fail "$3 (no '$2' in $(basename "$1"))"
}

rm -rf "$scratch"
mkdir -p "$scratch/src"
ln -s "$source_dir/packaging" "$source_dir/resources" "$source_dir/README.md" "$scratch/src/"
cp "$(dirname "$0")/platform-recipes/CMakeLists.txt" "$scratch/src/CMakeLists.txt"
imagemagick=$(command -v convert || true)
IFS=. read -r major minor patch <<<"$version"

echo "== Windows"
win=$scratch/windows
cmake -S "$scratch/src" -B "$win" -G Ninja -DTRRO_FAKE_PLATFORM=Windows \
  -DTRRO_WINDEPLOYQT=/bin/true ${imagemagick:+-DTRRO_IMAGEMAGICK=$imagemagick} >"$scratch/windows.log" 2>&1 || {
  cat "$scratch/windows.log"
  fail "configuring the Windows recipe failed"
}
if [[ -f $win/CPackConfig.cmake ]]; then
  contains "$win/CPackConfig.cmake" 'set(CPACK_GENERATOR "NSIS;ZIP")' "generators are not NSIS and ZIP"
  contains "$win/CPackConfig.cmake" 'set(CPACK_NSIS_DISPLAY_NAME "TRRO Fleet Dashboard")' "no NSIS display name"
  contains "$win/CPackConfig.cmake" 'set(CPACK_PACKAGE_EXECUTABLES "trro-dashboard;TRRO Fleet Dashboard")' "no Start menu entry"
  contains "$win/CPackConfig.cmake" 'set(CPACK_NSIS_MODIFY_PATH "ON")' "no PATH option"
  rc=$win/packaging/windows/trro-dashboard.rc
  contains "$rc" "FILEVERSION $major,$minor,$patch,0" "resource version is not $version"
  contains "$rc" "VALUE \"ProductVersion\", \"$version\"" "resource product version is not $version"
  contains "$win/cmake_install.cmake" '--translations en,zh_CN' "no windeployqt step"
  for program in trro-dashboard trro-stats trro-sim; do
    contains "$win/cmake_install.cmake" "/bin/$program.exe\"" "windeployqt does not deploy $program"
  done
  contains "$win/cmake_install.cmake" 'qt6keychain.dll' "the QtKeychain DLL is not installed"
  if [[ -n $imagemagick ]]; then
    contains "$rc" 'IDI_ICON1 ICON' "no icon in the resource script"
    cmake --build "$win" --target trro_windows_icon >>"$scratch/windows.log" 2>&1 || fail "building the .ico failed"
    count=$(identify "$win/packaging/windows/trro-dashboard.ico" 2>/dev/null | wc -l)
    ((count == 7)) || fail "the .ico holds $count images, not 7 (16 to 256 px)"
  fi
fi

echo "== macOS"
mac=$scratch/macos
cmake -S "$scratch/src" -B "$mac" -G Ninja -DTRRO_FAKE_PLATFORM=Darwin \
  -DTRRO_MACDEPLOYQT=/bin/true >"$scratch/macos.log" 2>&1 || {
  cat "$scratch/macos.log"
  fail "configuring the macOS recipe failed"
}
if [[ -f $mac/CPackConfig.cmake ]]; then
  contains "$mac/CPackConfig.cmake" 'set(CPACK_GENERATOR "DragNDrop")' "generator is not DragNDrop"
  plist=$(find "$mac" -name Info.plist -path '*trro-dashboard*' | head -n 1)
  if [[ -z $plist ]]; then
    fail "no Info.plist generated for the bundle"
  else
    contains "$plist" "<string>$app_id</string>" "bundle id is not $app_id"
    contains "$plist" "<string>$version</string>" "bundle version is not $version"
    contains "$plist" '<string>trro-dashboard.icns</string>' "no bundle icon"
    contains "$plist" '<string>zh-Hans</string>' "no Chinese localization"
    if command -v python3 >/dev/null; then
      python3 -c 'import plistlib, sys; plistlib.load(open(sys.argv[1], "rb"))' "$plist" ||
        fail "Info.plist does not parse"
    fi
  fi
  contains "$mac/cmake_install.cmake" '/trro-dashboard.app" -always-overwrite' "no macdeployqt step"
  for program in trro-stats trro-sim; do
    contains "$mac/cmake_install.cmake" "-executable=\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/trro-dashboard.app/Contents/MacOS/$program\"" \
      "macdeployqt does not deploy $program"
  done
fi

passed "Windows and macOS recipes configure and generate what they should"
