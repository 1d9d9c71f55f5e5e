#!/bin/bash
# Removing the -debug subpackages leaves the normal ones intact (rpm -V),
# (--noautoremove: the debug interpreters stay, as for a user who installed
# them on purpose)
# and then: python-debug refuses the optimized tracer with a clear
# ImportError; python3-debug falls back to it by default and refuses it in
# strict mode.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 13
SITE2=/usr/lib64/python2.7/site-packages/coverage
SITE3=/usr/lib64/python3.13/site-packages/coverage

out=$(sb_rpm -V python-coverage python3-coverage python-coverage-debug python3-coverage-debug 2>&1)
is "$out" "" "rpm -V: all four coverage packages clean"
out=$(sb_dnf remove --noautoremove python-coverage-debug python3-coverage-debug 2>&1); ok $? "dnf remove python-coverage-debug python3-coverage-debug"
[ $? -eq 0 ] || diag "$out"
out=$(sb_rpm -q python-coverage-debug python3-coverage-debug 2>&1)
is "$(grep -c 'is not installed' <<< "$out")" 2 "both -debug subpackages are gone"
out=$(sb_rpm -V python-coverage python3-coverage python-setuptools python3-setuptools 2>&1)
is "$out" "" "rpm -V python-coverage python3-coverage (and setuptools): clean after the removal"
out=$(sb_rpm -q python-debug python3-debug 2>&1); ok $? "the debug interpreters stay installed"

# python-debug: only _d.so modules; the ImportError names the file and the cure.
out=$(sb python-debug -c 'import coverage.tracer' 2>&1); rc=$?
is "$rc" 1 "python-debug: import coverage.tracer fails (no crash)"
like "$out" "^ImportError: .*$SITE2/tracer\.so.*python-debug" "the ImportError names tracer.so and python-debug"
diag "$(tail -1 <<< "$out")"
out=$(sbenv COVERAGE_TEST_TRACER=c -- python-debug -m coverage --version 2>&1)
like "$out" "can't import CTracer" "python-debug: coverage says it has no C tracer when asked for it"
out=$(sb python-debug -m coverage --version 2>&1)
like "$out" "version 5\.5 without C extension" "python-debug: coverage still works, with its Python tracer"

# python3-debug: the optimized build by default (same ABI), refused in strict mode.
out=$(sb python3-debug -c 'import coverage.tracer as t; print(t.__file__)' 2>&1)
is "$out" "$SITE3/tracer.cpython-313-x86_64-linux-gnu.so" "python3-debug falls back to the tracer built for python3"
out=$(sb python3-debug -X strict_extensions -c 'import coverage.tracer' 2>&1); rc=$?
like "$rc $(tail -1 <<< "$out")" "^1 (ImportError|ModuleNotFoundError): .*tracer\.cpython-313-x86_64-linux-gnu\.so.*python3-debug" "python3-debug -X strict_extensions refuses it: the ImportError names the file and python3-debug"
diag "$(tail -1 <<< "$out")"
out=$(sbenv PYTHONDEBUGSTRICTEXT=1 COVERAGE_CORE=ctrace -- python3-debug -m coverage --version 2>&1)
like "$out" "COVERAGE_CORE is 'ctrace' but can't import CTracer" "strict mode: coverage asked for its C tracer says it cannot import it"

out=$(sb python -m coverage --version 2>&1 | head -1)
like "$out" "5\.5 with C extension" "python: coverage still has its C extension"
done_testing
