#!/bin/sh
# Runs one test executable against a throw-away keychain, never the user's.
#
#   run-with-keyring.sh MODE TEST [ARGS...]
#     --keyring     a private D-Bus session (dbus-run-session) with a fresh gnome-keyring whose
#                   login keyring is created and unlocked with a fixed password from stdin;
#     --locked      the same keyring, created in a first session, then used in a second one
#                   where it stays locked (nobody can answer the unlock prompt);
#     --no-service  a private D-Bus session in which no Secret Service exists or can be
#                   activated ("org.freedesktop.secrets was not provided by any .service files");
#     --no-bus      no session bus at all: DBUS_SESSION_BUS_ADDRESS unset, no $XDG_RUNTIME_DIR/bus,
#                   no $DISPLAY to autolaunch one ("Cannot autolaunch D-Bus").
#
# HOME and the XDG directories point into a temporary directory that is removed afterwards,
# so settings, keyrings and caches of the test never mix with the user's. TRRO_KEYCHAIN_MODE
# tells the test which case it is in. Exit status 77 (ctest's SKIP_RETURN_CODE) when the tools
# are not installed.
set -u

mode=${1:-}
[ $# -gt 0 ] && shift

need() {
    for tool in "$@"; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "SKIP: $tool is not installed (Debian: apt-get install dbus gnome-keyring" \
                 "libsecret-tools)" >&2
            exit 77
        fi
    done
}

case "$mode" in
--keyring) need dbus-run-session gnome-keyring-daemon ;;
--locked) need dbus-run-session gnome-keyring-daemon secret-tool ;;
--no-service) need dbus-run-session ;;
--no-bus) ;;
*)
    echo "usage: $0 --keyring|--locked|--no-service|--no-bus TEST [ARGS...]" >&2
    exit 2
    ;;
esac

root=$(mktemp -d "${TMPDIR:-/tmp}/trro-keychain-test.XXXXXX") || exit 1
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -p "$root/home" "$root/config" "$root/data" "$root/cache" "$root/runtime"
chmod 700 "$root/runtime"

export HOME="$root/home"
export XDG_CONFIG_HOME="$root/config"
export XDG_DATA_HOME="$root/data"
export XDG_CACHE_HOME="$root/cache"
export XDG_RUNTIME_DIR="$root/runtime"
export TRRO_TEST_ROOT="$root"
export TRRO_KEYCHAIN_MODE="${mode#--}"
unset DBUS_SESSION_BUS_ADDRESS DISPLAY WAYLAND_DISPLAY XDG_CURRENT_DESKTOP DESKTOP_SESSION \
      KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL \
      TENCENTCLOUD_SECRET_ID TENCENTCLOUD_SECRET_KEY TENCENTCLOUD_SESSION_TOKEN \
      TENCENTCLOUD_REGION TRRO_ENDPOINT TCCLI_PROFILE

# The password only unlocks the throw-away login keyring created in $XDG_DATA_HOME.
unlock='printf %s trro-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null'

case "$mode" in
--keyring)
    dbus-run-session -- sh -c "$unlock"' || exit 1; "$@"' sh "$@"
    ;;
--locked)
    # First session: create the login keyring (with one unrelated item) and unlock it.
    dbus-run-session -- sh -c "$unlock"' && printf %s x |
        secret-tool store --label=setup purpose trro-test-setup' >/dev/null 2>&1 || {
        echo "could not create the locked keyring" >&2
        exit 1
    }
    # The first daemon leaves when its bus is gone, but not at once. Until then it answers on
    # its control socket, and a daemon of the second session would hand itself over to it,
    # leaving the new bus without a Secret Service. Wait (bounded) until it has left, and give
    # the second session a runtime directory of its own in any case.
    tries=0
    while [ -e "$XDG_RUNTIME_DIR/keyring/control" ] && [ $tries -lt 100 ]; do
        sleep 0.1
        tries=$((tries + 1))
    done
    mkdir -p "$root/runtime-locked"
    chmod 700 "$root/runtime-locked"
    export XDG_RUNTIME_DIR="$root/runtime-locked"
    # Second session: the same keyring, started without the password, so it stays locked.
    dbus-run-session -- sh -c 'gnome-keyring-daemon --start --components=secrets >/dev/null
        "$@"' sh "$@"
    ;;
--no-service)
    cat >"$root/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$root/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$root/session.conf" -- "$@"
    ;;
--no-bus)
    "$@"
    ;;
esac
