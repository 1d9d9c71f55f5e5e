#!/bin/bash
# The C tracer under each interpreter on code that stresses it (branches,
# exceptions, generators, threads, recursion: data/stress.py) gives the
# same report as coverage's pure-Python tracer on the same code.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 12

rm -rf "$ROOT/tmp/t"; sb_copy "$TOP/tests/extensions/data"
for py in python python-debug python3 python3-debug; do
    c=$(sb /bin/sh -c "cd /tmp/t/data && $py measure.py c stress.py" 2>&1)
    p=$(sb /bin/sh -c "cd /tmp/t/data && $py measure.py py stress.py" 2>&1)
    like "$(sed -n 1p <<< "$c")" "^tracer=CTracer " "$py: the C tracer ran stress.py"
    like "$(sed -n 1p <<< "$p")" "^tracer=PyTracer " "$py: the Python tracer ran stress.py"
    is "$(sed -n 2p <<< "$c")" "$(sed -n 2p <<< "$p")" "$py: C tracer and Python tracer report the same"
    diag "$(sed -n 2p <<< "$c")"
done
done_testing
