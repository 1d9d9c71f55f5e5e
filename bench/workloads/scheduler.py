"""A richards-like OO workload: a small operating-system simulation with
task objects of four kinds (idle, worker, handler, device) in a priority
list, exchanging packet objects through queues, with state flags and
polymorphic run() methods."""
from _harness import run, xrange

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)


class Packet(object):
    __slots__ = ("link", "dest", "kind", "count", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.count = 0
        self.data = [0, 0, 0, 0]

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class Task(object):
    def __init__(self, system, ident, prio, queue):
        self.system = system
        self.ident = ident
        self.prio = prio
        self.queue = queue
        self.waiting = queue is None
        self.held = False
        system.add(self)

    def runnable(self):
        return not self.held and (self.queue is not None or not self.waiting)

    def take(self):
        p = self.queue
        if p is not None:
            self.queue = p.link
        self.waiting = False
        return p

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, system, ident, prio, count):
        Task.__init__(self, system, ident, prio, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.system.hold_self()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.system.release(DEVICE_B)
        self.seed >>= 1
        return self.system.release(DEVICE_A)


class WorkerTask(Task):
    def __init__(self, system, ident, prio, queue):
        Task.__init__(self, system, ident, prio, queue)
        self.dest = HANDLER_A
        self.char = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait()
        self.dest = HANDLER_B if self.dest == HANDLER_A else HANDLER_A
        packet.dest = self.dest
        packet.count = 0
        for i in xrange(4):
            self.char = self.char + 1 if self.char < 26 else 1
            packet.data[i] = self.char
        return self.system.send(packet, self.dest)


class HandlerTask(Task):
    def __init__(self, system, ident, prio, queue):
        Task.__init__(self, system, ident, prio, queue)
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == "work":
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            w = self.work
            if w.count >= 4:
                self.work = w.link
                return self.system.send(w, WORKER)
            if self.devices is not None:
                d = self.devices
                self.devices = d.link
                d.data[0] = w.data[w.count]
                w.count += 1
                return self.system.send(d, d.dest)
        return self.system.wait()


class DeviceTask(Task):
    def __init__(self, system, ident, prio):
        Task.__init__(self, system, ident, prio, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.system.wait()
            p, self.pending = self.pending, None
            return self.system.send(p, p.dest)
        self.pending = packet
        self.system.holds += 1
        return self.system.hold_self()


class System(object):
    def __init__(self):
        self.tasks = {}
        self.order = []
        self.current = None
        self.holds = 0
        self.sends = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.order.append(task)
        self.order.sort(key=lambda t: -t.prio)

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.current.held = True
        return self.current

    def release(self, ident):
        t = self.tasks[ident]
        t.held = False
        return t if t.prio > self.current.prio else self.current

    def send(self, packet, ident):
        t = self.tasks[ident]
        self.sends += 1
        packet.link = None
        packet.dest = self.current.ident
        if t.queue is None:
            t.queue = packet
            t.waiting = False
            return t if t.prio > self.current.prio else self.current
        packet.append_to(t.queue)
        return self.current

    def schedule(self):
        steps = 0
        while True:
            for t in self.order:
                if t.runnable():
                    break
            else:
                return steps
            self.current = t
            packet = t.take() if t.queue is not None else None
            t.step(packet)
            steps += 1


def one_run(count):
    s = System()
    IdleTask(s, IDLE, 0, count)
    wq = Packet(None, WORKER, "work")
    wq = Packet(wq, WORKER, "work")
    WorkerTask(s, WORKER, 1000, wq)
    for ident, dev, prio in ((HANDLER_A, DEVICE_A, 2000),
                             (HANDLER_B, DEVICE_B, 3000)):
        q = Packet(None, dev, "device")
        q = Packet(q, dev, "device")
        q = Packet(q, dev, "device")
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    steps = s.schedule()
    return steps + s.holds + s.sends


def work(n):
    total = 0
    for _ in xrange(n):
        total += one_run(1000)
    return total


if __name__ == "__main__":
    run("scheduler", 28, work)
