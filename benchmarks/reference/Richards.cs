// Hand-written C# version of benchmarks/rpython/richards.py, the baseline
// that the translated assembly is measured against on Mono: the same tasks,
// packets, scheduling rules and checks, written as a C# programmer would
// (sealed classes, an abstract method per task kind, no boxing).
//
// Usage: mono Richards.exe [ITERATIONS]; prints what richards.py prints, and
// `time: SECONDS` on stderr.

using System;
using System.Diagnostics;

static class Richards
{
    const int IDLE = 0, WORKER = 1, HANDLER_A = 2, HANDLER_B = 3, DEVICE_A = 4, DEVICE_B = 5;
    const int TASK_COUNT = 6;
    const int KIND_DEVICE = 0, KIND_WORK = 1;
    const int BUFSIZE = 4;
    const int EXPECTED_QUEUE_COUNT = 23246, EXPECTED_HOLD_COUNT = 9297;

    sealed class Packet
    {
        public Packet Link;
        public int Ident;
        public readonly int Kind;
        public int Datum;
        public readonly int[] Data = new int[BUFSIZE];

        public Packet(Packet link, int ident, int kind)
        {
            Link = link;
            Ident = ident;
            Kind = kind;
        }

        public Packet AppendTo(Packet queue)
        {
            Link = null;
            if (queue == null) return this;
            Packet last = queue;
            while (last.Link != null) last = last.Link;
            last.Link = this;
            return queue;
        }
    }

    sealed class Scheduler
    {
        public readonly Task[] Tasks = new Task[TASK_COUNT];
        public Task TaskList;
        // The running task, as richards.py (and richards.c) keep it.
        public Task Current;
        public int CurrentId;
        public int QueueCount, HoldCount;

        public void Add(Task task)
        {
            task.Link = TaskList;
            TaskList = task;
            Tasks[task.Ident] = task;
        }

        public Task Find(int ident)
        {
            Task t = Tasks[ident];
            if (t == null) throw new InvalidOperationException("no task with this identity");
            return t;
        }

        public void Run()
        {
            Task task = TaskList;
            while (task != null)
            {
                if (task.IsHeldOrSuspended())
                {
                    task = task.Link;
                }
                else
                {
                    Current = task;
                    CurrentId = task.Ident;
                    task = task.Step();
                }
            }
        }
    }

    abstract class Task
    {
        protected readonly Scheduler Sched;
        public Task Link;
        public readonly int Ident, Priority;
        Packet queue;
        bool packetPending, waiting, holding;

        protected Task(Scheduler sched, int ident, int priority, Packet queue, bool packetPending, bool waiting)
        {
            Sched = sched;
            Ident = ident;
            Priority = priority;
            this.queue = queue;
            this.packetPending = packetPending;
            this.waiting = waiting;
        }

        public bool IsHeldOrSuspended()
        {
            return holding || (!packetPending && waiting);
        }

        public Task Step()
        {
            Packet packet = null;
            if (packetPending && waiting && !holding)
            {
                packet = queue;
                queue = packet.Link;
                packetPending = queue != null;
                waiting = false;
            }
            return Work(packet);
        }

        protected abstract Task Work(Packet packet);

        Task Receive(Packet packet, Task sender)
        {
            if (queue == null)
            {
                queue = packet;
                packetPending = true;
                if (Priority > sender.Priority) return this;
            }
            else
            {
                queue = packet.AppendTo(queue);
            }
            return sender;
        }

        protected Task Wait()
        {
            waiting = true;
            return this;
        }

        protected Task HoldSelf()
        {
            Sched.HoldCount++;
            holding = true;
            return Link;
        }

        protected Task Release(int ident)
        {
            Task t = Sched.Find(ident);
            t.holding = false;
            return t.Priority > Priority ? t : this;
        }

        protected Task Send(Packet packet)
        {
            Task target = Sched.Find(packet.Ident);
            Sched.QueueCount++;
            packet.Link = null;
            packet.Ident = Ident;
            return target.Receive(packet, this);
        }
    }

    sealed class IdleTask : Task
    {
        int control = 1, count;

        public IdleTask(Scheduler s, int ident, int priority, int count) : base(s, ident, priority, null, false, false)
        {
            this.count = count;
        }

        protected override Task Work(Packet packet)
        {
            if (--count == 0) return HoldSelf();
            if ((control & 1) == 0)
            {
                control >>= 1;
                return Release(DEVICE_A);
            }
            control = (control >> 1) ^ 0xD008;
            return Release(DEVICE_B);
        }
    }

    sealed class WorkerTask : Task
    {
        int destination = HANDLER_A, count;

        public WorkerTask(Scheduler s, int ident, int priority, Packet queue) : base(s, ident, priority, queue, true, true) { }

        protected override Task Work(Packet packet)
        {
            if (packet == null) return Wait();
            destination = destination == HANDLER_A ? HANDLER_B : HANDLER_A;
            packet.Ident = destination;
            packet.Datum = 0;
            for (int i = 0; i < BUFSIZE; i++)
            {
                if (++count > 26) count = 1;
                packet.Data[i] = 64 + count;
            }
            return Send(packet);
        }
    }

    sealed class HandlerTask : Task
    {
        Packet workQueue, deviceQueue;

        public HandlerTask(Scheduler s, int ident, int priority, Packet queue) : base(s, ident, priority, queue, true, true) { }

        protected override Task Work(Packet packet)
        {
            if (packet != null)
            {
                if (packet.Kind == KIND_WORK) workQueue = packet.AppendTo(workQueue);
                else deviceQueue = packet.AppendTo(deviceQueue);
            }
            Packet w = workQueue;
            if (w != null)
            {
                int index = w.Datum;
                if (index < BUFSIZE)
                {
                    Packet d = deviceQueue;
                    if (d != null)
                    {
                        deviceQueue = d.Link;
                        d.Datum = w.Data[index];
                        w.Datum = index + 1;
                        return Send(d);
                    }
                }
                else
                {
                    workQueue = w.Link;
                    return Send(w);
                }
            }
            return Wait();
        }
    }

    sealed class DeviceTask : Task
    {
        Packet pending;

        public DeviceTask(Scheduler s, int ident, int priority) : base(s, ident, priority, null, false, true) { }

        protected override Task Work(Packet packet)
        {
            if (packet == null)
            {
                Packet p = pending;
                if (p == null) return Wait();
                pending = null;
                return Send(p);
            }
            pending = packet;
            return HoldSelf();
        }
    }

    static Packet DevicePackets(int ident)
    {
        Packet q = new Packet(null, ident, KIND_DEVICE);
        q = new Packet(q, ident, KIND_DEVICE);
        return new Packet(q, ident, KIND_DEVICE);
    }

    static Scheduler RunSystem()
    {
        var s = new Scheduler();
        s.Add(new IdleTask(s, IDLE, 0, 10000));
        Packet work = new Packet(null, 0, KIND_WORK);
        work = new Packet(work, 0, KIND_WORK);
        s.Add(new WorkerTask(s, WORKER, 1000, work));
        s.Add(new HandlerTask(s, HANDLER_A, 2000, DevicePackets(DEVICE_A)));
        s.Add(new HandlerTask(s, HANDLER_B, 3000, DevicePackets(DEVICE_B)));
        s.Add(new DeviceTask(s, DEVICE_A, 4000));
        s.Add(new DeviceTask(s, DEVICE_B, 5000));
        s.Run();
        return s;
    }

    static int Main(string[] args)
    {
        int iterations = args.Length > 0 ? int.Parse(args[0]) : 100;
        var clock = Stopwatch.StartNew();
        int ok = 0;
        for (int i = 0; i < iterations; i++)
        {
            Scheduler s = RunSystem();
            if (s.QueueCount == EXPECTED_QUEUE_COUNT && s.HoldCount == EXPECTED_HOLD_COUNT) ok++;
            else Console.WriteLine("wrong counts: " + s.QueueCount + " " + s.HoldCount);
        }
        double elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine("iterations: " + iterations + " correct: " + ok);
        Console.Error.WriteLine("time: " + elapsed.ToString("F6", System.Globalization.CultureInfo.InvariantCulture));
        return ok == iterations ? 0 : 1;
    }
}
