#!/bin/bash
# dnf installs the Python 3 stacks into the sandbox root, as a user would.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 7

out=$(sb_dnf install python3 2>&1); ok $? "dnf install python3"
[ $? -eq 0 ] || diag "$out"
out=$(sb_dnf install python3-debug 2>&1); ok $? "dnf install python3-debug"
[ $? -eq 0 ] || diag "$out"
q=$(sb_rpm -q --qf '%{NAME}-%{VERSION}-%{RELEASE}\n' python3 python3-libs python3-devel python3-debug 2>&1)
ok $? "python3-debug brought python3-libs and python3-devel"
diag "$q"
vr=$(sb_rpm -q --qf '%{VERSION}-%{RELEASE}\n' python3-debug)
req=$(sb_rpm -q --requires python3-debug)
like "$req" "^python3-libs\(x86-64\) = $vr\$" "python3-debug requires python3-libs%{_isa} = $vr"
like "$req" "^python3-devel\(x86-64\) = $vr\$" "python3-debug requires python3-devel%{_isa} = $vr"
sb test -x /usr/bin/python3-debug -a -x /usr/bin/python3.13d -a -x /usr/bin/python3-debug-config
ok $? "python3-debug, python3.13d and python3-debug-config are installed"
out=$(sb_dnf install python3-test python3-tools 2>&1); ok $? "dnf install python3-test python3-tools"
[ $? -eq 0 ] || diag "$out"
done_testing
