# Sourced by the check-*.sh scripts: fail() reports a failure and counts it, so that a script
# reports them all; need TOOL PACKAGE stops at once when a tool is missing; passed MESSAGE ends
# the script, with status 1 after any failure, else with MESSAGE.
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
need() {
  command -v "$1" >/dev/null || {
    echo "FAIL: $1 is missing (Debian package $2; see scripts/install-deps.sh)" >&2
    exit 1
  }
}
passed() {
  ((failures == 0)) || exit 1
  echo "$*"
}
