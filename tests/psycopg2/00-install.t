#!/bin/bash
# dnf installs psycopg2 for both stacks, with the -debug and -tests
# subpackages, as a user would; each interpreter imports its own _psycopg.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 10
for p in python-psycopg2 python3-psycopg2; do
    out=$(sb_dnf install $p-debug $p-tests 2>&1); ok $? "dnf install $p-debug $p-tests"
    [ $? -eq 0 ] || diag "$out"
    vr=$(sb_rpm -q --qf '%{VERSION}-%{RELEASE}' $p)
    like "$(sb_rpm -q --requires $p-debug)" "^$p\(x86-64\) = $vr\$" "$p-debug requires $p%{_isa} = $vr"
done
like "$(sb_rpm -q --requires python-psycopg2-debug)" "^python-debug\(x86-64\)" "python-psycopg2-debug requires python-debug"
like "$(sb_rpm -q --requires python3-psycopg2-debug)" "^python3-debug\(x86-64\)" "python3-psycopg2-debug requires python3-debug"
m='import psycopg2._psycopg as m, sys; sys.stdout.write(m.__file__ + "\n")'
D=/usr/lib64/python2.7/site-packages/psycopg2 D3=/usr/lib64/python3.13/site-packages/psycopg2
is "$(sb python -c "$m" 2>&1)" "$D/_psycopg.so" "python imports _psycopg.so"
is "$(sb python-debug -c "$m" 2>&1)" "$D/_psycopg_d.so" "python-debug imports its debug build, _psycopg_d.so"
is "$(sb python3 -c "$m" 2>&1)" "$D3/_psycopg.cpython-313-x86_64-linux-gnu.so" "python3 imports the cpython-313 build"
is "$(sb python3-debug -X strict_extensions -c "$m" 2>&1)" "$D3/_psycopg.cpython-313d-x86_64-linux-gnu.so" "python3-debug (strict mode) imports its debug build, cpython-313d"
done_testing
