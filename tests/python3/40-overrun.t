#!/bin/bash
# The seed's "FIXME: can we verify the buffer overrun code?", for 3.13: a
# C extension writes one byte past a 16-byte PyMem_Malloc block; the debug
# allocator aborts with its report.  Built with the paths sysconfig gives.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 4

rm -rf "$ROOT/tmp/t"; sb_copy "$TOP/tests/ext"
out=$(sb /bin/bash -c 'cd /tmp/t/ext && eval "$(python3-debug -c "import sysconfig as s; print(\"inc=%s suffix=%s\" % (s.get_paths()[\"include\"], s.get_config_var(\"EXT_SUFFIX\")))")" && gcc -shared -fPIC -I$inc -o overrun$suffix overrun.c' 2>&1)
ok $? "overrun builds for python3-debug with sysconfig's include dir and suffix"
[ -z "$out" ] || diag "$out"
out=$(sb /bin/bash -c 'cd /tmp/t/ext && exec python3-debug -c "import overrun; overrun.write()"' 2>&1); rc=$?
is "$rc" 134 "python3-debug aborts (SIGABRT, exit 134)"
like "$out" "Debug memory block at address p=0x[0-9a-f]+" "the report names the block"
like "$out" "bad trailing pad byte" "the report says the trailing pad byte was overwritten"
diag "$(grep -E 'Fatal|pad|OUCH' <<< "$out" | head -5)"
done_testing
