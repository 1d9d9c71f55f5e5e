#!/bin/bash
# The seed's "Verify debug python stacks", for python3-debug (3.13).  The
# seed's lines are Python 2: `print x` becomes print(x); everything else is
# checked as written, and the carried-forward features by their numbers.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 29
PY=/usr/bin/python3-debug

out=$(sb $PY -c 'import sys; print(sys.pydebug)' 2>&1)
is "$out" "True" "sys.pydebug is True"
out=$(sb python3-debug -c 'print("Hello world")' 2>&1)
is "$out" "Hello world" "python3-debug runs a script, quietly (no [N refs] when not interactive)"
out=$(sb $PY -c 'import sys; print(sys.executable, sys.gettotalrefcount() > 10000)' 2>&1)
is "$out" "/usr/bin/python3-debug True" "sys.gettotalrefcount()"
out=$(sb $PY -c '
import sys
def run(leak):
    keep = []
    for i in range(1000):
        x = [i]
        if leak: keep.append(x)
    return keep
run(0); run(1)
a = sys.gettotalrefcount(); run(0); b = sys.gettotalrefcount()
k = run(1); c = sys.gettotalrefcount()
print(b - a, c - b >= 1000)' 2>&1)
like "$out" "^-?[0-9] True$" "gettotalrefcount: a balanced loop is flat, 1000 kept lists are counted"
out=$(sb $PY -c 'import sys; o = sys.getobjects(0); print(type(o).__name__, len(o) > 1000)' 2>&1)
is "$out" "list True" "sys.getobjects(0) lists every live object (--with-trace-refs)"
out=$(sb $PY -c 'import sys; x = 123456789; o = sys.getobjects(0, int); print(len(o) > 0, all(type(i) is int for i in o), any(i == 123456789 for i in o))' 2>&1)
is "$out" "True True True" "sys.getobjects(0, int) lists ints only, including ours"
out=$(sbenv PYTHONDUMPREFS=1 -- $PY -c 'pass' 2>&1 >/dev/null)
like "$out" "^Remaining objects:" "PYTHONDUMPREFS dumps the remaining objects"
out=$(sbenv PYTHONMALLOCSTATS=1 -- $PY -c 'pass' 2>&1 >/dev/null)
like "$out" "Small block threshold = [0-9]+" "PYTHONMALLOCSTATS prints pymalloc's statistics"
out=$(sb $PY -c '
import sys
c = sys.getcounts()
print(all(len(t) == 4 and isinstance(t[0], str) and all(isinstance(n, int) for n in t[1:]) for t in c), len(c) > 10)' 2>&1)
is "$out" "True True" "sys.getcounts() returns (name, allocs, frees, max in use) 4-tuples"
out=$(sb $PY -c '
import sys
class Marker: pass
def counts():
    for t in sys.getcounts():
        if t[0] == "Marker": return t
    return ("Marker", 0, 0, 0)
a = counts(); l = [Marker() for i in range(10000)]; b = counts(); del l; c = counts()
print(b[1] - a[1], c[2] - b[2], b[3])' 2>&1)
is "$out" "10000 10000 10000" "COUNT_ALLOCS: 10,000 objects of a new class: allocs, frees, max in use"
out=$(sb $PY -c '
import sys, gc
def make():
    class Ephemeral: pass
    return [Ephemeral() for i in range(7)]
make(); gc.collect()
print([t[1:] for t in sys.getcounts() if t[0] == "Ephemeral"])' 2>&1)
is "$out" "[(7, 7, 7)]" "COUNT_ALLOCS: a heap type that died keeps its counts, by name"
out=$(sb $PY -c '
import sys
def counts(name):
    for t in sys.getcounts():
        if t[0] == name: return t[1:]
    return (0, 0, 0)
saved = []
class Phoenix:
    def __del__(self):
        if not getattr(self, "reborn", False):
            self.reborn = True
            saved.append(self)
l = [Phoenix() for i in range(1000)]; del l
a = counts("Phoenix"); del saved[:]; b = counts("Phoenix")
print(a, b)' 2>&1)
is "$out" "(1000, 0, 1000) (1000, 1000, 1000)" "COUNT_ALLOCS: objects resurrected by __del__ are not freed until they really die"
# A static type: 1000 range(i) plus the range(1000) they come from.
out=$(sb $PY -c '
import sys
def counts(name):
    for t in sys.getcounts():
        if t[0] == name: return t[1:3]
    return (0, 0)
a = counts("range"); l = [range(i) for i in range(1000)]; b = counts("range"); del l; c = counts("range")
print([y - x for x, y in zip(a, b)], [y - x for x, y in zip(b, c)])' 2>&1)
is "$out" "[1001, 1] [0, 1000]" "COUNT_ALLOCS: a static type (range) counted exactly"
out=$(sb $PY -c 'pass' 2>&1)
is "$out" "" "no COUNT_ALLOCS dump at exit by default"
out=$(sbenv PYTHONSHOWALLOCCOUNT=1 -- $PY -c 'pass' 2>&1 >/dev/null)
like "$out" "^(str|tuple|dict|type|int|code|function)[ :].*alloc" "PYTHONSHOWALLOCCOUNT=1: COUNT_ALLOCS dump at exit, on stderr"
out=$(sb $PY -c '__lltrace__ = True ; import site' 2>&1)
n=$(grep -Ec '^[0-9]+: [A-Z_]+' <<< "$out")
ok $([ "$n" -ge 3 ]; echo $?) "the seed's lltrace one-liner prints the trace ($n instruction lines)"
[ "$n" -ge 3 ] || diag "$(head -20 <<< "$out")"
like "$out" "IMPORT_NAME" "the trace shows the import"
out=$(sb $PY -c 'import sys; c = sys.callstats(); print(len(c), all(isinstance(i, int) for i in c), c[10])' 2>&1)
is "$out" "13 True 0" "sys.callstats() returns 13 integers, slot 10 (2.7's POP) always 0"
# Slots 0-9 by number, the same calls and the same expected numbers on both
# stacks (tests/lib/callstats-slots.py and .expected; README "callstats: one
# meaning per slot").
out=$(sb $PY $TOP/tests/lib/callstats-slots.py 2>&1)
is "$out" "$(cat "$TOP/tests/lib/callstats-slots.expected")" "callstats slots 0-9: Python function, bound method, builtin method, builtin, type, other callable, generator creation (same numbers on both stacks)"
out=$(sb $PY -c '
import sys
def gen(n):
    yield from range(n)
def run(n):
    a = sys.callstats()
    for x in gen(n): pass
    b = sys.callstats()
    return b[12] - a[12]
run(1000)
print(run(1000) - run(0))' 2>&1)
is "$out" "1000" "callstats slot 12 (3.13 only): a generator yielding 1000 values resumes 1000 more times than an empty one"
out=$(sb $PY -c '
import sys, opcode
def f():
    for i in range(1000): pass
f()
sys.settscdump(True)
f()
sys.settscdump(False)' 2>&1)
lines=$(grep -Ec '^opcode=[0-9]{3} t=[0-9]+ inst=[0-9]+ loop=[0-9]+$' <<< "$out")
ok $([ "$lines" -ge 3000 ] && [ "$lines" -le 3100 ]; echo $?) "settscdump: one line per bytecode, 3 per loop iteration ($lines lines)"
[ "$lines" -ge 3000 ] || diag "$(head -5 <<< "$out")"
ops=$(sb $PY -c 'import opcode; print(*("%03d" % opcode.opmap[n] for n in ("FOR_ITER", "STORE_FAST", "JUMP_BACKWARD")))')
read -r for_iter store_fast jump_back <<< "$ops"
got="$(grep -c "^opcode=$for_iter " <<< "$out") $(grep -c "^opcode=$store_fast " <<< "$out") $(grep -c "^opcode=$jump_back " <<< "$out")"
is "$got" "1001 1000 1000" "settscdump: FOR_ITER 1001, STORE_FAST 1000, JUMP_BACKWARD 1000 times, numbered as opcode.opmap"
out=$(printf 'x = 1\nprint(x + 41)\n' | "$TOP/tests/pty-run" "$SB" run "$SANDBOX" $PY 2>&1)
n=$(grep -Ec '^\[[0-9]+ refs, [0-9]+ blocks\]$' <<< "$out")
ok $([ "$n" -ge 2 ]; echo $?) "interactive python3-debug prints [N refs, M blocks] after each command ($n)"
[ "$n" -ge 2 ] || diag "$out"
like "$out" "^42$" "interactive python3-debug evaluates"
out=$(sb python3 -c 'import sys; print(hasattr(sys, "getcounts"), hasattr(sys, "settscdump"), hasattr(sys, "getobjects"), hasattr(sys, "callstats"))' 2>&1)
is "$out" "False False False False" "the optimized python3 has none of these"
out=$(sb $PY -c 'import sys, _ctypes, zlib, _sqlite3, _hashlib, _ssl; print(all(".cpython-313d-" in m.__file__ for m in (_ctypes, zlib, _sqlite3, _hashlib, _ssl)))' 2>&1)
is "$out" "True" "python3-debug imports its own cpython-313d modules"
out=$(sb gdb -nx -batch -ex 'set debuginfod enabled off' -ex 'set breakpoint pending on' -ex 'break builtin_divmod' -ex run -ex py-bt \
      --args $PY -S -c 'def outer(): return divmod(7, 2)
outer()' 2>&1)
like "$out" 'File "<string>", line 1, in outer' "gdb: py-bt from the auto-loaded libpython3.13d hooks shows the Python frames"
like "$out" 'Breakpoint 1, builtin_divmod \(module=.*, args=' "gdb: the debug build's C frames have their arguments"
out=$(sb $PY -c 'import sysconfig; print(sysconfig.get_config_var("Py_DEBUG"), sysconfig.get_config_var("Py_TRACE_REFS"), sysconfig.get_config_var("COUNT_ALLOCS"), sysconfig.get_config_var("CALL_PROFILE"), sysconfig.get_config_var("WITH_TSC"))' 2>&1)
is "$out" "1 1 1 1 1" "pyconfig.h of python3-debug records Py_DEBUG, Py_TRACE_REFS, COUNT_ALLOCS, CALL_PROFILE, WITH_TSC"
done_testing
