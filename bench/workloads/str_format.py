"""String formatting and joining: %-formatting, str.format, join, slicing
and concatenation."""
from _harness import run, xrange


def work(n):
    total = 0
    names = ["alpha", "beta", "gamma", "delta", "epsilon"]
    for i in xrange(n):
        a = "%s-%05d-%.3f-%x" % (names[i % 5], i, i / 7.0, i)
        b = "{0}:{1:>8}:{2:.2f}:{name}".format(i, names[i % 5], i * 0.5,
                                                   name="n")
        c = ", ".join([names[j % 5] + str(j) for j in xrange(i % 7 + 3)])
        d = "".join(reversed(a)) + b[2:10] + c[-5:]
        e = "%(x)s=%(y)d" % {"x": b[:3], "y": len(c)}
        total += len(a) + len(b) + len(c) + len(d) + len(e)
    return total


if __name__ == "__main__":
    run("str_format", 33000, work)
