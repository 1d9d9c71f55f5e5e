#!/bin/bash
# A C extension of our own, built for each interpreter with its -config
# script (and sysconfig), and a program embedding each libpython.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 20

rm -rf "$ROOT/tmp/t"; sb_copy "$TOP/tests/ext"
run() { sb /bin/bash -c "cd /tmp/t/ext && $*" 2>&1; }
REL=.cpython-313-x86_64-linux-gnu.so
DBG=.cpython-313d-x86_64-linux-gnu.so

out=$(sb python3-debug-config --extension-suffix 2>&1)
is "$out" "$DBG" "python3-debug-config --extension-suffix"
out=$(sb python3-debug -c 'import sysconfig, importlib.machinery as m; print(sysconfig.get_config_var("EXT_SUFFIX"), m.EXTENSION_SUFFIXES[0])' 2>&1)
is "$out" "$DBG $DBG" "sysconfig EXT_SUFFIX and the first suffix import tries agree"
out=$(sb python3-config --extension-suffix 2>&1)
is "$out" "$REL" "python3-config --extension-suffix"
out=$(sb python3-debug -X strict_extensions -c 'import importlib.machinery as m; print(m.EXTENSION_SUFFIXES)' 2>&1)
is "$out" "['$DBG', '_d.so']" "strict mode accepts the debug ABI's suffixes only"

out=$(run 'gcc -shared -fPIC $(python3-config --cflags) -o foo$(python3-config --extension-suffix) foo.c'); ok $? "foo$REL builds with python3-config --cflags"
[ -z "$out" ] || diag "$out"
out=$(run 'gcc -shared -fPIC $(python3-debug-config --cflags) -o foo$(python3-debug-config --extension-suffix) foo.c'); ok $? "foo$DBG builds with python3-debug-config --cflags"
[ -z "$out" ] || diag "$out"
out=$(run "python3 -c 'import foo; print(foo.__file__, foo.built_for(), foo.add(2, 40))'")
is "$out" "/tmp/t/ext/foo$REL optimized 42" "python3 imports the release build"
out=$(run "python3-debug -c 'import foo; print(foo.__file__, foo.built_for(), foo.add(2, 40))'")
is "$out" "/tmp/t/ext/foo$DBG debug 42" "python3-debug prefers the debug build beside it"
unlike "$(run readelf -d foo$DBG)" "libpython3\.13\.so" "the debug module does not link the optimized libpython"

# Only the release build: accepted (same ABI since 3.13), refused in strict mode.
sb /bin/bash -c "mkdir -p /tmp/t/only && cp /tmp/t/ext/foo$REL /tmp/t/only/"
out=$(sb /bin/bash -c "cd /tmp/t/only && python3-debug -c 'import foo; print(foo.built_for(), foo.add(1, 2))'" 2>&1)
is "$out" "optimized 3" "python3-debug runs a module built for python3"
out=$(sb /bin/bash -c "cd /tmp/t/only && python3-debug -X strict_extensions -c 'import foo'" 2>&1); rc=$?
is "$rc" 1 "strict mode (-X strict_extensions): the import fails, no crash"
like "$out" "Error: .*foo$REL.*python3-debug" "strict mode: the ImportError names the file and python3-debug"
diag "$(tail -1 <<< "$out")"
out=$(sb /bin/bash -c "cd /tmp/t/only && PYTHONDEBUGSTRICTEXT=1 python3-debug -c 'import foo'" 2>&1)
like "$out" "ImportError|ModuleNotFoundError" "strict mode through PYTHONDEBUGSTRICTEXT=1"
# The python-debug naming convention is accepted in strict mode.
sb /bin/bash -c "mkdir -p /tmp/t/dconv && cp /tmp/t/ext/foo$DBG /tmp/t/dconv/foo_d.so"
out=$(sb /bin/bash -c "cd /tmp/t/dconv && python3-debug -X strict_extensions -c 'import foo; print(foo.__file__, foo.built_for())'" 2>&1)
is "$out" "/tmp/t/dconv/foo_d.so debug" "foo_d.so (the python-debug convention) loads in strict mode"

# Embedding.
out=$(run 'gcc -o embed_d embed.c $(python3-debug-config --cflags --embed) $(python3-debug-config --ldflags --embed) && ./embed_d')
is "$out" "embedded 3.13.15 pydebug=True
refs=True" "a program built with python3-debug-config --embed embeds the debug libpython"
like "$(run ldd embed_d)" "libpython3\.13d\.so\.1\.0 => /usr/lib64/" "it links libpython3.13d.so.1.0"
out=$(run 'gcc -o embed embed.c $(python3-config --cflags --embed) $(python3-config --ldflags --embed) && ./embed')
is "$out" "embedded 3.13.15 pydebug=False
refs=False" "a program built with python3-config --embed embeds the optimized libpython"
out=$(sbenv PKG_CONFIG_PATH=/usr/lib64/pkgconfig -- pkg-config --cflags --libs python-3.13d-embed 2>&1)
like "$out" "-I/usr/include/python3.13d .*-lpython3.13d" "pkg-config python-3.13d-embed"
# sysconfig gives the same as the -config script.
out=$(sb python3-debug -c 'import sysconfig; print(sysconfig.get_paths()["include"], sysconfig.get_config_var("LDLIBRARY"))' 2>&1)
is "$out" "/usr/include/python3.13d libpython3.13d.so" "sysconfig: debug include dir and library"
out=$(sb python3 -c 'import sysconfig; print(sysconfig.get_paths()["include"], sysconfig.get_config_var("LDLIBRARY"))' 2>&1)
is "$out" "/usr/include/python3.13 libpython3.13.so" "sysconfig: optimized include dir and library"
done_testing
