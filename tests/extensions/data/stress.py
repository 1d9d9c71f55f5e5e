# Code that stresses a tracer: branches, exceptions (raised, caught,
# re-raised, in finally), generators (send, throw, close), threads,
# recursion (deep, mutual), a lambda and a comprehension.  Python 2.7 and
# 3.13 alike.  tests/extensions/30-stress.t runs it under each interpreter
# with the C tracer and the pure-Python one: the reports must be the same.
import sys
import threading


def branches(n):
    total = 0
    for i in range(n):
        if i % 15 == 0:
            total += 15
        elif i % 5 == 0:
            total += 5
        elif i % 3 == 0:
            total += 3
        else:
            total += 1
    while total > 100:
        total -= 100
    return total if total else -1


def exceptions(n):
    caught = 0
    for i in range(n):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                1 / (i % 3)
            finally:
                caught += 1
        except KeyError:
            caught += 10
        except ZeroDivisionError:
            caught += 100
    try:
        raise_again()
    except RuntimeError:
        caught += 1000
    return caught


def raise_again():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("again")


def gen(n):
    received = 0
    try:
        for i in range(n):
            got = yield i
            if got is not None:
                received += got
    except GeneratorExit:
        raise
    except ValueError:
        yield -1
    finally:
        pass


def generators():
    g = gen(10)
    out = [next(g), g.send(5), g.send(None)]
    out.append(g.throw(ValueError("stop")))
    g.close()
    squares = [x * x for x in gen(4)]
    return out, squares, sum(x for x in gen(5) if x % 2)


def worker(results, k):
    acc = 0
    for i in range(200):
        if (i + k) % 7 == 0:
            acc += fib(10)
        else:
            acc += 1
    results[k] = acc


def threads():
    results = {}
    ts = [threading.Thread(target=worker, args=(results, k)) for k in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return sorted(results.items())


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def deep(n):
    if n == 0:
        return 0
    return 1 + deep(n - 1)


def never_called():
    return "missed"


def main():
    key = lambda item: -item[1]
    results = [
        branches(50), exceptions(12), generators(), threads(),
        fib(15), is_even(40), is_odd(41), deep(min(500, sys.getrecursionlimit() // 4)),
        sorted([(1, 2), (3, 4)], key=key),
    ]
    return results


if __name__ == "__main__":
    sys.stdout.write("%r\n" % (main(),))
