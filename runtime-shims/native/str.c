/* Immutable strings: UTF-8 bytes plus the code-point count, so that indexing
 * and slicing have Python's code-point semantics (O(1) for ASCII text, a scan
 * otherwise).  Bytes objects share the layout.  Case mappings and character
 * classes use the Unicode tables the emitter derives from CPython's data. */
#include "rpy.h"
#include "text.h"

/* Eight bytes at a time: continuation bytes are 10xxxxxx. */
static int64_t count_code_points(const char *p, int64_t n) {
    const uint64_t high = 0x8080808080808080ull;
    int64_t c = n, i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        uint64_t cont = w & ~(w << 1) & high;
        if (cont)
            c -= __builtin_popcountll(cont);
    }
    for (; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) == 0x80)
            c--;
    return c;
}

/* memcpy for the short pieces text is mostly made of (words, separators),
 * without a libc call: two overlapping loads and stores cover n bytes. */
static inline void copy_text(char *d, const char *s, int64_t n) {
    if (n > 16) {
        memcpy(d, s, (size_t)n);
    } else if (n >= 8) {
        uint64_t a, b;
        memcpy(&a, s, 8);
        memcpy(&b, s + n - 8, 8);
        memcpy(d, &a, 8);
        memcpy(d + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        memcpy(&a, s, 4);
        memcpy(&b, s + n - 4, 4);
        memcpy(d, &a, 4);
        memcpy(d + n - 4, &b, 4);
    } else if (n > 0) {
        /* 1 to 3 bytes: first, middle and last cover them. */
        char a = s[0], b = s[n / 2], c = s[n - 1];
        d[0] = a;
        d[n / 2] = b;
        d[n - 1] = c;
    }
}

static rpy_str *alloc_text(uint32_t tid, int64_t len) {
    rpy_str *s = rpy_gc_alloc(tid, sizeof(rpy_str) + (size_t)len + 1);
    if (s)
        s->len = len;
    return s;
}

void *rpy_str_new(const char *data, int64_t len) {
    rpy_str *s = alloc_text(RPY_TID_STR, len);
    if (!s)
        return NULL;
    copy_text(s->data, data, len);
    s->cplen = count_code_points(data, len);
    return s;
}

void *rpy_str_alloc(int64_t len, int64_t cplen) {
    rpy_str *s = alloc_text(RPY_TID_STR, len);
    if (s)
        s->cplen = cplen;
    return s;
}

void *rpy_str_new_cp(const char *data, int64_t len, int64_t cplen) {
    rpy_str *s = alloc_text(RPY_TID_STR, len);
    if (!s)
        return NULL;
    copy_text(s->data, data, len);
    s->cplen = cplen;
    return s;
}

void *rpy_bytes_new(const char *data, int64_t len) {
    rpy_str *s = alloc_text(RPY_TID_BYTES, len);
    if (!s)
        return NULL;
    copy_text(s->data, data, len);
    s->cplen = len;
    return s;
}

/* The byte offset of code point `i` (0 <= i <= cplen). */
static int64_t cp_offset(rpy_str *s, int64_t i) {
    if (s->cplen == s->len)
        return i;
    int64_t pos = 0;
    while (i > 0 && pos < s->len) {
        pos++;
        while (pos < s->len && ((unsigned char)s->data[pos] & 0xC0) == 0x80)
            pos++;
        i--;
    }
    return pos;
}

int64_t rpy_char_at(rpy_str *s, int64_t pos, int64_t *next) {
    const unsigned char *p = (const unsigned char *)s->data + pos;
    int64_t c = p[0];
    int n = 1;
    if (c >= 0xF0) {
        c = ((c & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        n = 4;
    } else if (c >= 0xE0) {
        c = ((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        n = 3;
    } else if (c >= 0xC0) {
        c = ((c & 0x1F) << 6) | (p[1] & 0x3F);
        n = 2;
    }
    *next = pos + n;
    return c;
}

void *rpy_str_concat(void *av, void *bv) {
    rpy_str *a = av, *b = bv;
    rpy_str *s = alloc_text(RPY_TID_STR, a->len + b->len);
    if (!s)
        return NULL;
    /* a and b are rooted by the caller and the collector does not move. */
    copy_text(s->data, a->data, a->len);
    copy_text(s->data + a->len, b->data, b->len);
    s->cplen = a->cplen + b->cplen;
    return s;
}

void *rpy_str_concat_n(int n, void *const *parts) {
    int64_t len = 0, cplen = 0;
    for (int k = 0; k < n; k++) {
        rpy_str *p = parts[k];
        len += p->len;
        cplen += p->cplen;
    }
    rpy_str *s = alloc_text(RPY_TID_STR, len);
    if (!s)
        return NULL;
    char *o = s->data;
    for (int k = 0; k < n; k++) {
        rpy_str *p = parts[k];
        copy_text(o, p->data, p->len);
        o += p->len;
    }
    s->cplen = cplen;
    return s;
}

void *rpy_str_mul(void *sv, int64_t n) {
    rpy_str *s = sv;
    if (n <= 0 || s->len == 0)
        return rpy_str_new("", 0);
    if (n > (INT64_MAX / 2) / (s->len ? s->len : 1)) {
        rpy_raise_msg(RPY_EXC_OverflowError, "repeated string is too long");
        return NULL;
    }
    rpy_str *r = alloc_text(RPY_TID_STR, s->len * n);
    if (!r)
        return NULL;
    for (int64_t k = 0; k < n; k++)
        memcpy(r->data + k * s->len, s->data, (size_t)s->len);
    r->cplen = s->cplen * n;
    return r;
}

bool rpy_str_eq(void *a, void *b) { return rpy_text_eq(a, b); }

int rpy_str_cmp(void *a, void *b) { return rpy_text_cmp(a, b); }

/* Stable across runs and platforms (not CPython's): eight bytes per step,
 * then a final mix so that the low bits a dict index uses depend on all. */
int64_t rpy_text_hash_bytes(const char *p, int64_t len) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)len;
    if (len < 8) {
        h = (h ^ rpy_text_short(p, len)) * 0xC4CEB9FE1A85EC53ull;
    } else {
        int64_t i = 0;
        for (; i + 8 <= len; i += 8) {
            h = (h ^ rpy_text_word(p + i)) * 0xFF51AFD7ED558CCDull;
            h ^= h >> 32;
        }
        if (i < len)
            h = (h ^ rpy_text_word(p + len - 8)) * 0xC4CEB9FE1A85EC53ull;
    }
    h ^= h >> 29;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    int64_t r = (int64_t)(h >> 1);
    return r == 0 ? 2 : r;
}

int64_t rpy_str_hash(void *s) { return rpy_text_hash(s); }

void *rpy_str_getitem(void *sv, int64_t i) {
    rpy_str *s = sv;
    if (i < 0)
        i += s->cplen;
    if (i < 0 || i >= s->cplen) {
        rpy_raise_msg(RPY_EXC_IndexError, "string index out of range");
        return NULL;
    }
    int64_t a = cp_offset(s, i), b;
    rpy_char_at(s, a, &b);
    return rpy_str_new(s->data + a, b - a);
}

void rpy_slice_bounds(int64_t len, int64_t *start, int64_t *stop) {
    int64_t a = *start, b = *stop;
    if (a < 0) {
        a += len;
        if (a < 0)
            a = 0;
    } else if (a > len) {
        a = len;
    }
    if (b < 0) {
        b += len;
        if (b < 0)
            b = 0;
    } else if (b > len) {
        b = len;
    }
    if (b < a)
        b = a;
    *start = a;
    *stop = b;
}

void *rpy_str_slice(void *sv, int64_t start, int64_t stop) {
    rpy_str *s = sv;
    rpy_slice_bounds(s->cplen, &start, &stop);
    int64_t a = cp_offset(s, start), b = cp_offset(s, stop);
    return rpy_str_new(s->data + a, b - a);
}

/* memchr finds the candidates: the first byte of `sub` is rare enough in
 * text that this beats comparing at every position. */
static int64_t find_bytes(rpy_str *s, rpy_str *sub, int64_t from, int64_t to) {
    int64_t m = sub->len;
    if (m == 0)
        return from <= to ? from : -1;
    int64_t last = to - m; /* the last possible start */
    for (int64_t i = from; i <= last; i++) {
        const char *p = memchr(s->data + i, sub->data[0], (size_t)(last - i + 1));
        if (!p)
            return -1;
        i = p - s->data;
        if (m == 1 || memcmp(p + 1, sub->data + 1, (size_t)(m - 1)) == 0)
            return i;
    }
    return -1;
}

static int64_t byte_to_cp(rpy_str *s, int64_t pos) {
    if (s->cplen == s->len)
        return pos;
    return count_code_points(s->data, pos);
}

bool rpy_str_contains(void *hay, void *needle) {
    rpy_str *s = hay;
    return find_bytes(s, needle, 0, s->len) >= 0;
}

int64_t rpy_str_find(void *sv, void *subv, int64_t start, int64_t end) {
    rpy_str *s = sv, *sub = subv;
    int64_t a = start, b = end;
    if (a > s->cplen)
        return -1;
    rpy_slice_bounds(s->cplen, &a, &b);
    int64_t r = find_bytes(s, sub, cp_offset(s, a), cp_offset(s, b));
    return r < 0 ? -1 : byte_to_cp(s, r);
}

int64_t rpy_str_rfind(void *sv, void *subv, int64_t start, int64_t end) {
    rpy_str *s = sv, *sub = subv;
    int64_t a = start, b = end;
    if (a > s->cplen)
        return -1;
    rpy_slice_bounds(s->cplen, &a, &b);
    int64_t from = cp_offset(s, a), to = cp_offset(s, b);
    for (int64_t i = to - sub->len; i >= from; i--)
        if (memcmp(s->data + i, sub->data, (size_t)sub->len) == 0)
            return byte_to_cp(s, i);
    return -1;
}

int64_t rpy_str_count(void *sv, void *subv) {
    rpy_str *s = sv, *sub = subv;
    if (sub->len == 0)
        return s->cplen + 1;
    int64_t n = 0, i = 0;
    while ((i = find_bytes(s, sub, i, s->len)) >= 0) {
        n++;
        i += sub->len;
    }
    return n;
}

bool rpy_str_startswith(void *sv, void *pv) {
    rpy_str *s = sv, *p = pv;
    return p->len <= s->len && memcmp(s->data, p->data, (size_t)p->len) == 0;
}

bool rpy_str_endswith(void *sv, void *pv) {
    rpy_str *s = sv, *p = pv;
    return p->len <= s->len && memcmp(s->data + s->len - p->len, p->data, (size_t)p->len) == 0;
}

void *rpy_str_join(void *sepv, void *listv) {
    rpy_str *sep = sepv;
    rpy_list *l = listv;
    int64_t total = 0, cps = 0;
    for (int64_t i = 0; i < l->len; i++) {
        rpy_str *it = l->items[i].p;
        total += it->len;
        cps += it->cplen;
    }
    if (l->len > 1) {
        total += sep->len * (l->len - 1);
        cps += sep->cplen * (l->len - 1);
    }
    rpy_str *r = alloc_text(RPY_TID_STR, total);
    if (!r)
        return NULL;
    int64_t pos = 0;
    for (int64_t i = 0; i < l->len; i++) {
        if (i > 0) {
            copy_text(r->data + pos, sep->data, sep->len);
            pos += sep->len;
        }
        rpy_str *it = l->items[i].p;
        copy_text(r->data + pos, it->data, it->len);
        pos += it->len;
    }
    r->cplen = cps;
    return r;
}

static bool is_py_space_cp(uint32_t c);
static bool in_chars(rpy_str *chars, rpy_str *s, int64_t pos, int64_t *next);

/* Appends a new str of s[a:b] (bytes) to list l (rooted in slot `root`). */
static bool append_piece(void **root, rpy_str **s, int64_t a, int64_t b) {
    void *piece = rpy_str_new((*s)->data + a, b - a);
    if (!piece)
        return false;
    rpy_list_append(*root, rpy_wp(piece));
    return !rpy_exc;
}

/* The first c in s at or after `from`, or s->len: a plain scan where the
 * gaps are short (words), memchr where they may be long. */
static inline int64_t find_byte(rpy_str *s, char c, int64_t from) {
    int64_t stop = from + 16 < s->len ? from + 16 : s->len;
    for (int64_t j = from; j < stop; j++)
        if (s->data[j] == c)
            return j;
    if (stop == s->len)
        return s->len;
    const char *p = memchr(s->data + stop, c, (size_t)(s->len - stop));
    return p ? p - s->data : s->len;
}

/* s.split(sep) for a non-empty sep: the pieces are counted first, so the
 * list is allocated once at its final length. */
static void *split_by(rpy_str *s, rpy_str *sep, uint32_t list_tid) {
    int64_t n = 1;
    if (sep->len == 1) {
        for (int64_t j = 0; (j = find_byte(s, sep->data[0], j)) < s->len; j++)
            n++;
    } else {
        for (int64_t j = 0; (j = find_bytes(s, sep, j, s->len)) >= 0; j += sep->len)
            n++;
    }
    rpy_list *l = rpy_list_new(list_tid, n);
    if (!l)
        return NULL;
    /* Pieces of ASCII text are ASCII; nothing collects before the return. */
    bool ascii = s->len == s->cplen;
    int64_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        int64_t j = s->len;
        if (k + 1 < n && sep->len == 1) {
            j = find_byte(s, sep->data[0], i);
        } else if (k + 1 < n) {
            j = find_bytes(s, sep, i, s->len);
        }
        rpy_str *piece = ascii ? rpy_str_new_cp(s->data + i, j - i, j - i)
                               : rpy_str_new(s->data + i, j - i);
        if (!piece)
            return NULL;
        l->items[k].p = piece;
        i = j + sep->len;
    }
    return l;
}

void *rpy_str_split(void *sv, void *sepv, uint32_t list_tid) {
    rpy_str *s = sv, *sep = sepv;
    if (sep && sep->len == 0) {
        rpy_raise_msg(RPY_EXC_ValueError, "empty separator");
        return NULL;
    }
    if (sep)
        return split_by(s, sep, list_tid);
    void *l = rpy_list_new(list_tid, 0);
    if (!l)
        return NULL;
    RPY_PUSH_ROOT(l);
    void **root = rpy_ss_top - 1;
    {
        int64_t i = 0, next;
        while (1) {
            while (i < s->len && in_chars(NULL, s, i, &next))
                i = next;
            if (i >= s->len)
                break;
            int64_t j = i;
            while (j < s->len && !in_chars(NULL, s, j, &next))
                j = next;
            if (!append_piece(root, &s, i, j))
                break;
            i = j;
        }
    }
    l = *root;
    RPY_POP_ROOTS(1);
    return rpy_exc ? NULL : l;
}

static bool in_chars(rpy_str *chars, rpy_str *s, int64_t pos, int64_t *next) {
    int64_t c = rpy_char_at(s, pos, next);
    if (!chars)
        return is_py_space_cp((uint32_t)c);
    int64_t p = 0, q;
    while (p < chars->len) {
        if (rpy_char_at(chars, p, &q) == c)
            return true;
        p = q;
    }
    return false;
}

/* which: 0 both ends, 1 left, 2 right */
void *rpy_str_strip(void *sv, void *charsv, int which) {
    rpy_str *s = sv, *chars = charsv;
    int64_t a = 0, b = s->len, next;
    if (which != 2)
        while (a < b && in_chars(chars, s, a, &next))
            a = next;
    if (which != 1)
        while (b > a) {
            int64_t p = b - 1;
            while (p > a && ((unsigned char)s->data[p] & 0xC0) == 0x80)
                p--;
            if (!in_chars(chars, s, p, &next))
                break;
            b = p;
        }
    return rpy_str_new(s->data + a, b - a);
}

/* Every occurrence of a non-empty `old`: counted first, so the result is
 * built in place with its code-point length known. */
static void *replace_all(rpy_str *s, rpy_str *old, rpy_str *nw) {
    int64_t n = 0;
    for (int64_t j = 0; (j = find_bytes(s, old, j, s->len)) >= 0; j += old->len)
        n++;
    if (n == 0)
        return s;
    rpy_str *r = alloc_text(RPY_TID_STR, s->len + n * (nw->len - old->len));
    if (!r)
        return NULL;
    char *o = r->data;
    int64_t i = 0;
    for (int64_t k = 0; k < n; k++) {
        int64_t j = find_bytes(s, old, i, s->len);
        copy_text(o, s->data + i, j - i);
        o += j - i;
        copy_text(o, nw->data, nw->len);
        o += nw->len;
        i = j + old->len;
    }
    memcpy(o, s->data + i, (size_t)(s->len - i));
    r->cplen = s->cplen + n * (nw->cplen - old->cplen);
    return r;
}

void *rpy_str_replace(void *sv, void *oldv, void *newv) {
    rpy_str *s = sv, *old = oldv, *nw = newv;
    if (old->len == 0) {
        rpy_sb sb;
        rpy_sb_init(&sb);
        int64_t pos = 0, next;
        rpy_sb_put(&sb, nw->data, (size_t)nw->len);
        while (pos < s->len) {
            rpy_char_at(s, pos, &next);
            rpy_sb_put(&sb, s->data + pos, (size_t)(next - pos));
            rpy_sb_put(&sb, nw->data, (size_t)nw->len);
            pos = next;
        }
        return rpy_sb_finish(&sb);
    }
    return replace_all(s, old, nw);
}

static bool in_uranges(const rpy_urange *r, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n; /* first range with r.lo > cp */
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (r[mid].lo <= cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo > 0 && cp <= r[lo - 1].hi;
}

static const char *umap_lookup(const rpy_umap *m, size_t n, uint32_t cp) {
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (m[mid].cp < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && m[lo].cp == cp ? m[lo].to : NULL;
}

static int encode_utf8(int64_t c, char *out);

/* CPython's final-sigma rule: a capital sigma becomes final when, skipping
 * case-ignorable code points, a cased one precedes it and none follows. */
static bool final_sigma(const uint32_t *cps, int64_t n, int64_t i) {
    int64_t j = i - 1;
    while (j >= 0 && in_uranges(rpy_uc_ignorable, rpy_uc_ignorable_n, cps[j]))
        j--;
    if (j < 0 || !in_uranges(rpy_uc_cased, rpy_uc_cased_n, cps[j]))
        return false;
    j = i + 1;
    while (j < n && in_uranges(rpy_uc_ignorable, rpy_uc_ignorable_n, cps[j]))
        j++;
    return !(j < n && in_uranges(rpy_uc_cased, rpy_uc_cased_n, cps[j]));
}

/* The bytes of w in [lo, hi] (ASCII w) flipped in case: 0x20 added to or
 * taken from each, eight at a time. */
static inline uint64_t flip_case_range(uint64_t w, unsigned char lo, unsigned char hi) {
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    /* Per byte (all < 0x80): high bit of (b + 0x80 - lo) says b >= lo, of
     * (b + 0x7f - hi) says b > hi; no carry crosses bytes. */
    uint64_t ge_lo = w + ones * (0x80 - lo);
    uint64_t gt_hi = w + ones * (0x7f - hi);
    uint64_t in = ge_lo & ~gt_hi & high;
    return w ^ (in >> 2);
}

/* case_map of ASCII text: byte for byte, eight at a time. */
static void *case_map_ascii(rpy_str *s, int mode) {
    rpy_str *r = alloc_text(RPY_TID_STR, s->len);
    if (!r)
        return NULL;
    r->cplen = s->len;
    int64_t i = 0;
    if (mode != 2) {
        unsigned char lo = mode == 0 ? 'a' : 'A';
        for (; i + 8 <= s->len; i += 8) {
            uint64_t w;
            memcpy(&w, s->data + i, 8);
            w = flip_case_range(w, lo, (unsigned char)(lo + 25));
            memcpy(r->data + i, &w, 8);
        }
    }
    for (; i < s->len; i++) {
        char b = s->data[i];
        if (mode == 0 || (mode == 2 && i == 0)) {
            if (b >= 'a' && b <= 'z')
                b = (char)(b - 32);
        } else if (b >= 'A' && b <= 'Z') {
            b = (char)(b + 32);
        }
        r->data[i] = b;
    }
    return r;
}

/* mode 0: upper, 1: lower, 2: capitalize (title case first, lower rest). */
static void *case_map(rpy_str *s, int mode) {
    if (s->len == s->cplen)
        return case_map_ascii(s, mode);
    uint32_t *cps = malloc(((size_t)s->cplen + 1) * sizeof(uint32_t));
    if (!cps)
        rpy_fatal("MemoryError");
    int64_t n = 0, pos = 0, next;
    while (pos < s->len) {
        cps[n++] = (uint32_t)rpy_char_at(s, pos, &next);
        pos = next;
    }
    rpy_sb sb;
    rpy_sb_init(&sb);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        bool up = mode == 0 || (mode == 2 && i == 0);
        char buf[4];
        if (c < 128) {
            char b = (char)c;
            if (up && b >= 'a' && b <= 'z')
                b = (char)(b - 32);
            else if (!up && b >= 'A' && b <= 'Z')
                b = (char)(b + 32);
            rpy_sb_put(&sb, &b, 1);
            continue;
        }
        const char *to;
        if (mode == 2 && i == 0)
            to = umap_lookup(rpy_uc_title, rpy_uc_title_n, c);
        else if (up)
            to = umap_lookup(rpy_uc_upper, rpy_uc_upper_n, c);
        else if (c == 0x3A3)
            to = final_sigma(cps, n, i) ? "\xcf\x82" : "\xcf\x83";
        else
            to = umap_lookup(rpy_uc_lower, rpy_uc_lower_n, c);
        if (to)
            rpy_sb_puts(&sb, to);
        else
            rpy_sb_put(&sb, buf, (size_t)encode_utf8(c, buf));
    }
    free(cps);
    return rpy_sb_finish(&sb);
}

void *rpy_str_upper(void *s) { return case_map(s, 0); }
void *rpy_str_lower(void *s) { return case_map(s, 1); }
void *rpy_str_capitalize(void *s) { return case_map(s, 2); }

static bool is_py_space_cp(uint32_t c) {
    return (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

/* cls 0: digit, 1: alpha, 2: space; false for the empty string. */
static bool all_chars(rpy_str *s, int cls) {
    if (s->len == 0)
        return false;
    int64_t pos = 0, next;
    while (pos < s->len) {
        uint32_t c = (uint32_t)rpy_char_at(s, pos, &next);
        bool ok;
        if (cls == 2)
            ok = is_py_space_cp(c);
        else if (c < 128)
            ok = cls == 0 ? (c >= '0' && c <= '9') : ((c | 32) >= 'a' && (c | 32) <= 'z');
        else if (cls == 0)
            ok = in_uranges(rpy_uc_digit, rpy_uc_digit_n, c);
        else
            ok = in_uranges(rpy_uc_alpha, rpy_uc_alpha_n, c);
        if (!ok)
            return false;
        pos = next;
    }
    return true;
}

bool rpy_str_isdigit(void *s) { return all_chars(s, 0); }
bool rpy_str_isalpha(void *s) { return all_chars(s, 1); }
bool rpy_str_isspace(void *s) { return all_chars(s, 2); }

int64_t rpy_str_ord(void *sv) {
    rpy_str *s = sv;
    if (s->cplen != 1) {
        char buf[96];
        snprintf(buf, sizeof buf,
                 "ord() expected a character, but string of length %lld found",
                 (long long)s->cplen);
        rpy_raise_msg(RPY_EXC_TypeError, buf);
        return 0;
    }
    int64_t next;
    return rpy_char_at(s, 0, &next);
}

static int encode_utf8(int64_t c, char *out) {
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xC0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xE0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        out[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

void *rpy_chr(int64_t i) {
    if (i < 0 || i >= 0x110000) {
        rpy_raise_msg(RPY_EXC_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    if (i >= 0xD800 && i < 0xE000) {
        rpy_raise_msg(RPY_EXC_ValueError,
                      "chr() arg is a surrogate, which RPython strings cannot hold");
        return NULL;
    }
    char buf[4];
    int n = encode_utf8(i, buf);
    return rpy_str_new(buf, n);
}

static bool in_uranges(const rpy_urange *r, size_t n, uint32_t cp);

/* Python's repr of a str: quotes chosen as CPython does, \xhh, \uxxxx or
 * \Uxxxxxxxx for the characters str.isprintable() rejects. */
void rpy_sb_str_repr(rpy_sb *sb, rpy_str *s) {
    bool has_single = memchr(s->data, '\'', (size_t)s->len) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->len) != NULL;
    char q = (has_single && !has_double) ? '"' : '\'';
    rpy_sb_put(sb, &q, 1);
    int64_t pos = 0, next;
    while (pos < s->len) {
        int64_t c = rpy_char_at(s, pos, &next);
        char buf[16];
        if (c == q || c == '\\') {
            buf[0] = '\\';
            buf[1] = (char)c;
            rpy_sb_put(sb, buf, 2);
        } else if (c == '\n') {
            rpy_sb_puts(sb, "\\n");
        } else if (c == '\r') {
            rpy_sb_puts(sb, "\\r");
        } else if (c == '\t') {
            rpy_sb_puts(sb, "\\t");
        } else if (c < 0x20 || c == 0x7f ||
                   (c >= 0x80 && !in_uranges(rpy_uc_printable, rpy_uc_printable_n, (uint32_t)c))) {
            if (c < 0x100)
                snprintf(buf, sizeof buf, "\\x%02x", (unsigned)c);
            else if (c < 0x10000)
                snprintf(buf, sizeof buf, "\\u%04x", (unsigned)c);
            else
                snprintf(buf, sizeof buf, "\\U%08x", (unsigned)c);
            rpy_sb_puts(sb, buf);
        } else {
            rpy_sb_put(sb, s->data + pos, (size_t)(next - pos));
        }
        pos = next;
    }
    rpy_sb_put(sb, &q, 1);
}

void rpy_sb_bytes_repr(rpy_sb *sb, rpy_str *s) {
    bool has_single = memchr(s->data, '\'', (size_t)s->len) != NULL;
    bool has_double = memchr(s->data, '"', (size_t)s->len) != NULL;
    char q = (has_single && !has_double) ? '"' : '\'';
    rpy_sb_puts(sb, "b");
    rpy_sb_put(sb, &q, 1);
    for (int64_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        char buf[8];
        if (c == (unsigned char)q || c == '\\') {
            buf[0] = '\\';
            buf[1] = (char)c;
            rpy_sb_put(sb, buf, 2);
        } else if (c == '\n') {
            rpy_sb_puts(sb, "\\n");
        } else if (c == '\r') {
            rpy_sb_puts(sb, "\\r");
        } else if (c == '\t') {
            rpy_sb_puts(sb, "\\t");
        } else if (c < 0x20 || c >= 0x7f) {
            snprintf(buf, sizeof buf, "\\x%02x", c);
            rpy_sb_puts(sb, buf);
        } else {
            rpy_sb_put(sb, (const char *)&c, 1);
        }
    }
    rpy_sb_put(sb, &q, 1);
}

void *rpy_str_repr(void *s) {
    rpy_sb sb;
    rpy_sb_init(&sb);
    rpy_sb_str_repr(&sb, s);
    return rpy_sb_finish(&sb);
}

void *rpy_str_encode_utf8(void *sv) {
    rpy_str *s = sv;
    return rpy_bytes_new(s->data, s->len);
}

/* The UTF-8 sequence at p[0..left): its length when valid, else 0 with
 * *bad set to the length of the maximal invalid subpart (0: the data ends
 * inside the sequence), as CPython and the Unicode recommendation count. */
static int utf8_sequence(const unsigned char *p, int64_t left, int *bad) {
    unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int n = c >= 0xF5 ? 0 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
    if (n == 0) {
        *bad = 1;
        return 0;
    }
    for (int k = 1; k < n; k++) {
        if (k >= left) {
            *bad = 0;
            return 0;
        }
        unsigned char lo = 0x80, hi = 0xBF;
        if (k == 1) {
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
            else if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        }
        if (p[k] < lo || p[k] > hi) {
            *bad = k;
            return 0;
        }
    }
    return n;
}

void *rpy_bytes_decode_utf8(void *bv) {
    rpy_str *b = bv;
    const unsigned char *p = (const unsigned char *)b->data;
    for (int64_t i = 0; i < b->len;) {
        int bad = 0;
        int n = utf8_sequence(p + i, b->len - i, &bad);
        if (n == 0) {
            char buf[160];
            int64_t end = bad == 0 ? b->len : i + bad;
            const char *why = bad == 0                       ? "unexpected end of data"
                              : (bad == 1 && (p[i] < 0xC2 || p[i] >= 0xF5)) ? "invalid start byte"
                                                                             : "invalid continuation byte";
            if (end - i == 1)
                snprintf(buf, sizeof buf,
                         "'utf-8' codec can't decode byte 0x%02x in position %lld: %s", p[i],
                         (long long)i, why);
            else
                snprintf(buf, sizeof buf,
                         "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                         (long long)i, (long long)(end - 1), why);
            rpy_raise_msg(RPY_EXC_UnicodeDecodeError, buf);
            return NULL;
        }
        i += n;
    }
    return rpy_str_new(b->data, b->len);
}

int64_t rpy_bytes_getitem(void *bv, int64_t i) {
    rpy_str *b = bv;
    if (i < 0)
        i += b->len;
    if (i < 0 || i >= b->len) {
        rpy_raise_msg(RPY_EXC_IndexError, "index out of range");
        return 0;
    }
    return (unsigned char)b->data[i];
}

void *rpy_bytes_concat(void *av, void *bv) {
    rpy_str *a = av, *b = bv;
    rpy_str *s = alloc_text(RPY_TID_BYTES, a->len + b->len);
    if (!s)
        return NULL;
    copy_text(s->data, a->data, a->len);
    copy_text(s->data + a->len, b->data, b->len);
    s->cplen = s->len;
    return s;
}

bool rpy_bytes_eq(void *a, void *b) { return rpy_str_eq(a, b); }

void *rpy_bytes_slice(void *bv, int64_t start, int64_t stop) {
    rpy_str *b = bv;
    rpy_slice_bounds(b->len, &start, &stop);
    return rpy_bytes_new(b->data + start, stop - start);
}
