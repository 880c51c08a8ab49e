/* Hand-written C version of benchmarks/rpython/richards.py: the baseline
 * for "the native backend is within 1.5x of C" (issue 5).
 *
 * Exactly the same algorithm: six tasks (idle, worker, two handlers, two
 * devices) pass packets through a priority scheduler; each iteration builds
 * a fresh system with malloc and checks the two counters.  Written as a C
 * programmer would: structs, a switch on the task kind, packets malloc'd.
 *
 * Build: cc -O2 -o richards richards.c
 * Usage: richards [ITERATIONS]   (default 100)
 * Prints the same stdout as the Python version and `time: SECONDS` on
 * stderr. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

enum { IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B, TASK_COUNT };
enum { KIND_DEVICE, KIND_WORK };
#define BUFSIZE 4
#define EXPECTED_QUEUE_COUNT 23246
#define EXPECTED_HOLD_COUNT 9297

typedef struct Packet {
    struct Packet *link;
    int ident;
    int kind;
    int datum;
    int data[BUFSIZE];
} Packet;

typedef enum { TASK_IDLE, TASK_WORKER, TASK_HANDLER, TASK_DEVICE } TaskKind;

struct Scheduler;

typedef struct Task {
    TaskKind kind;
    struct Scheduler *sched;
    struct Task *link;
    int ident;
    int priority;
    Packet *queue;
    bool packet_pending, waiting, holding;
    /* Per-kind state (only the fields of `kind` are used). */
    int control, count;               /* idle: control, count; worker: count */
    int destination;                  /* worker */
    Packet *work_queue, *device_queue; /* handler */
    Packet *pending;                  /* device */
} Task;

typedef struct Scheduler {
    Task *tasks[TASK_COUNT];
    Task *task_list;
    Task *current;
    int current_id;
    int queue_count;
    int hold_count;
} Scheduler;

/* Zeroed memory, or exit. */
static void *zalloc(size_t size) {
    void *p = calloc(1, size);
    if (!p) {
        perror("calloc");
        exit(2);
    }
    return p;
}

static Packet *new_packet(Packet *link, int ident, int kind) {
    Packet *p = zalloc(sizeof *p);
    p->link = link;
    p->ident = ident;
    p->kind = kind;
    p->datum = 0;
    for (int i = 0; i < BUFSIZE; i++)
        p->data[i] = 0;
    return p;
}

/* Puts `p` at the end of `queue`; returns the queue's head. */
static Packet *append_to(Packet *p, Packet *queue) {
    p->link = NULL;
    if (queue == NULL)
        return p;
    Packet *last = queue;
    while (last->link != NULL)
        last = last->link;
    last->link = p;
    return queue;
}

static Task *new_task(Scheduler *s, TaskKind kind, int ident, int priority, Packet *queue,
                      bool packet_pending, bool waiting, bool holding) {
    Task *t = zalloc(sizeof *t);
    t->kind = kind;
    t->sched = s;
    t->ident = ident;
    t->priority = priority;
    t->queue = queue;
    t->packet_pending = packet_pending;
    t->waiting = waiting;
    t->holding = holding;
    return t;
}

static void add(Scheduler *s, Task *t) {
    t->link = s->task_list;
    s->task_list = t;
    s->tasks[t->ident] = t;
}

static Task *find(Scheduler *s, int ident) {
    Task *t = s->tasks[ident];
    if (t == NULL) {
        fprintf(stderr, "no task with this identity\n");
        exit(1);
    }
    return t;
}

static bool is_held_or_suspended(const Task *t) {
    return t->holding || (!t->packet_pending && t->waiting);
}

/* `packet` arrives at `t` from `sender`; returns the task that runs next. */
static Task *receive(Task *t, Packet *packet, Task *sender) {
    if (t->queue == NULL) {
        t->queue = packet;
        t->packet_pending = true;
        if (t->priority > sender->priority)
            return t;
    } else {
        t->queue = append_to(packet, t->queue);
    }
    return sender;
}

static Task *wait_task(Task *t) {
    t->waiting = true;
    return t;
}

static Task *hold_self(Task *t) {
    t->sched->hold_count++;
    t->holding = true;
    return t->link;
}

static Task *release(Task *t, int ident) {
    Task *task = find(t->sched, ident);
    task->holding = false;
    if (task->priority > t->priority)
        return task;
    return t;
}

static Task *send(Task *t, Packet *packet) {
    Task *target = find(t->sched, packet->ident);
    t->sched->queue_count++;
    packet->link = NULL;
    packet->ident = t->ident;
    return receive(target, packet, t);
}

static Task *idle_work(Task *t) {
    t->count--;
    if (t->count == 0)
        return hold_self(t);
    if ((t->control & 1) == 0) {
        t->control = t->control >> 1;
        return release(t, DEVICE_A);
    }
    t->control = (t->control >> 1) ^ 0xD008;
    return release(t, DEVICE_B);
}

static Task *worker_work(Task *t, Packet *packet) {
    if (packet == NULL)
        return wait_task(t);
    t->destination = t->destination == HANDLER_A ? HANDLER_B : HANDLER_A;
    packet->ident = t->destination;
    packet->datum = 0;
    for (int i = 0; i < BUFSIZE; i++) {
        t->count++;
        if (t->count > 26)
            t->count = 1;
        packet->data[i] = 64 + t->count;
    }
    return send(t, packet);
}

static Task *handler_work(Task *t, Packet *packet) {
    if (packet != NULL) {
        if (packet->kind == KIND_WORK)
            t->work_queue = append_to(packet, t->work_queue);
        else
            t->device_queue = append_to(packet, t->device_queue);
    }
    Packet *work = t->work_queue;
    if (work != NULL) {
        int index = work->datum;
        if (index < BUFSIZE) {
            Packet *device = t->device_queue;
            if (device != NULL) {
                t->device_queue = device->link;
                device->datum = work->data[index];
                work->datum = index + 1;
                return send(t, device);
            }
        } else {
            t->work_queue = work->link;
            return send(t, work);
        }
    }
    return wait_task(t);
}

static Task *device_work(Task *t, Packet *packet) {
    if (packet == NULL) {
        Packet *pending = t->pending;
        if (pending == NULL)
            return wait_task(t);
        t->pending = NULL;
        return send(t, pending);
    }
    t->pending = packet;
    return hold_self(t);
}

static Task *step(Task *t) {
    Packet *packet = NULL;
    if (t->packet_pending && t->waiting && !t->holding) {
        packet = t->queue;
        t->queue = packet->link;
        t->packet_pending = t->queue != NULL;
        t->waiting = false;
    }
    switch (t->kind) {
    case TASK_IDLE:
        return idle_work(t);
    case TASK_WORKER:
        return worker_work(t, packet);
    case TASK_HANDLER:
        return handler_work(t, packet);
    case TASK_DEVICE:
        return device_work(t, packet);
    }
    abort();
}

static void run(Scheduler *s) {
    Task *task = s->task_list;
    while (task != NULL) {
        if (is_held_or_suspended(task)) {
            task = task->link;
        } else {
            s->current = task;
            s->current_id = task->ident;
            task = step(task);
        }
    }
}

static Packet *device_packets(int ident) {
    Packet *queue = new_packet(NULL, ident, KIND_DEVICE);
    queue = new_packet(queue, ident, KIND_DEVICE);
    return new_packet(queue, ident, KIND_DEVICE);
}

/* Every packet ever created, to free them with the system. */
static void free_packets(Packet *p) {
    while (p != NULL) {
        Packet *next = p->link;
        free(p);
        p = next;
    }
}

static void free_system(Scheduler *s) {
    for (int i = 0; i < TASK_COUNT; i++) {
        Task *t = s->tasks[i];
        free_packets(t->queue);
        free_packets(t->work_queue);
        free_packets(t->device_queue);
        free(t->pending); /* a single packet; its link is stale */
        free(t);
    }
    free(s);
}

static Scheduler *run_system(void) {
    Scheduler *s = zalloc(sizeof *s);
    Task *idle = new_task(s, TASK_IDLE, IDLE, 0, NULL, false, false, false);
    idle->control = 1;
    idle->count = 10000;
    add(s, idle);
    Packet *work = new_packet(NULL, 0, KIND_WORK);
    work = new_packet(work, 0, KIND_WORK);
    Task *worker = new_task(s, TASK_WORKER, WORKER, 1000, work, true, true, false);
    worker->destination = HANDLER_A;
    worker->count = 0;
    add(s, worker);
    add(s, new_task(s, TASK_HANDLER, HANDLER_A, 2000, device_packets(DEVICE_A), true, true, false));
    add(s, new_task(s, TASK_HANDLER, HANDLER_B, 3000, device_packets(DEVICE_B), true, true, false));
    add(s, new_task(s, TASK_DEVICE, DEVICE_A, 4000, NULL, false, true, false));
    add(s, new_task(s, TASK_DEVICE, DEVICE_B, 5000, NULL, false, true, false));
    run(s);
    return s;
}

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + (double)tv.tv_usec / 1e6;
}

int main(int argc, char **argv) {
    long iterations = 100;
    if (argc > 1)
        iterations = strtol(argv[1], NULL, 10);
    double start = now();
    long ok = 0;
    for (long i = 0; i < iterations; i++) {
        Scheduler *s = run_system();
        if (s->queue_count == EXPECTED_QUEUE_COUNT && s->hold_count == EXPECTED_HOLD_COUNT)
            ok++;
        else
            printf("wrong counts: %d %d\n", s->queue_count, s->hold_count);
        free_system(s);
    }
    double elapsed = now() - start;
    printf("iterations: %ld correct: %ld\n", iterations, ok);
    fflush(stdout);
    fprintf(stderr, "time: %f\n", elapsed);
    return ok != iterations ? 1 : 0;
}
