#!/bin/bash
# `--without debug_build` builds no -debug subpackage, and the other
# packages are identical: the same files with the same contents (SHA256),
# modes and dependencies.  (make ext-nodebug builds the specs that way.)
. "$(dirname "$0")/../lib.sh"
EXTTOP=${EXTTOP:-$OUT/rpmbuild-ext}
EXTNODEBUG=${EXTNODEBUG:-$OUT/rpmbuild-ext-nodebug}
plan 10

rpmfile() {  # rpmfile TOPDIR NAME -> path of NAME's binary rpm
    local f
    for f in "$1"/RPMS/*/"$2"-[0-9]*.rpm; do
        [ "$(rpm -qp --qf '%{NAME}' "$f" 2>/dev/null)" = "$2" ] && { echo "$f"; return; }
    done
}
for name in python-coverage python3-coverage; do
    a=$(rpmfile "$EXTTOP" $name); b=$(rpmfile "$EXTNODEBUG" $name)
    ok $([ -n "$a" ] && [ -n "$b" ]; echo $?) "$name: built with and without the debug build"
    [ -n "$a" ] && [ -n "$b" ] || { for i in 1 2 3 4; do ok 1 "$name: (not built)"; done; continue; }
    files() { rpm -qp --qf '[%{FILEMODES:octal} %{FILEDIGESTS} %{FILENAMES}\n]' "$1" | sort -k3; }
    d=$(diff <(files "$b") <(files "$a"))
    is "$d" "" "$name: the same files, contents and modes ($(files "$a" | wc -l) files)"
    d=$(diff <(rpm -qp --requires "$b" | sort) <(rpm -qp --requires "$a" | sort))
    is "$d" "" "$name: the same Requires"
    d=$(diff <(rpm -qp --provides "$b" | sort) <(rpm -qp --provides "$a" | sort))
    is "$d" "" "$name: the same Provides"
    ok $([ -z "$(rpmfile "$EXTNODEBUG" $name-debug)" ]; echo $?) "--without debug_build builds no $name-debug"
done
done_testing
