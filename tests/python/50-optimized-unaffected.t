#!/bin/bash
# Building the debug stack changes nothing in the optimized one: the RPMs
# built with `--without debug_build` and with it have the same files and the
# same ELF SONAME/NEEDED/RPATH/RUNPATH in every optimized subpackage, and
# python-debug holds debug files only (and the leak hunter, the debug
# stack's tool).
. "$(dirname "$0")/../lib.sh"
name=${SPEC_NAME:-python}
case $name in
    python)  subs="python python-libs python-devel python-tools python-test"
             debug_re='(_d\.so(\.[0-9.]+)?|-debug(-config)?|_d\.py[co]?|/config-debug(/.*)?|/python2\.7-debug(/.*)?|-debug\.pc|_d\.so\.1\.0-gdb\.py[co]?|/python-debug-leakhunt|/leakhunt\.py[co]?)$' ;;
    python3) subs="python3 python3-libs python3-devel python3-tools python3-test"
             debug_re='(\.cpython-313d-[^/]*\.so|/python3\.13d(-config)?|/python3-debug(-config)?|/libpython3\.13d\.so(\.1\.0)?|/libpython3\.13d\.so\.1\.0-gdb\.py|/_sysconfigdata_d_[^/]*\.py|/__pycache__/_sysconfigdata_d_[^/]*\.pyc|/config-3\.13d-[^/]*(/.*)?|/include/python3\.13d(/.*)?|/python-3\.13d(-embed)?\.pc|/python3-debug-leakhunt|/leakhunt\.py|/__pycache__/leakhunt\.[^/]*\.pyc)$' ;;
    *) echo "Bail out! unknown spec $name"; exit 1 ;;
esac
plan $(( $(wc -w <<< "$subs") * 2 + 3 ))

rpmfile() {  # rpmfile TOPDIR NAME -> path of NAME's binary rpm
    local f
    for f in "$1"/RPMS/*/"$2"-[0-9]*.rpm; do
        [ "$(rpm -qp --qf '%{NAME}' "$f" 2>/dev/null)" = "$2" ] && { echo "$f"; return; }
    done
}
# The --without debug_build RPMs are built --without optimizations (make
# test saves the training run): where LTO with the profile removed every
# call into libm from a module (3.13's _decimal), the linker's --as-needed
# drops its NEEDED libm.so.6 in the PGO build only.  libm's NEEDED entries
# are therefore left out of the comparison; every other one is compared.
elfprops() {  # elfprops DIR: "path: tag value" for every ELF file under DIR
    (cd "$1" && find . -type f | sort | while read -r f; do
        readelf -d "$f" 2>/dev/null | awk -v f="$f" '/\((SONAME|NEEDED|RPATH|RUNPATH)\)/ && !/\(NEEDED\).*\[libm\.so\.6\]/ { print f ": " $2 " " $NF }'
    done)
}

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
for sub in $subs; do
    a=$(rpmfile "$TOPDIR" $sub); b=$(rpmfile "$NODEBUG" $sub)
    if [ -z "$a" ] || [ -z "$b" ]; then
        ok 1 "$sub: built both ways"; ok 1 "$sub: ELF properties"; continue
    fi
    # (/usr/lib/.build-id links, where rpm makes them, are named after
    # each build's own build-id hashes: not a path of the stack.)
    diff=$(diff <(rpm -qlp "$b" | grep -v '^/usr/lib/\.build-id') <(rpm -qlp "$a" | grep -v '^/usr/lib/\.build-id'))
    is "$diff" "" "$sub: the same files with and without the debug build"
    mkdir -p "$work/a/$sub" "$work/b/$sub"
    (cd "$work/a/$sub" && rpm2cpio "$a" | cpio -idm --quiet)
    (cd "$work/b/$sub" && rpm2cpio "$b" | cpio -idm --quiet)
    diff=$(diff <(elfprops "$work/b/$sub") <(elfprops "$work/a/$sub"))
    n=$(elfprops "$work/a/$sub" | wc -l)
    is "$diff" "" "$sub: the same SONAME/NEEDED/RPATH/RUNPATH ($n entries)"
done

d=$(rpmfile "$TOPDIR" $name-debug)
ok $([ -n "$d" ]; echo $?) "$name-debug was built"
nd=$(rpmfile "$NODEBUG" $name-debug)
ok $([ -z "$nd" ]; echo $?) "--without debug_build builds no $name-debug"
stray=$(rpm -qlp "$d" | grep -v '^/usr/lib/\.build-id' | grep -Ev "$debug_re")
is "$stray" "" "$name-debug holds debug files only"
done_testing
