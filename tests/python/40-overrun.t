#!/bin/bash
# The seed's open question, "FIXME: can we verify the buffer overrun code?":
# yes.  A C extension writes one byte past a 16-byte PyMem_Malloc block;
# python-debug's debug allocator aborts with its report.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 4

rm -rf "$ROOT/tmp/t"; sb_copy "$TOP/tests/ext"
out=$(sb /bin/bash -c 'cd /tmp/t/ext && python-debug setup.py -q build_ext -i && python setup.py -q build_ext -i' 2>&1)
ok $? "overrun_d.so and overrun.so build"
[ $? -eq 0 ] || diag "$out"
out=$(sb /bin/bash -c 'cd /tmp/t/ext && exec python-debug -c "import overrun; overrun.write()"' 2>&1); rc=$?
is "$rc" 134 "python-debug aborts (SIGABRT, exit 134)"
like "$out" "Debug memory block at address p=0x[0-9a-f]+" "the report names the block"
like "$out" "bad trailing pad byte" "the report says the trailing pad byte was overwritten"
diag "$(grep -E 'Fatal|pad|OUCH' <<< "$out" | head -5)"
done_testing
