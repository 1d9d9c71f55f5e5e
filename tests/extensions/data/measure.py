# measure.py TRACER SCRIPT: run SCRIPT under coverage (branch measurement)
# with TRACER ("c" or "py") and print which tracer ran, the tracer module
# the interpreter loaded, and coverage's report line for SCRIPT:
#   tracer=CTracer file=/usr/lib64/.../tracer....so
#   SCRIPT STMTS MISS BRANCH BRPART COVER MISSING
# Python 2.7 (coverage 5.5) and 3.13 (coverage 7.x) alike.
import io
import os
import sys

tracer, script = sys.argv[1], sys.argv[2]
# The C tracer: coverage 5.5 reads COVERAGE_TEST_TRACER=c, 7.x
# COVERAGE_CORE=ctrace, both at import; both then exit with an error when
# the C tracer cannot be imported, instead of falling back silently.  The
# pure-Python tracer: timid=True, in both.
if tracer == "c":
    os.environ["COVERAGE_TEST_TRACER"] = "c"
    os.environ["COVERAGE_CORE"] = "ctrace"
import coverage

cov = coverage.Coverage(branch=True, data_file=None, timid=(tracer == "py"))
cov.start()
try:
    sys.argv = [script]
    with open(script) as f:
        code = compile(f.read(), script, "exec")
    sys.stdout = io.StringIO() if sys.version_info[0] >= 3 else io.BytesIO()
    exec(code, {"__name__": "__main__", "__file__": script})
finally:
    sys.stdout = sys.__stdout__
    cov.stop()
name = cov._collector.tracer_name()
if name == "CTracer":
    import coverage.tracer
    where = coverage.tracer.__file__
else:
    where = "-"
sys.stdout.write("tracer=%s file=%s\n" % (name, where))
out = io.StringIO() if sys.version_info[0] >= 3 else io.BytesIO()
cov.report(morfs=[script], file=out, show_missing=True)
for line in out.getvalue().splitlines():
    if line.startswith(script):
        sys.stdout.write(" ".join(line.split()) + "\n")
