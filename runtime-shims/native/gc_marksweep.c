/* The mark-and-sweep collector (--gc marksweep): objects are malloc'd and
 * recorded in a table; a collection marks from the precise roots with an
 * explicit stack (no recursion, so long linked structures are fine) and frees
 * every unmarked object.  Objects never move.  A collection is requested
 * when the bytes allocated since the last one exceed the live size (min
 * 8 MiB), and runs at the next safepoint: generated code keeps references
 * in C locals between safepoints, so no collection may run elsewhere. */
#include "rpy.h"

static void **objects;
static size_t n_objects, cap_objects;
static void **mark_stack;
static size_t mark_len, mark_cap;
static int64_t allocated_since, threshold;

#ifndef RPY_MS_MIN_THRESHOLD
#define RPY_MS_MIN_THRESHOLD ((int64_t)8 << 20)
#endif
#define MIN_THRESHOLD ((int64_t)(RPY_MS_MIN_THRESHOLD))

void rpy_gc_init(void) { threshold = MIN_THRESHOLD; }

/* Never called: this collector sets no RPY_GCFLAG_NEEDS_BARRIER. */
void rpy_gc_remember(void *obj) { (void)obj; }


rpy_word *rpy_gc_alloc_items(void *owner, size_t bytes) {
    (void)owner;
    rpy_word *items = calloc(1, bytes);
    if (!items)
        rpy_fatal("MemoryError");
    rpy_gc_note_external((int64_t)bytes);
    return items;
}

bool rpy_gc_items_in_nursery(const rpy_word *items) {
    (void)items;
    return false;
}

void rpy_gc_note_external(int64_t bytes) {
    allocated_since += bytes;
    if (allocated_since > threshold)
        rpy_gc_requested = 1;
}

static void push_mark(void **slot) {
    rpy_hdr *h = *slot;
    if (!h || (h->gcflags & (RPY_GCFLAG_MARK | RPY_GCFLAG_STATIC)))
        return;
    h->gcflags |= RPY_GCFLAG_MARK;
    if (mark_len == mark_cap) {
        mark_cap = mark_cap ? mark_cap * 2 : 1024;
        mark_stack = realloc(mark_stack, mark_cap * sizeof(void *));
        if (!mark_stack)
            rpy_fatal("MemoryError: mark stack");
    }
    mark_stack[mark_len++] = h;
}

void rpy_gc_collect(void) {
    rpy_gc_requested = 0;
    rpy_gc_cycles++;
    rpy_gc_visit_roots(push_mark);
    while (mark_len > 0)
        rpy_gc_trace(mark_stack[--mark_len], push_mark);
    size_t kept = 0;
    int64_t live = 0;
    for (size_t i = 0; i < n_objects; i++) {
        rpy_hdr *h = objects[i];
        if (h->gcflags & RPY_GCFLAG_MARK) {
            h->gcflags &= ~RPY_GCFLAG_MARK;
            live += (int64_t)rpy_gc_object_size(h);
            objects[kept++] = h;
        } else {
            rpy_gc_free_buffers(h);
            free(h);
        }
    }
    n_objects = kept;
    allocated_since = 0;
    threshold = live > MIN_THRESHOLD ? live : MIN_THRESHOLD;
}

void *rpy_gc_alloc(uint32_t tid, size_t size) {
    allocated_since += (int64_t)size;
    if (allocated_since > threshold)
        rpy_gc_requested = 1;

    if (n_objects == cap_objects) {
        cap_objects = cap_objects ? cap_objects * 2 : 4096;
        objects = realloc(objects, cap_objects * sizeof(void *));
        if (!objects)
            rpy_fatal("MemoryError: object table");
    }
    rpy_hdr *h = calloc(1, size);
    if (!h)
        rpy_fatal("MemoryError");
    h->tid = tid;
    objects[n_objects++] = h;
    return h;
}
