#!/bin/bash
# coverage measures a script with its C tracer under each of the four
# interpreters: the right statements, misses and branches, and the tracer
# module is the one built for that interpreter.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 16

rm -rf "$ROOT/tmp/t"; sb_copy "$TOP/tests/extensions/data"
SITE2=/usr/lib64/python2.7/site-packages/coverage
SITE3=/usr/lib64/python3.13/site-packages/coverage
# data/measured.py: 12 statements, lines 5 and 7 never run; 6 branches
# (if, elif, for: 2 each), 2 partial (the if and the elif never true).
want_line="measured.py 12 2 6 2 78% 5, 7"

for case in "python $SITE2/tracer.so" \
            "python-debug $SITE2/tracer_d.so" \
            "python3 $SITE3/tracer.cpython-313-x86_64-linux-gnu.so" \
            "python3-debug $SITE3/tracer.cpython-313d-x86_64-linux-gnu.so"; do
    set -- $case; py=$1 so=$2
    out=$(sb /bin/sh -c "cd /tmp/t/data && $py measure.py c measured.py" 2>&1)
    is "$(sed -n 1p <<< "$out")" "tracer=CTracer file=$so" "$py: coverage runs the C tracer built for it"
    is "$(sed -n 2p <<< "$out")" "$want_line" "$py: 12 statements, 2 missed (5, 7), 6 branches, 2 partial"
    # The same through the command line a user types.
    out=$(sb /bin/sh -c "cd /tmp/t/data && rm -f .coverage && COVERAGE_TEST_TRACER=c COVERAGE_CORE=ctrace $py -m coverage run --branch measured.py && $py -m coverage report -m" 2>&1)
    like "$(grep '^measured.py' <<< "$out" | tr -s ' ')" "^$want_line\$" "$py -m coverage run --branch / report -m"
    out=$(sb /bin/sh -c "cd /tmp/t/data && COVERAGE_TEST_TRACER=c COVERAGE_CORE=ctrace $py -m coverage debug sys" 2>&1)
    like "$out" "(CTracer|core: CTracer)" "$py -m coverage debug sys: CTracer"
done
done_testing
