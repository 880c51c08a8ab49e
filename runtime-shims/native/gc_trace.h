/* Where the references of an object are, from its type id: inline, so that
 * a collector's hot loop (a minor collection's evacuation) calls its visitor
 * directly instead of through a pointer per reference. */
#ifndef RPY_GC_TRACE_H
#define RPY_GC_TRACE_H

#include "rpy.h"

static inline void rpy_gc_trace_inline(void *obj, void (*visit)(void **slot)) {
    rpy_hdr *h = obj;
    const rpy_typeinfo *ti = &rpy_typeinfo_table[h->tid];
    switch (ti->kind) {
    case RPY_KIND_STR:
    case RPY_KIND_BYTES:
    case RPY_KIND_RANGE:
        return;
    case RPY_KIND_ITER:
        visit(&((rpy_iter *)obj)->seq);
        return;
    case RPY_KIND_LIST: {
        rpy_list *l = obj;
        if (ti->a->is_ref)
            for (int64_t i = 0; i < l->len; i++)
                visit(&l->items[i].p);
        return;
    }
    case RPY_KIND_DICT: {
        rpy_dict *d = obj;
        for (int64_t e = 0; e < d->used; e++) {
            if (!d->entries[e].live)
                continue;
            if (ti->a->is_ref)
                visit(&d->entries[e].key.p);
            if (ti->b->is_ref)
                visit(&d->entries[e].value.p);
        }
        return;
    }
    case RPY_KIND_TUPLE:
        for (uint32_t k = 0; k < ti->nrefs; k++)
            visit(&((rpy_tuple *)obj)->items[ti->ref_slots[k]].p);
        return;
    case RPY_KIND_INST:
        for (uint32_t k = 0; k < ti->nrefs; k++)
            visit(&((rpy_inst *)obj)->f[ti->ref_slots[k]].p);
        return;
    }
}

#endif
