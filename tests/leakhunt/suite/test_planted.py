"""A small suite around the planted extension: one test leaks 3 Planted
objects per run, one leaks a reference to an existing object, one leaks a
file descriptor; the others are clean."""
import os
import unittest

import planted


class PlantedTests(unittest.TestCase):
    def test_leaks_three(self):
        planted.leak()
        planted.leak(2)

    def test_leaks_a_reference(self):
        planted.leak_ref(PlantedTests)

    def test_clean_noleak(self):
        planted.noleak(50)

    def test_clean_builtin(self):
        self.assertIn(planted.built_for(), ("debug", "optimized"))


class FdTests(unittest.TestCase):
    def test_leaks_fd(self):
        os.open(os.devnull, os.O_RDONLY)  # never closed

    def test_clean_fd(self):
        fd = os.open(os.devnull, os.O_RDONLY)
        os.close(fd)
