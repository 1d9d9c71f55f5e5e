# sys.callstats() slots 0-9, checked by number with the same calls on both
# stacks (python-debug and python3-debug; one source for 2.7 and 3.13).
# For each call form: the slot deltas of 1000 calls made by a loop, minus
# those of the same loop run 0 times (which cancels the measurement's own
# calls).  Prints one line per form: the form, then slots 0-9.
import functools
import gc
import sys

gc.disable()


class C(object):
    def meth(self):
        pass


def f():
    pass


def g(x=1):        # a default: not the exact-args path (slot 3) on either stack
    yield x


names = dict(f=f, m=C().meth, l=[], C=C, p=functools.partial(len, ()), g=g)
forms = ["f()", "m()", "l.append(i)", "len(l)", "C()", "p()", "g()"]


def deltas(form):
    ns = dict(names)
    exec("def loop(n):\n    for i in range(n):\n        %s\n" % form, ns)
    loop = ns["loop"]

    def run(n):
        a = sys.callstats()
        loop(n)
        b = sys.callstats()
        return [y - x for x, y in zip(a, b)]
    run(1000)                       # warm up (3.13 specializes the loop)
    zero, full = run(0), run(1000)
    return [y - x for x, y in zip(zero, full)][:10]


for form in forms:
    sys.stdout.write("%-12s %s\n" % (form, " ".join(str(d) for d in deltas(form))))
