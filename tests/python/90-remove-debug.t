#!/bin/bash
# Installing and then removing python-debug leaves the optimized stack as it
# was: rpm -V clean before and after.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 5
out=$(sb_rpm -V python python-libs python-devel 2>&1)
is "$out" "" "rpm -V python python-libs python-devel: clean with python-debug installed"
out=$(sb_dnf remove python-debug 2>&1); ok $? "dnf remove python-debug"
out=$(sb_rpm -q python-debug 2>&1)
like "$out" "not installed" "python-debug is gone"
out=$(sb_rpm -V python python-libs 2>&1)
is "$out" "" "rpm -V python python-libs: clean after removing python-debug"
out=$(sb python -c 'import sys, _ctypes; print sys.pydebug' 2>&1)
is "$out" "False" "python still works"
done_testing
