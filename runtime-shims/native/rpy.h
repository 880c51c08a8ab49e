/* The native runtime of the RPython toolchain: object layout, the shadow
 * stack, exceptions and the interface between generated code, the runtime
 * library and the garbage collector.
 *
 * Every GC object starts with one header word (rpy_hdr): a type id indexing
 * rpy_typeinfo_table (emitted per program) and GC flags.  Values stored in
 * lists, dicts, tuples and instance fields use 8-byte slots (rpy_word) whose
 * member is chosen statically by the emitter from the slot's type.
 *
 * Exceptions are checked return paths: a raising operation sets rpy_exc and
 * returns a dummy value; generated code tests rpy_exc after every operation
 * that may raise.  No setjmp/longjmp anywhere.
 *
 * GC roots are precise: a generated function keeps references in C locals
 * and stores the live ones to the shadow stack (rpy_ss_top) around every
 * point where a collection may run (safepoints, calls that may reach one);
 * runtime functions that hold a fresh object across another allocation push
 * it there too. */

#ifndef RPY_H
#define RPY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define RPY_UNLIKELY(x) __builtin_expect(!!(x), 0)
#define RPY_LIKELY(x) __builtin_expect(!!(x), 1)

typedef struct {
    uint32_t tid;
    uint32_t gcflags;
} rpy_hdr;

/* Objects that live in static storage (string constants): never freed, never
 * traced (they hold no references). */
#define RPY_GCFLAG_STATIC 1u
#define RPY_GCFLAG_MARK 2u

typedef union {
    int64_t i;
    double f;
    void *p;
} rpy_word;

static inline rpy_word rpy_wi(int64_t i) { rpy_word w; w.i = i; return w; }
static inline rpy_word rpy_wf(double f) { rpy_word w; w.f = f; return w; }
static inline rpy_word rpy_wp(void *p) { rpy_word w; w.p = p; return w; }

/* Immutable text (UTF-8, `len` bytes, `cplen` code points) and bytes (same
 * layout, cplen == len).  `hash` caches the string hash (0: not computed). */
typedef struct {
    rpy_hdr h;
    int64_t len;
    int64_t cplen;
    int64_t hash;
    char data[];
} rpy_str;

typedef struct {
    rpy_hdr h;
    int64_t len;
    int64_t cap;
    rpy_word *items; /* malloc'd, owned by the list */
} rpy_list;

typedef struct {
    rpy_hdr h;
    rpy_word items[];
} rpy_tuple;

typedef struct rpy_vtable {
    /* Preorder number of the class and the last of its subclasses: an
     * isinstance test is a range check. */
    uint32_t cid, cid_last;
    void *name; /* static rpy_str: the class name as Python prints it */
    void *const *methods;
} rpy_vtable;

typedef struct {
    rpy_hdr h;
    const rpy_vtable *vt;
    rpy_word f[];
} rpy_inst;

typedef struct {
    rpy_hdr h;
    int64_t start, stop, step;
} rpy_range;

/* Ordered dict: `entries` in insertion order (deleted ones have live == 0),
 * `index` an open-addressing table of entry numbers (-1 empty, -2 deleted). */
typedef struct {
    int64_t hash;
    int64_t live; /* nonzero while live; for short str keys, the key (dict.c) */
    rpy_word key, value;
} rpy_dentry;

typedef struct {
    rpy_hdr h;
    int64_t len;  /* live entries */
    int64_t used; /* entries[0..used) */
    int64_t cap;  /* capacity of entries */
    int64_t mask; /* index has mask + 1 slots */
    int32_t *index; /* entry numbers fit: a dict holds < 2^31 entries */
    rpy_dentry *entries;
    /* Entries before this one are unchanged since the last minor collection
     * traced them: a big old dict updated between collections is traced
     * only from here (generational GC). */
    int64_t dirty_from;
    /* What the last lookup found for the key object last_key, while no
     * collection ran since (rpy_gc_cycles == last_cycle): its entry
     * (last_found, or -1), or the index slot it would go to (last_free, or
     * -1).  So `d[k] = d.get(k, 0) + 1` stores without probing again.
     * Entries moving or dying reset last_found, any change of the index
     * last_free. */
    int64_t last_found;
    int64_t last_free;
    void *last_key;
    int64_t last_cycle;
} rpy_dict;

typedef struct {
    rpy_hdr h;
    void *seq; /* the list, str, bytes or dict walked (NULL for ranges) */
    int64_t pos, stop, step;
} rpy_iter;

/* Per-type behaviour of slot values, emitted per program for every type that
 * is a list item, dict key/value or tuple field. */
typedef struct rpy_sb rpy_sb;
typedef struct {
    bool is_ref;
    bool (*eq)(rpy_word, rpy_word);
    int64_t (*hash)(rpy_word);
    int (*cmp)(rpy_word, rpy_word); /* -1, 0, 1 */
    void (*repr)(rpy_sb *, rpy_word);
    /* str or bytes (possibly None): dicts and sorts then hash and compare
     * the bytes inline instead of calling eq/hash/cmp per item. */
    bool is_text;
} rpy_tdesc;

enum {
    RPY_KIND_STR,
    RPY_KIND_BYTES,
    RPY_KIND_RANGE,
    RPY_KIND_ITER,
    RPY_KIND_LIST,
    RPY_KIND_DICT,
    RPY_KIND_TUPLE,
    RPY_KIND_INST,
};

/* How the GC sees the objects of one type id. */
typedef struct {
    uint8_t kind;
    uint32_t nslots;             /* tuple items / instance fields */
    uint32_t nrefs;              /* how many of the slots hold references */
    const uint32_t *ref_slots;   /* their indices */
    const rpy_tdesc *a, *b;      /* list item; dict key and value */
} rpy_typeinfo;

#define RPY_TID_STR 0
#define RPY_TID_BYTES 1
#define RPY_TID_RANGE 2
#define RPY_TID_ITER 3

/* ---- emitted per program ---- */
extern const rpy_typeinfo rpy_typeinfo_table[];
extern const rpy_vtable *const rpy_builtin_exc[];
extern const int rpy_message_slot;
extern void *rpy_prebuilt[];
extern const size_t rpy_prebuilt_count;
extern const uint32_t rpy_tid_list_str; /* the type id of argv */
void rpy_init_prebuilt(void);
int64_t rpy_entry(void *argv);

/* Built-in exceptions the runtime raises (index into rpy_builtin_exc). */
enum {
    RPY_EXC_ZeroDivisionError,
    RPY_EXC_IndexError,
    RPY_EXC_KeyError,
    RPY_EXC_ValueError,
    RPY_EXC_OverflowError,
    RPY_EXC_StopIteration,
    RPY_EXC_TypeError,
    RPY_EXC_OSError,
    RPY_EXC_RecursionError,
    RPY_EXC_MemoryError,
    RPY_EXC_AttributeError,
    RPY_EXC_UnicodeDecodeError,
    RPY_EXC_COUNT
};
extern const char *const rpy_exc_names[RPY_EXC_COUNT];

/* ---- GC interface (one module per collector) ---- */
void rpy_gc_init(void);
/* A zeroed object of `size` bytes with type id `tid`; NULL with MemoryError
 * pending on failure. */
void *rpy_gc_alloc(uint32_t tid, size_t size);
/* Malloc'd memory owned by GC objects (list items, dict tables) counts
 * toward the next collection. */
void rpy_gc_note_external(int64_t bytes);
void rpy_gc_collect(void);
/* A zeroed item array of `bytes` for list `owner`.  The generational
 * collector takes small ones of young lists from the nursery: nothing to
 * free when the list dies young (most do), moved to malloc'd memory when
 * it survives.  Others are malloc'd (and counted as external memory). */
rpy_word *rpy_gc_alloc_items(void *owner, size_t bytes);
/* Whether `items` came from the nursery (then never realloc'd or freed). */
bool rpy_gc_items_in_nursery(const rpy_word *items);
/* Set by a collector that wants to collect (possibly moving objects) at the
 * next safepoint: a loop header or the entry of a recursive function of
 * generated code, which then spills its live references to the shadow
 * stack and calls rpy_gc_collect.  Nothing else collects, so runtime code
 * may hold raw pointers across allocations. */
extern int rpy_gc_requested;
/* Collections so far: an address seen before one may hold another object now. */
extern int64_t rpy_gc_cycles;
/* Set by a collector on the objects whose next reference store it must
 * hear about (generational: old objects not yet remembered). */
#define RPY_GCFLAG_NEEDS_BARRIER 16u
void rpy_gc_remember(void *obj);
/* Called before storing a reference into an existing object: one flag test
 * inline, the collector's slow path out of line. */
static inline void rpy_gc_write_barrier(void *obj) {
    if (RPY_UNLIKELY(((rpy_hdr *)obj)->gcflags & RPY_GCFLAG_NEEDS_BARRIER))
        rpy_gc_remember(obj);
}

/* Shared by collectors: calls `visit` on each reference slot of `obj`, and
 * frees the malloc'd buffers of an object that dies. */
void rpy_gc_trace(void *obj, void (*visit)(void **slot));
void rpy_gc_free_buffers(void *obj);
size_t rpy_gc_object_size(void *obj);
void rpy_gc_visit_roots(void (*visit)(void **slot));

/* ---- shadow stack, recursion limit, exceptions ---- */
extern void **rpy_ss_base, **rpy_ss_top, **rpy_ss_limit;
extern void *rpy_exc; /* the pending exception instance, or NULL */
extern int64_t rpy_depth;
/* The graph interpreter's limit (lltype::interp::MAX_DEPTH), so deep but
 * finite recursion behaves the same on every backend. */
#define RPY_MAX_DEPTH 20000

#define RPY_PUSH_ROOT(x) (*rpy_ss_top++ = (void *)(x))
#define RPY_POP_ROOTS(n) (rpy_ss_top -= (n))

/* Counts a call of a generated function that has safepoints toward the
 * recursion limit; false (with RecursionError pending) when it is reached.
 * Such a function spills live references to rpy_ss_top[0..k) around a call
 * or a collection and moves rpy_ss_top past them only meanwhile, so its
 * slots are always written before the collector can see them. */
bool rpy_enter_slow(void);
static inline bool rpy_enter(void) {
    if (RPY_UNLIKELY(++rpy_depth > RPY_MAX_DEPTH)) {
        rpy_depth--;
        rpy_enter_slow();
        return false;
    }
    return true;
}
static inline void rpy_leave(void) { rpy_depth--; }
/* The most references one generated function spills at once (emitted per
 * program): the shadow stack holds RPY_MAX_DEPTH such frames. */
extern const size_t rpy_max_spill;

void rpy_raise(int which, void *message);
void rpy_raise_msg(int which, const char *message);
void rpy_raise_obj(void *exc);
__attribute__((noreturn)) void rpy_fatal(const char *what);

static inline bool rpy_isinst(void *obj, uint32_t lo, uint32_t hi) {
    if (!obj)
        return false;
    uint32_t c = ((rpy_inst *)obj)->vt->cid;
    return c >= lo && c <= hi;
}

/* ---- string builder (malloc'd; never allocates GC memory) ---- */
struct rpy_sb {
    char *buf;
    size_t len, cap;
};
void rpy_sb_init(rpy_sb *sb);
void rpy_sb_free(rpy_sb *sb);
void rpy_sb_grow(rpy_sb *sb, size_t n); /* room for n more bytes */
static inline void rpy_sb_put(rpy_sb *sb, const char *s, size_t n) {
    if (RPY_UNLIKELY(sb->len + n > sb->cap))
        rpy_sb_grow(sb, n);
    memcpy(sb->buf + sb->len, s, n);
    sb->len += n;
}
static inline void rpy_sb_puts(rpy_sb *sb, const char *s) { rpy_sb_put(sb, s, strlen(s)); }
void rpy_sb_int(rpy_sb *sb, int64_t v);
void rpy_sb_uint(rpy_sb *sb, uint64_t v);
void rpy_sb_float(rpy_sb *sb, double v);
void rpy_sb_str_repr(rpy_sb *sb, rpy_str *s);
void rpy_sb_bytes_repr(rpy_sb *sb, rpy_str *s);
/* A new str from the builder's content (frees the builder). */
void *rpy_sb_finish(rpy_sb *sb);

/* ---- numbers ---- */
/* Floor division, modulo and shifts: the common operands inline (folded
 * when the right operand is a constant), the rest (zero, -1, negative or
 * huge counts) in numbers.c. */
int64_t rpy_int_floordiv_full(int64_t a, int64_t b);
int64_t rpy_int_mod_full(int64_t a, int64_t b);
int64_t rpy_int_lshift_full(int64_t a, int64_t b);
int64_t rpy_int_rshift_full(int64_t a, int64_t b);
static inline int64_t rpy_int_floordiv(int64_t a, int64_t b) {
    if (RPY_UNLIKELY(b == 0 || b == -1))
        return rpy_int_floordiv_full(a, b);
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q -= 1;
    return q;
}
static inline int64_t rpy_int_mod(int64_t a, int64_t b) {
    if (RPY_UNLIKELY(b == 0 || b == -1))
        return rpy_int_mod_full(a, b);
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}
static inline int64_t rpy_int_lshift(int64_t a, int64_t b) {
    if (RPY_UNLIKELY((uint64_t)b >= 64))
        return rpy_int_lshift_full(a, b);
    return (int64_t)((uint64_t)a << b);
}
static inline int64_t rpy_int_rshift(int64_t a, int64_t b) {
    if (RPY_UNLIKELY((uint64_t)b >= 64))
        return rpy_int_rshift_full(a, b);
    return a >> b;
}
int64_t rpy_int_pow(int64_t a, int64_t b);

int64_t rpy_int_add_ovf(int64_t a, int64_t b);
int64_t rpy_int_sub_ovf(int64_t a, int64_t b);
int64_t rpy_int_mul_ovf(int64_t a, int64_t b);
int64_t rpy_uint_floordiv(int64_t a, int64_t b);
int64_t rpy_uint_mod(int64_t a, int64_t b);
double rpy_float_truediv(double a, double b);
double rpy_float_floordiv(double a, double b);
double rpy_float_mod(double a, double b);
double rpy_float_pow(double a, double b);
int64_t rpy_float_to_int(double x);
int64_t rpy_int_hash(int64_t i);
/* Decimal digits of a (with a leading '-' for negative v) at out, which
 * has room for 20 (21) bytes; the count written. */
int rpy_write_decimal(char *out, uint64_t a);
int rpy_write_int(char *out, int64_t v);
int64_t rpy_float_hash(double f);
double rpy_f64_from_bits(uint64_t bits);
void rpy_float_repr_buf(double x, char *out); /* out: >= 32 bytes */
void *rpy_int_to_str(int64_t v);
void *rpy_uint_to_str(int64_t v);
void *rpy_float_to_str(double v);
int64_t rpy_str_to_int(void *s);
double rpy_str_to_float(void *s);
double rpy_math1(int fn, double x);
double rpy_math_pow(double x, double y);
double rpy_math_atan2(double y, double x);
int64_t rpy_math_floor(double x);
int64_t rpy_math_ceil(double x);
double rpy_time_time(void);

/* ---- format(value, spec): the spec is a translation-time constant ---- */
typedef struct {
    uint32_t fill;     /* code point */
    char align;        /* '<', '>', '^', '=' or 0 for the type's default */
    bool plus, zero_pad;
    int64_t width;
    int64_t precision; /* -1: none */
    char kind;         /* presentation type or 0 */
} rpy_fmtspec;
void *rpy_format_int(int64_t v, const rpy_fmtspec *spec);
void *rpy_format_bool(bool v, const rpy_fmtspec *spec);
void *rpy_format_float(double v, const rpy_fmtspec *spec);
void *rpy_format_str(void *s, const rpy_fmtspec *spec);

/* ---- Unicode tables (emitted per program, empty when unused) ---- */
typedef struct {
    uint32_t lo, hi;
} rpy_urange;
typedef struct {
    uint32_t cp;
    const char *to; /* UTF-8 */
} rpy_umap;
extern const rpy_urange rpy_uc_printable[], rpy_uc_alpha[], rpy_uc_digit[], rpy_uc_ignorable[],
    rpy_uc_cased[];
extern const size_t rpy_uc_printable_n, rpy_uc_alpha_n, rpy_uc_digit_n, rpy_uc_ignorable_n, rpy_uc_cased_n;
extern const rpy_umap rpy_uc_upper[], rpy_uc_lower[], rpy_uc_title[];
extern const size_t rpy_uc_upper_n, rpy_uc_lower_n, rpy_uc_title_n;

/* ---- str and bytes ---- */
void *rpy_str_new(const char *data, int64_t len);
/* The same when the code-point count is known (cplen == len: ASCII). */
void *rpy_str_new_cp(const char *data, int64_t len, int64_t cplen);
/* A str of `len` bytes for the caller to fill (zeroed; cplen as given). */
void *rpy_str_alloc(int64_t len, int64_t cplen);
void *rpy_bytes_new(const char *data, int64_t len);
void *rpy_str_concat(void *a, void *b);
/* parts[0] + ... + parts[n-1] in one allocation (a fused chain of +). */
void *rpy_str_concat_n(int n, void *const *parts);
void *rpy_str_mul(void *s, int64_t n);
bool rpy_str_eq(void *a, void *b);
int rpy_str_cmp(void *a, void *b);
int64_t rpy_str_hash(void *s);
void *rpy_str_getitem(void *s, int64_t i);
void *rpy_str_slice(void *s, int64_t start, int64_t stop);
bool rpy_str_contains(void *hay, void *needle);
int64_t rpy_str_find(void *s, void *sub, int64_t start, int64_t end);
int64_t rpy_str_rfind(void *s, void *sub, int64_t start, int64_t end);
int64_t rpy_str_count(void *s, void *sub);
bool rpy_str_startswith(void *s, void *p);
bool rpy_str_endswith(void *s, void *p);
void *rpy_str_join(void *sep, void *list);
void *rpy_str_split(void *s, void *sep, uint32_t list_tid);
void *rpy_str_strip(void *s, void *chars, int which);
void *rpy_str_replace(void *s, void *old, void *new_);
void *rpy_str_upper(void *s);
void *rpy_str_lower(void *s);
void *rpy_str_capitalize(void *s);
bool rpy_str_isdigit(void *s);
bool rpy_str_isalpha(void *s);
bool rpy_str_isspace(void *s);
int64_t rpy_str_ord(void *s);
void *rpy_chr(int64_t i);
void *rpy_str_repr(void *s);
void *rpy_str_encode_utf8(void *s);
void *rpy_bytes_decode_utf8(void *b);
int64_t rpy_bytes_getitem(void *b, int64_t i);
void *rpy_bytes_concat(void *a, void *b);
bool rpy_bytes_eq(void *a, void *b);
void *rpy_bytes_slice(void *b, int64_t start, int64_t stop);
int64_t rpy_char_at(rpy_str *s, int64_t byte_pos, int64_t *next); /* decodes one code point */
void rpy_slice_bounds(int64_t len, int64_t *start, int64_t *stop);

/* ---- lists, tuples, dicts, ranges, iterators ---- */
extern rpy_word rpy_no_items[1];
void *rpy_list_new(uint32_t tid, int64_t len);

void rpy_list_resize(rpy_list *l, int64_t len);
rpy_word rpy_list_getitem_slow(void *l, int64_t i);
void rpy_list_setitem_slow(void *l, int64_t i, rpy_word v);
/* A negative index counted from the end, or IndexError (its message for an
 * assignment when `assignment`): for indexes outside [0, len). */
int64_t rpy_list_index_slow(int64_t len, int64_t i, bool assignment);
/* Indexing is inline for the common in-range, non-negative case. */
static inline rpy_word rpy_list_getitem(void *lv, int64_t i) {
    rpy_list *l = lv;
    if (RPY_LIKELY((uint64_t)i < (uint64_t)l->len))
        return l->items[i];
    return rpy_list_getitem_slow(lv, i);
}
static inline void rpy_list_setitem(void *lv, int64_t i, rpy_word v) {
    rpy_list *l = lv;
    if (RPY_LIKELY((uint64_t)i < (uint64_t)l->len)) {
        rpy_gc_write_barrier(l);
        l->items[i] = v;
        return;
    }
    rpy_list_setitem_slow(lv, i, v);
}
void rpy_list_delitem(void *l, int64_t i);
/* Appending is inline while the list has room. */
void rpy_list_append_grow(void *l, rpy_word v);
static inline void rpy_list_append(void *lv, rpy_word v) {
    rpy_list *l = lv;
    if (RPY_LIKELY(l->len < l->cap)) {
        rpy_gc_write_barrier(l);
        l->items[l->len++] = v;
        return;
    }
    rpy_list_append_grow(lv, v);
}
rpy_word rpy_list_pop(void *l, int64_t i);
void rpy_list_insert(void *l, int64_t i, rpy_word v);
void rpy_list_extend(void *l, void *other);
void rpy_list_reverse(void *l);
void *rpy_list_slice(void *l, int64_t start, int64_t stop);
int64_t rpy_list_index(void *l, rpy_word v);
void rpy_list_remove(void *l, rpy_word v);
int64_t rpy_list_count(void *l, rpy_word v);
bool rpy_list_contains(void *l, rpy_word v);
void rpy_list_sort(void *l);
/* Sorts n str (or bytes) items by bytes, stably (text_sort.c). */
void rpy_text_sort(rpy_word *items, int64_t n);
void *rpy_list_concat(void *a, void *b);
void *rpy_list_mul(void *l, int64_t n);
void *rpy_list_repeat(uint32_t tid, rpy_word item, int64_t n);
rpy_word rpy_list_minmax(void *l, bool want_max);
void *rpy_tuple_new(uint32_t tid, size_t n);
void *rpy_inst_new(uint32_t tid, const rpy_vtable *vt, size_t nslots);
void *rpy_range_new(int64_t start, int64_t stop, int64_t step);
/* One step of a range iteration (position *pos): false when exhausted.  A
 * step that wraps around past the stop ends the iteration next time. */
static inline bool rpy_range_next(int64_t *pos, int64_t stop, int64_t step, int64_t *out) {
    int64_t v = *pos;
    if (step > 0 ? v >= stop : v <= stop)
        return false;
    int64_t next = (int64_t)((uint64_t)v + (uint64_t)step);
    if (step > 0 ? next < v : next > v)
        next = stop;
    *pos = next;
    *out = v;
    return true;
}
/* range() of a range held in C locals: only the step can be wrong. */
void rpy_range_check_step(int64_t step);
void rpy_raise_stop_iteration(void);

int64_t rpy_range_len(void *r);
void *rpy_iter_new(void *seq, int kind);
rpy_word rpy_iter_next(void *it, int kind);
/* The next item into *out, or false when exhausted (raising nothing). */
bool rpy_iter_step(void *it, int kind, rpy_word *out);
/* The same for a list iterator, inline (for loops over lists). */
static inline bool rpy_iter_step_list(void *itv, rpy_word *out) {
    rpy_iter *it = itv;
    rpy_list *l = it->seq;
    if (it->pos >= l->len)
        return false;
    *out = l->items[it->pos++];
    return true;
}


void *rpy_range_to_list(void *r, uint32_t tid);
void *rpy_str_to_list(void *s, uint32_t tid);
void *rpy_bytes_to_list(void *s, uint32_t tid);
void *rpy_list_copy(void *l);
void *rpy_dict_keys_list(void *d, uint32_t tid);
void *rpy_dict_values_list(void *d, uint32_t tid);
void *rpy_dict_items_list(void *d, uint32_t list_tid, uint32_t tuple_tid);
void *rpy_enumerate(void *l, uint32_t list_tid, uint32_t tuple_tid);
void *rpy_zip(void *a, void *b, uint32_t list_tid, uint32_t tuple_tid);
enum { RPY_ITER_LIST, RPY_ITER_STR, RPY_ITER_BYTES, RPY_ITER_RANGE, RPY_ITER_DICTKEYS,
       RPY_ITER_DICTITEMS };
/* An iterator over d's (key, value) pairs, each a new tuple of type id
 * tuple_tid (`for k, v in d.items()` without the list). */
void *rpy_dict_items_iter(void *d, uint32_t tuple_tid);

void *rpy_dict_new(uint32_t tid);
void rpy_dict_setitem(void *d, rpy_word k, rpy_word v);
rpy_word rpy_dict_getitem(void *d, rpy_word k);
bool rpy_dict_lookup(void *d, rpy_word k, rpy_word *out);
void rpy_dict_delitem(void *d, rpy_word k);
bool rpy_dict_contains(void *d, rpy_word k);
rpy_word rpy_dict_get(void *d, rpy_word k, rpy_word dflt);
rpy_word rpy_dict_pop(void *d, rpy_word k, bool has_default, rpy_word dflt);
rpy_word rpy_dict_setdefault(void *d, rpy_word k, rpy_word dflt);
rpy_word rpy_dict_setdefault_new_list(void *d, rpy_word k, uint32_t list_tid);
void rpy_dict_clear(void *d);
void *rpy_dict_copy(void *d);
void rpy_raise_key_error(const rpy_tdesc *kd, rpy_word k);

/* ---- generic helpers over type descriptors ---- */
bool rpy_list_eq(void *a, void *b);
int rpy_list_cmp(void *a, void *b);
void rpy_list_repr(rpy_sb *sb, void *l);
void rpy_dict_repr(rpy_sb *sb, void *d);
bool rpy_dict_eq(void *a, void *b);
void *rpy_repr_to_str(void (*repr)(rpy_sb *, rpy_word), rpy_word v);

/* ---- I/O ---- */
void rpy_write_stdout(void *s);
void rpy_flush_stdout(void);
int64_t rpy_os_write(int64_t fd, void *data);
void *rpy_os_read(int64_t fd, int64_t n);
int64_t rpy_os_open(void *path, int64_t flags, int64_t mode);
void rpy_os_close(int64_t fd);

#endif
