#!/bin/bash
# The optimized python3: the seed's smoke test, the modules a distribution
# ships, and venv with pip from the bundled wheel, offline, for both builds.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 12

out=$(sb python3 -c 'print("Hello world")' 2>&1)
is "$out" "Hello world" "python3 prints Hello world"
out=$(sb python3 -c 'import sys; print(sys.version.split()[0], sys.executable, sys.prefix, sys.platlibdir)' 2>&1)
is "$out" "3.13.15 /usr/bin/python3 /usr lib64" "python3 is 3.13.15 in /usr, lib64 layout"
out=$(sb python3 -c 'import sys; print(sys.pydebug, hasattr(sys, "gettotalrefcount"))' 2>&1)
is "$out" "False False" "sys.pydebug is False and there is no gettotalrefcount"
mods="_ssl _hashlib _ctypes zlib _bz2 _lzma _sqlite3 readline _curses _curses_panel _dbm _gdbm pyexpat _elementtree _json _multiprocessing _uuid _decimal select mmap"
out=$(sb python3 -c "
import importlib, sys
bad = []
for m in sys.argv[1:]:
    try:
        mod = importlib.import_module(m)
        f = getattr(mod, '__file__', '')
        assert 'cpython-313d' not in f, f
    except Exception as e:
        bad.append('%s: %s' % (m, e))
print(bad or 'all imported')
" $mods 2>&1)
is "$out" "all imported" "extension modules import: $mods"
out=$(sb python3 -c 'import hashlib, ssl; print(hashlib.md5(b"a").hexdigest(), hashlib.sha3_256(b"a").hexdigest()[:8], ssl.OPENSSL_VERSION.split()[0])' 2>&1)
is "$out" "0cc175b9c0f1b6a831c399e269772661 80084bf2 OpenSSL" "hashlib and ssl work"
out=$(sb python3 -c 'import sqlite3; c = sqlite3.connect(":memory:"); c.enable_load_extension(True); print(c.execute("select 6*7").fetchone()[0])' 2>&1)
is "$out" "42" "sqlite3 works, loadable extensions enabled"
out=$(sb python3 -c 'import ctypes, ctypes.util; print(ctypes.CDLL(ctypes.util.find_library("c")).abs(-5))' 2>&1)
is "$out" "5" "ctypes calls libc"
out=$(sb python3 -m test -q test_grammar test_types 2>&1)
like "$out" "Tests result: SUCCESS" "the installed python3-test runs: test_grammar test_types"
for py in python3 python3-debug; do
    out=$(sb /bin/bash -c "rm -rf /tmp/venv-$py && $py -m venv /tmp/venv-$py && /tmp/venv-$py/bin/python -c 'import sys; print(sys.prefix, sys.pydebug)' && /tmp/venv-$py/bin/pip --version" 2>&1)
    like "$out" "^/tmp/venv-$py $([ $py = python3 ] && echo False || echo True)$" "$py -m venv: a venv of the $py build"
    like "$out" "^pip [0-9.]+ from /tmp/venv-$py/lib(64)?/python3.13/site-packages/pip" "$py -m venv: pip from the bundled wheel, offline"
done
done_testing
