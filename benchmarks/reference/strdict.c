/* Hand-written C version of benchmarks/rpython/strdict.py: the ceiling
 * for the native backend on this benchmark (what C written directly,
 * compiled with cc -O2, achieves against CPython).
 *
 * The same work, step by step: the words, lines and text are built with
 * the same generator and joins, the text is split into copies of its lines
 * and each line into copies of its words, words and pairs are counted in
 * string-keyed hash tables, the word -> positions index is filled, the
 * text is rewritten by replace and upper into new buffers, the short words
 * are taken in insertion order, long_names is filled, and every entry is
 * formatted as "%08d %s" and all of them sorted before the first ones are
 * taken. The tables are laid out like CPython's dicts: an entry array in
 * insertion order (key, length, cached hash, value) and an open-addressing
 * slot array of entry numbers. Strings live in an arena that is reset after
 * each round; the tables and position lists are malloc'd and freed each
 * round.
 *
 * Build: cc -O2 -o strdict strdict.c
 * Usage: strdict [ROUNDS]   (default 30)
 * Prints the same stdout as the Python version and `time: SECONDS` on
 * stderr. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/time.h>

#define WORDS_PER_LINE 12

static const char *const SYLLABLES[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti",
                                        "vo", "xe", "zu", "an", "el", "or", "ip"};
#define SYLLABLE_COUNT ((int64_t)(sizeof SYLLABLES / sizeof SYLLABLES[0]))

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return tv.tv_sec + tv.tv_usec * 1e-6;
}

static void *xmalloc(size_t n) {
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static void *xrealloc(void *p, size_t n) {
    p = realloc(p, n ? n : 1);
    if (!p) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    return p;
}

/* ---- Arena: bump allocation in 1 MiB blocks, reset once per round ---- */

typedef struct Block {
    struct Block *next;
    size_t size, used;
    char data[];
} Block;

typedef struct {
    Block *first, *current;
} Arena;

static void *arena_alloc(Arena *a, size_t n) {
    n = (n + 7) & ~(size_t)7;
    Block *b = a->current;
    while (b && b->used + n > b->size)
        b = b->next; /* a block kept from an earlier round */
    if (!b) {
        size_t size = n > (1 << 20) ? n : (1 << 20);
        b = xmalloc(sizeof(Block) + size);
        b->size = size;
        b->used = 0;
        b->next = NULL;
        if (a->current) {
            b->next = a->current->next;
            a->current->next = b;
        } else {
            a->first = b;
        }
    }
    a->current = b;
    void *p = b->data + b->used;
    b->used += n;
    return p;
}

static void arena_reset(Arena *a) {
    for (Block *b = a->first; b; b = b->next)
        b->used = 0;
    a->current = a->first;
}

static void arena_free(Arena *a) {
    Block *b = a->first;
    while (b) {
        Block *next = b->next;
        free(b);
        b = next;
    }
    a->first = a->current = NULL;
}

/* ---- Strings: pointer + length, NUL-terminated for convenience ---- */

typedef struct {
    const char *s;
    size_t len;
} Str;

static Str str_copy(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    memcpy(p, s, len);
    p[len] = 0;
    return (Str){p, len};
}

/* sep.join(parts); sep < 0 for "".join(parts) */
static Str str_join(Arena *a, int sep, const Str *parts, size_t n) {
    size_t len = sep >= 0 && n ? n - 1 : 0;
    for (size_t i = 0; i < n; i++)
        len += parts[i].len;
    char *p = arena_alloc(a, len + 1), *q = p;
    for (size_t i = 0; i < n; i++) {
        if (i && sep >= 0)
            *q++ = (char)sep;
        memcpy(q, parts[i].s, parts[i].len);
        q += parts[i].len;
    }
    *q = 0;
    return (Str){p, len};
}

/* A growable array of strings (the lists of the Python program). */
typedef struct {
    Str *items;
    size_t len, cap;
} StrList;

static void strlist_push(StrList *l, Str s) {
    if (l->len == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 16;
        l->items = xrealloc(l->items, l->cap * sizeof(Str));
    }
    l->items[l->len++] = s;
}

/* s.split(sep), keeping empty parts as Python does; the parts are copies. */
static void str_split(Arena *a, Str s, char sep, StrList *out) {
    out->len = 0;
    const char *start = s.s, *end = s.s + s.len;
    for (;;) {
        const char *hit = memchr(start, sep, (size_t)(end - start));
        if (!hit) {
            strlist_push(out, str_copy(a, start, (size_t)(end - start)));
            return;
        }
        strlist_push(out, str_copy(a, start, (size_t)(hit - start)));
        start = hit + 1;
    }
}

/* ---- Insertion-ordered hash table with string keys ---- */

typedef struct {
    int32_t *items;
    int32_t len, cap;
} IntVec;

typedef struct {
    const char *key;
    uint32_t len, hash;
    union {
        int64_t count; /* words, pairs */
        IntVec positions; /* index */
        Str name; /* long_names */
    } v;
} Entry;

typedef struct {
    Entry *entries; /* in insertion order */
    size_t count, cap;
    uint32_t *slots; /* entry number + 1, 0 when free */
    size_t mask;
} Dict;

static uint32_t hash_bytes(const char *s, size_t len) {
    uint64_t h = 0xcbf29ce484222325ull; /* FNV-1a, folded to 32 bits */
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 0x100000001b3ull;
    }
    return (uint32_t)(h ^ (h >> 32));
}

static void dict_init(Dict *d) {
    d->count = 0;
    d->cap = 8;
    d->entries = xmalloc(d->cap * sizeof(Entry));
    d->mask = 15;
    d->slots = calloc(d->mask + 1, sizeof(uint32_t));
}

static void dict_free(Dict *d) {
    free(d->entries);
    free(d->slots);
}

static void dict_grow(Dict *d) {
    size_t size = (d->mask + 1) * 2;
    free(d->slots);
    d->slots = calloc(size, sizeof(uint32_t));
    if (!d->slots) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    d->mask = size - 1;
    for (size_t i = 0; i < d->count; i++) {
        size_t j = d->entries[i].hash & d->mask;
        while (d->slots[j])
            j = (j + 1) & d->mask;
        d->slots[j] = (uint32_t)(i + 1);
    }
}

/* The entry for key, or NULL. */
static Entry *dict_get(const Dict *d, const char *key, size_t len, uint32_t hash) {
    for (size_t j = hash & d->mask;; j = (j + 1) & d->mask) {
        uint32_t slot = d->slots[j];
        if (!slot)
            return NULL;
        Entry *e = &d->entries[slot - 1];
        if (e->hash == hash && e->len == len && memcmp(e->key, key, len) == 0)
            return e;
    }
}

/* The entry for key, added (value zeroed) if missing; *added tells which.
 * The key must outlive the table (it is in the round's arena). */
static Entry *dict_setdefault(Dict *d, const char *key, size_t len, uint32_t hash, int *added) {
    size_t j = hash & d->mask;
    for (;; j = (j + 1) & d->mask) {
        uint32_t slot = d->slots[j];
        if (!slot)
            break;
        Entry *e = &d->entries[slot - 1];
        if (e->hash == hash && e->len == len && memcmp(e->key, key, len) == 0) {
            *added = 0;
            return e;
        }
    }
    if (d->count == d->cap) {
        d->cap *= 2;
        d->entries = xrealloc(d->entries, d->cap * sizeof(Entry));
    }
    Entry *e = &d->entries[d->count++];
    e->key = key;
    e->len = (uint32_t)len;
    e->hash = hash;
    memset(&e->v, 0, sizeof e->v);
    d->slots[j] = (uint32_t)d->count;
    if (d->count * 2 > d->mask + 1) {
        dict_grow(d);
        e = &d->entries[d->count - 1];
    }
    *added = 1;
    return e;
}

static void intvec_push(IntVec *v, int32_t x) {
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 4;
        v->items = xrealloc(v->items, (size_t)v->cap * sizeof(int32_t));
    }
    v->items[v->len++] = x;
}

/* ---- The benchmark ---- */

static Str make_text(Arena *a, int64_t word_count, int64_t seed) {
    int64_t state = seed;
    StrList lines = {0};
    Str line[WORDS_PER_LINE];
    size_t in_line = 0;
    for (int64_t i = 0; i < word_count; i++) {
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF;
        int64_t syllables = 1 + state % 4;
        int64_t pick = state >> 8;
        Str parts[4];
        for (int64_t k = 0; k < syllables; k++) {
            const char *syllable = SYLLABLES[pick % SYLLABLE_COUNT];
            parts[k] = (Str){syllable, strlen(syllable)};
            pick = pick / SYLLABLE_COUNT;
        }
        line[in_line++] = str_join(a, -1, parts, (size_t)syllables);
        if (in_line == WORDS_PER_LINE) {
            strlist_push(&lines, str_join(a, ' ', line, in_line));
            in_line = 0;
        }
    }
    if (in_line)
        strlist_push(&lines, str_join(a, ' ', line, in_line));
    Str text = str_join(a, '\n', lines.items, lines.len);
    free(lines.items);
    return text;
}

/* A string to sort with its first 16 bytes cached as two big-endian
 * numbers (0-padded), so that most comparisons touch no string memory. */
typedef struct {
    uint64_t head0, head1;
    Str s;
} SortKey;

static uint64_t big_endian_at(const char *s, size_t len, size_t at) {
    uint64_t x = 0;
    for (size_t i = at; i < at + 8; i++)
        x = x << 8 | (i < len ? (unsigned char)s[i] : 0);
    return x;
}

/* < of Python's str for these keys: bytewise, then shorter first. */
static inline __attribute__((always_inline)) int key_less(const SortKey *a, const SortKey *b) {
    if (a->head0 != b->head0)
        return a->head0 < b->head0;
    if (a->head1 != b->head1)
        return a->head1 < b->head1;
    size_t n = a->s.len < b->s.len ? a->s.len : b->s.len;
    for (size_t i = 16; i < n; i++)
        if (a->s.s[i] != b->s.s[i])
            return (unsigned char)a->s.s[i] < (unsigned char)b->s.s[i];
    return a->s.len < b->s.len;
}

/* Quicksort (median of three, insertion sort for short runs, recursion on
 * the smaller side). */
static void sort_keys(SortKey *k, size_t n) {
    while (n > 16) {
        size_t mid = n / 2;
        SortKey t;
        if (key_less(&k[mid], &k[0])) {
            t = k[mid]; k[mid] = k[0]; k[0] = t;
        }
        if (key_less(&k[n - 1], &k[mid])) {
            t = k[n - 1]; k[n - 1] = k[mid]; k[mid] = t;
            if (key_less(&k[mid], &k[0])) {
                t = k[mid]; k[mid] = k[0]; k[0] = t;
            }
        }
        SortKey pivot = k[mid];
        size_t i = 0, j = n - 1;
        for (;;) {
            while (key_less(&k[i], &pivot))
                i++;
            while (key_less(&pivot, &k[j]))
                j--;
            if (i >= j)
                break;
            t = k[i]; k[i] = k[j]; k[j] = t;
            i++;
            j--;
        }
        /* k[0..j] <= pivot <= k[j+1..n) */
        size_t left = j + 1;
        if (left < n - left) {
            sort_keys(k, left);
            k += left;
            n -= left;
        } else {
            sort_keys(k + left, n - left);
            n = left;
        }
    }
    for (size_t i = 1; i < n; i++) {
        SortKey t = k[i];
        size_t j = i;
        for (; j > 0 && key_less(&t, &k[j - 1]); j--)
            k[j] = k[j - 1];
        k[j] = t;
    }
}

/* Decimal digits of x into buf (no NUL); returns how many. */
static size_t format_uint(char *buf, uint64_t x) {
    char tmp[24];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + x % 10);
        x /= 10;
    } while (x);
    for (size_t i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    return n;
}

/* The first how_many of the "%08d %s" entries sorted and reversed; the
 * result is in the arena. */
static Str *most_frequent(Arena *a, const Dict *counts, size_t how_many, size_t *n_out) {
    size_t n = counts->count;
    SortKey *ranked = xmalloc(n * sizeof(SortKey));
    for (size_t i = 0; i < n; i++) {
        const Entry *e = &counts->entries[i];
        char digits[24];
        size_t d = format_uint(digits, (uint64_t)e->v.count); /* counts are positive */
        size_t width = d < 8 ? 8 : d;
        size_t len = width + 1 + e->len;
        char *p = arena_alloc(a, len + 1);
        memset(p, '0', width - d);
        memcpy(p + width - d, digits, d);
        p[width] = ' ';
        memcpy(p + width + 1, e->key, e->len);
        p[len] = 0;
        ranked[i] = (SortKey){big_endian_at(p, len, 0), big_endian_at(p, len, 8), (Str){p, len}};
    }
    sort_keys(ranked, n);
    for (size_t lo = 0, hi = n ? n - 1 : 0; lo < hi; lo++, hi--) {
        SortKey t = ranked[lo];
        ranked[lo] = ranked[hi];
        ranked[hi] = t;
    }
    size_t m = how_many < n ? how_many : n;
    Str *first = arena_alloc(a, (m ? m : 1) * sizeof(Str));
    for (size_t i = 0; i < m; i++)
        first[i] = ranked[i].s;
    free(ranked);
    *n_out = m;
    return first;
}

/* text.replace(old, new) for old and new of any lengths; a new string. */
static Str str_replace(Arena *a, Str text, const char *old, const char *new) {
    size_t old_len = strlen(old), new_len = strlen(new), hits = 0;
    const char *end = text.s + text.len;
    for (const char *p = text.s; (p = memmem(p, (size_t)(end - p), old, old_len)); p += old_len)
        hits++;
    size_t len = text.len - hits * old_len + hits * new_len;
    char *out = arena_alloc(a, len + 1), *q = out;
    const char *p = text.s;
    for (const char *hit; (hit = memmem(p, (size_t)(end - p), old, old_len)); p = hit + old_len) {
        memcpy(q, p, (size_t)(hit - p));
        q += hit - p;
        memcpy(q, new, new_len);
        q += new_len;
    }
    memcpy(q, p, (size_t)(end - p));
    q += end - p;
    *q = 0;
    return (Str){out, len};
}

/* text.upper() for ASCII text; a new string. */
static Str str_upper(Arena *a, Str text) {
    char *out = arena_alloc(a, text.len + 1);
    for (size_t i = 0; i < text.len; i++) {
        char c = text.s[i];
        out[i] = c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
    }
    out[text.len] = 0;
    return (Str){out, text.len};
}

/* text.count(sub): non-overlapping occurrences. */
static int64_t str_count(Str text, const char *sub) {
    size_t sub_len = strlen(sub);
    int64_t n = 0;
    const char *end = text.s + text.len;
    for (const char *p = text.s; (p = memmem(p, (size_t)(end - p), sub, sub_len)); p += sub_len)
        n++;
    return n;
}

/* One round; appends its report lines to out (each a malloc'd C string). */
static void one_round(Arena *a, int64_t seed, int64_t word_count, char **out, size_t *n_out) {
    Str text = make_text(a, word_count, seed);
    Dict words, pairs, index;
    dict_init(&words);
    dict_init(&pairs);
    dict_init(&index);
    int32_t position = 0;
    StrList lines = {0}, line_words = {0};
    str_split(a, text, '\n', &lines);
    for (size_t l = 0; l < lines.len; l++) {
        Str previous = {"", 0};
        str_split(a, lines.items[l], ' ', &line_words);
        for (size_t w = 0; w < line_words.len; w++) {
            Str word = line_words.items[w];
            uint32_t h = hash_bytes(word.s, word.len);
            int added;
            dict_setdefault(&words, word.s, word.len, h, &added)->v.count += 1;
            if (previous.len) {
                size_t len = previous.len + 1 + word.len;
                char *pair = arena_alloc(a, len + 1);
                memcpy(pair, previous.s, previous.len);
                pair[previous.len] = '+';
                memcpy(pair + previous.len + 1, word.s, word.len);
                pair[len] = 0;
                dict_setdefault(&pairs, pair, len, hash_bytes(pair, len), &added)->v.count += 1;
            }
            intvec_push(&dict_setdefault(&index, word.s, word.len, h, &added)->v.positions, position);
            previous = word;
            position++;
        }
    }
    free(lines.items);
    free(line_words.items);

    Str shouted = str_upper(a, str_replace(a, text, "ka", "KA"));

    StrList short_words = {0};
    for (size_t i = 0; i < words.count; i++)
        if (words.entries[i].len <= 4)
            strlist_push(&short_words, (Str){words.entries[i].key, words.entries[i].len});
    Dict long_names;
    dict_init(&long_names);
    for (size_t i = 0; i < short_words.len; i++) {
        Str w = short_words.items[i];
        uint32_t h = hash_bytes(w.s, w.len);
        /* w.capitalize(): first letter upper, the rest lower (ASCII) */
        char *cap = arena_alloc(a, w.len + 1);
        for (size_t k = 0; k < w.len; k++) {
            char c = w.s[k];
            if (k == 0 && c >= 'a' && c <= 'z')
                c = (char)(c - 'a' + 'A');
            else if (k > 0 && c >= 'A' && c <= 'Z')
                c = (char)(c - 'A' + 'a');
            cap[k] = c;
        }
        cap[w.len] = 0;
        int32_t n = dict_get(&index, w.s, w.len, h)->v.positions.len;
        char digits[16];
        int d = snprintf(digits, sizeof digits, "%d", (int)n);
        size_t len = w.len + 1 + (size_t)d;
        char *name = arena_alloc(a, len + 1);
        memcpy(name, cap, w.len);
        name[w.len] = '-';
        memcpy(name + w.len + 1, digits, (size_t)d + 1);
        int added;
        dict_setdefault(&long_names, w.s, w.len, h, &added)->v.name = (Str){name, len};
    }
    int64_t checksum = 0;
    for (size_t i = 0; i < short_words.len; i++) {
        Str w = short_words.items[i];
        uint32_t h = hash_bytes(w.s, w.len);
        checksum += (int64_t)dict_get(&long_names, w.s, w.len, h)->v.name.len *
                    dict_get(&words, w.s, w.len, h)->v.count;
    }
    free(short_words.items);

    size_t n_top;
    Str *top = most_frequent(a, &words, 3, &n_top);
    size_t n = 0;
    for (size_t i = 0; i < n_top; i++) {
        const char *space = memchr(top[i].s, ' ', top[i].len);
        Str count = str_copy(a, top[i].s, (size_t)(space - top[i].s));
        Str word = str_copy(a, space + 1, top[i].len - count.len - 1);
        const Entry *e = dict_get(&index, word.s, word.len, hash_bytes(word.s, word.len));
        char *line = xmalloc(word.len + 64);
        sprintf(line, "%10s: %6lld first at %d", word.s, strtoll(count.s, NULL, 10), (int)e->v.positions.items[0]);
        out[n++] = line;
    }
    size_t n_pair;
    Str top_entry = most_frequent(a, &pairs, 1, &n_pair)[0];
    const char *space = memchr(top_entry.s, ' ', top_entry.len);
    char *line = xmalloc(top_entry.len + 64);
    sprintf(line, "pairs %zu, words %zu, top pair %s", pairs.count, words.count, space + 1);
    out[n++] = line;
    line = xmalloc(96);
    sprintf(line, "checksum %lld, shouted %zu, KA %lld", (long long)checksum, shouted.len,
            (long long)str_count(shouted, "KA"));
    out[n++] = line;
    *n_out = n;

    for (size_t i = 0; i < index.count; i++)
        free(index.entries[i].v.positions.items);
    dict_free(&words);
    dict_free(&pairs);
    dict_free(&index);
    dict_free(&long_names);
    arena_reset(a);
}

int main(int argc, char **argv) {
    int64_t rounds = argc > 1 ? atoll(argv[1]) : 30;
    Arena arena = {0};
    double start = now();
    for (int64_t r = 0; r < rounds; r++) {
        char *lines[8];
        size_t n;
        one_round(&arena, r + 1, 60000, lines, &n);
        for (size_t i = 0; i < n; i++) {
            if (r == 0 || r == rounds - 1)
                printf("%s\n", lines[i]);
            free(lines[i]);
        }
    }
    double elapsed = now() - start;
    printf("rounds %lld\n", (long long)rounds);
    fflush(stdout);
    arena_free(&arena);
    fprintf(stderr, "time: %f\n", elapsed);
    return 0;
}
