#!/bin/bash
# rpmlint on every built RPM and the spec: no errors.  Warnings that are
# expected are filtered in tests/rpmlint.toml, each with its reason, so
# that any other warning fails too.
. "$(dirname "$0")/../lib.sh"
command -v rpmlint >/dev/null || { echo "Bail out! rpmlint not installed (make deps)"; exit 1; }
rpms=$(ls "$TOPDIR"/RPMS/*/*.rpm "$TOPDIR"/SRPMS/*.rpm 2>/dev/null | grep -v sandbox-hostlibs | grep -E "/${SPEC_NAME:-python}-(debug-|devel-|libs-|test-|tools-)?[0-9]")
plan 3
ok $([ -n "$rpms" ]; echo $?) "there are RPMs to lint"
out=$(rpmlint -c "$TOP/tests/rpmlint.toml" $rpms "$TOP"/${SPEC_NAME:-python}.spec 2>&1); rc=$?
summary=$(grep -E 'checked; [0-9]+ errors' <<< "$out")
like "$summary" " 0 errors," "rpmlint: no errors"
like "$summary" " 0 errors, 0 warnings" "rpmlint: no warning that tests/rpmlint.toml does not explain"
grep -E ': (E|W): ' <<< "$out" | sort | uniq -c | sort -rn | head -40 | while read -r l; do diag "$l"; done
done_testing
