/* Insertion-ordered dicts, as CPython's compact dict: an entry array in
 * insertion order and an open-addressing index of entry numbers, probed
 * with CPython's perturbation scheme.  Keys hash and compare through the key
 * type's descriptor (from the dict's type id), except str and bytes keys,
 * which are hashed and compared inline (text.h): most dicts are keyed by str. */
#include "rpy.h"
#include "text.h"

#define SLOT_EMPTY (-1)
#define SLOT_DUMMY (-2)

static const rpy_tdesc *key_desc(rpy_dict *d) { return rpy_typeinfo_table[d->h.tid].a; }
static const rpy_tdesc *value_desc(rpy_dict *d) { return rpy_typeinfo_table[d->h.tid].b; }

static void build_index(rpy_dict *d, int64_t slots) {
    free(d->index);
    d->index = malloc((size_t)slots * sizeof(int32_t));
    if (!d->index)
        rpy_fatal("MemoryError");
    for (int64_t i = 0; i < slots; i++)
        d->index[i] = SLOT_EMPTY;
    d->mask = slots - 1;
    d->last_free = -1;
    for (int64_t e = 0; e < d->used; e++) {
        if (!d->entries[e].live)
            continue;
        uint64_t perturb = (uint64_t)d->entries[e].hash;
        uint64_t i = perturb & (uint64_t)d->mask;
        while (d->index[i] != SLOT_EMPTY) {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & (uint64_t)d->mask;
        }
        d->index[i] = (int32_t)e;
    }
}

void *rpy_dict_new(uint32_t tid) {
    rpy_dict *d = rpy_gc_alloc(tid, sizeof(rpy_dict));
    if (!d)
        return NULL;
    d->cap = 8;
    d->last_found = -1;
    d->last_free = -1;
    d->entries = calloc((size_t)d->cap, sizeof(rpy_dentry));
    if (!d->entries)
        rpy_fatal("MemoryError");
    rpy_gc_note_external(d->cap * (int64_t)sizeof(rpy_dentry) + 16 * (int64_t)sizeof(int32_t));
    build_index(d, 16);
    return d;
}

/* Entry e may now hold a reference the collector has not seen. */
static inline void note_write(rpy_dict *d, int64_t e) {
    if (e < d->dirty_from)
        d->dirty_from = e;
}

static int64_t key_hash(rpy_dict *d, rpy_word k) {
    const rpy_tdesc *kd = key_desc(d);
    return kd->is_text ? rpy_text_hash(k.p) : kd->hash(k);
}

/* An entry's `live` word: nonzero while the entry is live.  For a str key
 * of at most 7 bytes it also holds the key (bytes and length), so a lookup
 * that finds it need not read the stored key, which is likely a cache miss:
 * equal tags are equal keys.  Other keys have tag 1. */
#define LONG_KEY_TAG 1
static inline int64_t text_tag(rpy_str *s) {
    if (!s || s->len > 7)
        return LONG_KEY_TAG;
    /* The bytes, zero-extended, without reading past the end. */
    const char *p = s->data;
    int64_t n = s->len;
    uint64_t w = 0;
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, p, 4);
        memcpy(&hi, p + n - 4, 4);
        w = lo | (uint64_t)hi << (8 * (n - 4));
    } else {
        for (int64_t i = 0; i < n; i++)
            w |= (uint64_t)(unsigned char)p[i] << (8 * i);
    }
    return (int64_t)((w << 8) | ((uint64_t)n << 1) | 1);
}

/* The index slot holding `k`, or -1 (then *free_slot is where it would go).
 * Inlined into two copies: `text` is constant in each (`tag` is k's tag). */
static inline int64_t lookup_in(rpy_dict *d, rpy_word k, int64_t h, int64_t *free_slot,
                                const rpy_tdesc *kd, bool text, int64_t tag) {
    uint64_t perturb = (uint64_t)h;
    uint64_t i = perturb & (uint64_t)d->mask;
    int64_t first_dummy = -1;
    while (1) {
        int64_t e = d->index[i];
        if (e == SLOT_EMPTY) {
            if (free_slot)
                *free_slot = first_dummy >= 0 ? first_dummy : (int64_t)i;
            return -1;
        }
        if (e == SLOT_DUMMY) {
            if (first_dummy < 0)
                first_dummy = (int64_t)i;
        } else if (text) {
            rpy_dentry *en = &d->entries[e];
            if (en->hash == h && (tag != LONG_KEY_TAG ? en->live == tag
                                                      : en->key.p == k.p || rpy_text_eq(en->key.p, k.p)))
                return (int64_t)i;
        } else if ((kd->is_ref && d->entries[e].key.p == k.p) ||
                   (d->entries[e].hash == h && kd->eq(d->entries[e].key, k))) {
            return (int64_t)i;
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & (uint64_t)d->mask;
    }
}

static int64_t lookup(rpy_dict *d, rpy_word k, int64_t h, int64_t *free_slot) {
    const rpy_tdesc *kd = key_desc(d);
    if (kd->is_text)
        return lookup_in(d, k, h, free_slot, kd, true, text_tag(k.p));
    return lookup_in(d, k, h, free_slot, kd, false, LONG_KEY_TAG);
}

/* Compacts the entries and grows the tables so one more entry fits; true
 * when the index was rebuilt (index slots found before are stale). */
static bool make_room(rpy_dict *d) {
    if (d->used < d->cap && (d->used + 1) * 3 < (d->mask + 1) * 2)
        return false;
    int64_t live = 0;
    for (int64_t e = 0; e < d->used; e++)
        if (d->entries[e].live)
            d->entries[live++] = d->entries[e];
    memset(d->entries + live, 0, (size_t)(d->used - live) * sizeof(rpy_dentry));
    if (live < d->used) {
        d->dirty_from = 0;
        d->last_found = -1;
    }
    d->used = live;
    int64_t cap = d->cap;
    while (live + 1 > cap)
        cap *= 2;
    if (cap > INT32_MAX / 2)
        rpy_fatal("MemoryError: dict too large");

    if (cap != d->cap) {
        d->entries = realloc(d->entries, (size_t)cap * sizeof(rpy_dentry));
        if (!d->entries)
            rpy_fatal("MemoryError");
        memset(d->entries + d->cap, 0, (size_t)(cap - d->cap) * sizeof(rpy_dentry));
        rpy_gc_note_external((cap - d->cap) * (int64_t)sizeof(rpy_dentry));
        d->cap = cap;
    }
    int64_t slots = 16;
    while (slots * 2 < cap * 3)
        slots *= 2;
    build_index(d, slots);
    return true;
}

/* Adds the entry for `k`, known absent; free_slot comes from its lookup. */
static void insert_new(rpy_dict *d, rpy_word k, int64_t h, rpy_word v, int64_t free_slot) {
    rpy_gc_write_barrier(d);
    d->last_free = -1;
    if (make_room(d))
        lookup(d, k, h, &free_slot);

    int64_t e = d->used++;
    note_write(d, e);
    d->entries[e].hash = h;
    d->entries[e].live = key_desc(d)->is_text ? text_tag(k.p) : LONG_KEY_TAG;
    d->entries[e].key = k;
    d->entries[e].value = v;
    d->index[free_slot] = (int32_t)e;
    d->len++;
}

void rpy_dict_setitem(void *dv, rpy_word k, rpy_word v) {
    rpy_dict *d = dv;
    if (d->last_key == k.p && d->last_cycle == rpy_gc_cycles && key_desc(d)->is_ref) {
        int64_t last = d->last_found;
        if (last >= 0) {
            rpy_gc_write_barrier(d);
            note_write(d, last);
            d->entries[last].value = v;
            return;
        }
        if (d->last_free >= 0) {
            insert_new(d, k, key_hash(d, k), v, d->last_free);
            return;
        }
    }
    int64_t h = key_hash(d, k);
    int64_t free_slot;
    int64_t slot = lookup(d, k, h, &free_slot);
    if (slot >= 0) {
        rpy_gc_write_barrier(d);
        note_write(d, d->index[slot]);
        d->entries[d->index[slot]].value = v;
        return;
    }
    insert_new(d, k, h, v, free_slot);
}

bool rpy_dict_lookup(void *dv, rpy_word k, rpy_word *out) {
    rpy_dict *d = dv;
    int64_t free_slot;
    int64_t slot = lookup(d, k, key_hash(d, k), &free_slot);
    d->last_key = k.p;
    d->last_cycle = rpy_gc_cycles;
    if (slot < 0) {
        d->last_found = -1;
        d->last_free = free_slot;
        return false;
    }
    d->last_found = d->index[slot];
    d->last_free = -1;
    *out = d->entries[d->index[slot]].value;
    return true;
}

void rpy_raise_key_error(const rpy_tdesc *kd, rpy_word k) {
    void *m = rpy_repr_to_str(kd->repr, k);
    if (m)
        rpy_raise(RPY_EXC_KeyError, m);
}

rpy_word rpy_dict_getitem(void *dv, rpy_word k) {
    rpy_word v;
    if (rpy_dict_lookup(dv, k, &v))
        return v;
    rpy_raise_key_error(key_desc(dv), k);
    return rpy_wi(0);
}

static void remove_slot(rpy_dict *d, int64_t slot) {
    rpy_dentry *e = &d->entries[d->index[slot]];
    e->live = 0;
    e->key = rpy_wi(0);
    e->value = rpy_wi(0);
    d->index[slot] = SLOT_DUMMY;
    d->len--;
    d->last_found = -1;
    d->last_free = -1;
}

void rpy_dict_delitem(void *dv, rpy_word k) {
    rpy_dict *d = dv;
    int64_t slot = lookup(d, k, key_hash(d, k), NULL);
    if (slot < 0) {
        rpy_raise_key_error(key_desc(d), k);
        return;
    }
    remove_slot(d, slot);
}

bool rpy_dict_contains(void *dv, rpy_word k) {
    rpy_word v;
    return rpy_dict_lookup(dv, k, &v);
}

rpy_word rpy_dict_get(void *dv, rpy_word k, rpy_word dflt) {
    rpy_word v;
    return rpy_dict_lookup(dv, k, &v) ? v : dflt;
}

rpy_word rpy_dict_pop(void *dv, rpy_word k, bool has_default, rpy_word dflt) {
    rpy_dict *d = dv;
    int64_t slot = lookup(d, k, key_hash(d, k), NULL);
    if (slot < 0) {
        if (!has_default)
            rpy_raise_key_error(key_desc(d), k);
        return dflt;
    }
    rpy_word v = d->entries[d->index[slot]].value;
    remove_slot(d, slot);
    return v;
}

rpy_word rpy_dict_setdefault(void *dv, rpy_word k, rpy_word dflt) {
    rpy_dict *d = dv;
    int64_t h = key_hash(d, k);
    int64_t free_slot;
    int64_t slot = lookup(d, k, h, &free_slot);
    if (slot >= 0)
        return d->entries[d->index[slot]].value;
    insert_new(d, k, h, dflt, free_slot);
    return dflt;
}

void rpy_dict_clear(void *dv) {
    rpy_dict *d = dv;
    memset(d->entries, 0, (size_t)d->cap * sizeof(rpy_dentry));
    d->used = 0;
    d->len = 0;
    d->dirty_from = 0;
    d->last_found = -1;
    build_index(d, d->mask + 1);
}

void *rpy_dict_copy(void *dv) {
    RPY_PUSH_ROOT(dv);
    rpy_dict *r = rpy_dict_new(((rpy_dict *)dv)->h.tid);
    dv = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    if (!r)
        return NULL;
    rpy_dict *d = dv;
    for (int64_t e = 0; e < d->used; e++)
        if (d->entries[e].live)
            rpy_dict_setitem(r, d->entries[e].key, d->entries[e].value);
    return r;
}

void *rpy_dict_keys_list(void *dv, uint32_t tid) {
    rpy_dict *d = dv;
    rpy_list *l = rpy_list_new(tid, d->len);
    if (!l)
        return NULL;
    int64_t k = 0;
    for (int64_t e = 0; e < d->used; e++)
        if (d->entries[e].live)
            l->items[k++] = d->entries[e].key;
    return l;
}

void *rpy_dict_values_list(void *dv, uint32_t tid) {
    rpy_dict *d = dv;
    rpy_list *l = rpy_list_new(tid, d->len);
    if (!l)
        return NULL;
    int64_t k = 0;
    for (int64_t e = 0; e < d->used; e++)
        if (d->entries[e].live)
            l->items[k++] = d->entries[e].value;
    return l;
}

void *rpy_dict_items_list(void *dv, uint32_t list_tid, uint32_t tuple_tid) {
    rpy_dict *d = dv;
    rpy_list *l = rpy_list_new(list_tid, d->len);
    if (!l)
        return NULL;
    RPY_PUSH_ROOT(l);
    int64_t k = 0;
    for (int64_t e = 0; e < d->used; e++)
        if (d->entries[e].live) {
            rpy_tuple *t = rpy_tuple_new(tuple_tid, 2);
            if (!t)
                break;
            t->items[0] = d->entries[e].key;
            t->items[1] = d->entries[e].value;
            ((rpy_list *)rpy_ss_top[-1])->items[k++].p = t;
        }
    l = rpy_ss_top[-1];
    RPY_POP_ROOTS(1);
    return rpy_exc ? NULL : l;
}

bool rpy_dict_eq(void *av, void *bv) {
    rpy_dict *a = av, *b = bv;
    if (a == b)
        return true;
    if (!a || !b || a->len != b->len)
        return false;
    const rpy_tdesc *vd = value_desc(a);
    for (int64_t e = 0; e < a->used; e++) {
        if (!a->entries[e].live)
            continue;
        rpy_word v;
        if (!rpy_dict_lookup(b, a->entries[e].key, &v) || !vd->eq(v, a->entries[e].value))
            return false;
    }
    return true;
}

void rpy_dict_repr(rpy_sb *sb, void *dv) {
    rpy_dict *d = dv;
    if (!d) {
        rpy_sb_puts(sb, "None");
        return;
    }
    const rpy_tdesc *kd = key_desc(d), *vd = value_desc(d);
    rpy_sb_puts(sb, "{");
    bool first = true;
    for (int64_t e = 0; e < d->used; e++) {
        if (!d->entries[e].live)
            continue;
        if (!first)
            rpy_sb_puts(sb, ", ");
        first = false;
        kd->repr(sb, d->entries[e].key);
        rpy_sb_puts(sb, ": ");
        vd->repr(sb, d->entries[e].value);
    }
    rpy_sb_puts(sb, "}");
}

/* d.setdefault(k, []) with the empty list made only when k is missing
 * (emit-native's fusion.rs): most calls find the key. */
rpy_word rpy_dict_setdefault_new_list(void *d, rpy_word k, uint32_t list_tid) {
    rpy_word v;
    if (rpy_dict_lookup(d, k, &v))
        return v;
    /* Nothing collects here: d and k stay where they are. */
    v = rpy_wp(rpy_list_new(list_tid, 0));
    if (v.p)
        rpy_dict_setitem(d, k, v);
    return v;
}

void *rpy_dict_items_iter(void *d, uint32_t tuple_tid) {
    rpy_iter *it = rpy_iter_new(d, RPY_ITER_DICTITEMS);
    if (it)
        it->stop = tuple_tid; /* the pairs' type id */
    return it;
}
