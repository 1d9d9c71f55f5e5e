# Shared by every workload of bench/workloads (Python 2.7 and 3.x alike).
#
#   python WORKLOAD.py [SCALE]
#
# runs the workload's fixed amount of work (its base iteration count times
# SCALE, default 1) once and prints one line on stdout:
#
#   BENCH name=NAME wall=SECONDS cpu=SECONDS iters=N check=VALUE
#
# wall and cpu cover the measured part only (not interpreter startup, not
# imports, not building the input data).  check is a value computed from
# the work's result, the same for any correct interpreter of the same major
# version: run-bench uses it to see that A and B did the same work.
import os
import sys
import time

try:
    import resource
except ImportError:  # not on every platform
    resource = None

try:
    xrange = xrange          # Python 2
except NameError:
    xrange = range           # Python 3

PY2 = sys.version_info[0] == 2

wall_clock = getattr(time, "perf_counter", time.time)


def cpu_clock():
    """User + system CPU time of this process, in seconds."""
    if resource is not None:
        r = resource.getrusage(resource.RUSAGE_SELF)
        return r.ru_utime + r.ru_stime
    return getattr(time, "process_time", getattr(time, "clock", time.time))()


def iterations(base):
    scale = 1.0
    if len(sys.argv) > 1:
        try:
            scale = float(sys.argv[1])
        except ValueError:
            sys.stderr.write("usage: %s [SCALE]\n" % sys.argv[0])
            sys.exit(2)
        if not scale > 0:
            sys.stderr.write("SCALE must be > 0\n")
            sys.exit(2)
    return max(1, int(round(base * scale)))


def run(name, base, work, setup=None):
    """Time work(n[, data]) for n = base * SCALE iterations and report."""
    n = iterations(base)
    if setup is not None:
        data = setup()
        t0, c0 = wall_clock(), cpu_clock()
        result = work(n, data)
    else:
        t0, c0 = wall_clock(), cpu_clock()
        result = work(n)
    c1, t1 = cpu_clock(), wall_clock()
    if isinstance(result, float):
        result = "%.6g" % result
    sys.stdout.write("BENCH name=%s wall=%.6f cpu=%.6f iters=%d check=%s\n"
                     % (name, t1 - t0, c1 - c0, n, result))
    sys.stdout.flush()
