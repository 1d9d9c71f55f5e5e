# tests/lib.sh: a small TAP producer for the tests, and access to the sandbox.
#
# Every test runs what a user runs: RPMs installed by dnf into the sandbox
# root (make sandbox), binaries run chrooted in it.  Nothing touches the host.

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT=${OUT:-$TOP/_build}
SANDBOX=${SANDBOX:-$OUT/sandbox}
TOPDIR=${TOPDIR:-$OUT/rpmbuild}
NODEBUG=${NODEBUG:-$OUT/rpmbuild-nodebug}
ROOT=$SANDBOX/root
SB=$TOP/scripts/sandbox

_tap_n=0
_tap_failed=0
plan() { echo "1..$1"; }
ok() {  # ok COND-EXIT-STATUS DESCRIPTION
    local rc=$1; shift
    _tap_n=$((_tap_n + 1))
    if [ "$rc" -eq 0 ]; then echo "ok $_tap_n - $*"; else echo "not ok $_tap_n - $*"; _tap_failed=$((_tap_failed + 1)); fi
    return "$rc"
}
diag() { sed 's/^/# /' <<< "$*"; }
is() {  # is GOT EXPECTED DESCRIPTION
    if [ "$1" = "$2" ]; then ok 0 "$3"; else ok 1 "$3"; diag "got:      '$1'"; diag "expected: '$2'"; fi
}
like() {  # like GOT REGEX DESCRIPTION
    if grep -Eq -- "$2" <<< "$1"; then ok 0 "$3"; else ok 1 "$3"; diag "got: '$(head -c 2000 <<< "$1")'"; diag "expected to match: $2"; fi
}
unlike() {
    if grep -Eq -- "$2" <<< "$1"; then ok 1 "$3"; diag "got: '$(head -c 2000 <<< "$1")'"; diag "expected not to match: $2"; else ok 0 "$3"; fi
}
skip() { _tap_n=$((_tap_n + 1)); echo "ok $_tap_n # skip $*"; }
skip_all() { echo "1..0 # SKIP $*"; exit 0; }
done_testing() { [ "$_tap_failed" -eq 0 ]; }

# Run a command chrooted in the sandbox with a clean environment.
sb() { "$SB" run "$SANDBOX" "$@"; }
# Same, with extra environment: sbenv VAR=VAL... -- CMD...
sbenv() {
    local envs=()
    while [ "$1" != -- ]; do envs+=("$1"); shift; done; shift
    sb /usr/bin/env "${envs[@]}" "$@"
}
sb_dnf() { "$SB" dnf "$SANDBOX" "$@"; }
sb_rpm() { "$SB" rpm "$SANDBOX" "$@"; }

# Copy a file or directory of the tests into the sandbox's /tmp/t.
sb_copy() { mkdir -p "$ROOT/tmp/t"; cp -a "$@" "$ROOT/tmp/t/"; }

require_sandbox() {
    [ -d "$ROOT/proc/self" ] || { echo "Bail out! sandbox not up: run make sandbox"; exit 1; }
}
