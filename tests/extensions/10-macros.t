#!/bin/bash
# The RPM macros python-devel and python3-devel install (macros.py2-debug,
# macros.py3-debug): what each expands to in the sandbox, as README.md
# documents them; and Fedora's own definitions win where Fedora's Python
# macro packages are installed.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 36

out=$(sb_rpm -q --qf '%{NAME}\n' -f /usr/lib/rpm/macros.d/macros.py3-debug /usr/lib/rpm/macros.d/macros.py2-debug 2>&1)
is "$out" "python3-devel
python-devel" "macros.py3-debug is python3-devel's, macros.py2-debug python-devel's"

expect() {  # expect MACRO VALUE
    local got
    got=$(sb rpm -E "$1" 2>&1)
    is "$got" "$2" "$1 = $2"
}
# python3: Fedora's names (fallbacks) ...
expect '%{__python3}' /usr/bin/python3
expect '%{python3}' /usr/bin/python3
expect '%{python3_version}' 3.13
expect '%{python3_version_nodots}' 313
expect '%{python3_sitelib}' /usr/lib/python3.13/site-packages
expect '%{python3_sitearch}' /usr/lib64/python3.13/site-packages
expect '%{python3_include}' /usr/include/python3.13
expect '%{python3_ext_suffix}' .cpython-313-x86_64-linux-gnu.so
# ... and the debug build's.
expect '%{__python3_debug}' /usr/bin/python3-debug
expect '%{python3_debug_ext_suffix}' .cpython-313d-x86_64-linux-gnu.so
expect '%{python3_debug_include}' /usr/include/python3.13d
expect '%{python3_debug_sitearch}' /usr/lib64/python3.13/site-packages
expect '%{python3_debug_optflags}' -Og
# python (2.7)
expect '%{__python2}' /usr/bin/python2
expect '%{python2_version}' 2.7
expect '%{python2_sitelib}' /usr/lib/python2.7/site-packages
expect '%{python2_sitearch}' /usr/lib64/python2.7/site-packages
expect '%{python2_include}' /usr/include/python2.7
expect '%{python2_ext_suffix}' .so
expect '%{__python2_debug}' /usr/bin/python2-debug
expect '%{python2_debug_ext_suffix}' _d.so
expect '%{python2_debug_include}' /usr/include/python2.7-debug
expect '%{python2_debug_sitearch}' /usr/lib64/python2.7/site-packages

# The build/install macros, as a spec sees them.
out=$(sb rpm --define 'buildroot /BR' --define 'buildsubdir foo-1.0' -E '%py3_debug_build' 2>&1)
like "$out" '/usr/bin/python3-debug setup\.py +build --executable="/usr/bin/python3 -s"' "%py3_debug_build: setup.py build with python3-debug"
like "$out" 'env \$\{CFLAGS:\+"CFLAGS=\$CFLAGS -Og"\}' "%py3_debug_build: a CFLAGS the spec exports, then -Og"
out=$(sb rpm --define 'buildroot /BR' --define 'buildsubdir foo-1.0' -E '%py3_debug_install' 2>&1)
like "$out" '/usr/bin/python3-debug setup\.py +install -O1 --skip-build --root [^ ]*/foo-1\.0/build/py3-debug-destdir' "%py3_debug_install: setup.py install into a scratch root"
like "$out" "find \. -type f -name '\*\.cpython-313d-x86_64-linux-gnu\.so'" "%py3_debug_install: then picks the .cpython-313d-*.so files"
out=$(sb rpm --define 'buildroot /BR' --define 'buildsubdir foo-1.0' -E '%py2_debug_install' 2>&1)
like "$out" "/usr/bin/python2-debug setup\.py +install -O1 --skip-build --root [^ ]*/foo-1\.0/build/py2-debug-destdir" "%py2_debug_install: setup.py install into a scratch root"
like "$out" "find \. -type f -name '\*_d\.so'" "%py2_debug_install: then picks the _d.so files"

# Where Fedora's Python macro packages are installed, their definitions
# are the ones in force: rpm reads macros.d in sorted order and
# macros.py3-debug sorts before them.  (Files of the sandbox's tmpfs layer,
# removed again.)
d=$ROOT/usr/lib/rpm/macros.d
printf '%%python3_sitearch /fedora/python3/sitearch\n%%py3_build FEDORA-py3_build\n' > "$d/macros.python3"
printf '%%__python3 /fedora/bin/python3\n' > "$d/macros.python-srpm"
printf '%%python2_sitearch /fedora/python2/sitearch\n%%py2_build FEDORA-py2_build\n' > "$d/macros.python2"
expect '%{python3_sitearch}' /fedora/python3/sitearch
expect '%{__python3}' /fedora/bin/python3
expect '%py3_build' FEDORA-py3_build
expect '%{python2_sitearch}' /fedora/python2/sitearch
expect '%py2_build' FEDORA-py2_build
rm -f "$d/macros.python3" "$d/macros.python-srpm" "$d/macros.python2"
expect '%{python3_sitearch}' /usr/lib64/python3.13/site-packages
done_testing
