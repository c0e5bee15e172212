#!/usr/bin/env bash
# Proves the README's two commands on a brand-new Debian 12 machine: a minimal bookworm root
# (debootstrap --variant=minbase), a clean clone of the commit, then inside a chroot
#   scripts/test.sh      exactly as the README says (installs, builds, runs every test)
#   scripts/demo.sh      without a display, in test.sh's build tree: builds both programs (already
#                        built by then), prints the command-line demo
# Nothing is installed into the root except by those commands.
#
#   scripts/fresh-machine-check.sh [--repeat N] [--keep] [COMMIT]
#     --repeat N   after test.sh, run the whole suite N more times in the root (fails on any failure)
#     --keep       leave the root in place (its path is printed) instead of deleting it
#     COMMIT       what to clone (default HEAD of this repository)
# Environment:
#   TRRO_FRESH_CACHE   where the base root and the compiler cache are kept between runs
#                      (default /var/cache/trro-fresh-machine); the packages the project installs
#                      are never kept
#   TRRO_FRESH_CCACHE  0 to build without the kept compiler cache (a cold build)
# Needs root (debootstrap, chroot, mounts); installs debootstrap on this machine when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

repeat=0
keep=0
commit=HEAD
while (($# > 0)); do
  case $1 in
    --repeat) repeat=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fresh-machine-check: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) commit=$1; shift ;;
  esac
done
[[ $repeat =~ ^[0-9]+$ ]] || { echo "fresh-machine-check: --repeat takes a count" >&2; exit 2; }
if [[ $(id -u) -ne 0 ]]; then
  echo "fresh-machine-check: needs root (debootstrap, chroot and mounts)" >&2
  exit 2
fi
commit=$(git -C "$repo" rev-parse --verify "$commit^{commit}")

cache=${TRRO_FRESH_CACHE:-/var/cache/trro-fresh-machine}
mkdir -p "$cache"
log() { printf '[fresh-machine %s] %s\n' "$(date -u +%H:%M:%S)" "$*"; }

# The mirror this machine uses (deb822 sources), else Debian's own.
sources=/etc/apt/sources.list.d/debian.sources
mirror=http://deb.debian.org/debian
if [[ -f $sources ]]; then
  mirror=$(awk '/^URIs:/ && $2 !~ /security/ {print $2; exit}' "$sources")
fi

base=$cache/bookworm-minbase.tar
if [[ ! -f $base ]]; then
  command -v debootstrap >/dev/null || {
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
  }
  log "debootstrap --variant=minbase bookworm from $mirror (kept in $base)"
  stage=$(mktemp -d "$cache/debootstrap.XXXXXX")
  debootstrap --variant=minbase bookworm "$stage" "$mirror" >"$cache/debootstrap.log" 2>&1 || {
    tail -n 30 "$cache/debootstrap.log" >&2
    rm -rf --one-file-system "$stage"
    exit 1
  }
  # The base root keeps no package lists or archives: each check starts from apt-get update.
  find "$stage"/var/lib/apt/lists "$stage"/var/cache/apt/archives -type f -delete
  tar -C "$stage" -cf "$base.part" . && mv "$base.part" "$base"
  rm -rf --one-file-system "$stage"
fi

root=$(mktemp -d /var/tmp/trro-fresh-root.XXXXXX)
mounts=()
cleanup() {
  local i
  for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
    umount -l "${mounts[i]}" 2>/dev/null || true
  done
  if ((keep)); then
    log "root kept in $root"
  elif ! findmnt -rn -o TARGET | grep -q "^$root"; then
    rm -rf --one-file-system "$root"
  else
    log "still mounted below $root: not deleted"
  fi
}
trap cleanup EXIT
bind() { # SOURCE TARGET [mount options...]
  mkdir -p "$2"
  mount "${@:3}" "$1" "$2"
  mounts+=("$2")
}

log "new root in $root"
tar -C "$root" -xf "$base"
chmod 755 "$root" # mktemp's 0700 would keep apt's _apt and man-db's man out of their own root
# A fresh Debian 12 machine: its usual sources (with updates and security), a resolver.
if [[ -f $sources ]]; then
  rm -f "$root/etc/apt/sources.list"
  cp "$sources" "$root/etc/apt/sources.list.d/debian.sources"
fi
cp -L /etc/resolv.conf "$root/etc/resolv.conf"
# A chroot is not a booted machine: packages must not start their services in it (PostgreSQL's
# would outlive the check). The tests start the servers they need themselves.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 755 "$root/usr/sbin/policy-rc.d"

log "clone of $commit"
git clone -q --no-local "$repo" "$root/root/trro-dashboard"
git -C "$root/root/trro-dashboard" checkout -q --detach "$commit"

bind proc "$root/proc" -t proc
bind /dev "$root/dev" --rbind
bind tmpfs "$root/tmp" -t tmpfs -o mode=1777
bind sysfs "$root/sys" -t sysfs
ccache_env=()
if [[ ${TRRO_FRESH_CCACHE:-1} != 0 ]]; then
  bind "$(mkdir -p "$cache/ccache" && echo "$cache/ccache")" "$root/var/cache/ccache" --bind
  ccache_env=(CCACHE_DIR=/var/cache/ccache CCACHE_BASEDIR=/root/trro-dashboard CCACHE_NOHASHDIR=1)
fi

in_root() { # COMMAND...: a login-like environment of a new machine's root user
  chroot "$root" /usr/bin/env -i HOME=/root USER=root LOGNAME=root SHELL=/bin/bash \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    TERM=dumb "${ccache_env[@]}" /bin/bash -c "cd /root/trro-dashboard && $1"
}

start=$SECONDS
log "scripts/test.sh (its output is also in $cache/test.log)"
in_root "scripts/test.sh" 2>&1 | tee "$cache/test.log"
# A package that install-deps.sh forgot shows as "Could NOT find" even when it is optional.
if grep "Could NOT find" "$cache/test.log"; then
  log "the configure step looked for packages that scripts/install-deps.sh does not install"
  exit 1
fi
log "scripts/test.sh passed in $((SECONDS - start)) s"

if ((repeat > 0)); then
  start=$SECONDS
  log "the whole suite $repeat more times"
  in_root "ctest --test-dir build-test --output-on-failure -j \$(nproc) --repeat until-fail:$repeat"
  log "$repeat repeats passed in $((SECONDS - start)) s"
fi

# demo.sh builds in test.sh's tree: the same build type (its configure keeps that tree's
# options), so it links what test.sh compiled instead of compiling everything a second time.
start=$SECONDS
log "scripts/demo.sh without a display, on test.sh's build"
out=$(in_root "BUILD_DIR=build-test scripts/demo.sh" 2>&1) || {
  printf '%s\n' "$out" | tail -n 40 >&2
  log "scripts/demo.sh failed"
  exit 1
}
printf '%s\n' "$out" | tail -n 12
for program in build-test/app/dashboard/trro-dashboard build-test/app/cli/trro-stats; do
  [[ -x $root/root/trro-dashboard/$program ]] || { log "scripts/demo.sh did not build $program"; exit 1; }
done
grep -q "command-line demo" <<<"$out" || { log "scripts/demo.sh did not start the CLI demo"; exit 1; }
log "scripts/demo.sh passed in $((SECONDS - start)) s"
log "both README commands pass on a fresh Debian 12 root"
