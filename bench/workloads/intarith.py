"""Integer arithmetic: small-int loops (Collatz, gcd, bit operations) and
a little big-integer work (factorial-sized products, divmod, pow)."""
from _harness import run, xrange


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def collatz_len(x):
    steps = 0
    while x != 1:
        if x & 1:
            x = 3 * x + 1
        else:
            x >>= 1
        steps += 1
    return steps


def work(n):
    total = 0
    for i in xrange(1, n + 1):
        total += collatz_len(i)
        total += gcd(i * 7919, 104729 + i)
        total ^= (i << 3) | (i >> 2)
    big = 1
    for i in xrange(1, n // 10 + 2):
        big = big * (i | 1) + i
    q, r = divmod(big, 1000000007)
    total += r + pow(3, n, 1000003) + (q % 997) + big.bit_length()
    return total


if __name__ == "__main__":
    run("intarith", 24000, work)
