#!/bin/bash
# rpmlint on every built RPM and the spec: no errors.  Warnings that are
# expected are filtered in tests/rpmlintrc, each with its reason.
. "$(dirname "$0")/lib.sh"
command -v rpmlint >/dev/null || { echo "Bail out! rpmlint not installed (make deps)"; exit 1; }
rpms=$(ls "$TOPDIR"/RPMS/*/*.rpm "$TOPDIR"/SRPMS/*.rpm 2>/dev/null | grep -v sandbox-hostlibs)
plan 2
ok $([ -n "$rpms" ]; echo $?) "there are RPMs to lint"
out=$(rpmlint -r "$TOP/tests/rpmlintrc" $rpms "$TOP"/python.spec 2>&1); rc=$?
summary=$(tail -1 <<< "$out")
like "$summary" " 0 errors" "rpmlint: $summary"
grep -E ': (E|W): ' <<< "$out" | sort | uniq -c | sort -rn | head -40 | while read -r l; do diag "$l"; done
done_testing
