#!/bin/bash
# README.md's worked example, "Packaging a debug build of your extension",
# as a user follows it, on both stacks: build data/example/python3-foo.spec
# and python-foo.spec with rpmbuild (in the sandbox, whose python*-devel
# bring the macros), dnf install python3-foo-debug, run it under the debug
# interpreter.  Then: %py3_debug_install refuses a package whose debug build
# produced no extension module.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 15

ex=/tmp/ex
rm -rf "$ROOT$ex" "$ROOT/tmp/exsrc"
mkdir -p "$ROOT$ex/SOURCES" "$ROOT$ex/SPECS" "$ROOT/tmp/exsrc/foo-1.0"
cp "$TOP"/tests/extensions/data/example/{setup.py,foo_helpers.py,LICENSE} "$TOP/tests/ext/foo.c" "$ROOT/tmp/exsrc/foo-1.0/"
tar -C "$ROOT/tmp/exsrc" -czf "$ROOT$ex/SOURCES/foo-1.0.tar.gz" foo-1.0
cp "$TOP"/tests/extensions/data/example/*.spec "$ROOT$ex/SPECS/"

for spec in python3-foo python-foo; do
    out=$(sb rpmbuild -ba --define "_topdir $ex" $ex/SPECS/$spec.spec 2>&1); ok $? "rpmbuild -ba $spec.spec (BuildRequires checked in the sandbox)"
    [ $? -eq 0 ] || diag "$(tail -20 <<< "$out")"
    like "$(grep '^debug module:' <<< "$out")" "^debug module: /usr/lib64/python[0-9.]+/site-packages/foo(\.cpython-313d-x86_64-linux-gnu|_d)\.so\$" "$spec: %py*_debug_install installed the debug module only"
done
createrepo_c -q "$ROOT$ex/RPMS"
out=$(sb_dnf --repofrompath=example,file://"$ROOT$ex/RPMS" install python3-foo-debug python-foo-debug 2>&1)
ok $? "dnf install python3-foo-debug python-foo-debug"
[ $? -eq 0 ] || diag "$out"
out=$(sb_rpm -q python3-foo python-foo 2>&1); ok $? "they brought python3-foo and python-foo"

S3=/usr/lib64/python3.13/site-packages S2=/usr/lib64/python2.7/site-packages
out=$(sb python3-debug -X strict_extensions -c 'import foo_helpers; print(foo_helpers.describe())' 2>&1)
is "$out" "foo $S3/foo.cpython-313d-x86_64-linux-gnu.so, built for the debug interpreter" "python3-debug (strict mode) runs the debug build"
out=$(sb python3 -c 'import foo_helpers; print(foo_helpers.describe())' 2>&1)
is "$out" "foo $S3/foo.cpython-313-x86_64-linux-gnu.so, built for the optimized interpreter" "python3 runs the optimized build"
out=$(sb python-debug -c 'import foo_helpers; print(foo_helpers.describe())' 2>&1)
is "$out" "foo $S2/foo_d.so, built for the debug interpreter" "python-debug runs foo_d.so"
out=$(sb python -c 'import foo_helpers; print(foo_helpers.describe())' 2>&1)
is "$out" "foo $S2/foo.so, built for the optimized interpreter" "python runs foo.so"
out=$(sb_dnf remove --noautoremove python3-foo-debug python-foo-debug 2>&1); ok $? "dnf remove python3-foo-debug python-foo-debug"
out=$(sb_rpm -V python3-foo python-foo 2>&1)
is "$out" "" "rpm -V python3-foo python-foo: clean"

# A debug build that produced no extension module is an error, not an
# empty -debug package.
cat > "$ROOT$ex/SPECS/python3-nothing.spec" <<'SPEC'
Name: python3-nothing
Version: 1.0
Release: 1
Summary: A setup.py whose debug build gives no extension module
License: CC0-1.0
BuildArch: noarch
%description
Test.
%prep
%setup -c -T
printf 'from setuptools import setup\nsetup(name="nothing", version="1.0", py_modules=["nothing"])\n' > setup.py
echo 'x = 1' > nothing.py
%build
%py3_debug_build
%install
%py3_debug_install
%files
SPEC
out=$(sb rpmbuild -bi --define "_topdir $ex" $ex/SPECS/python3-nothing.spec 2>&1); rc=$?
ok $([ $rc -ne 0 ]; echo $?) "%py3_debug_install fails when the debug build installed no extension module"
like "$out" "error: the debug build installed no \*\.cpython-313d-x86_64-linux-gnu\.so extension module" "with a message that says so"
diag "$(grep '^error: the debug' <<< "$out")"
# The same without python3-debug: the message names the missing BuildRequires.
out=$(sb rpmbuild -bi --nodeps --define "_topdir $ex" --define '__python3_debug /usr/bin/no-such-python3-debug' $ex/SPECS/python3-nothing.spec 2>&1)
like "$out" "error: /usr/bin/no-such-python3-debug not found \(BuildRequires: python3-debug\)" "without the debug interpreter: the error names the BuildRequires"
diag "$(grep '^error: /usr' <<< "$out")"
done_testing
