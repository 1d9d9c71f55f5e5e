#!/bin/bash
# The optimized interpreter: the smoke test of the seed, and the modules a
# distribution's python 2.7 ships.
. "$(dirname "$0")/../lib.sh"
require_sandbox
plan 12

out=$(sb python -c 'print "Hello world"' 2>&1)
is "$out" "Hello world" "python prints Hello world"
out=$(sb python2.7 -c 'import sys; print sys.version.split()[0], sys.executable, sys.prefix' 2>&1)
is "$out" "2.7.18 /usr/bin/python2.7 /usr" "python2.7 is 2.7.18 in /usr"
out=$(sb python -c 'import sys; print sys.pydebug, hasattr(sys, "gettotalrefcount")' 2>&1)
is "$out" "False False" "sys.pydebug is False and there is no gettotalrefcount"
out=$(sb python -c 'import sys; print [p for p in sys.path if p.startswith("/usr/lib")]' 2>&1)
like "$out" "'/usr/lib64/python2.7', .*'/usr/lib64/python2.7/lib-dynload', .*'/usr/lib64/python2.7/site-packages'" "sys.path has the lib64 layout"
out=$(sb python -c 'from distutils import sysconfig as s; print s.get_python_lib(0), s.get_python_lib(1), s.get_python_inc()' 2>&1)
is "$out" "/usr/lib/python2.7/site-packages /usr/lib64/python2.7/site-packages /usr/include/python2.7" "distutils paths"
mods="_ssl _hashlib _ctypes zlib bz2 _sqlite3 readline _curses _curses_panel gdbm dbm _bsddb pyexpat _elementtree _json _multiprocessing crypt _socket select mmap"
out=$(sb python -c "
import importlib, sys
bad = []
for m in sys.argv[1:]:
    try:
        mod = importlib.import_module(m)
        assert mod.__file__.endswith('.so') and not mod.__file__.endswith('_d.so'), mod.__file__
    except Exception as e:
        bad.append('%s: %s' % (m, e))
print bad or 'all imported'
" $mods 2>&1)
is "$out" "all imported" "extension modules import: $mods"
out=$(sb python -c 'import hashlib, ssl; print hashlib.md5("a").hexdigest(), hashlib.sha256("a").hexdigest()[:8], ssl.OPENSSL_VERSION.split()[0]' 2>&1)
is "$out" "0cc175b9c0f1b6a831c399e269772661 ca978112 OpenSSL" "hashlib (OpenSSL) and ssl work"
out=$(sb python -c 'import hashlib; print hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).encode("hex")[:16]' 2>&1)
is "$out" "0a38253555ce37f5" "hashlib.pbkdf2_hmac through OpenSSL"
out=$(sb python -c 'import sqlite3; c = sqlite3.connect(":memory:"); print c.execute("select 6*7").fetchone()[0]' 2>&1)
is "$out" "42" "sqlite3 works"
out=$(sb python -c 'import ctypes, ctypes.util; print ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").abs(-5)' 2>&1)
is "$out" "5" "ctypes calls libc through the system libffi"
out=$(sb python -c 'import xml.etree.ElementTree as E; print E.fromstring("<a><b>x</b></a>").find("b").text' 2>&1)
is "$out" "x" "ElementTree parses with the system expat"
out=$(sb python -m test.regrtest -q test_grammar test_types 2>&1)
like "$out" "Tests result: SUCCESS" "the installed python-test runs: test_grammar test_types"
done_testing
