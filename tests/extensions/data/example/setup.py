# The worked example of README.md ("Packaging a debug build of your
# extension"): one C extension module (foo, from tests/ext/foo.c) and one
# pure-Python module, built with setuptools on both stacks.
from setuptools import setup, Extension
setup(name="foo", version="1.0", py_modules=["foo_helpers"],
      ext_modules=[Extension("foo", ["foo.c"])])
