#!/bin/bash
# rpmlint on every extension RPM, SRPM and spec: no errors, and no warning
# that tests/rpmlint-extensions.toml does not explain.
. "$(dirname "$0")/../lib.sh"
EXTTOP=${EXTTOP:-$OUT/rpmbuild-ext}
command -v rpmlint >/dev/null || { echo "Bail out! rpmlint not installed (make deps)"; exit 1; }
rpms=$(ls "$EXTTOP"/RPMS/*/*.rpm "$EXTTOP"/SRPMS/*.rpm 2>/dev/null)
plan 3
ok $([ $(wc -w <<< "$rpms") -ge 10 ]; echo $?) "there are RPMs to lint ($(wc -w <<< "$rpms"): 6 binary, 4 source)"
out=$(rpmlint -c "$TOP/tests/rpmlint-extensions.toml" $rpms "$TOP"/extensions/*/*.spec 2>&1); rc=$?
summary=$(grep -E 'checked; [0-9]+ errors' <<< "$out")
like "$summary" " 0 errors," "rpmlint: no errors"
like "$summary" " 0 errors, 0 warnings" "rpmlint: no warning that tests/rpmlint-extensions.toml does not explain"
grep -E ': (E|W): ' <<< "$out" | sort | uniq -c | sort -rn | head -40 | while read -r l; do diag "$l"; done
diag "$summary"
done_testing
