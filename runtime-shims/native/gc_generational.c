/* The generational collector (--gc generational, the default): a bump
 * nursery for new objects and a mark-and-sweep old generation.
 *
 * - Allocation bumps a pointer in the nursery.  When the nursery is full the
 *   object goes to the old generation instead and a collection is
 *   *requested*; it runs at the next safepoint (RPY_SAFEPOINT at the head of
 *   every block of generated code), where every live reference is in a
 *   shadow-stack slot.  So objects never move under the runtime's C code,
 *   which may hold raw pointers across allocations.
 * - A minor collection copies the live nursery objects to the old
 *   generation, leaving forwarding pointers, and updates the roots: shadow
 *   stack, prebuilt objects, the pending exception, and the old objects in
 *   the remembered set.
 * - The write barrier (every store of a reference into an existing object)
 *   adds an old object to the remembered set once: old objects that are
 *   not remembered carry RPY_GCFLAG_NEEDS_BARRIER, which the inline barrier
 *   tests.  Objects allocated directly in the old generation are remembered
 *   from birth, because the code that fills a fresh object does not call
 *   the barrier.
 * - After a minor collection, a major one (mark and sweep of the old
 *   generation, nursery empty) runs when the old generation has grown by
 *   more than its live size since the last one. */
#include "rpy.h"
#include "gc_trace.h"

/* Overridable for stress tests (-DRPY_NURSERY_SIZE=4096). */
#ifndef RPY_NURSERY_SIZE
#define RPY_NURSERY_SIZE ((size_t)1 << 20)
#endif
#define NURSERY_SIZE ((size_t)(RPY_NURSERY_SIZE))
#define LARGE_OBJECT (NURSERY_SIZE / 4 < ((size_t)64 << 10) ? NURSERY_SIZE / 4 : ((size_t)64 << 10))
/* A small heap is collected after 4 MiB of old-generation growth: with
 * 8 MiB, strdict's peak RSS went 1 MiB past CPython's (31 MB against
 * 30 MB; 27 MB with 4 MiB, at the same speed). */
#define MIN_MAJOR_THRESHOLD ((int64_t)4 << 20)

#define GCFLAG_REMEMBERED 4u
#define GCFLAG_FORWARDED 8u

static char *nursery, *nursery_top, *nursery_end;

/* ---- old-generation memory ----
 * Small objects (the vast majority) come from per-size free lists carved
 * out of 1 MiB arenas: a minor collection copies every survivor, and one
 * malloc/free per object would dominate its cost.  The size class is kept
 * in the header's flag bits SIZE_CLASS_SHIFT.. (0: malloc'd). */
#define SIZE_CLASS_SHIFT 16
#define SMALL_LIMIT 512
#define ARENA_SIZE ((size_t)1 << 20)
static void *free_lists[SMALL_LIMIT / 8 + 1];
static char *arena_top, *arena_end;

/* Large objects and a new arena: out of line, so that the common path
 * (inlined into the minor collection's copying) needs no calls. */
__attribute__((noinline)) static rpy_hdr *old_malloc_large(size_t size) {
    rpy_hdr *h = malloc(size);
    if (!h)
        rpy_fatal("MemoryError");
    h->gcflags = 0;
    return h;
}

__attribute__((noinline)) static void new_arena(void) {
    /* The rest of the old arena is dropped (at most 504 bytes). */
    arena_top = malloc(ARENA_SIZE);
    if (!arena_top)
        rpy_fatal("MemoryError");
    arena_end = arena_top + ARENA_SIZE;
}

static inline rpy_hdr *old_malloc(size_t size) {
    if (RPY_UNLIKELY(size > SMALL_LIMIT))
        return old_malloc_large(size);
    size_t cls = size / 8;
    rpy_hdr *h = free_lists[cls];
    if (h) {
        void *next = *(void **)h;
        free_lists[cls] = next;
        /* Freed chunks are scattered and cold: fetch the next one now, so
         * that the next copy of this size does not wait for it. */
        __builtin_prefetch(next, 1);
    } else {
        if (RPY_UNLIKELY((size_t)(arena_end - arena_top) < size))
            new_arena();
        h = (rpy_hdr *)arena_top;
        arena_top += size;
    }
    h->gcflags = (uint32_t)cls << SIZE_CLASS_SHIFT;
    return h;
}

static void old_free(rpy_hdr *h) {
    size_t cls = h->gcflags >> SIZE_CLASS_SHIFT;
    if (cls == 0) {
        free(h);
        return;
    }
    *(void **)h = free_lists[cls];
    free_lists[cls] = h;
}

/* Old generation: every object. */
static void **old_objects;
static size_t n_old, cap_old;
static int64_t old_allocated_since, major_threshold = MIN_MAJOR_THRESHOLD;

/* Old objects that may point into the nursery. */
static void **remembered;
static size_t n_remembered, cap_remembered;

/* Nursery objects owning malloc'd buffers (lists, dicts): freed if they die young. */
static void **young_with_buffers;
static size_t n_ywb, cap_ywb;

static void **work;
static size_t n_work, cap_work;

__attribute__((noinline)) static void grow_table(void ***arr, size_t *cap) {
    *cap = *cap ? *cap * 2 : 1024;
    *arr = realloc(*arr, *cap * sizeof(void *));
    if (!*arr)
        rpy_fatal("MemoryError: GC tables");
}

static inline void push(void ***arr, size_t *n, size_t *cap, void *x) {
    if (RPY_UNLIKELY(*n == *cap))
        grow_table(arr, cap);
    (*arr)[(*n)++] = x;
}

static inline bool is_young(void *p) { return (char *)p >= nursery && (char *)p < nursery_end; }

/* The nursery is kept zeroed (cleared after each minor collection, in one
 * memset), so allocating there only bumps a pointer. */
void rpy_gc_init(void) {
    nursery = calloc(1, NURSERY_SIZE);
    if (!nursery)
        rpy_fatal("MemoryError: nursery");
    nursery_top = nursery;
    nursery_end = nursery + NURSERY_SIZE;
}

void rpy_gc_note_external(int64_t bytes) {
    old_allocated_since += bytes;
    if (old_allocated_since > major_threshold)
        rpy_gc_requested = 1;
}

/* Item arrays up to this size of young lists are bumped from the nursery. */
#define NURSERY_ITEMS_LIMIT 256

rpy_word *rpy_gc_alloc_items(void *owner, size_t bytes) {
    bytes = (bytes + 7) & ~(size_t)7;
    if (is_young(owner) && bytes <= NURSERY_ITEMS_LIMIT &&
        (size_t)(nursery_end - nursery_top) >= bytes) {
        rpy_word *items = (rpy_word *)nursery_top;
        nursery_top += bytes;
        return items;
    }
    rpy_word *items = calloc(1, bytes);
    if (!items)
        rpy_fatal("MemoryError");
    rpy_gc_note_external((int64_t)bytes);
    return items;
}

bool rpy_gc_items_in_nursery(const rpy_word *items) { return is_young((void *)items); }

void rpy_gc_remember(void *obj) {
    rpy_hdr *h = obj;
    h->gcflags = (h->gcflags & ~RPY_GCFLAG_NEEDS_BARRIER) | GCFLAG_REMEMBERED;
    push(&remembered, &n_remembered, &cap_remembered, h);
}

static void *alloc_old(uint32_t tid, size_t size) {
    rpy_hdr *h = old_malloc(size);
    uint32_t flags = h->gcflags;
    memset(h, 0, size);
    h->gcflags = flags;
    h->tid = tid;
    push(&old_objects, &n_old, &cap_old, h);
    old_allocated_since += (int64_t)size;
    /* Filled without a barrier by the code that allocates it. */
    h->gcflags |= GCFLAG_REMEMBERED;
    push(&remembered, &n_remembered, &cap_remembered, h);
    return h;
}

static bool owns_buffers(uint32_t tid) {
    uint8_t k = rpy_typeinfo_table[tid].kind;
    return k == RPY_KIND_LIST || k == RPY_KIND_DICT;
}

/* The rarer cases, out of line so that the common path needs no stack frame. */
__attribute__((noinline)) static void note_young_with_buffers(rpy_hdr *h) {
    push(&young_with_buffers, &n_ywb, &cap_ywb, h);
}

__attribute__((noinline)) static void *alloc_outside_nursery(uint32_t tid, size_t size) {
    if (size <= LARGE_OBJECT)
        rpy_gc_requested = 1;
    else if (old_allocated_since > major_threshold)
        rpy_gc_requested = 1;
    return alloc_old(tid, size);
}

void *rpy_gc_alloc(uint32_t tid, size_t size) {
    /* Room for the forwarding pointer after the header. */
    if (size < 16)
        size = 16;
    size = (size + 7) & ~(size_t)7;
    if (RPY_LIKELY(size <= LARGE_OBJECT && (size_t)(nursery_end - nursery_top) >= size)) {
        rpy_hdr *h = (rpy_hdr *)nursery_top;
        nursery_top += size;
        h->tid = tid;
        if (owns_buffers(tid))
            note_young_with_buffers(h);
        return h;
    }
    return alloc_outside_nursery(tid, size);
}

/* ---- minor collection ---- */

static void **forward_slot(rpy_hdr *h) { return (void **)(h + 1); }

/* Moves the young object *slot points to (once) and updates the slot. */
static void evacuate(void **slot) {
    rpy_hdr *h = *slot;
    if (!h || !is_young(h))
        return;
    if (h->gcflags & GCFLAG_FORWARDED) {
        *slot = *forward_slot(h);
        return;
    }
    uint8_t kind = rpy_typeinfo_table[h->tid].kind;
    /* The object's own bytes (its buffers stay where they are). */
    size_t size = kind == RPY_KIND_STR    ? sizeof(rpy_str) + (size_t)((rpy_str *)h)->len + 1
                  : kind == RPY_KIND_LIST ? sizeof(rpy_list)
                  : kind == RPY_KIND_DICT ? sizeof(rpy_dict)
                                          : rpy_gc_object_size(h);
    size = size < 16 ? 16 : (size + 7) & ~(size_t)7;
    rpy_hdr *copy = old_malloc(size);
    uint32_t size_class = copy->gcflags;
    /* Word by word: objects are small and sizes multiples of 8. */
    for (size_t w = 0; w < size / 8; w++)
        ((uint64_t *)copy)[w] = ((const uint64_t *)h)[w];
    /* Old now, and not remembered: its next reference store must be. */
    copy->gcflags |= size_class | RPY_GCFLAG_NEEDS_BARRIER;
    push(&old_objects, &n_old, &cap_old, copy);
    old_allocated_since += (int64_t)size;
    h->gcflags |= GCFLAG_FORWARDED;
    *forward_slot(h) = copy;
    *slot = copy;
    if (kind == RPY_KIND_LIST && is_young(((rpy_list *)copy)->items)) {
        /* A surviving list's items leave the nursery with it. */
        rpy_list *l = (rpy_list *)copy;
        size_t bytes = (size_t)l->cap * sizeof(rpy_word);
        rpy_word *items = malloc(bytes);
        if (!items)
            rpy_fatal("MemoryError");
        memcpy(items, l->items, bytes);
        l->items = items;
        old_allocated_since += (int64_t)bytes;
    }
    /* Strings, the most common survivors, hold no references to trace. */
    if (kind != RPY_KIND_STR && kind != RPY_KIND_BYTES && kind != RPY_KIND_RANGE)
        push(&work, &n_work, &cap_work, copy);
}

/* Evacuates what an old or just evacuated object references; of a dict only
 * the entries written since the last minor collection (dirty_from). */
static void trace_for_minor(rpy_hdr *h) {
    const rpy_typeinfo *ti = &rpy_typeinfo_table[h->tid];
    if (ti->kind != RPY_KIND_DICT) {
        rpy_gc_trace_inline(h, evacuate);
        return;
    }
    rpy_dict *d = (rpy_dict *)h;
    for (int64_t e = d->dirty_from; e < d->used; e++) {
        if (!d->entries[e].live)
            continue;
        if (ti->a->is_ref)
            evacuate(&d->entries[e].key.p);
        if (ti->b->is_ref)
            evacuate(&d->entries[e].value.p);
    }
    d->dirty_from = d->used;
}

static void minor_collection(void) {
    rpy_gc_visit_roots(evacuate);
    for (size_t i = 0; i < n_remembered; i++) {
        rpy_hdr *h = remembered[i];
        h->gcflags = (h->gcflags & ~GCFLAG_REMEMBERED) | RPY_GCFLAG_NEEDS_BARRIER;

        trace_for_minor(h);
    }
    n_remembered = 0;
    while (n_work > 0)
        trace_for_minor(work[--n_work]);
    for (size_t i = 0; i < n_ywb; i++) {
        rpy_hdr *h = young_with_buffers[i];
        if (!(h->gcflags & GCFLAG_FORWARDED))
            rpy_gc_free_buffers(h);
    }
    n_ywb = 0;
    memset(nursery, 0, (size_t)(nursery_top - nursery));
    nursery_top = nursery;
}

/* ---- major collection (nursery empty) ---- */

/* Marking: a reference is pushed unexamined; its header is fetched when it
 * leaves the stack and examined a few objects later, so the scattered
 * headers arrive while other objects are traced. */
#define MARK_AHEAD 8

static void push_unmarked(void **slot) {
    if (*slot)
        push(&work, &n_work, &cap_work, *slot);
}

static void mark_from_work(void) {
    rpy_hdr *ring[MARK_AHEAD];
    size_t first = 0, count = 0;
    while (n_work > 0 || count > 0) {
        while (count < MARK_AHEAD && n_work > 0) {
            rpy_hdr *p = work[--n_work];
            __builtin_prefetch(p, 1);
            ring[(first + count) % MARK_AHEAD] = p;
            count++;
        }
        rpy_hdr *h = ring[first];
        first = (first + 1) % MARK_AHEAD;
        count--;
        if (h->gcflags & (RPY_GCFLAG_MARK | RPY_GCFLAG_STATIC))
            continue;
        h->gcflags |= RPY_GCFLAG_MARK;
        rpy_gc_trace_inline(h, push_unmarked);
    }
}

/* How many objects ahead the sweep fetches headers. */
#define SWEEP_PREFETCH 16

static void major_collection(void) {
    rpy_gc_visit_roots(push_unmarked);
    mark_from_work();
    size_t kept = 0;
    int64_t live = 0;
    for (size_t i = 0; i < n_old; i++) {
        /* The objects are scattered: each header read would be a miss. */
        if (i + SWEEP_PREFETCH < n_old)
            __builtin_prefetch(old_objects[i + SWEEP_PREFETCH], 1);
        rpy_hdr *h = old_objects[i];
        if (h->gcflags & RPY_GCFLAG_MARK) {
            h->gcflags &= ~RPY_GCFLAG_MARK;
            live += (int64_t)rpy_gc_object_size(h);
            old_objects[kept++] = h;
        } else {
            rpy_gc_free_buffers(h);
            old_free(h);

        }
    }
    n_old = kept;
    old_allocated_since = 0;
    major_threshold = live > MIN_MAJOR_THRESHOLD ? live : MIN_MAJOR_THRESHOLD;
}

void rpy_gc_collect(void) {
    rpy_gc_requested = 0;
    rpy_gc_cycles++;
    minor_collection();
    if (old_allocated_since > major_threshold)
        major_collection();
}
