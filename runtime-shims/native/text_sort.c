/* Sorting a list of str (or bytes) by bytes, which for UTF-8 is code-point
 * order: the order of `list.sort()` on such a list.
 *
 * The strs are scattered over the heap, so they are not sorted directly.
 * Each becomes a 16-byte record: its position in the list and the twelve
 * bytes after the prefix that all the strs share, as big-endian numbers
 * (zero past the end).  The records are sorted by a most-significant-byte
 * radix sort, in place: one pass over a bucket counts its byte values, and
 * a byte that is the same in the whole bucket costs no moves.  Buckets of a
 * few records are finished by insertion sort, and records whose twelve
 * bytes all agree by a merge sort that compares the strs themselves.
 * Ties between equal strs go to the earlier position, so the sort is stable
 * although the radix passes are not. */
#include "rpy.h"
#include "text.h"
#include "merge_sort.h"

typedef struct {
    uint64_t key;
    uint32_t key2;
    uint32_t index;
} text_rec;

#define KEY_BYTES 12
/* Below this many records a bucket is insertion sorted. */
#define SMALL_BUCKET 64

static inline unsigned key_byte(text_rec r, int b) {
    return b < 8 ? (unsigned)(r.key >> (56 - 8 * b)) & 255u
                 : (unsigned)(r.key2 >> (24 - 8 * (b - 8))) & 255u;
}

/* rpy_word *items: the list's items in their original order. */
static inline bool rec_less(text_rec x, text_rec y, rpy_word *items) {
    if (x.key != y.key)
        return x.key < y.key;
    if (x.key2 != y.key2)
        return x.key2 < y.key2;
    /* Zero padding cannot tell "a" from "a\0": the strs can. */
    int c = rpy_text_cmp(items[x.index].p, items[y.index].p);
    return c != 0 ? c < 0 : x.index < y.index;
}

#define REC_LESS(x, y) rec_less((x), (y), items)
DEFINE_MERGE_SORT(merge_sort_recs, text_rec, REC_LESS, rpy_word *, items)

static void insertion_sort(text_rec *a, int64_t n, rpy_word *items) {
    for (int64_t i = 1; i < n; i++) {
        text_rec x = a[i];
        int64_t j = i;
        while (j > 0 && rec_less(x, a[j - 1], items)) {
            a[j] = a[j - 1];
            j--;
        }
        a[j] = x;
    }
}

/* Sorts a[0..n), whose records agree on their first `byte` key bytes.
 * tmp: room for n / 2 + 1 records. */
static void radix_sort(text_rec *a, int64_t n, int byte, text_rec *tmp, rpy_word *items) {
    int64_t count[256];
    while (1) {
        if (n <= SMALL_BUCKET) {
            insertion_sort(a, n, items);
            return;
        }
        if (byte == KEY_BYTES) {
            merge_sort_recs(a, tmp, n, items);
            return;
        }
        memset(count, 0, sizeof count);
        for (int64_t i = 0; i < n; i++)
            count[key_byte(a[i], byte)]++;
        if (count[key_byte(a[0], byte)] != n)
            break;
        byte++;
    }
    /* Each record is moved straight to its bucket, along cycles. */
    int64_t next[256], end[256], at = 0;
    for (int b = 0; b < 256; b++) {
        next[b] = at;
        at += count[b];
        end[b] = at;
    }
    for (unsigned b = 0; b < 256; b++) {
        while (next[b] < end[b]) {
            text_rec r = a[next[b]];
            unsigned d = key_byte(r, byte);
            while (d != b) {
                text_rec displaced = a[next[d]];
                a[next[d]++] = r;
                r = displaced;
                d = key_byte(r, byte);
            }
            a[next[b]++] = r;
        }
    }
    at = 0;
    for (int b = 0; b < 256; b++) {
        if (count[b] > 1)
            radix_sort(a + at, count[b], byte + 1, tmp, items);
        at += count[b];
    }
}

static inline uint64_t key_at(rpy_str *s, int64_t off, int64_t width) {
    int64_t n = s->len - off;
    uint64_t w = 0;
    if (n >= 8)
        w = rpy_text_word(s->data + off);
    else if (n > 0)
        memcpy(&w, s->data + off, (size_t)n);
    if (width < 8)
        w &= ~(uint64_t)0 >> (64 - 8 * width);
    return __builtin_bswap64(w);
}

/* The length of the prefix all items share. */
static int64_t common_prefix(rpy_word *items, int64_t n) {
    rpy_str *first = items[0].p;
    int64_t common = first->len;
    for (int64_t i = 1; i < n && common > 0; i++) {
        rpy_str *s = items[i].p;
        int64_t k = 0, m = s->len < common ? s->len : common;
        while (k < m && s->data[k] == first->data[k])
            k++;
        common = k;
    }
    return common;
}

void rpy_text_sort(rpy_word *items, int64_t n) {
    text_rec *recs = malloc((size_t)(n + n / 2 + 1) * sizeof(text_rec));
    if (!recs)
        rpy_fatal("MemoryError");
    int64_t off = common_prefix(items, n);
    for (int64_t i = 0; i < n; i++) {
        recs[i].key = key_at(items[i].p, off, 8);
        recs[i].key2 = (uint32_t)(key_at(items[i].p, off + 8, 4) >> 32);
        recs[i].index = (uint32_t)i;
    }
    radix_sort(recs, n, 0, recs + n, items);
    /* The spare records (n / 2 + 1 of them) hold the n original items. */
    rpy_word *original = (rpy_word *)(recs + n);
    memcpy(original, items, (size_t)n * sizeof(rpy_word));
    for (int64_t i = 0; i < n; i++)
        items[i] = original[recs[i].index];
    free(recs);
}
