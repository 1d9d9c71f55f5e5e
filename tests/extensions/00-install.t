#!/bin/bash
# dnf installs the extension packages into the sandbox root, as a user
# would: setuptools and coverage for both stacks, then the -debug
# subpackages, which bring in the debug interpreters.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 17

out=$(sb_dnf install python-coverage python3-coverage 2>&1); ok $? "dnf install python-coverage python3-coverage"
[ $? -eq 0 ] || diag "$out"
# coverage 5.5's commands, written by setuptools 44, load their entry point
# through pkg_resources.
out=$(sb_rpm -q python-setuptools 2>&1); ok $? "python-coverage brought python-setuptools"
# What an extension author installs to build with setup.py.
out=$(sb_dnf install python3-setuptools 2>&1); ok $? "dnf install python3-setuptools"
[ $? -eq 0 ] || diag "$out"
out=$(sb_rpm -q python-debug python3-debug 2>&1)
like "$out" "python-debug is not installed" "the optimized packages do not pull in python-debug"
out=$(sb_dnf install python-coverage-debug python3-coverage-debug 2>&1); ok $? "dnf install python-coverage-debug python3-coverage-debug"
[ $? -eq 0 ] || diag "$out"
out=$(sb_rpm -q python-debug python3-debug 2>&1); ok $? "the -debug subpackages brought python-debug and python3-debug"

for name in python-coverage python3-coverage; do
    vr=$(sb_rpm -q --qf '%{VERSION}-%{RELEASE}' $name)
    req=$(sb_rpm -q --requires $name-debug)
    like "$req" "^$name\(x86-64\) = $vr\$" "$name-debug requires $name%{_isa} = $vr"
    interp=${name%-coverage}-debug
    like "$req" "^$interp\(x86-64\)\$" "$name-debug requires $interp%{_isa}"
done

# -debug: the debug-ABI .so files and the license, nothing else.
stray=$(sb_rpm -ql python-coverage-debug | grep -Ev '^/usr/lib64/python2\.7/site-packages/coverage/[a-z_]+_d\.so$|^/usr/share/licenses/python-coverage-debug-[0-9.]+(/.*)?$')
is "$stray" "" "python-coverage-debug holds only _d.so files and the license"
stray=$(sb_rpm -ql python3-coverage-debug | grep -Ev '^/usr/lib64/python3\.13/site-packages/coverage/[a-z_]+\.cpython-313d-x86_64-linux-gnu\.so$|^/usr/share/licenses/python3-coverage-debug-[0-9.]+(/.*)?$')
is "$stray" "" "python3-coverage-debug holds only .cpython-313d-*.so files and the license"
n=$(sb_rpm -ql python-coverage python3-coverage | grep -cE '_d\.so$|cpython-313d')
is "$n" 0 "python-coverage and python3-coverage hold no debug-ABI file"

out=$(sb coverage2 --version 2>&1 | head -1); like "$out" "^Coverage\.py, version 5\.5 with C extension" "coverage2 --version: 5.5 with its C extension"
out=$(sb coverage-2.7 --version 2>&1 | head -1); like "$out" "^Coverage\.py, version 5\.5 " "coverage-2.7 --version"
out=$(sb coverage --version 2>&1 | head -1); like "$out" "^Coverage\.py, version 7\.11\.3 with C extension" "coverage --version: 7.11.3 with its C extension"
out=$(sb coverage-3.13 --version 2>&1 | head -1); like "$out" "^Coverage\.py, version 7\.11\.3 " "coverage-3.13 --version"
done_testing
