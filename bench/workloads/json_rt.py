"""json: dumps and loads of a nested document (dicts, lists, strings,
numbers, booleans, None), sorted keys."""
import json

from _harness import run, xrange


def document():
    return {
        "items": [{"id": i, "name": "item%d" % i, "price": i * 1.25,
                   "tags": ["t%d" % (i % 5), "x"], "ok": i % 2 == 0,
                   "extra": None}
                  for i in xrange(60)],
        "meta": {"count": 60, "source": "bench", "nested": {"a": [1, 2, 3]}},
    }


def work(n, doc):
    total = 0
    for _ in xrange(n):
        s = json.dumps(doc, sort_keys=True)
        back = json.loads(s)
        total += len(s) + len(back["items"]) + back["meta"]["count"]
        s2 = json.dumps(back["items"][:10], indent=2, sort_keys=True)
        total += len(json.loads(s2))
    return total


if __name__ == "__main__":
    run("json_rt", 400, work, setup=document)
