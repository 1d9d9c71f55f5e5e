"""Permutations and backtracking: n-queens solved by a recursive generator
over permutations of columns, plus itertools.permutations."""
import itertools

from _harness import run, xrange


def queens(n):
    cols = list(xrange(n))

    def place(row, used, diag1, diag2):
        if row == n:
            yield 1
            return
        for c in cols:
            if c in used or (row + c) in diag1 or (row - c) in diag2:
                continue
            used.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            for s in place(row + 1, used, diag1, diag2):
                yield s
            used.discard(c)
            diag1.discard(row + c)
            diag2.discard(row - c)

    return sum(place(0, set(), set(), set()))


def perm_queens(n):
    cols = range(n)
    count = 0
    for p in itertools.permutations(cols):
        if (n == len(set(p[i] + i for i in cols))
                == len(set(p[i] - i for i in cols))):
            count += 1
    return count


def work(n):
    total = 0
    for _ in xrange(n):
        total += queens(8) + perm_queens(7)
    return total


if __name__ == "__main__":
    run("nqueens", 22, work)
