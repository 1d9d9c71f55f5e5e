"""Function calls: positional, keyword and default arguments, *args and
**kwargs, closures, nested calls."""
from _harness import run, xrange


def add(a, b):
    return a + b


def kw(a, b=2, c=3):
    return a + b * c


def star(*args):
    return len(args)


def starstar(**kwargs):
    return len(kwargs)


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def nested(x):
    return add(kw(x, c=1), star(x, x))


def work(n):
    total = 0
    add5 = make_adder(5)
    for i in xrange(n):
        total += add(i, 1)
        total += kw(i)
        total += kw(i, 3)
        total += kw(i, c=4, b=1)
        total += star(i, i, i)
        total += starstar(a=i, b=i)
        total += add5(i)
        total += nested(i)
        total &= 0xFFFFFFF
    return total


if __name__ == "__main__":
    run("calls", 180000, work)
