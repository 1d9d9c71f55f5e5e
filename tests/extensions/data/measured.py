# Measured by coverage in tests/extensions/20-coverage-tracer.t: the
# expected numbers are in that test.  Python 2.7 and 3.13 alike.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    return "positive"

for i in (1, 2):
    classify(i)

try:
    raise ValueError("x")
except ValueError:
    caught = True
