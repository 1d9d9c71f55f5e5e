"""Allocation churn: class instances (with and without __slots__), small
tuples, lists and dicts created and dropped, a few reference cycles for the
collector."""
from _harness import run, xrange


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y


class SlotPoint(object):
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Node(object):
    def __init__(self):
        self.other = None


def work(n):
    total = 0
    keep = []
    for i in xrange(n):
        p = Point(i, i + 1)
        q = SlotPoint(p.y, p.x)
        t = (p.x, q.y, i)
        lst = [t, (i,), [i, i]]
        d = {"a": p, "b": q, "c": lst}
        total += len(d) + len(lst) + t[2] - q.x
        if i % 16 == 0:
            a, b = Node(), Node()
            a.other, b.other = b, a      # a cycle for the collector
        keep.append(t)
        if len(keep) > 100:
            keep = keep[50:]
    return total + len(keep)


if __name__ == "__main__":
    run("alloc", 200000, work)
