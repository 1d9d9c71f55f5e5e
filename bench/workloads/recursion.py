"""Deep and branching recursion: naive Fibonacci, a recursive tree build
and walk, and a 700-deep chain of Python calls (below the default limit of
1000)."""
from _harness import run, xrange


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def build(depth):
    if depth == 0:
        return None
    return (build(depth - 1), depth, build(depth - 1))


def walk(node):
    if node is None:
        return 0
    return walk(node[0]) + node[1] + walk(node[2])


def chain(n):
    if n == 0:
        return 0
    return 1 + chain(n - 1)


def work(n):
    total = 0
    for _ in xrange(n):
        total += fib(17)
        total += walk(build(9))
        total += chain(700)
    return total


if __name__ == "__main__":
    run("recursion", 260, work)
