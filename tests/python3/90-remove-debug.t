#!/bin/bash
# Installing and then removing python3-debug leaves the optimized stack as it
# was: rpm -V clean before and after.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 5
out=$(sb_rpm -V python3 python3-libs python3-devel 2>&1)
is "$out" "" "rpm -V python3 python3-libs python3-devel: clean with python3-debug installed"
out=$(sb_dnf remove python3-debug 2>&1); ok $? "dnf remove python3-debug"
out=$(sb_rpm -q python3-debug 2>&1)
like "$out" "not installed" "python3-debug is gone"
out=$(sb_rpm -V python3 python3-libs 2>&1)
is "$out" "" "rpm -V python3 python3-libs: clean after removing python3-debug"
out=$(sb python3 -c 'import sys, _ctypes; print(sys.pydebug)' 2>&1)
is "$out" "False" "python3 still works"
done_testing
