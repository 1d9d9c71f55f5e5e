"""A test that fails: not a leak, but the hunt cannot vouch for it (exit 2)."""
import unittest


class T(unittest.TestCase):
    def test_fails(self):
        self.assertEqual(1, 2)
