#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, test and run the project, when missing.
set -euo pipefail

# Tests need a private Secret Service (dbus, gnome-keyring), an X server for screenshots and
# fonts for Chinese text; packaging needs librsvg2-bin (icon sizes), and its checks
# desktop-file-utils, appstream, groff-base and man-db.
# Some -dev packages do not depend on everything their CMake files look for: Debian's Qt6Charts
# needs Qt6OpenGL (libqt6opengl6-dev) and Qt6Gui looks for XKB (libxkbcommon-dev). A configure
# in a fresh root (scripts/fresh-machine-check.sh) shows any "Could NOT find" left.
# The shared history store is PostgreSQL: trro-collector and the store's readers talk to it
# through Qt SQL's QPSQL driver (libqt6sql6-psql), and the store's tests start a private server
# of their own (initdb and postgres from the postgresql package; its service is never used).
# The monitoring definitions of trro-stats check are checked by the tools that read them:
# nagios4-core and icinga2-bin hold only the programs (no web interface, no service is used);
# nagios4-common needs a mail agent, and dma is the smallest (exim4 would add a daemon).
packages=(
  build-essential cmake ninja-build pkg-config ccache git ca-certificates
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-httpserver-dev
  libqt6opengl6-dev libxkbcommon-dev
  qtkeychain-qt6-dev qt6-l10n-tools qt6-tools-dev qt6-tools-dev-tools qt6-translations-l10n
  libqt6sql6-sqlite libgl-dev
  libqt6sql6-psql postgresql # the shared history store (trro-collector) and its tests
  prometheus # tests of trro-collector --metrics-listen: promtool check metrics, a real scrape
  dbus dbus-x11 gnome-keyring libsecret-tools xvfb xauth imagemagick fonts-noto-cjk
  desktop-file-utils appstream dpkg-dev file librsvg2-bin groff-base man-db
  clang libclang-rt-14-dev # scripts/fuzz.sh: clang with libFuzzer and its sanitizer runtimes
  clang-tidy python3 # scripts/tidy.sh (python3 keeps the record of clean files)
  nagios4-core icinga2-bin dma # nagios4 -v, icinga2 daemon -C; dma: nagios4's mail agent, not exim4
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi
echo "Installing: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Debian's prometheus package starts its server at once, listening on every interface (:9090);
# the tests only run promtool and a prometheus of their own on a free local port. A server this
# script brought is stopped and not started at boot (`systemctl enable --now prometheus` brings
# it back); one that was installed before is left alone.
if [[ " ${missing[*]} " == *" prometheus "* ]] && [[ -d /run/systemd/system ]]; then
  if $sudo systemctl disable --now prometheus.service >/dev/null 2>&1; then
    echo "install-deps: stopped the prometheus service its package started (the tests do not use it)"
  fi
fi
