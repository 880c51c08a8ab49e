// Hand-written Java version of benchmarks/rpython/richards.py, the baseline
// that the translated jar is measured against: the same tasks, packets,
// scheduling rules and checks, written as a Java programmer would (final
// fields where possible, abstract method per task kind, no boxing).
//
// Usage: java Richards [ITERATIONS]; prints what richards.py prints, and
// `time: SECONDS` on stderr.

public final class Richards {
    static final int IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
    static final int TASK_COUNT = 6;
    static final int KIND_DEVICE = 0, KIND_WORK = 1;
    static final int BUFSIZE = 4;
    static final int EXPECTED_QUEUE_COUNT = 23246, EXPECTED_HOLD_COUNT = 9297;

    static final class Packet {
        Packet link;
        int ident;
        final int kind;
        int datum;
        final int[] data = new int[BUFSIZE];

        Packet(Packet link, int ident, int kind) {
            this.link = link;
            this.ident = ident;
            this.kind = kind;
        }

        Packet appendTo(Packet queue) {
            link = null;
            if (queue == null) return this;
            Packet last = queue;
            while (last.link != null) last = last.link;
            last.link = this;
            return queue;
        }
    }

    static final class Scheduler {
        final Task[] tasks = new Task[TASK_COUNT];
        Task taskList;
        // The running task, as richards.py (and richards.c) keep it.
        Task current;
        int currentId;
        int queueCount, holdCount;

        void add(Task task) {
            task.link = taskList;
            taskList = task;
            tasks[task.ident] = task;
        }

        Task find(int ident) {
            Task t = tasks[ident];
            if (t == null) throw new IllegalStateException("no task with this identity");
            return t;
        }

        void run() {
            Task task = taskList;
            while (task != null) {
                if (task.isHeldOrSuspended()) {
                    task = task.link;
                } else {
                    current = task;
                    currentId = task.ident;
                    task = task.step();
                }
            }
        }
    }

    abstract static class Task {
        final Scheduler sched;
        Task link;
        final int ident, priority;
        Packet queue;
        boolean packetPending, waiting, holding;

        Task(Scheduler sched, int ident, int priority, Packet queue, boolean packetPending, boolean waiting) {
            this.sched = sched;
            this.ident = ident;
            this.priority = priority;
            this.queue = queue;
            this.packetPending = packetPending;
            this.waiting = waiting;
        }

        final boolean isHeldOrSuspended() {
            return holding || (!packetPending && waiting);
        }

        final Task step() {
            Packet packet = null;
            if (packetPending && waiting && !holding) {
                packet = queue;
                queue = packet.link;
                packetPending = queue != null;
                waiting = false;
            }
            return work(packet);
        }

        abstract Task work(Packet packet);

        final Task receive(Packet packet, Task sender) {
            if (queue == null) {
                queue = packet;
                packetPending = true;
                if (priority > sender.priority) return this;
            } else {
                queue = packet.appendTo(queue);
            }
            return sender;
        }

        final Task hold() {
            waiting = true;
            return this;
        }

        final Task holdSelf() {
            sched.holdCount++;
            holding = true;
            return link;
        }

        final Task release(int ident) {
            Task t = sched.find(ident);
            t.holding = false;
            return t.priority > priority ? t : this;
        }

        final Task send(Packet packet) {
            Task target = sched.find(packet.ident);
            sched.queueCount++;
            packet.link = null;
            packet.ident = ident;
            return target.receive(packet, this);
        }
    }

    static final class IdleTask extends Task {
        int control = 1, count;

        IdleTask(Scheduler s, int ident, int priority, int count) {
            super(s, ident, priority, null, false, false);
            this.count = count;
        }

        Task work(Packet packet) {
            if (--count == 0) return holdSelf();
            if ((control & 1) == 0) {
                control >>= 1;
                return release(DEVICE_A);
            }
            control = (control >> 1) ^ 0xD008;
            return release(DEVICE_B);
        }
    }

    static final class WorkerTask extends Task {
        int destination = HANDLER_A, count;

        WorkerTask(Scheduler s, int ident, int priority, Packet queue) {
            super(s, ident, priority, queue, true, true);
        }

        Task work(Packet packet) {
            if (packet == null) return hold();
            destination = destination == HANDLER_A ? HANDLER_B : HANDLER_A;
            packet.ident = destination;
            packet.datum = 0;
            for (int i = 0; i < BUFSIZE; i++) {
                if (++count > 26) count = 1;
                packet.data[i] = 64 + count;
            }
            return send(packet);
        }
    }

    static final class HandlerTask extends Task {
        Packet workQueue, deviceQueue;

        HandlerTask(Scheduler s, int ident, int priority, Packet queue) {
            super(s, ident, priority, queue, true, true);
        }

        Task work(Packet packet) {
            if (packet != null) {
                if (packet.kind == KIND_WORK) workQueue = packet.appendTo(workQueue);
                else deviceQueue = packet.appendTo(deviceQueue);
            }
            Packet w = workQueue;
            if (w != null) {
                int index = w.datum;
                if (index < BUFSIZE) {
                    Packet d = deviceQueue;
                    if (d != null) {
                        deviceQueue = d.link;
                        d.datum = w.data[index];
                        w.datum = index + 1;
                        return send(d);
                    }
                } else {
                    workQueue = w.link;
                    return send(w);
                }
            }
            return hold();
        }
    }

    static final class DeviceTask extends Task {
        Packet pending;

        DeviceTask(Scheduler s, int ident, int priority) {
            super(s, ident, priority, null, false, true);
        }

        Task work(Packet packet) {
            if (packet == null) {
                Packet p = pending;
                if (p == null) return hold();
                pending = null;
                return send(p);
            }
            pending = packet;
            return holdSelf();
        }
    }

    static Packet devicePackets(int ident) {
        Packet q = new Packet(null, ident, KIND_DEVICE);
        q = new Packet(q, ident, KIND_DEVICE);
        return new Packet(q, ident, KIND_DEVICE);
    }

    static Scheduler runSystem() {
        Scheduler s = new Scheduler();
        s.add(new IdleTask(s, IDLE, 0, 10000));
        Packet work = new Packet(null, 0, KIND_WORK);
        work = new Packet(work, 0, KIND_WORK);
        s.add(new WorkerTask(s, WORKER, 1000, work));
        s.add(new HandlerTask(s, HANDLER_A, 2000, devicePackets(DEVICE_A)));
        s.add(new HandlerTask(s, HANDLER_B, 3000, devicePackets(DEVICE_B)));
        s.add(new DeviceTask(s, DEVICE_A, 4000));
        s.add(new DeviceTask(s, DEVICE_B, 5000));
        s.run();
        return s;
    }

    public static void main(String[] args) {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        long start = System.nanoTime();
        int ok = 0;
        for (int i = 0; i < iterations; i++) {
            Scheduler s = runSystem();
            if (s.queueCount == EXPECTED_QUEUE_COUNT && s.holdCount == EXPECTED_HOLD_COUNT) ok++;
            else System.out.println("wrong counts: " + s.queueCount + " " + s.holdCount);
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.println("iterations: " + iterations + " correct: " + ok);
        System.err.printf("time: %f%n", elapsed);
        System.exit(ok == iterations ? 0 : 1);
    }
}
