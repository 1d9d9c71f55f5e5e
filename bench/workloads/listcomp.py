"""Lists, tuples and comprehensions: list/dict/set comprehensions,
slicing, append/pop, unpacking, zip/enumerate, in-place operations."""
from _harness import run, xrange


def work(n):
    total = 0
    base = list(xrange(100))
    for i in xrange(n):
        sq = [x * x for x in base if x & 1]
        pairs = list(zip(base, sq))
        d = dict((a, b) for a, b in pairs)
        s = set(x % 17 for x in base)
        total += len(sq) + len(d) + len(s)
        stack = []
        for j, x in enumerate(base[::3]):
            stack.append((j, x))
        while stack:
            j, x = stack.pop()
            total += j - x
        rev = base[:]
        rev.reverse()
        rev += base[10:20]
        total += rev[0] + rev[-1] + sum(base[i % 50:i % 50 + 5])
        first, second = rev[0], rev[1]
        total += first - second
    return total


if __name__ == "__main__":
    run("listcomp", 7500, work)
