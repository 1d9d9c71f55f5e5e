#!/bin/bash
# Bad input gets one clear error and leaves nothing half-written: sources
# with a wrong checksum anywhere in the lookup order (SOURCES/, lookaside,
# Debian's archive, upstream), files nobody knows, a tarball whose upstream
# signature does not verify, a patch that no longer applies, an unknown make
# target.
. "$(dirname "$0")/../lib.sh"
plan 25
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
FETCH=$TOP/scripts/fetch-sources
T27=Python-2.7.18.tgz
T3=Python-3.13.15.tar.xz
leftovers() { find "$1" -mindepth 1 -maxdepth 1 ! -name .apt; }

# 1. SOURCES/: a file already present and correct is kept: works offline.
mkdir -p "$work/ok"
ln -s "$TOP/SOURCES/$T27" "$work/ok/$T27"
out=$(LOOKASIDE= unshare -n "$FETCH" "$work/ok" $T27 2>&1); rc=$?
is "$rc" 0 "a present, correct tarball is accepted without network"
like "$out" "present, SHA512 ok" "... and says so"

# 2. The lookaside: a correct copy is taken from there, offline.
mkdir -p "$work/look" "$work/fromlook"
ln -s "$TOP/SOURCES/$T27" "$work/look/$T27"
out=$(LOOKASIDE=$work/look unshare -n "$FETCH" "$work/fromlook" $T27 2>&1); rc=$?
is "$rc" 0 "a correct copy in the lookaside is accepted without network"
like "$out" "OK +$T27 \(from lookaside, SHA512 verified\)" "... and the output says where it came from"
ok $(cmp -s "$work/fromlook/$T27" "$TOP/SOURCES/$T27"; echo $?) "... and the file in SOURCES is a copy of it"

# 3. A tampered copy in the lookaside is refused; with no network, nothing
#    else has it: one error line naming every place tried, nothing left.
mkdir -p "$work/tampered" "$work/t-dest"
cp "$TOP/SOURCES/$T27" "$work/tampered/$T27"; chmod u+w "$work/tampered/$T27"
printf 'x' | dd of="$work/tampered/$T27" bs=1 seek=1000 conv=notrunc 2>/dev/null
out=$(LOOKASIDE=$work/tampered unshare -n "$FETCH" "$work/t-dest" $T27 2>&1); rc=$?
ok $([ $rc -ne 0 ]; echo $?) "a tampered lookaside copy with no other source fails (exit $rc)"
like "$out" "warning: $T27 from lookaside refused: SHA512 mismatch" "... the lookaside copy is refused by its SHA512"
like "$out" "^fetch-sources: error: $T27 not found with its SHA512: tried SOURCES \(absent\), lookaside \(SHA512 mismatch.*\), debian \(cannot fetch Debian's source index \(no network\?\).*\), upstream \(https://www.python.org/ftp/python/2.7.18/$T27: .*\)$" \
    "... and the error names SOURCES, the lookaside, Debian and the upstream URL with their reasons"
is "$(grep -c '^fetch-sources: error' <<< "$out")" 1 "... in one error line"
is "$(leftovers "$work/t-dest")" "" "... and leaves no file behind"

# 4. A wrong checksum in `sources`: every copy is refused, the Debian
#    download included (network to Debian's archive needed).
sed "s/^SHA512 ($T27) = ./SHA512 ($T27) = 0/" "$TOP/sources" > "$work/sources.bad"
mkdir -p "$work/bad"
out=$(SOURCES_FILE=$work/sources.bad "$FETCH" "$work/bad" $T27 2>&1); rc=$?
ok $([ $rc -ne 0 ]; echo $?) "a wrong SHA512 fails the fetch (exit $rc)"
like "$out" "^fetch-sources: error: $T27 not found with its SHA512: .*debian \(SHA512 mismatch: got 9a81cea8f8853b18\.\.\., expected 0a81cea8f8853b18\.\.\.\)" \
    "Debian's copy was downloaded and refused by its SHA512"
is "$(leftovers "$work/bad")" "" "no partial or unverified file is left behind"

# 5. A file that `sources` does not list.
out=$("$FETCH" "$work/bad" Nothing-1.0.tgz 2>&1); rc=$?
like "$out" "^fetch-sources: error: Nothing-1.0.tgz is not listed in" "an unknown file is refused (exit $rc)"

# 6. An optional file (an upstream signature) found nowhere is a note.
out=$(SOURCES_FILE=/dev/null LOOKASIDE= unshare -n "$FETCH" --optional $T3.asc "$work/bad" 2>&1); rc=$?
is "$rc" 0 "a missing optional signature is not an error"
like "$out" "NOTE +$T3.asc not found \(optional\)" "... and it says so"

# make: an unknown target.
out=$(make -C "$TOP" no-such-target 2>&1); rc=$?
is "$rc" 2 "make no-such-target exits 2"
like "$out" "unknown target 'no-such-target'" "... naming the target"

# python3.spec: without the upstream signature, %prep says the SHA512 pin
# is the check; with a signature that does not verify, %prep stops.
spec3=$(rpmspec -P --define "_sourcedir $work/none" "$TOP/python3.spec" 2>&1)
like "$spec3" "NOTE: no upstream signature for $T3; accepted by its SHA512 in sources" \
    "python3.spec without the .asc: %prep relies on the SHA512 pin"
if [ -f "$TOP/SOURCES/$T3" ]; then
    mkdir -p "$work/src3" "$work/gnupg"; chmod 700 "$work/gnupg"
    ln -s "$TOP/SOURCES/$T3" "$TOP/keys/python3-release-signing-key.asc" "$work/src3/"
    # A real signature of the real tarball, by a key that is not the
    # release manager's.
    GNUPGHOME=$work/gnupg gpg --batch --quiet --passphrase '' --quick-gen-key 'Mallory <m@example.invalid>' ed25519 sign never 2>/dev/null
    GNUPGHOME=$work/gnupg gpg --batch --quiet --armor --detach-sign -o "$work/src3/$T3.asc" "$TOP/SOURCES/$T3"
    out=$(rpmbuild -bp --nodeps --define "_topdir $work/top" --define "_sourcedir $work/src3" "$TOP/python3.spec" 2>&1); rc=$?
    ok $([ $rc -ne 0 ]; echo $?) "python3.spec %prep stops on a signature by another key (exit $rc)"
    like "$out" "bad or missing upstream OpenPGP signature|BAD signature|gpgverify" "... with a clear message"
else
    skip "python3.spec's signature check: its sources are not fetched (SPECS does not include python3)"
    skip "python3.spec's signature check"
fi

# A patch that no longer applies: %prep stops, naming the patch; no package
# is written.
mkdir -p "$work/src27"
ln -s "$TOP/SOURCES/$T27" "$work/src27/"
for p in "$TOP"/patches/python/*.patch; do ln -s "$p" "$work/src27/"; done
rm "$work/src27/00002-sys-pydebug.patch"
sed 's/^ /X/' "$TOP/patches/python/00002-sys-pydebug.patch" > "$work/src27/00002-sys-pydebug.patch"
out=$(rpmbuild -ba --nodeps --define "_topdir $work/top27" --define "_sourcedir $work/src27" "$TOP/python.spec" 2>&1); rc=$?
ok $([ $rc -ne 0 ]; echo $?) "a patch that no longer applies fails the build (exit $rc)"
like "$out" "ERROR: 00002-sys-pydebug.patch does not apply to Python-2.7.18" "... naming the patch"
like "$out" "error: Bad exit status from .*\(%prep\)" "... in %prep"
is "$(find "$work/top27" -name '*.rpm' 2>/dev/null)" "" "... and no package is written"
done_testing
