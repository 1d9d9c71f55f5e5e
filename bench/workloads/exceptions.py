"""Exceptions: raise and catch (own classes, built-in ones from the
interpreter), try/except/else/finally, nested handlers, re-raise."""
from _harness import run, xrange


class AppError(Exception):
    pass


class DetailError(AppError):
    def __init__(self, code):
        AppError.__init__(self, code)
        self.code = code


def may_fail(i):
    if i % 3 == 0:
        raise DetailError(i)
    if i % 3 == 1:
        return {}[i]            # KeyError from the interpreter
    return i


def wrapped(i):
    try:
        return may_fail(i)
    except KeyError:
        raise AppError("missing")


def work(n):
    total = 0
    for i in xrange(n):
        try:
            total += wrapped(i)
        except DetailError as e:
            total += e.code % 7
        except AppError:
            total += 2
        else:
            total += 1
        finally:
            total += 1
        try:
            int("x%d" % i)
        except ValueError:
            total += 1
        try:
            try:
                raise IndexError(i)
            except IndexError:
                raise
        except LookupError:
            total += 1
        total &= 0xFFFFFFF
    return total


if __name__ == "__main__":
    run("exceptions", 50000, work)
