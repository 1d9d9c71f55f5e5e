#!/bin/bash
# Installing and then removing the debug stack leaves the optimized stack as
# it was: rpm -V clean before and after.
# (tests/python3/90-remove-debug.t runs this for python3.spec.)
. "$(dirname "$0")/../lib.sh"
require_sandbox
name=${SPEC_NAME:-python}
case $name in
    python)  py=python ;;
    python3) py=python3 ;;
    *) echo "Bail out! unknown spec $name"; exit 1 ;;
esac
plan 5
out=$(sb_rpm -V $name $name-libs $name-devel 2>&1)
is "$out" "" "rpm -V $name $name-libs $name-devel: clean with $name-debug installed"
out=$(sb_dnf remove $name-debug 2>&1); ok $? "dnf remove $name-debug"
out=$(sb_rpm -q $name-debug 2>&1)
like "$out" "not installed" "$name-debug is gone"
out=$(sb_rpm -V $name $name-libs 2>&1)
is "$out" "" "rpm -V $name $name-libs: clean after removing $name-debug"
out=$(sb $py -c 'import sys, _ctypes; sys.stdout.write("%s\n" % sys.pydebug)' 2>&1)
is "$out" "False" "$py still works"
done_testing
