/* Lists (a header plus a malloc'd array of 8-byte slots), tuples, instances,
 * ranges and iterators.  Item behaviour (equality, order, repr) comes from the
 * type descriptor of the list's type id. */
#include "rpy.h"
#include "text.h"
#include "merge_sort.h"

static const rpy_tdesc *item_desc(void *l) {
    return rpy_typeinfo_table[((rpy_hdr *)l)->tid].a;
}

/* The item array of every list of capacity 0: `[]` costs no malloc (and
 * no free when it dies young), and is never a null pointer. */
rpy_word rpy_no_items[1];

void *rpy_list_new(uint32_t tid, int64_t len) {
    rpy_list *l = rpy_gc_alloc(tid, sizeof(rpy_list));
    if (!l)
        return NULL;
    if (len == 0) {
        l->items = rpy_no_items;
        return l;
    }
    int64_t cap = len < 4 ? 4 : len;
    l->items = rpy_gc_alloc_items(l, (size_t)cap * sizeof(rpy_word));
    l->cap = cap;
    l->len = len;
    return l;
}

void rpy_list_resize(rpy_list *l, int64_t len) {
    if (len > l->cap) {
        int64_t cap = l->cap * 2;
        if (cap < 4)
            cap = 4;
        if (cap < len)
            cap = len;
        size_t bytes = (size_t)cap * sizeof(rpy_word);
        rpy_word *items;
        if (l->cap == 0 || rpy_gc_items_in_nursery(l->items)) {
            items = rpy_gc_alloc_items(l, bytes);
            memcpy(items, l->items, (size_t)l->cap * sizeof(rpy_word));
        } else {
            items = realloc(l->items, bytes);
            if (!items)
                rpy_fatal("MemoryError");
            memset(items + l->cap, 0, (size_t)(cap - l->cap) * sizeof(rpy_word));
            rpy_gc_note_external((cap - l->cap) * (int64_t)sizeof(rpy_word));
        }
        l->items = items;
        l->cap = cap;
    }
    if (len < l->len)
        memset(l->items + len, 0, (size_t)(l->len - len) * sizeof(rpy_word));
    l->len = len;
}

rpy_word rpy_list_getitem_slow(void *lv, int64_t i) {
    rpy_list *l = lv;
    if (i < 0)
        i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        rpy_raise_msg(RPY_EXC_IndexError, "list index out of range");
        return rpy_wi(0);
    }
    return l->items[i];
}

void rpy_list_setitem_slow(void *lv, int64_t i, rpy_word v) {
    rpy_list *l = lv;
    if (i < 0)
        i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        rpy_raise_msg(RPY_EXC_IndexError, "list assignment index out of range");
        return;
    }
    rpy_gc_write_barrier(l);
    l->items[i] = v;
}

int64_t rpy_list_index_slow(int64_t len, int64_t i, bool assignment) {
    if (i < 0)
        i += len;
    if ((uint64_t)i >= (uint64_t)len) {
        rpy_raise_msg(RPY_EXC_IndexError, assignment ? "list assignment index out of range"
                                                     : "list index out of range");
        return 0;
    }
    return i;
}

void rpy_list_delitem(void *lv, int64_t i) {
    rpy_list *l = lv;
    if (i < 0)
        i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        rpy_raise_msg(RPY_EXC_IndexError, "list assignment index out of range");
        return;
    }
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(rpy_word));
    rpy_list_resize(l, l->len - 1);
}

void rpy_list_append_grow(void *lv, rpy_word v) {
    rpy_list *l = lv;
    rpy_gc_write_barrier(l);
    rpy_list_resize(l, l->len + 1);
    l->items[l->len - 1] = v;
}

rpy_word rpy_list_pop(void *lv, int64_t i) {
    rpy_list *l = lv;
    if (l->len == 0) {
        rpy_raise_msg(RPY_EXC_IndexError, "pop from empty list");
        return rpy_wi(0);
    }
    if (i < 0)
        i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        rpy_raise_msg(RPY_EXC_IndexError, "pop index out of range");
        return rpy_wi(0);
    }
    rpy_word v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(rpy_word));
    rpy_list_resize(l, l->len - 1);
    return v;
}

void rpy_list_insert(void *lv, int64_t i, rpy_word v) {
    rpy_list *l = lv;
    if (i < 0) {
        i += l->len;
        if (i < 0)
            i = 0;
    }
    if (i > l->len)
        i = l->len;
    rpy_gc_write_barrier(l);
    rpy_list_resize(l, l->len + 1);
    memmove(l->items + i + 1, l->items + i, (size_t)(l->len - 1 - i) * sizeof(rpy_word));
    l->items[i] = v;
}

void rpy_list_extend(void *lv, void *ov) {
    rpy_list *l = lv, *o = ov;
    int64_t n = o->len, old = l->len;
    rpy_gc_write_barrier(l);
    rpy_list_resize(l, old + n);
    memmove(l->items + old, o->items, (size_t)n * sizeof(rpy_word));
}

void rpy_list_reverse(void *lv) {
    rpy_list *l = lv;
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        rpy_word t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

void *rpy_list_slice(void *lv, int64_t start, int64_t stop) {
    rpy_list *l = lv;
    rpy_slice_bounds(l->len, &start, &stop);
    rpy_list *r = rpy_list_new(l->h.tid, stop - start);
    if (!r)
        return NULL;
    memcpy(r->items, l->items + start, (size_t)(stop - start) * sizeof(rpy_word));
    return r;
}

void *rpy_list_copy(void *lv) {
    rpy_list *l = lv;
    return rpy_list_slice(l, 0, l->len);
}

int64_t rpy_list_index(void *lv, rpy_word v) {
    rpy_list *l = lv;
    const rpy_tdesc *d = item_desc(l);
    for (int64_t i = 0; i < l->len; i++)
        if (d->eq(l->items[i], v))
            return i;
    rpy_raise_msg(RPY_EXC_ValueError, "list.index(x): x not in list");
    return 0;
}

void rpy_list_remove(void *lv, rpy_word v) {
    rpy_list *l = lv;
    const rpy_tdesc *d = item_desc(l);
    for (int64_t i = 0; i < l->len; i++)
        if (d->eq(l->items[i], v)) {
            rpy_list_delitem(l, i);
            return;
        }
    rpy_raise_msg(RPY_EXC_ValueError, "list.remove(x): x not in list");
}

int64_t rpy_list_count(void *lv, rpy_word v) {
    rpy_list *l = lv;
    const rpy_tdesc *d = item_desc(l);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++)
        n += d->eq(l->items[i], v);
    return n;
}

bool rpy_list_contains(void *lv, rpy_word v) {
    rpy_list *l = lv;
    const rpy_tdesc *d = item_desc(l);
    for (int64_t i = 0; i < l->len; i++)
        if (d->eq(l->items[i], v))
            return true;
    return false;
}

#define DESC_LESS(x, y) (d->cmp((x), (y)) < 0)
DEFINE_MERGE_SORT(merge_sort, rpy_word, DESC_LESS, const rpy_tdesc *, d)

void rpy_list_sort(void *lv) {
    rpy_list *l = lv;
    if (l->len < 2)
        return;
    const rpy_tdesc *d = item_desc(l);
    if (d->is_text && l->len <= (int64_t)UINT32_MAX) {
        rpy_text_sort(l->items, l->len);
        return;
    }
    rpy_word *tmp = malloc((size_t)(l->len / 2 + 1) * sizeof(rpy_word));
    if (!tmp)
        rpy_fatal("MemoryError");
    merge_sort(l->items, tmp, l->len, d);
    free(tmp);
}

void *rpy_list_concat(void *av, void *bv) {
    rpy_list *a = av, *b = bv;
    rpy_list *r = rpy_list_new(a->h.tid, a->len + b->len);
    if (!r)
        return NULL;
    memcpy(r->items, a->items, (size_t)a->len * sizeof(rpy_word));
    memcpy(r->items + a->len, b->items, (size_t)b->len * sizeof(rpy_word));
    return r;
}

void *rpy_list_mul(void *lv, int64_t n) {
    rpy_list *l = lv;
    if (n < 0)
        n = 0;
    rpy_list *r = rpy_list_new(l->h.tid, l->len * n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        memcpy(r->items + k * l->len, l->items, (size_t)l->len * sizeof(rpy_word));
    return r;
}

void *rpy_list_repeat(uint32_t tid, rpy_word item, int64_t n) {
    if (n < 0)
        n = 0;
    rpy_list *r = rpy_list_new(tid, n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        r->items[k] = item;
    return r;
}

bool rpy_list_eq(void *av, void *bv) {
    rpy_list *a = av, *b = bv;
    if (a == b)
        return true;
    if (!a || !b || a->len != b->len)
        return false;
    const rpy_tdesc *d = item_desc(a);
    for (int64_t i = 0; i < a->len; i++)
        if (!d->eq(a->items[i], b->items[i]))
            return false;
    return true;
}

int rpy_list_cmp(void *av, void *bv) {
    rpy_list *a = av, *b = bv;
    const rpy_tdesc *d = item_desc(a);
    for (int64_t i = 0; i < a->len && i < b->len; i++) {
        if (!d->eq(a->items[i], b->items[i]))
            return d->cmp(a->items[i], b->items[i]);
    }
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

void rpy_list_repr(rpy_sb *sb, void *lv) {
    rpy_list *l = lv;
    if (!l) {
        rpy_sb_puts(sb, "None");
        return;
    }
    const rpy_tdesc *d = item_desc(l);
    rpy_sb_puts(sb, "[");
    for (int64_t i = 0; i < l->len; i++) {
        if (i > 0)
            rpy_sb_puts(sb, ", ");
        d->repr(sb, l->items[i]);
    }
    rpy_sb_puts(sb, "]");
}

void *rpy_tuple_new(uint32_t tid, size_t n) {
    return rpy_gc_alloc(tid, sizeof(rpy_tuple) + n * sizeof(rpy_word));
}

void *rpy_inst_new(uint32_t tid, const rpy_vtable *vt, size_t nslots) {
    rpy_inst *o = rpy_gc_alloc(tid, sizeof(rpy_inst) + nslots * sizeof(rpy_word));
    if (o)
        o->vt = vt;
    return o;
}

void rpy_range_check_step(int64_t step) {
    if (step == 0)
        rpy_raise_msg(RPY_EXC_ValueError, "range() arg 3 must not be zero");
}

void *rpy_range_new(int64_t start, int64_t stop, int64_t step) {
    rpy_range_check_step(step);
    if (rpy_exc)
        return NULL;

    rpy_range *r = rpy_gc_alloc(RPY_TID_RANGE, sizeof(rpy_range));
    if (!r)
        return NULL;
    r->start = start;
    r->stop = stop;
    r->step = step;
    return r;
}

int64_t rpy_range_len(void *rv) {
    rpy_range *r = rv;
    /* Unsigned arithmetic: the span may exceed INT64_MAX. */
    if (r->step > 0 && r->start < r->stop)
        return (int64_t)(((uint64_t)r->stop - (uint64_t)r->start - 1) / (uint64_t)r->step + 1);
    if (r->step < 0 && r->start > r->stop)
        return (int64_t)(((uint64_t)r->start - (uint64_t)r->stop - 1) /
                             (0 - (uint64_t)r->step) +
                         1);
    return 0;
}

void *rpy_range_to_list(void *rv, uint32_t tid) {
    int64_t n = rpy_range_len(rv);
    rpy_range *r = rv;
    int64_t start = r->start, step = r->step;
    rpy_list *l = rpy_list_new(tid, n);
    if (!l)
        return NULL;
    for (int64_t i = 0; i < n; i++)
        l->items[i].i = (int64_t)((uint64_t)start + (uint64_t)i * (uint64_t)step);
    return l;
}

void *rpy_str_to_list(void *sv, uint32_t tid) {
    rpy_list *l = rpy_list_new(tid, 0);
    if (!l)
        return NULL;
    RPY_PUSH_ROOT(l);
    rpy_str *s = sv;
    int64_t pos = 0, next;
    while (pos < s->len && !rpy_exc) {
        rpy_char_at(s, pos, &next);
        void *c = rpy_str_new(s->data + pos, next - pos);
        if (!c)
            break;
        rpy_list_append(rpy_ss_top[-1], rpy_wp(c));
        pos = next;
    }
    l = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    return rpy_exc ? NULL : l;
}

void *rpy_bytes_to_list(void *sv, uint32_t tid) {
    rpy_str *s = sv;
    rpy_list *l = rpy_list_new(tid, s->len);
    if (!l)
        return NULL;
    for (int64_t i = 0; i < s->len; i++)
        l->items[i].i = (unsigned char)s->data[i];
    return l;
}

void *rpy_enumerate(void *lv, uint32_t list_tid, uint32_t tuple_tid) {
    rpy_list *r = rpy_list_new(list_tid, ((rpy_list *)lv)->len);
    if (!r)
        return NULL;
    RPY_PUSH_ROOT(r);
    for (int64_t i = 0; i < r->len; i++) {
        rpy_tuple *t = rpy_tuple_new(tuple_tid, 2);
        if (!t)
            break;
        t->items[0].i = i;
        t->items[1] = ((rpy_list *)lv)->items[i];
        ((rpy_list *)rpy_ss_top[-1])->items[i].p = t;
    }
    r = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    return rpy_exc ? NULL : r;
}

void *rpy_zip(void *av, void *bv, uint32_t list_tid, uint32_t tuple_tid) {
    rpy_list *a = av, *b = bv;
    int64_t n = a->len < b->len ? a->len : b->len;
    rpy_list *r = rpy_list_new(list_tid, n);
    if (!r)
        return NULL;
    RPY_PUSH_ROOT(r);
    for (int64_t i = 0; i < n; i++) {
        rpy_tuple *t = rpy_tuple_new(tuple_tid, 2);
        if (!t)
            break;
        t->items[0] = a->items[i];
        t->items[1] = b->items[i];
        ((rpy_list *)rpy_ss_top[-1])->items[i].p = t;
    }
    r = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    return rpy_exc ? NULL : r;
}

void *rpy_iter_new(void *seq, int kind) {
    RPY_PUSH_ROOT(seq);
    rpy_iter *it = rpy_gc_alloc(RPY_TID_ITER, sizeof(rpy_iter));
    seq = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    if (!it)
        return NULL;
    if (kind == RPY_ITER_RANGE) {
        rpy_range *r = seq;
        it->pos = r->start;
        it->stop = r->stop;
        it->step = r->step;
    } else {
        it->seq = seq;
    }
    return it;
}

void rpy_raise_stop_iteration(void) { rpy_raise(RPY_EXC_StopIteration, rpy_str_new("", 0)); }

bool rpy_iter_step(void *itv, int kind, rpy_word *out) {
    rpy_iter *it = itv;
    switch (kind) {
    case RPY_ITER_RANGE: {
        int64_t v;
        if (!rpy_range_next(&it->pos, it->stop, it->step, &v))
            break;
        *out = rpy_wi(v);
        return true;
    }
    case RPY_ITER_LIST:
        return rpy_iter_step_list(it, out);

    case RPY_ITER_BYTES: {
        rpy_str *s = it->seq;
        if (it->pos >= s->len)
            break;
        *out = rpy_wi((unsigned char)s->data[it->pos++]);
        return true;
    }
    case RPY_ITER_STR: {
        rpy_str *s = it->seq;
        if (it->pos >= s->len)
            break;
        int64_t next;
        rpy_char_at(s, it->pos, &next);
        int64_t a = it->pos;
        it->pos = next;
        *out = rpy_wp(rpy_str_new(s->data + a, next - a));
        return true;
    }
    case RPY_ITER_DICTKEYS: {
        rpy_dict *d = it->seq;
        while (it->pos < d->used && !d->entries[it->pos].live)
            it->pos++;
        if (it->pos >= d->used)
            break;
        *out = d->entries[it->pos++].key;
        return true;
    }
    case RPY_ITER_DICTITEMS: {
        rpy_dict *d = it->seq;
        while (it->pos < d->used && !d->entries[it->pos].live)
            it->pos++;
        if (it->pos >= d->used)
            break;
        /* Nothing collects during the allocation: it and d stay put. */
        rpy_tuple *t = rpy_tuple_new((uint32_t)it->stop, 2);
        if (!t)
            return false;
        t->items[0] = d->entries[it->pos].key;
        t->items[1] = d->entries[it->pos].value;
        it->pos++;
        *out = rpy_wp(t);
        return true;
    }
    }
    return false;
}

rpy_word rpy_iter_next(void *it, int kind) {
    rpy_word w;
    if (rpy_iter_step(it, kind, &w))
        return w;
    rpy_raise_stop_iteration();
    return rpy_wi(0);
}

/* min(list) / max(list): the first of the smallest (largest) items. */
rpy_word rpy_list_minmax(void *lv, bool want_max) {
    rpy_list *l = lv;
    if (l->len == 0) {
        rpy_raise_msg(RPY_EXC_ValueError, want_max ? "max() arg is an empty sequence"
                                                   : "min() arg is an empty sequence");
        return rpy_wi(0);
    }
    const rpy_tdesc *d = item_desc(l);
    rpy_word best = l->items[0];
    for (int64_t i = 1; i < l->len; i++) {
        int c = d->cmp(l->items[i], best);
        if (want_max ? c > 0 : c < 0)
            best = l->items[i];
    }
    return best;
}
