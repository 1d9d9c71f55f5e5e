#!/bin/bash
# Bad input gets one clear error and leaves nothing half-written: sources
# with a wrong checksum, files nobody knows, a tarball whose upstream
# signature does not verify, an unknown make target.
. "$(dirname "$0")/../lib.sh"
plan 10
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
FETCH=$TOP/scripts/fetch-sources

# A file already present and correct is not fetched again: works offline.
mkdir -p "$work/ok"
ln -s "$TOP/SOURCES/Python-2.7.18.tgz" "$work/ok/Python-2.7.18.tgz" 2>/dev/null
out=$(unshare -n "$FETCH" "$work/ok" Python-2.7.18.tgz 2>&1); rc=$?
is "$rc" 0 "a present, correct tarball is accepted without network"
like "$out" "present, SHA512 ok" "... and says so"

# A wrong checksum: one error line, no file left behind.
sed 's/^SHA512 (Python-2.7.18.tgz) = ./SHA512 (Python-2.7.18.tgz) = 0/' "$TOP/sources" > "$work/sources.bad"
mkdir -p "$work/bad"
out=$(SOURCES_FILE=$work/sources.bad "$FETCH" "$work/bad" Python-2.7.18.tgz 2>&1); rc=$?
ok $([ $rc -ne 0 ]; echo $?) "a wrong SHA512 fails the fetch (exit $rc)"
like "$out" "^fetch-sources: error: SHA512 mismatch for Python-2.7.18.tgz" "the error names the file and the mismatch"
left=$(find "$work/bad" -mindepth 1 -maxdepth 1 ! -name .apt)
is "$left" "" "no partial or unverified file is left behind"

# A file that `sources` does not list.
out=$("$FETCH" "$work/bad" Nothing-1.0.tgz 2>&1); rc=$?
like "$out" "^fetch-sources: error: Nothing-1.0.tgz is not listed in" "an unknown file is refused (exit $rc)"

# No network: a clear error, nothing written.
out=$(unshare -n "$FETCH" "$work/nonet" Python-2.7.18.tgz 2>&1); rc=$?
like "$out" "^fetch-sources: error: cannot fetch Debian's source index .*no network" "no network: one clear error (exit $rc)"

# make: an unknown target.
out=$(make -C "$TOP" no-such-target 2>&1); rc=$?
is "$rc" 2 "make no-such-target exits 2"
like "$out" "unknown target 'no-such-target'" "... naming the target"

# python3.spec's %prep refuses a tarball whose signature does not verify.
if [ -f "$TOP/SOURCES/Python-3.13.5.tar.xz" ]; then
    mkdir -p "$work/src3"
    ln -s "$TOP/SOURCES/Python-3.13.5.tar.xz" "$TOP/keys/python3-release-signing-key.asc" "$work/src3/"
    # A valid signature of some other data: the release key's own file.
    cp "$TOP/SOURCES/Python-3.13.5.tar.xz.asc" "$work/src3/"
    printf 'x' | dd of="$work/src3/Python-3.13.5.tar.xz.asc" bs=1 seek=700 conv=notrunc 2>/dev/null
    out=$(rpmbuild -bp --nodeps --define "_topdir $work/top" --define "_sourcedir $work/src3" "$TOP/python3.spec" 2>&1); rc=$?
    like "$out" "bad or missing upstream OpenPGP signature|BAD signature|gpgverify" "python3.spec %prep stops on a bad signature (exit $rc)"
else
    skip "python3.spec's signature check: its sources are not fetched (SPECS does not include python3)"
fi
done_testing
