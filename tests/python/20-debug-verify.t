#!/bin/bash
# The seed's "Verify debug python stacks", for python-debug (2.7).
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 25
PY=/usr/bin/python-debug

out=$(sb $PY -c 'import sys; print sys.pydebug' 2>&1)
is "$out" "True" "sys.pydebug is True"
out=$(sb python-debug -c 'print "Hello world"' 2>&1)
is "$out" "Hello world" "python-debug runs a script, quietly (no [N refs] when not interactive)"
out=$(sb $PY -c 'import sys; print sys.executable, sys.gettotalrefcount() > 10000' 2>&1)
is "$out" "/usr/bin/python-debug True" "sys.gettotalrefcount()"
# A balanced loop does not move the total; a leak of 1000 references does.
out=$(sb $PY -c '
import sys
def run(leak):
    keep = []
    for i in xrange(1000):
        x = [i]
        if leak: keep.append(x)
    return keep
run(0); run(1)
a = sys.gettotalrefcount(); run(0); b = sys.gettotalrefcount()
k = run(1); c = sys.gettotalrefcount()
print b - a, c - b >= 2000' 2>&1)
like "$out" "^-?[0-9] True$" "gettotalrefcount: a balanced loop is flat, 1000 kept lists are counted"
out=$(sb $PY -c 'import sys; o = sys.getobjects(0); print type(o).__name__, len(o) > 1000' 2>&1)
is "$out" "list True" "sys.getobjects(0) lists every live object"
out=$(sb $PY -c 'import sys; x = 123456789; o = sys.getobjects(0, int); print len(o) > 0, all(type(i) is int for i in o), any(i == 123456789 for i in o)' 2>&1)
is "$out" "True True True" "sys.getobjects(0, int) lists ints only, including ours"
out=$(sbenv PYTHONDUMPREFS=1 -- $PY -c 'pass' 2>&1 >/dev/null)
like "$out" "^Remaining objects:" "PYTHONDUMPREFS dumps the remaining objects"
like "$out" "^Remaining object addresses:" "PYTHONDUMPREFS dumps their addresses"
out=$(sbenv PYTHONMALLOCSTATS=1 -- $PY -c 'pass' 2>&1 >/dev/null)
like "$out" "Small block threshold = [0-9]+" "PYTHONMALLOCSTATS prints pymalloc's statistics"
out=$(sb $PY -c '
import sys
c = sys.getcounts()
print all(len(t) == 4 and isinstance(t[0], str) and all(isinstance(n, (int, long)) for n in t[1:]) for t in c), len(c) > 10' 2>&1)
is "$out" "True True" "sys.getcounts() returns (name, allocs, frees, max) 4-tuples"
out=$(sb $PY -c '
import sys
class Marker(object): pass
def counts():
    for t in sys.getcounts():
        if t[0] == "Marker": return t
    return ("Marker", 0, 0, 0)
a = counts(); l = [Marker() for i in xrange(10000)]; b = counts(); del l; c = counts()
print b[1] - a[1], c[2] - b[2], b[3]' 2>&1)
is "$out" "10000 10000 10000" "COUNT_ALLOCS: 10,000 objects of a new class: allocs, frees, max in use"
out=$(sb $PY -c '
import sys, gc, weakref
def make():
    class Ephemeral(object): pass
    l = [Ephemeral() for i in range(7)]
    return weakref.ref(Ephemeral)
r = make(); gc.collect()
print r() is None, [t[1:] for t in sys.getcounts() if t[0] == "Ephemeral"]' 2>&1)
# Upstream 2.7's COUNT_ALLOCS kept every class that had an instance alive.
is "$out" "True [(7, 7, 7)]" "COUNT_ALLOCS: a class that died is freed, its counts kept by name"
out=$(sb $PY -c 'pass' 2>&1)
is "$out" "" "no COUNT_ALLOCS dump at exit by default"
out=$(sbenv PYTHONSHOWALLOCCOUNT=1 -- $PY -c 'pass' 2>&1 >/dev/null)
like "$out" "^(str|tuple|dict|type|int|code|function)[ :].*alloc" "PYTHONSHOWALLOCCOUNT=1: COUNT_ALLOCS dump at exit, on stderr"
out=$(sb $PY -c '__lltrace__ = True ; import site' 2>&1)
n=$(grep -Ec '^[0-9]+: [0-9]+' <<< "$out")
ok $([ "$n" -ge 5 ]; echo $?) "the seed's lltrace one-liner prints the trace ($n instruction lines)"
[ "$n" -ge 5 ] || diag "$(head -20 <<< "$out")"
out=$(sb $PY -c 'import sys; c = sys.callstats(); print len(c), all(isinstance(i, int) for i in c)' 2>&1)
is "$out" "11 True" "sys.callstats() returns 11 integers"
# Slots 0-9 by number, the same calls and the same expected numbers on both
# stacks (tests/lib/callstats-slots.py and .expected; README "callstats: one
# meaning per slot").
out=$(sb $PY $TOP/tests/lib/callstats-slots.py 2>&1)
is "$out" "$(cat "$TOP/tests/lib/callstats-slots.expected")" "callstats slots 0-9: Python function, bound method, builtin method, builtin, type, other callable, generator creation (same numbers on both stacks)"
out=$(sb $PY -c '
import sys
def f():
    for i in xrange(1000): pass
sys.settscdump(True)
f()
sys.settscdump(False)' 2>&1)
lines=$(grep -Ec '^opcode=[0-9]{3} t=[0-9]+ inst=[0-9]+ loop=[0-9]+$' <<< "$out")
ok $([ "$lines" -ge 3000 ] && [ "$lines" -le 3100 ]; echo $?) "settscdump: one line per bytecode, 3 per loop iteration ($lines lines)"
[ "$lines" -ge 3000 ] || diag "$(head -5 <<< "$out")"
is "$(grep -c '^opcode=093 ' <<< "$out")" 1001 "settscdump: FOR_ITER (93) executed 1001 times"
out=$(printf 'x = 1\nprint x + 41\n' | "$TOP/tests/pty-run" "$SB" run "$SANDBOX" $PY 2>&1)
n=$(grep -Ec '^\[[0-9]+ refs\]$' <<< "$out")
ok $([ "$n" -ge 2 ]; echo $?) "interactive python-debug prints [N refs] after each command ($n)"
[ "$n" -ge 2 ] || diag "$out"
like "$out" "^42$" "interactive python-debug evaluates"
out=$(sb python -c 'import sys; print hasattr(sys, "getcounts"), hasattr(sys, "settscdump"), hasattr(sys, "getobjects")' 2>&1)
is "$out" "False False False" "the optimized python has none of these"
out=$(sb $PY -c 'import sys, _ctypes, zlib, _sqlite3, _hashlib, _ssl; print all(m.__file__.endswith("_d.so") for m in (_ctypes, zlib, _sqlite3, _hashlib, _ssl))' 2>&1)
is "$out" "True" "python-debug imports its own _d.so modules"
# gdb loads the hooks installed for libpython2.7_d: py-bt shows the Python
# stack of the C frame where we stopped.
out=$(sb gdb -nx -batch -ex 'set debuginfod enabled off' -ex 'set breakpoint pending on' -ex 'break builtin_divmod' -ex run -ex py-bt \
      --args $PY -S -c 'def outer(): return divmod(7, 2)
outer()' 2>&1)
like "$out" 'File "<string>", line 1, in outer' "gdb: py-bt from the auto-loaded libpython2.7_d hooks shows the Python frames"
like "$out" 'Breakpoint 1, builtin_divmod \(self=.*, args=' "gdb: the debug build's C frames have their arguments"
done_testing
