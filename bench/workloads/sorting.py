"""Sorting: list.sort and sorted() with key functions (lambda, attrgetter,
itemgetter, tuples), reverse, and functools.cmp_to_key."""
import functools
import operator

from _harness import run, xrange


class Item(object):
    def __init__(self, i):
        self.a = (i * 7919) % 1009
        self.b = "s%d" % ((i * 31) % 97)


def data():
    seq = [(i * 2654435761) % 100003 for i in xrange(2000)]
    return seq, [Item(i) for i in xrange(500)]


def compare(x, y):
    return (x % 10 - y % 10) or (x - y)


def work(n, d):
    seq, items = d
    total = 0
    for _ in xrange(n):
        a = sorted(seq, key=lambda x: (x % 100, -x))
        b = sorted(items, key=operator.attrgetter("b", "a"))
        c = sorted([(it.a, it.b) for it in items], key=operator.itemgetter(1),
                   reverse=True)
        e = list(seq[:500])
        e.sort(key=functools.cmp_to_key(compare))
        f = sorted(seq)
        total += a[0] + b[0].a + c[0][0] + e[-1] + f[len(f) // 2]
    return total


if __name__ == "__main__":
    run("sorting", 100, work, setup=data)
