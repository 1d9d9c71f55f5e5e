#!/bin/bash
# dnf installs the stacks into the sandbox root, as a user would.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 7

out=$(sb_dnf install python 2>&1); ok $? "dnf install python"
[ $? -eq 0 ] || diag "$out"
out=$(sb_dnf install python-debug 2>&1); ok $? "dnf install python-debug"
[ $? -eq 0 ] || diag "$out"
# python-debug pulls in the matching libs and devel.
q=$(sb_rpm -q --qf '%{NAME}-%{VERSION}-%{RELEASE}\n' python python-libs python-devel python-debug 2>&1)
ok $? "python-debug brought python-libs and python-devel"
diag "$q"
vr=$(sb_rpm -q --qf '%{VERSION}-%{RELEASE}\n' python-debug)
req=$(sb_rpm -q --requires python-debug)
like "$req" "^python-libs\(x86-64\) = $vr\$" "python-debug requires python-libs%{_isa} = $vr"
like "$req" "^python-devel\(x86-64\) = $vr\$" "python-debug requires python-devel%{_isa} = $vr"
sb test -x /usr/bin/python-debug -a -x /usr/bin/python2-debug -a -x /usr/bin/python2.7-debug
ok $? "python-debug, python2-debug and python2.7-debug are installed"
out=$(sb_dnf install python-test python-tools 2>&1); ok $? "dnf install python-test python-tools"
[ $? -eq 0 ] || diag "$out"
done_testing
