#!/bin/bash
# dnf installs the stacks into the sandbox root, as a user would.
# (tests/python3/00-install.t runs this for python3.spec.)
. "$(dirname "$0")/../lib.sh"
require_sandbox
name=${SPEC_NAME:-python}
case $name in
    python)  debug_cmds="/usr/bin/python-debug /usr/bin/python2-debug /usr/bin/python2.7-debug /usr/bin/python-debug-config" ;;
    python3) debug_cmds="/usr/bin/python3-debug /usr/bin/python3.13d /usr/bin/python3-debug-config /usr/bin/python3.13d-config" ;;
    *) echo "Bail out! unknown spec $name"; exit 1 ;;
esac
plan 7

out=$(sb_dnf install $name 2>&1); ok $? "dnf install $name"
[ $? -eq 0 ] || diag "$out"
out=$(sb_dnf install $name-debug 2>&1); ok $? "dnf install $name-debug"
[ $? -eq 0 ] || diag "$out"
# The debug package pulls in the matching libs and devel.
q=$(sb_rpm -q --qf '%{NAME}-%{VERSION}-%{RELEASE}\n' $name $name-libs $name-devel $name-debug 2>&1)
ok $? "$name-debug brought $name-libs and $name-devel"
diag "$q"
vr=$(sb_rpm -q --qf '%{VERSION}-%{RELEASE}\n' $name-debug)
req=$(sb_rpm -q --requires $name-debug)
like "$req" "^$name-libs\(x86-64\) = $vr\$" "$name-debug requires $name-libs%{_isa} = $vr"
like "$req" "^$name-devel\(x86-64\) = $vr\$" "$name-debug requires $name-devel%{_isa} = $vr"
missing=$(for c in $debug_cmds; do sb test -x $c || echo $c; done)
is "$missing" "" "installed: $debug_cmds"
out=$(sb_dnf install $name-test $name-tools 2>&1); ok $? "dnf install $name-test $name-tools"
[ $? -eq 0 ] || diag "$out"
done_testing
