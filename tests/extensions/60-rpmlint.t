#!/bin/bash
# rpmlint on every extension spec with its SRPM and binary RPMs: no errors,
# and no warning that tests/rpmlint-extensions.toml does not explain.  (One
# rpmlint run per spec: rpmlint 2.4 remembers the spec files of earlier
# SRPMs of one run and then reports multiple-specfiles.)
. "$(dirname "$0")/../lib.sh"
EXTTOP=${EXTTOP:-$OUT/rpmbuild-ext}
command -v rpmlint >/dev/null || { echo "Bail out! rpmlint not installed (make deps)"; exit 1; }
specs=$(ls "$TOP"/extensions/*/*.spec)
plan $(( $(wc -w <<< "$specs") * 3 ))
for spec in $specs; do
    name=$(basename "$spec" .spec)
    srpm=$(ls "$EXTTOP"/SRPMS/$name-[0-9]*.src.rpm 2>/dev/null)
    rpms=$(for f in "$EXTTOP"/RPMS/*/*.rpm; do
               [ "$(rpm -qp --qf '%{SOURCERPM}' "$f" 2>/dev/null)" = "${srpm##*/}" ] && echo "$f"
           done)
    ok $([ -n "$srpm" ] && [ -n "$rpms" ]; echo $?) "$name: an SRPM and $(wc -w <<< "$rpms") binary RPMs to lint"
    out=$(rpmlint -c "$TOP/tests/rpmlint-extensions.toml" $srpm $rpms "$spec" 2>&1)
    summary=$(grep -E 'checked; [0-9]+ errors' <<< "$out")
    like "$summary" " 0 errors," "$name: rpmlint: no errors"
    like "$summary" " 0 errors, 0 warnings" "$name: rpmlint: no warning that tests/rpmlint-extensions.toml does not explain"
    grep -E ': (E|W): ' <<< "$out" | sort | uniq -c | sort -rn | head -20 | while read -r l; do diag "$l"; done
done
done_testing
