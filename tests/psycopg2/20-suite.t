#!/bin/bash
# psycopg2's own test suite (unittest), on all four interpreters, against a
# throw-away PostgreSQL cluster (tests/pg-cluster); every skip listed with
# its reason.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 12
mkdir -p "$ROOT/tmp/t"; cp "$TOP/tests/pg-cluster" "$ROOT/tmp/t/"
suite='import unittest, psycopg2.tests as t; unittest.main(t, defaultTest="test_suite", verbosity=2)'
for py in python python-debug python3 python3-debug; do
    # python3-debug shows DeprecationWarnings by default (every Py_DEBUG build
    # does); test_multiprocess_close wants a child python's stderr empty, as
    # under python3, which hides them: hide them in the child too.
    env=()
    [ $py = python3-debug ] && env=(PYTHONWARNINGS=ignore::DeprecationWarning)
    start=$(date +%s)
    out=$(sbenv "${env[@]}" -- timeout 900 /tmp/t/pg-cluster run $py -c "$suite" 2>&1); rc=$?
    is "$rc" 0 "$py: psycopg2's suite passes ($(( $(date +%s) - start )) s)"
    [ $rc -eq 0 ] || diag "$(grep -A 30 -E '^(ERROR|FAIL):' <<< "$out" | head -80)"
    like "$out" "^Ran [0-9]+ tests" "$py: $(grep -E '^Ran [0-9]+ tests' <<< "$out") -- $(tail -1 <<< "$out")"
    skips=$(grep -o "skipped .*$" <<< "$out" | sort | uniq -c | sort -rn)
    unlike "$skips" "hstore not available|replication tests disabled" "$py: the hstore and replication tests run (skips below, with their reasons)"
    diag "$py skips:"; diag "$skips"
done
done_testing
