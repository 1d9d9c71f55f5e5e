"""Dictionaries with string keys and str methods: word counting, lookups,
updates, split/replace/upper/find/startswith."""
from _harness import run, xrange

TEXT = ("the quick brown fox jumps over the lazy dog while the cat sleeps "
        "under a warm blanket and the bird sings a song about the river "
        "flowing past old stones and quiet green hills ") * 4


def work(n):
    total = 0
    for i in xrange(n):
        counts = {}
        for w in TEXT.split():
            counts[w] = counts.get(w, 0) + 1
        total += counts["the"] + len(counts)
        d = dict(counts)
        for k in list(d):
            if k.startswith("s") or "o" in k:
                del d[k]
        d.update(alpha=1, beta=2)
        total += len(d) + ("alpha" in d) + ("fox" in d)
        s = TEXT.replace("the", "THE").upper()
        total += s.find("RIVER") + s.count("A") + len(s.lower().strip())
        key = "k%d" % (i % 50)
        counts[key] = i
        total += len(sorted(counts.keys())[0])
    return total


if __name__ == "__main__":
    run("dict_str", 4800, work)
