#!/bin/bash
# Each CVE reproducer of tests/cve/SPEC/ (one script per CVE: exit 0 when
# the interpreter is fixed, 1 with one line saying what went wrong when it
# is vulnerable, 77 when the fix needs a newer system library than the
# host has) runs under both interpreters of the dnf-installed stack:
# the optimized one and the debug one, whose allocator turns silent memory
# corruption into an abort.  SECURITY.md maps each CVE to its patch and to
# these files.  (tests/python3/70-cve.t runs this for python3.spec.)
. "$(dirname "$0")/../lib.sh"
require_sandbox
name=${SPEC_NAME:-python}
case $name in
    python)  interps="python python-debug" ;;
    python3) interps="python3 python3-debug" ;;
    *) echo "Bail out! unknown spec $name"; exit 1 ;;
esac
repros=$(ls "$TOP"/tests/cve/$name/CVE-*.py 2>/dev/null)
[ -n "$repros" ] || skip_all "no CVE reproducers for $name yet"
plan $(( $(wc -w <<< "$repros") * $(wc -w <<< "$interps") ))

rm -rf "$ROOT/tmp/t"; mkdir -p "$ROOT/tmp/t/cve"; cp $repros "$ROOT/tmp/t/cve/"
for f in $repros; do
    cve=$(basename "$f" .py)
    for py in $interps; do
        out=$(sb /usr/bin/timeout 600 /usr/bin/$py /tmp/t/cve/$cve.py 2>&1); rc=$?
        # 77: the fix depends on a system library this host has too old
        # (SECURITY.md says which); reported as a skip with the reason.
        if [ $rc -eq 77 ]; then skip "$cve under $py: $(tail -n1 <<< "$out" | cut -c1-160)"; continue; fi
        is "$rc" 0 "$cve: $py is not vulnerable ($(tail -n1 <<< "$out" | cut -c1-120))"
        [ $rc -eq 0 ] || diag "$(tail -n 5 <<< "$out")"
    done
done
done_testing
