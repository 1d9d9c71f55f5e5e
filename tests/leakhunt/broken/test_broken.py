"""A test module that fails to import: the hunter must say so (exit 2)."""
import unittest

import no_such_module_leakhunt  # noqa: F401


class T(unittest.TestCase):
    def test_nothing(self):
        pass
