# -*- coding: utf-8 -*-
"""leakhunt: which test of a suite leaks, and what, under a debug Python.

One source for both debug stacks: python-debug (2.7) and python3-debug
(3.13).  Run it as `python3-debug -m leakhunt ...` or through the commands
python3-debug-leakhunt / python-debug-leakhunt; `--help` explains it all.
"""
from __future__ import print_function

import argparse
import fnmatch
import gc
import json
import os
import sys
import time
import traceback
import unittest

__version__ = "1.0"

EXIT_OK, EXIT_LEAKS, EXIT_ERROR = 0, 1, 2
PROG = "leakhunt"
PY2 = sys.version_info[0] == 2

DESCRIPTION = """\
Run each test of a unittest suite (or a pytest suite, --pytest) several
times under a debug build of Python and report the tests that leak.

Each test runs alone (with its setUpModule/setUpClass fixtures), WARMUPS
times to fill caches, then RUNS measured times.  After each run, caches of
the standard library are cleared and the garbage collector runs; then the
hunter reads:

  refs     sys.gettotalrefcount(): the interpreter's total reference count
  blocks   memory blocks in use: sys.getallocatedblocks() on 3.x; on 2.7,
           which has no such counter, the number of live objects,
           len(sys.getobjects(0))
  fds      open file descriptors of the process
  types    per type, objects alive (allocs - frees of sys.getcounts(),
           the COUNT_ALLOCS counters of python-debug and python3-debug)

A test leaks when refs, blocks or fds grow in EVERY measured run
(regrtest -R's rule: growth in some runs only is noise from caches and
the allocator).  The report names the test, the growth of each measure in
each run, and the types whose live objects grow in every run, with their
counts per run.

Tests are named as unittest names them: a module, a package, a TestCase
class, a test method, or a callable returning a suite
(e.g. psycopg2.tests.test_suite).  Or --discover a directory.

Known leaks go into an allow-list file (--allow FILE), one per line:

  TEST-ID-PATTERN [MEASURES]  # REASON

TEST-ID-PATTERN is matched against the test id (fnmatch wildcards),
MEASURES optionally restricts the entry to some of refs,blocks,fds
(comma-separated; default: all), and the reason is required.
--write-allow FILE writes the leaks found as such a file, to be edited.

python3-debug also runs extension modules built for the optimized
python3, but their own reference counting is not counted by the debug
interpreter: a leak inside them is invisible.  The hunter refuses to
measure when such a module is loaded (a file not ending in the debug
suffix %(ext_suffix)s or _d.so), unless --accept-release-modules.

Where COUNT_ALLOCS keeps alive every class that created an instance
(upstream 2.7's does; the hunter checks), a test that defines a class in
each run grows by that class (its dict, descriptors, MRO tuple) although it
is clean.  When the classes created in the last run are referenced by
nothing else and only a class's own kinds of objects grow, the test is
reported apart, "not counted", and does not change the exit status
(--strict-classes: it does).

On a terminal, a progress line shows the test being measured (stderr);
otherwise nothing is printed until the report (stdout).
"""

EPILOG = """\
exit status:
  0  no leak (or only allowed ones)
  1  at least one test leaks
  2  usage or run error: not a debug interpreter, a test name that does not
     exist, a suite that does not import, a test that fails or errors
     (unless --failures-ok), a module built for the optimized interpreter

examples:
  python3-debug -m leakhunt tests.test_mymodule
  python3-debug-leakhunt --discover tests -k test_parse --json leaks.json
  python-debug-leakhunt --warmups 5 --runs 6 psycopg2.tests.test_suite
"""


def die(msg, status=EXIT_ERROR):
    sys.stderr.write("%s: error: %s\n" % (PROG, msg))
    sys.exit(status)


# ---------------------------------------------------------------------------
# Measures
# ---------------------------------------------------------------------------
# Numbers stored between two measurements must not allocate: a fresh int
# object stored in a list would itself be a leak of one block per run.
# Deltas are stored as the pooled ints below (regrtest does the same).
_INT_POOL = dict((i, i) for i in range(-2000, 2001))


def _pooled(n):
    return _INT_POOL.get(n, n)


def _ext_suffix():
    import sysconfig
    return sysconfig.get_config_var("EXT_SUFFIX") or sysconfig.get_config_var("SO") or ".so"


if hasattr(sys, "getallocatedblocks"):
    BLOCKS_WHAT = "sys.getallocatedblocks()"

    def _interned_immortal():
        f = getattr(sys, "getunicodeinternedsize", None)
        if f is None:
            return 0
        try:
            return f(_only_immortal=True)
        except TypeError:
            return 0

    def _blocks():
        # Strings interned during a test live until shutdown (as regrtest).
        return sys.getallocatedblocks() - _interned_immortal()
elif hasattr(sys, "getobjects"):
    BLOCKS_WHAT = "live objects, len(sys.getobjects(0)) (2.7 has no sys.getallocatedblocks())"

    def _blocks():
        return len(sys.getobjects(0))
else:
    BLOCKS_WHAT = None

    def _blocks():
        return 0

_intern = intern if PY2 else sys.intern  # noqa: F821 (2.7 builtin)

if hasattr(sys, "getcounts"):
    TYPES_WHAT = "sys.getcounts(): allocs - frees per type name"

    def _counts():
        d = {}
        for name, allocs, frees, _maxuse in sys.getcounts():
            # Types of the same name (classes of several modules) add up.
            # Interned: every snapshot shares the same key objects.
            name = _intern(name)
            d[name] = d.get(name, 0) + allocs - frees
        return d
else:
    TYPES_WHAT = None

    def _counts():
        return None

if os.path.isdir("/proc/self/fd"):
    def _fds():
        return len(os.listdir("/proc/self/fd")) - 1  # less listdir's own
else:
    def _fds():
        try:
            maxfd = min(os.sysconf("SC_OPEN_MAX"), 65536)
        except (AttributeError, ValueError, OSError):
            maxfd = 256
        n = 0
        for fd in range(maxfd):
            try:
                os.fstat(fd)
            except OSError:
                continue
            n += 1
        return n


def _clear_caches():
    """Empty the caches that fill on first use (they are not leaks)."""
    m = sys.modules
    sys._clear_type_cache()
    if hasattr(sys, "_clear_internal_caches"):
        sys._clear_internal_caches()
    for modname, funcname in (("re", "purge"), ("linecache", "clearcache"),
                              ("struct", "_clearcache"), ("urlparse", "clear_cache"),
                              ("urllib.parse", "clear_cache"), ("filecmp", "clear_cache"),
                              ("mimetypes", None), ("fnmatch", None)):
        mod = m.get(modname)
        if mod is None or funcname is None:
            continue
        f = getattr(mod, funcname, None)
        if f is not None:
            f()
    fn = m.get("fnmatch")
    if fn is not None:
        for attr in ("_compile_pattern", "_cache"):
            c = getattr(fn, attr, None)
            if hasattr(c, "cache_clear"):
                c.cache_clear()
            elif isinstance(c, dict):
                c.clear()
    typing = m.get("typing")
    if typing is not None:
        for f in getattr(typing, "_cleanups", ()):
            f()
    dt = m.get("doctest")
    if dt is not None:
        dt.master = None
    _clear_abc_caches()
    if PY2:
        sys.exc_clear()
    # Again when something was found (a finalizer may free more), at most 3.
    for i in range(3):
        if not gc.collect():
            break


def _clear_abc_caches():
    abcs = sys.modules.get("collections.abc") or sys.modules.get("_abcoll")
    if abcs is None:
        return
    for name in getattr(abcs, "__all__", ()):
        abc = getattr(abcs, name, None)
        if not isinstance(abc, type):
            continue
        for obj in [abc] + abc.__subclasses__():
            clear = getattr(obj, "_abc_caches_clear", None)
            if clear is not None:
                clear()
            else:
                for attr in ("_abc_cache", "_abc_negative_cache"):
                    c = obj.__dict__.get(attr)
                    if c is not None:
                        c.clear()


def _snapshot():
    _clear_caches()
    # The reference total first: the other measures allocate.
    rc = sys.gettotalrefcount()
    blocks = _blocks()
    fds = _fds()
    return (rc, blocks, fds, _counts())


# Upstream 2.7's COUNT_ALLOCS keeps every class that allocated an instance
# alive (inc_count() takes a reference to a heap type when it enters the
# list sys.getcounts() reads).  A test that defines a class per run then
# grows by the class and what it owns even when it is clean.
# python3-debug's counters keep no reference (patch 00005), nor do those of
# a python-debug whose patch 00004 releases them: ask the interpreter.
def _count_allocs_keeps_classes():
    if not (PY2 and hasattr(sys, "getcounts")):
        return False
    import weakref

    class _LeakhuntProbe(object):
        pass
    _LeakhuntProbe()
    ref = weakref.ref(_LeakhuntProbe)
    del _LeakhuntProbe
    gc.collect()
    return ref() is not None


COUNT_ALLOCS_KEEPS_CLASSES = _count_allocs_keeps_classes()
# What such a class owns: the only types that may grow in that case.
CLASS_FOOTPRINT = frozenset(("type", "dict", "tuple", "str", "weakref", "function", "cell",
                             "getset_descriptor", "member_descriptor", "classmethod",
                             "staticmethod", "property", "instancemethod", "list"))
_HEAPTYPE = 1 << 9


def _classes_kept_by_count_allocs(k):
    """Of the k newest classes, the names of those that only COUNT_ALLOCS
    (and their own descriptors, MRO tuples, closure cells) keep alive;
    None when one of them is referenced from elsewhere."""
    allobjs = sys.getobjects(0, type)  # newest first (Py_TRACE_REFS)
    found = []
    for t in allobjs:
        if t.__flags__ & _HEAPTYPE:
            found.append(t)
            if len(found) == k:
                break
    del allobjs
    ours = set([id(found)])
    f = sys._getframe()
    while f is not None:
        ours.add(id(f))
        f = f.f_back
    ids = set(id(t) for t in found)
    own = set()
    for t in found:
        own.add(id(t.__mro__))
        own.add(id(t.__bases__))
    names = []
    for t in found:
        for r in gc.get_referrers(t):
            if id(r) in ours or id(r) in own:
                continue
            kind = type(r).__name__
            if kind in ("getset_descriptor", "member_descriptor") and id(getattr(r, "__objclass__", None)) in ids:
                continue
            if kind == "cell":
                continue
            del r
            return None
        names.append(t.__name__)
    return names


# ---------------------------------------------------------------------------
# Running one test
# ---------------------------------------------------------------------------
class _Result(unittest.TestResult):
    """Keeps only the outcome and the first error, as text."""

    def __init__(self):
        unittest.TestResult.__init__(self)
        self.outcome = "passed"
        self.detail = None

    def _bad(self, outcome, test, err):
        if self.outcome in ("passed", "skipped"):
            self.outcome = outcome
            self.detail = "%s\n%s" % (test, "".join(traceback.format_exception(*err)))

    def addError(self, test, err):
        self._bad("error", test, err)

    def addFailure(self, test, err):
        self._bad("failure", test, err)

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failure = issubclass(err[0], test.failureException)
            self._bad("failure" if failure else "error", subtest, err)

    def addSkip(self, test, reason):
        if self.outcome == "passed":
            self.outcome = "skipped"
            self.detail = str(reason)

    def addUnexpectedSuccess(self, test):
        self._bad("failure", test, (AssertionError, AssertionError("unexpected success"), None))

    def addExpectedFailure(self, test, err):
        pass

    def addSuccess(self, test):
        pass

    def addDuration(self, test, elapsed):
        pass


class UnittestCase(object):
    """One unittest test, run alone in a fresh instance each time."""

    def __init__(self, test):
        self.test = test
        self.id = test.id()

    def _instance(self):
        """A fresh instance of the test's class: nothing a run stores on
        self (a connection, a closed file) survives into the next run."""
        t = self.test
        name = getattr(t, "_testMethodName", None)
        if name is None or isinstance(t, unittest.FunctionTestCase) or type(t).__name__ == "DocTestCase":
            return t  # their state is in the instance's arguments: reuse
        try:
            return type(t)(name)
        except TypeError:
            return t  # an __init__ with other arguments: reuse

    def run(self):
        result = _Result()
        suite = unittest.TestSuite([self._instance()])
        suite.run(result)
        outcome, detail = result.outcome, result.detail
        return outcome, detail


class PytestCase(object):
    def __init__(self, item):
        self.item = item
        self.id = item.nodeid

    def run(self):
        from _pytest.runner import runtestprotocol
        outcome, detail = "passed", None
        reports = runtestprotocol(self.item, nextitem=None, log=False)
        # pytest runs an item once: the captured output it appends to the
        # item would grow with each run.
        self.item._report_sections = []
        for rep in reports:
            if rep.outcome == "failed" and outcome in ("passed", "skipped"):
                outcome = "error" if rep.when != "call" else "failure"
                detail = "%s (%s)\n%s" % (self.id, rep.when, rep.longreprtext)
            elif rep.outcome == "skipped" and outcome == "passed":
                outcome = "skipped"
                lr = rep.longrepr
                detail = lr[2] if isinstance(lr, tuple) and len(lr) == 3 else str(lr)
        return outcome, detail


# ---------------------------------------------------------------------------
# Modules built for the optimized interpreter
# ---------------------------------------------------------------------------
def _debug_suffixes():
    if PY2:
        return ("_d.so",)
    return (_ext_suffix(), "_d.so")


def _release_modules(seen):
    """Extension modules loaded from files not built for this interpreter."""
    bad = []
    ok = _debug_suffixes()
    for name, mod in list(sys.modules.items()):
        if name in seen:
            continue
        seen.add(name)
        f = getattr(mod, "__file__", None)
        if not f or not (f.endswith(".so") or f.endswith(".pyd")):
            continue
        if not f.endswith(ok):
            bad.append((name, f))
    return bad


def _refuse_release(bad, where):
    lines = ["%s loaded extension modules built for the optimized interpreter:" % where]
    for name, f in sorted(bad):
        lines.append("  %s from %s" % (name, f))
    lines.append(
        "The debug interpreter does not count the references these modules take and\n"
        "drop, so a leak in them cannot be seen.  Install their debug builds (the\n"
        "python3-NAME-debug package, files ending in %s) or rebuild them with\n"
        "%s; --accept-release-modules measures anyway (leaks in the interpreter\n"
        "and in debug-built modules only).  (%s -X strict_extensions refuses to\n"
        "import them at all.)" % (_debug_suffixes()[0], os.path.basename(sys.executable),
                                 os.path.basename(sys.executable)))
    die("\n".join(lines))


# ---------------------------------------------------------------------------
# Collecting tests
# ---------------------------------------------------------------------------
def _flatten(suite, out):
    if isinstance(suite, unittest.TestSuite):
        for t in suite:
            _flatten(t, out)
    else:
        out.append(suite)


def _load_error_test(t):
    # unittest turns import errors into placeholder tests (3.x _FailedTest,
    # 2.7 ModuleImportFailure/LoadTestsFailure).
    cls = type(t).__name__
    return cls in ("_FailedTest", "ModuleImportFailure", "LoadTestsFailure")


def _describe_load_error(t):
    """Run a placeholder test to get its error text."""
    r = _Result()
    t.run(r)
    return (r.detail or t.id()).strip()


def _module_exists(modname, parent):
    """Whether module MODNAME exists, its parent package already imported."""
    if modname in sys.modules:
        return True
    if PY2:
        import imp
        try:
            f = imp.find_module(modname.rpartition(".")[2],
                                parent.__path__ if parent is not None else None)
        except ImportError:
            return False
        if f[0] is not None:
            f[0].close()
        return True
    import importlib.util
    return importlib.util.find_spec(modname) is not None


def _import_longest(name):
    """Import the longest module prefix of NAME, top down.
    Returns (module, remaining attribute parts)."""
    parts = name.split(".")
    module = None
    i = 0
    while i < len(parts):
        if module is not None and not hasattr(module, "__path__"):
            break  # a module, not a package: the rest are attributes
        modname = ".".join(parts[:i + 1])
        if not _module_exists(modname, module):
            break
        try:
            __import__(modname)
        except SystemExit as e:
            raise SuiteError("importing test module %s called sys.exit(%r)" % (modname, e.code))
        except BaseException:
            raise SuiteError("cannot import test module %s:\n%s" % (modname, traceback.format_exc().rstrip()))
        module = sys.modules[modname]
        i += 1
    if module is None:
        raise SuiteError("no test named %r: there is no module %r (looked in sys.path, first %r)"
                         % (name, parts[0], os.getcwd() if sys.path and sys.path[0] == "" else sys.path[0]))
    return module, parts[i:]


class SuiteError(Exception):
    pass


def _tests_from_name(loader, name):
    module, rest = _import_longest(name)
    obj, parent = module, None
    walked = module.__name__
    for part in rest:
        if not hasattr(obj, part):
            raise SuiteError("no test named %r: %s has no attribute %r" % (name, walked, part))
        parent, obj = obj, getattr(obj, part)
        walked += "." + part
    if obj is module:
        suite = loader.loadTestsFromModule(module)
    elif isinstance(obj, type) and issubclass(obj, unittest.TestCase):
        suite = loader.loadTestsFromTestCase(obj)
    elif isinstance(parent, type) and issubclass(parent, unittest.TestCase) and callable(obj):
        suite = unittest.TestSuite([parent(rest[-1])])
    elif isinstance(obj, (unittest.TestSuite, unittest.TestCase)):
        suite = obj
    elif callable(obj):
        try:
            suite = obj()
        except SystemExit as e:
            raise SuiteError("%s() called sys.exit(%r) while building the suite" % (name, e.code))
        except Exception:
            raise SuiteError("%s() failed while building the suite:\n%s" % (name, traceback.format_exc().rstrip()))
        if not isinstance(suite, (unittest.TestSuite, unittest.TestCase)):
            raise SuiteError("%s() returned %r, not a test suite" % (name, type(suite).__name__))
    else:
        raise SuiteError("%s is a %s, not a test, a suite, a module or a callable"
                         % (name, type(obj).__name__))
    errors = getattr(loader, "errors", None)
    if errors:
        msg = errors[0]
        del errors[:]
        raise SuiteError("loading %s failed:\n%s" % (name, msg.rstrip()))
    return suite


def collect_unittest(args):
    loader = unittest.TestLoader()
    tests = []
    if args.discover:
        if not os.path.isdir(args.discover):
            raise SuiteError("--discover %s: no such directory" % args.discover)
        try:
            suite = loader.discover(args.discover, pattern=args.pattern,
                                    top_level_dir=args.top_level_directory)
        except ImportError:
            raise SuiteError("discovering tests in %s failed:\n%s" % (args.discover, traceback.format_exc().rstrip()))
        _flatten(suite, tests)
    for name in args.tests:
        _flatten(_tests_from_name(loader, name), tests)
    bad = [t for t in tests if _load_error_test(t)]
    if bad:
        raise SuiteError("the suite failed to load:\n" + "\n".join(_describe_load_error(t) for t in bad))
    return [UnittestCase(t) for t in tests]


def _select(cases, patterns):
    if not patterns:
        return cases

    def match(tid):
        for p in patterns:
            if any(c in p for c in "*?["):
                if fnmatch.fnmatchcase(tid, p):
                    return True
            elif p in tid:
                return True
        return False
    return [c for c in cases if match(c.id)]


# ---------------------------------------------------------------------------
# Allow-list
# ---------------------------------------------------------------------------
MEASURES = ("refs", "blocks", "fds")


class AllowEntry(object):
    def __init__(self, pattern, measures, reason, where):
        self.pattern, self.measures, self.reason, self.where = pattern, measures, reason, where
        self.used = False

    def covers(self, tid, leaking):
        return fnmatch.fnmatchcase(tid, self.pattern) and all(m in self.measures for m in leaking)


def read_allow(path):
    entries = []
    try:
        with open(path) as f:
            lines = f.read().splitlines()
    except (IOError, OSError) as e:
        die("--allow %s: %s" % (path, e.strerror or e))
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        where = "%s:%d" % (path, n)
        if "#" not in text or not text.split("#", 1)[1].strip():
            die("%s: an allow-list entry needs a reason after '#': %r" % (where, text))
        spec, reason = [s.strip() for s in text.split("#", 1)]
        fields = spec.split()
        if len(fields) > 2:
            die("%s: expected 'TEST-ID-PATTERN [MEASURES]  # REASON', got %r" % (where, text))
        measures = MEASURES
        if len(fields) == 2:
            measures = tuple(m.strip() for m in fields[1].split(",") if m.strip())
            unknown = [m for m in measures if m not in MEASURES]
            if unknown:
                die("%s: unknown measure %s (known: %s)" % (where, ", ".join(unknown), ",".join(MEASURES)))
        entries.append(AllowEntry(fields[0], measures, reason, where))
    return entries


# ---------------------------------------------------------------------------
# The hunt
# ---------------------------------------------------------------------------
class Hunter(object):
    def __init__(self, args, out):
        self.args = args
        self.warmups, self.runs = args.warmups, args.runs
        self.out = out
        self.progress = args.progress
        self.seen_modules = set()

    def _check_modules(self, where):
        if self.args.accept_release_modules:
            return
        bad = _release_modules(self.seen_modules)
        if bad:
            if self.progress:
                sys.stderr.write("\r\033[K")
            _refuse_release(bad, where)

    def measure(self, case):
        """Warm-up runs, then measured runs: per-run deltas of each measure
        and, per type, of its live objects."""
        first = case.run()
        outcome, detail = first
        self._check_modules("running %s" % case.id)
        if outcome == "skipped":
            return outcome, detail, None, None, None
        warmups, runs = self.warmups, self.runs
        # Everything the measured runs store exists before the first measure
        # (see _INT_POOL), and the warm-up and measured runs are one loop, so
        # that every local is bound the same way at each measure.
        deltas = [[0] * runs for m in MEASURES]
        types = {}
        steps = iter(list(range(1, warmups + runs)))
        prev = cur = None
        if TYPES_WHAT is not None:
            for name in _counts():
                types[name] = [0] * runs
            name = None
        if warmups == 1:
            prev = (sys.gettotalrefcount(), _blocks(), _fds(), _counts())
            prev = _snapshot()
        for k in steps:
            o, d = case.run()
            if o not in ("passed", "skipped") and outcome == "passed":
                outcome, detail = o, d
            if k >= warmups:
                cur = _snapshot()
                _store(deltas, types, k - warmups, prev, cur, runs)
                prev = cur
                cur = None  # one snapshot alive at each measure, referenced once
            elif k == warmups - 1:
                # The baseline, taken like every later measure: while an
                # object of a snapshot's shape is alive (there, the previous
                # snapshot).
                prev = (sys.gettotalrefcount(), _blocks(), _fds(), _counts())
                prev = _snapshot()
        self._check_modules("running %s" % case.id)
        kept = None
        if COUNT_ALLOCS_KEEPS_CLASSES and all(x >= 1 for x in types.get("type", [0])):
            kept = _classes_kept_by_count_allocs(types["type"][-1])
        return outcome, detail, deltas, types, kept

    def hunt(self, cases):
        results = []
        total = len(cases)
        width = len(str(total))
        start = time.time()
        for n, case in enumerate(cases, 1):
            if self.progress:
                line = "[%*d/%d] %s" % (width, n, total, case.id)
                sys.stderr.write("\r\033[K" + line[:_columns() - 1])
                sys.stderr.flush()
            t0 = time.time()
            outcome, detail, deltas, types, kept = self.measure(case)
            res = {"id": case.id, "outcome": outcome, "seconds": round(time.time() - t0, 3)}
            if detail is not None:
                res["detail"] = detail
            if deltas is not None:
                res["deltas"] = dict(zip(MEASURES, [list(d) for d in deltas]))
                leaking = [m for m, d in zip(MEASURES, deltas) if all(x >= 1 for x in d)]
                res["leaking"] = leaking
                growing = [(name, list(per)) for name, per in types.items() if all(x >= 1 for x in per)]
                growing.sort(key=lambda t: (-sum(t[1]), t[0]))
                res["types"] = [{"name": name, "per_run": per} for name, per in growing]
                if leaking and kept and set(n for n, per in growing) <= CLASS_FOOTPRINT:
                    res["count_allocs_classes"] = sorted(set(kept))
                if leaking and self.progress:
                    sys.stderr.write("\r\033[KLEAK %s: %s\n" % (case.id, ", ".join(
                        "%s %s" % (m, " ".join(str(x) for x in res["deltas"][m])) for m in leaking)))
            results.append(res)
        if self.progress:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
        return results, time.time() - start


def _store(deltas, types, i, prev, cur, runs):
    for k in range(len(MEASURES)):
        deltas[k][i] = _pooled(cur[k] - prev[k])
    pc, cc = prev[3], cur[3]
    if cc is None:
        return
    for name, n in cc.items():
        d = n - pc.get(name, 0)
        if d:
            per = types.get(name)
            if per is None:
                per = types[name] = [0] * runs
            per[i] = _pooled(d)


def _columns():
    try:
        import struct, fcntl, termios
        return struct.unpack("hh", fcntl.ioctl(2, termios.TIOCGWINSZ, b"1234"))[1] or 80
    except Exception:
        return 80


# ---------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------
def classify(results, allow, failures_ok, strict_classes=False):
    summary = {"tests": len(results), "clean": 0, "leaks": 0, "allowed": 0,
               "skipped": 0, "failed": 0, "classes": 0}
    for r in results:
        if r["outcome"] == "skipped":
            r["status"] = "skipped"
        elif r.get("leaking"):
            entry = None
            for e in allow:
                if e.covers(r["id"], r["leaking"]):
                    entry = e
                    break
            if entry is None and r.get("count_allocs_classes") and not strict_classes:
                r["status"] = "classes"
            elif entry is not None:
                entry.used = True
                r["status"] = "allowed"
                r["allowed_by"] = {"entry": entry.where, "reason": entry.reason}
            else:
                r["status"] = "leak"
        else:
            r["status"] = "clean"
        key = {"skipped": "skipped", "allowed": "allowed", "leak": "leaks", "clean": "clean",
               "classes": "classes"}[r["status"]]
        summary[key] += 1
        if r["outcome"] in ("failure", "error"):
            summary["failed"] += 1
    if summary["failed"] and not failures_ok:
        status = EXIT_ERROR
    elif summary["leaks"]:
        status = EXIT_LEAKS
    else:
        status = EXIT_OK
    return summary, status


LABELS = {"refs": "references", "blocks": "memory blocks", "fds": "file descriptors"}
if not hasattr(sys, "getallocatedblocks"):
    LABELS["blocks"] = "live objects"


def _fmt_runs(per):
    return " ".join("%+d" % x if x else "0" for x in per)


def text_report(results, summary, status, args, elapsed, allow, stream):
    w = stream.write
    impl = "%s %s" % (os.path.basename(sys.executable) or "python", sys.version.split()[0])
    w("leakhunt %s on %s: %d tests, %d warm-up + %d measured runs each, %.1f s\n"
      % (__version__, impl, summary["tests"], args.warmups, args.runs, elapsed))
    for status_name, title in (("leak", "LEAK"), ("allowed", "allowed leak"),
                               ("classes", "not counted (2.7 COUNT_ALLOCS keeps classes alive)")):
        for r in results:
            if r["status"] != status_name:
                continue
            w("\n%s: %s\n" % (title, r["id"]))
            for m in MEASURES:
                mark = "  <- every run" if m in r["leaking"] else ""
                w("    %-17s %s%s\n" % (LABELS[m] + ":", _fmt_runs(r["deltas"][m]), mark))
            if TYPES_WHAT is None:
                w("    (no sys.getcounts() in this interpreter: types not known)\n")
            elif r["types"]:
                w("    growing types (live objects added per run):\n")
                for t in r["types"][:args.show_types]:
                    w("      %-30s %s\n" % (t["name"], _fmt_runs(t["per_run"])))
                if len(r["types"]) > args.show_types:
                    w("      ... %d more (--show-types, --json)\n" % (len(r["types"]) - args.show_types))
            else:
                w("    no type's live objects grow: references to existing objects\n")
            if status_name == "classes":
                w("    the growth is the class%s %s defined in each run, which python-debug's\n"
                  "    COUNT_ALLOCS never frees (--strict-classes counts it as a leak)\n"
                  % ("es" if len(r["count_allocs_classes"]) > 1 else "", ", ".join(r["count_allocs_classes"])))
            if status_name == "allowed":
                w("    allowed by %s: %s\n" % (r["allowed_by"]["entry"], r["allowed_by"]["reason"]))
    failed = [r for r in results if r["outcome"] in ("failure", "error")]
    for r in failed:
        w("\nTEST %s: %s\n" % (r["outcome"].upper(), r["id"]))
        detail = (r.get("detail") or "").rstrip().splitlines()
        for line in detail[-12:]:
            w("    %s\n" % line)
    if args.verbose:
        w("\nall tests (per-run deltas: refs / blocks / fds):\n")
        for r in results:
            if "deltas" in r:
                w("  %-7s %s  %s / %s / %s\n" % (r["status"], r["id"], _fmt_runs(r["deltas"]["refs"]),
                                                _fmt_runs(r["deltas"]["blocks"]), _fmt_runs(r["deltas"]["fds"])))
            else:
                w("  %-7s %s  (%s)\n" % (r["status"], r["id"], r.get("detail", "")))
    if args.verbose or summary["skipped"]:
        skipped = [r for r in results if r["status"] == "skipped"]
        if skipped and not args.verbose:
            w("\nskipped (not measured): %d, with -v listed\n" % len(skipped))
    stale = [e for e in allow if not e.used]
    for e in stale:
        w("\nnote: allow-list entry %s (%s) matched no leak\n" % (e.where, e.pattern))
    extra = ", %d not counted (COUNT_ALLOCS classes)" % summary["classes"] if summary["classes"] else ""
    w("\n%d tests: %d leak, %d allowed, %d clean, %d skipped, %d failed%s -> exit %d\n"
      % (summary["tests"], summary["leaks"], summary["allowed"], summary["clean"],
         summary["skipped"], summary["failed"], extra, status))


def json_report(results, summary, status, args, elapsed, path):
    doc = {
        "tool": "leakhunt", "version": __version__,
        "python": {"executable": sys.executable, "version": sys.version.split()[0],
                   "ext_suffix": _debug_suffixes()[0]},
        "warmups": args.warmups, "runs": args.runs,
        "measures": {"refs": "sys.gettotalrefcount()", "blocks": BLOCKS_WHAT,
                     "fds": "open file descriptors", "types": TYPES_WHAT},
        "rule": "a measure leaks when it grows (>= 1) in every measured run",
        "seconds": round(elapsed, 3),
        "summary": summary, "exit_status": status, "tests": results,
    }
    data = json.dumps(doc, indent=1, sort_keys=True)
    if path == "-":
        sys.stdout.write(data + "\n")
        return
    try:
        with open(path, "w") as f:
            f.write(data + "\n")
    except (IOError, OSError) as e:
        die("--json %s: %s" % (path, e.strerror or e))


def write_allow(results, path):
    lines = ["# leakhunt allow-list: TEST-ID-PATTERN [MEASURES]  # REASON",
             "# written %s by leakhunt --write-allow: give each entry its real reason"
             % time.strftime("%Y-%m-%d")]
    for r in results:
        if r.get("status") in ("leak", "allowed"):
            lines.append("%s %s  # %s" % (r["id"], ",".join(r["leaking"]),
                                          r.get("allowed_by", {}).get("reason", "unexplained leak, found %s" % time.strftime("%Y-%m-%d"))))
    try:
        with open(path, "w") as f:
            f.write("\n".join(lines) + "\n")
    except (IOError, OSError) as e:
        die("--write-allow %s: %s" % (path, e.strerror or e))


# ---------------------------------------------------------------------------
# Command line
# ---------------------------------------------------------------------------
def _positive(s):
    try:
        n = int(s)
    except ValueError:
        raise argparse.ArgumentTypeError("%r is not a number" % s)
    if n < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def parse_args(argv):
    p = argparse.ArgumentParser(
        prog=PROG, formatter_class=argparse.RawDescriptionHelpFormatter,
        description=DESCRIPTION % {"ext_suffix": _debug_suffixes()[0]}, epilog=EPILOG)
    p.add_argument("tests", nargs="*", metavar="TEST",
                   help="test names (module, package, Class, Class.test_method, callable "
                        "returning a suite); with --pytest: pytest arguments (paths, node ids)")
    g = p.add_argument_group("selecting tests")
    g.add_argument("--discover", metavar="DIR", help="discover the tests under DIR (as unittest discover)")
    g.add_argument("-p", "--pattern", default="test*.py", help="file pattern for --discover (default: %(default)s)")
    g.add_argument("-t", "--top-level-directory", metavar="DIR", help="top-level directory for --discover")
    g.add_argument("-k", dest="patterns", action="append", metavar="PATTERN",
                   help="only tests whose id contains PATTERN (or matches it, with wildcards); repeatable")
    g.add_argument("--pytest", action="store_true", help="collect and run with pytest (must be installed)")
    g = p.add_argument_group("measuring")
    g.add_argument("-w", "--warmups", type=_positive, default=3, metavar="N",
                   help="runs of each test before measuring (default: %(default)s)")
    g.add_argument("-n", "--runs", type=_positive, default=4, metavar="N",
                   help="measured runs of each test (default: %(default)s); a leak must show in all")
    g.add_argument("--strict-classes", action="store_true",
                   help="2.7: count as leaks the classes COUNT_ALLOCS keeps alive (see above)")
    g.add_argument("--accept-release-modules", action="store_true",
                   help="measure even when modules built for the optimized interpreter are loaded")
    g = p.add_argument_group("reporting")
    g.add_argument("--allow", action="append", default=[], metavar="FILE",
                   help="allow-list of known leaks (repeatable)")
    g.add_argument("--write-allow", metavar="FILE", help="write the leaks found as an allow-list")
    g.add_argument("--json", metavar="FILE", help="write the full report as JSON to FILE ('-': stdout)")
    g.add_argument("--failures-ok", action="store_true",
                   help="tests that fail or error do not make the exit status 2")
    g.add_argument("--show-types", type=_positive, default=10, metavar="N",
                   help="growing types listed per leak (default: %(default)s)")
    g.add_argument("-v", "--verbose", action="store_true", help="list every test with its deltas")
    g.add_argument("-q", "--quiet", action="store_true", help="no text report (exit status, --json)")
    g.add_argument("--progress", dest="progress", action="store_true", default=None,
                   help="progress line per test (default: when stderr is a terminal)")
    g.add_argument("--no-progress", dest="progress", action="store_false")
    g.add_argument("--version", action="version", version="leakhunt " + __version__)
    # Test names may come after options too (2.7's argparse has no
    # parse_intermixed_args).
    args, extra = p.parse_known_args(argv)
    unknown = [a for a in extra if a.startswith("-")]
    if unknown:
        p.error("unrecognized arguments: %s" % " ".join(unknown))
    args.tests.extend(extra)
    if not args.tests and not args.discover and not args.pytest:
        p.error("no tests given: name them (e.g. tests.test_mod) or use --discover DIR")
    if args.pytest and args.discover:
        p.error("--pytest and --discover do not go together (give pytest its paths)")
    if args.progress is None:
        args.progress = sys.stderr.isatty()
    return args


def _check_interpreter():
    if not hasattr(sys, "gettotalrefcount"):
        cmd = os.path.basename(sys.executable or "python")
        want = "python-debug" if PY2 else "python3-debug"
        die("%s is not a debug build (no sys.gettotalrefcount()): run leakhunt with %s"
            % (cmd, want))


def _run_pytest(args, hunter):
    try:
        import pytest
    except ImportError:
        die("--pytest: pytest is not installed for %s" % sys.executable)
    box = {}

    class LeakhuntPlugin(object):
        def pytest_runtestloop(self, session):
            if session.testsfailed and not session.config.option.continue_on_collection_errors:
                box["collect_error"] = "%d errors during collection" % session.testsfailed
                return True
            cases = _select([PytestCase(item) for item in session.items], args.patterns)
            box["cases"] = len(cases)
            if cases:
                hunter._check_modules("importing the suite")
                box["results"] = hunter.hunt(cases)
            return True

    rc = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly"] + list(args.tests),
                     plugins=[LeakhuntPlugin()])
    if "collect_error" in box or (rc not in (0, 1, 5) and "results" not in box):
        die("pytest could not collect the suite (%s; pytest exit status %s)"
            % (box.get("collect_error", "see above"), int(rc)))
    if not box.get("cases"):
        die("no tests selected")
    return box["results"]


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    _check_interpreter()
    allow = []
    for path in args.allow:
        allow.extend(read_allow(path))
    # Like `python -m unittest`: tests are found from the current directory.
    if "" not in sys.path and os.getcwd() not in sys.path:
        sys.path.insert(0, "")
    hunter = Hunter(args, sys.stdout)
    if args.pytest:
        results, elapsed = _run_pytest(args, hunter)
    else:
        try:
            cases = collect_unittest(args)
        except SuiteError as e:
            die(str(e))
        cases = _select(cases, args.patterns)
        if not cases:
            die("no tests selected (%s)" % ("-k " + " ".join(args.patterns) if args.patterns else "the suite is empty"))
        hunter._check_modules("importing the suite")
        results, elapsed = hunter.hunt(cases)
    summary, status = classify(results, allow, args.failures_ok, args.strict_classes)
    if not args.quiet:
        out = sys.stderr if args.json == "-" else sys.stdout
        text_report(results, summary, status, args, elapsed, allow, out)
        out.flush()
    if args.json:
        json_report(results, summary, status, args, elapsed, args.json)
    if args.write_allow:
        write_allow(results, args.write_allow)
    return status


if __name__ == "__main__":
    sys.exit(main())
