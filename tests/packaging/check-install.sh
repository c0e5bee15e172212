#!/usr/bin/env bash
# check-install.sh BUILD_DIR SCRATCH_DIR APP_ID VERSION
# `cmake --install` of the build tree into a scratch DESTDIR with prefix /usr, then the checks
# of check-installed-tree.sh on the result.
set -euo pipefail

build_dir=$1 scratch=$2 app_id=$3 version=$4
here=$(dirname "$0")
rm -rf "$scratch"
mkdir -p "$scratch"
echo "== cmake --install $build_dir --prefix /usr (DESTDIR=$scratch/root)"
DESTDIR=$scratch/root cmake --install "$build_dir" --prefix /usr >"$scratch/install.log" || {
  cat "$scratch/install.log"
  echo "FAIL: cmake --install failed" >&2
  exit 1
}
bash "$here/check-installed-tree.sh" "$scratch/root" /usr "$build_dir" "$app_id" "$version"
