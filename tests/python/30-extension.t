#!/bin/bash
# A C extension of our own, built with distutils by each interpreter, and a
# program embedding each libpython.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 17

rm -rf "$ROOT/tmp/t"; sb_copy "$TOP/tests/ext"
run() { sb /bin/bash -c "cd /tmp/t/ext && $*" 2>&1; }

out=$(run python setup.py -q build_ext -i); ok $? "python setup.py build_ext builds foo.so"
[ -f "$ROOT/tmp/t/ext/foo.so" ] || diag "$out"
out=$(run python-debug setup.py -q build_ext -i); ok $? "python-debug setup.py build_ext builds foo_d.so"
[ -f "$ROOT/tmp/t/ext/foo_d.so" ] || diag "$out"
out=$(run ls '*.so')
is "$(echo $out)" "foo.so foo_d.so overrun.so overrun_d.so" "one module file per build"
out=$(run python -c "'import foo; print foo.__file__, foo.built_for(), foo.add(2, 40)'")
is "$out" "foo.so optimized 42" "python imports foo.so"
out=$(run python-debug -c "'import foo; print foo.__file__, foo.built_for(), foo.add(2, 40)'")
is "$out" "foo_d.so debug 42" "python-debug imports foo_d.so"
out=$(run readelf -d foo_d.so foo.so)
unlike "$(run readelf -d foo_d.so)" "libpython2\.7\.so" "foo_d.so does not link the optimized libpython"
unlike "$(run readelf -d foo.so)" "libpython2\.7_d" "foo.so does not link the debug libpython"

# Only the optimized build's module: python-debug refuses it clearly.
sb /bin/bash -c 'mkdir -p /tmp/t/only && cp /tmp/t/ext/foo.so /tmp/t/only/'
out=$(sb /bin/bash -c 'cd /tmp/t/only && python-debug -c "import foo"' 2>&1); rc=$?
is "$rc" 1 "python-debug exits 1 (no crash) on a module built for python"
like "$out" "^ImportError: .*foo\.so.*python-debug" "the ImportError names foo.so and python-debug"
unlike "$out" "undefined symbol|Segmentation|Aborted" "no unresolved symbol, no crash"
diag "$(tail -1 <<< "$out")"

out=$(sb python-debug-config --extension-suffix 2>&1)
is "$out" "_d.so" "python-debug-config --extension-suffix"
out=$(sb python-config --extension-suffix 2>&1)
is "$out" ".so" "python-config --extension-suffix"
out=$(sb python-debug-config --cflags 2>&1)
like "$out" "-I/usr/include/python2.7-debug( |$)" "python-debug-config --cflags points at the debug headers"
# (The sandbox's pkg-config is the Debian host's, which does not search
# /usr/lib64/pkgconfig by itself as Fedora's does.)
out=$(sbenv PKG_CONFIG_PATH=/usr/lib64/pkgconfig -- pkg-config --cflags --libs python-2.7-debug 2>&1)
like "$out" "-I/usr/include/python2.7-debug .*-lpython2.7_d" "pkg-config python-2.7-debug"

# Embedding.
out=$(run 'gcc -o embed_d embed.c $(python-debug-config --cflags) $(python-debug-config --ldflags) && ./embed_d')
is "$out" "embedded 2.7.18 pydebug=True
refs=True" "a program built with python-debug-config --cflags --ldflags embeds the debug libpython"
like "$(run ldd embed_d)" "libpython2\.7_d\.so\.1\.0 => /usr/lib64/" "it links libpython2.7_d.so.1.0"
out=$(run 'gcc -o embed embed.c $(python-config --cflags) $(python-config --ldflags) && ./embed')
is "$out" "embedded 2.7.18 pydebug=False
refs=False" "a program built with python-config embeds the optimized libpython"
done_testing
