# args: 2
"""Benchmark: a Richards-style operating-system scheduler simulation.

Six tasks (idle, worker, two handlers, two devices) pass packets to each
other through a priority scheduler; the work is virtual method calls,
attribute access on small objects and linked-list manipulation.  Each
iteration builds a fresh system and checks the two counters that the
original benchmark specifies, so a wrong translation cannot go unnoticed.

Usage: richards.py [ITERATIONS]   (default 100: a few seconds on CPython)
The time spent in the iterations is written to stderr as `time: SECONDS`."""
import os
import time

IDLE = 0
WORKER = 1
HANDLER_A = 2
HANDLER_B = 3
DEVICE_A = 4
DEVICE_B = 5
TASK_COUNT = 6

KIND_DEVICE = 0
KIND_WORK = 1
BUFSIZE = 4

EXPECTED_QUEUE_COUNT = 23246
EXPECTED_HOLD_COUNT = 9297


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Puts this packet at the end of `queue`; returns the queue's head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Scheduler:
    def __init__(self):
        self.tasks = [None] * TASK_COUNT
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.queue_count = 0
        self.hold_count = 0

    def add(self, task):
        task.link = self.task_list
        self.task_list = task
        self.tasks[task.ident] = task

    def find(self, ident):
        task = self.tasks[ident]
        if task is None:
            raise ValueError("no task with this identity")
        return task

    def run(self):
        task = self.task_list
        while task is not None:
            if task.is_held_or_suspended():
                task = task.link
            else:
                self.current = task
                self.current_id = task.ident
                task = task.step()


class Task:
    def __init__(self, sched, ident, priority, queue, packet_pending, waiting, holding):
        self.sched = sched
        self.link = None
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.packet_pending = packet_pending
        self.waiting = waiting
        self.holding = holding

    def is_held_or_suspended(self):
        return self.holding or (not self.packet_pending and self.waiting)

    def step(self):
        packet = None
        if self.packet_pending and self.waiting and not self.holding:
            packet = self.queue
            self.queue = packet.link
            self.packet_pending = self.queue is not None
            self.waiting = False
        return self.work(packet)

    def work(self, packet):
        raise NotImplementedError("abstract")

    def receive(self, packet, sender):
        """`packet` arrives; returns the task that runs next."""
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def wait(self):
        self.waiting = True
        return self

    def hold_self(self):
        self.sched.hold_count += 1
        self.holding = True
        return self.link

    def release(self, ident):
        task = self.sched.find(ident)
        task.holding = False
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = self.sched.find(packet.ident)
        self.sched.queue_count += 1
        packet.link = None
        packet.ident = self.ident
        return target.receive(packet, self)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, count):
        Task.__init__(self, sched, ident, priority, None, False, False, False)
        self.control = 1
        self.count = count

    def work(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.control & 1 == 0:
            self.control = self.control >> 1
            return self.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.destination = HANDLER_A
        self.count = 0

    def work(self, packet):
        if packet is None:
            return self.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True, True, False)
        self.work_queue = None
        self.device_queue = None

    def work(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            index = work.datum
            if index < BUFSIZE:
                device = self.device_queue
                if device is not None:
                    self.device_queue = device.link
                    device.datum = work.data[index]
                    work.datum = index + 1
                    return self.send(device)
            else:
                self.work_queue = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, False, True, False)
        self.pending = None

    def work(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.wait()
            self.pending = None
            return self.send(pending)
        self.pending = packet
        return self.hold_self()


def device_packets(ident):
    queue = Packet(None, ident, KIND_DEVICE)
    queue = Packet(queue, ident, KIND_DEVICE)
    return Packet(queue, ident, KIND_DEVICE)


def run_system():
    sched = Scheduler()
    sched.add(IdleTask(sched, IDLE, 0, 10000))
    work = Packet(None, 0, KIND_WORK)
    work = Packet(work, 0, KIND_WORK)
    sched.add(WorkerTask(sched, WORKER, 1000, work))
    sched.add(HandlerTask(sched, HANDLER_A, 2000, device_packets(DEVICE_A)))
    sched.add(HandlerTask(sched, HANDLER_B, 3000, device_packets(DEVICE_B)))
    sched.add(DeviceTask(sched, DEVICE_A, 4000))
    sched.add(DeviceTask(sched, DEVICE_B, 5000))
    sched.run()
    return sched


def entry_point(argv):
    iterations = 100
    if len(argv) > 1:
        iterations = int(argv[1])
    start = time.time()
    ok = 0
    for i in range(iterations):
        sched = run_system()
        if sched.queue_count == EXPECTED_QUEUE_COUNT and sched.hold_count == EXPECTED_HOLD_COUNT:
            ok += 1
        else:
            print("wrong counts:", sched.queue_count, sched.hold_count)
    elapsed = time.time() - start
    print("iterations:", iterations, "correct:", ok)
    os.write(2, ("time: %f\n" % elapsed).encode("utf-8"))
    if ok != iterations:
        return 1
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
