/* Inline hashing, equality and order of str/bytes objects, for the runtime
 * code that handles many of them at once (str-keyed dicts, sorting lists of
 * str): an indirect call to the type descriptor plus a libc memcmp call per
 * short key costs more than the comparison itself.  Bytes are read eight at
 * a time, and never past `len`. */
#ifndef RPY_TEXT_H
#define RPY_TEXT_H

#include "rpy.h"

static inline uint64_t rpy_text_word(const char *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static inline uint32_t rpy_text_word4(const char *p) {
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

/* p[0..n) for n < 8 as a word, without reading past p + n: two overlapping
 * 4-byte loads, or three single bytes, cover every byte (so equal short
 * strings of one length give equal words, and only they). */
static inline uint64_t rpy_text_short(const char *p, int64_t n) {
    if (n >= 4)
        return (uint64_t)rpy_text_word4(p) << 32 | rpy_text_word4(p + n - 4);
    if (n == 0)
        return 0;
    return (uint64_t)(unsigned char)p[0] | (uint64_t)(unsigned char)p[n / 2] << 8 |
           (uint64_t)(unsigned char)p[n - 1] << 16;
}

int64_t rpy_text_hash_bytes(const char *p, int64_t len);

/* The cached hash (a None str hashes to 0). */
static inline int64_t rpy_text_hash(rpy_str *s) {
    if (!s)
        return 0;
    if (RPY_LIKELY(s->hash != 0))
        return s->hash;
    s->hash = rpy_text_hash_bytes(s->data, s->len);
    return s->hash;
}

static inline bool rpy_text_eq(rpy_str *a, rpy_str *b) {
    if (a == b)
        return true;
    if (!a || !b || a->len != b->len)
        return false;
    if (a->hash && b->hash && a->hash != b->hash)
        return false;
    int64_t n = a->len;
    if (n < 8)
        return rpy_text_short(a->data, n) == rpy_text_short(b->data, n);
    int64_t i = 0;
    for (; i + 8 <= n; i += 8)
        if (rpy_text_word(a->data + i) != rpy_text_word(b->data + i))
            return false;
    /* The rest: the last eight bytes, overlapping compared ones. */
    return i == n || rpy_text_word(a->data + n - 8) == rpy_text_word(b->data + n - 8);
}

static inline int rpy_text_word_order(uint64_t x, uint64_t y) {
    x = __builtin_bswap64(x);
    y = __builtin_bswap64(y);
    return x < y ? -1 : 1;
}

/* -1, 0 or 1 by bytes (UTF-8 byte order is code-point order), as rpy_str_cmp. */
static inline int rpy_text_cmp(rpy_str *a, rpy_str *b) {
    int64_t n = a->len < b->len ? a->len : b->len, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x = rpy_text_word(a->data + i), y = rpy_text_word(b->data + i);
        if (x != y)
            return rpy_text_word_order(x, y);
    }
    if (i < n && n >= 8) {
        /* The last eight common bytes: those before i are equal. */
        uint64_t x = rpy_text_word(a->data + n - 8), y = rpy_text_word(b->data + n - 8);
        if (x != y)
            return rpy_text_word_order(x, y);
    } else {
        for (; i < n; i++) {
            unsigned char x = (unsigned char)a->data[i], y = (unsigned char)b->data[i];
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return a->len < b->len ? -1 : a->len > b->len ? 1 : 0;
}

#endif
