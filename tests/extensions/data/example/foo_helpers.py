"""Pure-Python half of the example: shared by both interpreters."""
import foo


def describe():
    return "foo %s, built for the %s interpreter" % (foo.__file__, foo.built_for())
