"""pickle's C implementation (cPickle on 2.7, pickle's _pickle on 3.x;
2.7's pure-Python pickle would make this a 30 times longer, different
workload): dumps and loads of nested containers and instances, protocol 2."""
try:
    import cPickle as pickle     # Python 2
except ImportError:
    import pickle

from _harness import run, xrange


class Record(object):
    def __init__(self, i):
        self.i = i
        self.name = "rec%d" % i
        self.values = [i, i * 2.5, (i, "x")]


def document():
    return {"records": [Record(i) for i in xrange(40)],
            "table": [[j * i for j in xrange(10)] for i in xrange(10)],
            "names": set("n%d" % i for i in xrange(30)),
            "flag": True, "nothing": None}


def work(n, doc):
    total = 0
    for _ in xrange(n):
        s = pickle.dumps(doc, 2)
        back = pickle.loads(s)
        total += len(s) + len(back["records"]) + back["records"][7].i
        total += len(back["names"]) + back["table"][9][9]
    return total


if __name__ == "__main__":
    run("pickle_rt", 1500, work, setup=document)
