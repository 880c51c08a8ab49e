/* What every collector needs to know about objects: where their references
 * are (from the type id), which malloc'd buffers they own, their size, and
 * the roots (shadow stack, prebuilt objects, the pending exception). */
#include "rpy.h"
#include "gc_trace.h"

int rpy_gc_requested;
int64_t rpy_gc_cycles;

void rpy_gc_trace(void *obj, void (*visit)(void **slot)) { rpy_gc_trace_inline(obj, visit); }

void rpy_gc_free_buffers(void *obj) {
    rpy_hdr *h = obj;
    switch (rpy_typeinfo_table[h->tid].kind) {
    case RPY_KIND_LIST:
        if (((rpy_list *)obj)->items != rpy_no_items &&
            !rpy_gc_items_in_nursery(((rpy_list *)obj)->items))
            free(((rpy_list *)obj)->items);

        break;
    case RPY_KIND_DICT:
        free(((rpy_dict *)obj)->entries);
        free(((rpy_dict *)obj)->index);
        break;
    default:
        break;
    }
}

/* The object's own size plus the malloc'd buffers it owns. */
size_t rpy_gc_object_size(void *obj) {
    rpy_hdr *h = obj;
    const rpy_typeinfo *ti = &rpy_typeinfo_table[h->tid];
    switch (ti->kind) {
    case RPY_KIND_STR:
    case RPY_KIND_BYTES:
        return sizeof(rpy_str) + (size_t)((rpy_str *)obj)->len + 1;
    case RPY_KIND_RANGE:
        return sizeof(rpy_range);
    case RPY_KIND_ITER:
        return sizeof(rpy_iter);
    case RPY_KIND_LIST:
        return sizeof(rpy_list) + (size_t)((rpy_list *)obj)->cap * sizeof(rpy_word);
    case RPY_KIND_DICT: {
        rpy_dict *d = obj;
        return sizeof(rpy_dict) + (size_t)d->cap * sizeof(rpy_dentry) +
               (size_t)(d->mask + 1) * sizeof(int32_t);
    }
    case RPY_KIND_TUPLE:
        return sizeof(rpy_tuple) + ti->nslots * sizeof(rpy_word);
    case RPY_KIND_INST:
        return sizeof(rpy_inst) + ti->nslots * sizeof(rpy_word);
    }
    return 0;
}

void rpy_gc_visit_roots(void (*visit)(void **slot)) {
    for (void **p = rpy_ss_base; p < rpy_ss_top; p++)
        visit(p);
    for (size_t i = 0; i < rpy_prebuilt_count; i++)
        visit(&rpy_prebuilt[i]);
    visit(&rpy_exc);
}
