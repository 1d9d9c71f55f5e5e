"""Method calls: bound methods, inheritance and super(), classmethod,
staticmethod, properties."""
from _harness import run, xrange


class Base(object):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def bump(self, d):
        self.v += d
        return self.v

    @classmethod
    def kind(cls):
        return 1

    @staticmethod
    def twice(x):
        return 2 * x


class Derived(Base):
    def get(self):
        return super(Derived, self).get() + 1

    @property
    def value(self):
        return self.v

    @value.setter
    def value(self, v):
        self.v = v


def work(n):
    b = Base(0)
    d = Derived(0)
    total = 0
    for i in xrange(n):
        total += b.get() + d.get()
        b.bump(1)
        total += d.bump(2)
        total += Base.kind() + d.kind()
        total += Base.twice(i) + d.twice(1)
        d.value = i
        total += d.value
        m = b.get
        total += m()
        total &= 0xFFFFFFF
    return total


if __name__ == "__main__":
    run("methods", 100000, work)
