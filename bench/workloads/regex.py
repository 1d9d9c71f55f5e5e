"""Regular expressions (re): compiled patterns, match/search/findall/sub
and split, with groups, over generated log-like lines."""
import re

from _harness import run, xrange

LINE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\w+) \[(\w+)\] (.*)$")
WORD = re.compile(r"\b[a-z]{4,}\b")
NUM = re.compile(r"\d+")
SEP = re.compile(r"[,;]\s*")


def lines():
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    out = []
    for i in xrange(200):
        out.append("2026-%02d-%02d host%d [%s] request %d served in %dms, "
                   "user=alice%d; path=/a/b/%d" % (
                       i % 12 + 1, i % 28 + 1, i % 7, levels[i % 4], i,
                       i * 3 % 97, i % 13, i))
    return out


def work(n, data):
    total = 0
    for _ in xrange(n):
        for line in data:
            m = LINE.match(line)
            if m and m.group(5) != "DEBUG":
                total += int(m.group(2)) + len(m.group(6))
            total += len(WORD.findall(line))
            total += len(NUM.sub("#", line))
            total += len(SEP.split(line))
            if re.search("ERROR|WARN", line):
                total += 1
    return total


if __name__ == "__main__":
    run("regex", 110, work, setup=lines)
