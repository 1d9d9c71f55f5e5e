"""Generators: generator functions chained into a pipeline, generator
expressions, send(), early close."""
from _harness import run, xrange


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def accumulator():
    total = 0
    while True:
        x = yield total
        total += x


def work(n):
    total = 0
    for _ in xrange(n):
        total += sum(squares(evens(count(60))))
        total += sum(x + 1 for x in count(40) if x % 3)
        acc = accumulator()
        next(acc)
        for i in xrange(20):
            total += acc.send(i)
        acc.close()
        g = count(1000)
        total += next(g) + next(g)
        g.close()
    return total


if __name__ == "__main__":
    run("generators", 10000, work)
