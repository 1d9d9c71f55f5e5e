#!/bin/bash
# Which tracer module each debug interpreter loads, with the -debug
# subpackages installed: its own build, also in python3-debug's strict mode
# (which refuses modules built for python3).
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 4
SITE3=/usr/lib64/python3.13/site-packages/coverage
out=$(sb python3-debug -c 'import coverage.tracer as t; print(t.__file__)' 2>&1)
is "$out" "$SITE3/tracer.cpython-313d-x86_64-linux-gnu.so" "python3-debug, by default, imports the tracer built for it"
out=$(sb python3-debug -X strict_extensions -c 'import coverage.tracer as t; print(t.__file__)' 2>&1)
is "$out" "$SITE3/tracer.cpython-313d-x86_64-linux-gnu.so" "python3-debug -X strict_extensions imports it too"
out=$(sbenv PYTHONDEBUGSTRICTEXT=1 COVERAGE_CORE=ctrace -- python3-debug -c 'import coverage; cov = coverage.Coverage(); cov.start(); cov.stop(); print(cov._collector.tracer_name())' 2>&1)
is "$out" "CTracer" "coverage under python3-debug in strict mode traces with the C tracer"
out=$(sb python-debug -c 'import coverage.tracer as t; print(t.__file__)' 2>&1)
is "$out" "/usr/lib64/python2.7/site-packages/coverage/tracer_d.so" "python-debug imports tracer_d.so"
done_testing
