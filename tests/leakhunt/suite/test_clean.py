# -*- coding: utf-8 -*-
"""Clean tests of the kinds a real suite has: caches that fill on first use,
classes, exceptions, generators, closures, threads, files, regular
expressions, warnings, fixtures.  None of them leaks."""
import gc
import json
import os
import re
import tempfile
import threading
import unittest
import warnings

import planted

_state = {}


def setUpModule():
    _state["module"] = list(range(100))


def tearDownModule():
    _state.clear()


class CleanTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = dict((i, str(i)) for i in range(50))

    @classmethod
    def tearDownClass(cls):
        del cls.shared

    def setUp(self):
        self.data = [object() for i in range(20)]

    def test_containers(self):
        d = dict((str(i), [i] * 3) for i in range(500))
        s = set(d)
        self.assertEqual(len(s), 500)
        self.assertEqual(sorted(d)[0], "0")

    def test_classes_and_cycles(self):
        class Node(object):
            def __init__(self, parent=None):
                self.parent = parent
                self.children = []
                if parent is not None:
                    parent.children.append(self)
        root = Node()
        for i in range(100):
            Node(root)
        del root
        gc.collect()

    def test_exceptions(self):
        for i in range(50):
            try:
                {}["missing %d" % i]
            except KeyError as e:
                self.assertIn("missing", str(e))
        with self.assertRaises(ZeroDivisionError):
            1 / 0

    def test_generators_and_closures(self):
        def counter(n):
            total = [0]

            def add(x):
                total[0] += x
                return total[0]
            for i in range(n):
                yield add(i)
        self.assertEqual(list(counter(10))[-1], 45)

    def test_regex_new_patterns(self):
        for i in range(20):
            self.assertTrue(re.match(r"a{%d}b" % (i + 1), "a" * (i + 1) + "b"))

    def test_json_roundtrip(self):
        doc = {"a": [1, 2.5, u"\u00e9"], "b": {"c": None, "d": True}}
        self.assertEqual(json.loads(json.dumps(doc)), doc)

    def test_thread(self):
        out = []
        t = threading.Thread(target=lambda: out.append(sum(range(1000))))
        t.start()
        t.join()
        self.assertEqual(out, [499500])

    def test_tempfile(self):
        with tempfile.TemporaryFile() as f:
            f.write(b"x" * 1000)
            f.seek(0)
            self.assertEqual(len(f.read()), 1000)
        fd, path = tempfile.mkstemp()
        os.close(fd)
        os.unlink(path)

    def test_warnings(self):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            warnings.warn("careful", UserWarning)
        self.assertEqual(len(w), 1)

    def test_planted_noleak(self):
        planted.noleak(100)

    def test_fixtures(self):
        self.assertEqual(len(self.shared), 50)
        self.assertEqual(len(_state["module"]), 100)
        self.assertEqual(len(self.data), 20)

    @unittest.skip("shows that skipped tests are not measured")
    def test_skipped(self):
        planted.leak()

    def test_subtests(self):
        if not hasattr(self, "subTest"):
            return
        for i in range(5):
            with self.subTest(i=i):
                self.assertEqual(i * 2 // 2, i)
