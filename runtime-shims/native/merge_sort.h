/* A stable merge sort, defined once per item type and way of comparing:
 * list.c sorts items through their type descriptor, text_sort.c sorts
 * records whose keys tie. */
#ifndef RPY_MERGE_SORT_H
#define RPY_MERGE_SORT_H

/* Stable merge sort: insertion sort for short runs, no merge when the halves
 * are already in order, and only the left half copied out for a merge.
 * One copy per item type and way of comparing (LESS may use `ctx`). */
#define SHORT_RUN 12
#define DEFINE_MERGE_SORT(NAME, T, LESS, CTX, ctx)                                         \
    static void NAME(T *a, T *tmp, int64_t n, CTX ctx) {                                   \
        if (n <= SHORT_RUN) {                                                              \
            for (int64_t i = 1; i < n; i++) {                                              \
                T x = a[i];                                                                \
                int64_t j = i;                                                             \
                while (j > 0 && LESS(x, a[j - 1])) {                                       \
                    a[j] = a[j - 1];                                                       \
                    j--;                                                                   \
                }                                                                          \
                a[j] = x;                                                                  \
            }                                                                              \
            return;                                                                        \
        }                                                                                  \
        int64_t h = n / 2;                                                                 \
        NAME(a, tmp, h, ctx);                                                              \
        NAME(a + h, tmp, n - h, ctx);                                                      \
        if (!LESS(a[h], a[h - 1]))                                                         \
            return;                                                                        \
        memcpy(tmp, a, (size_t)h * sizeof(T));                                             \
        int64_t i = 0, j = h, k = 0;                                                       \
        while (i < h && j < n) {                                                           \
            /* Without a branch on the (unpredictable) outcome. */                         \
            bool right = LESS(a[j], tmp[i]);                                               \
            const T *from = right ? &a[j] : &tmp[i];                                       \
            a[k++] = *from;                                                                \
            j += right;                                                                    \
            i += !right;                                                                   \
        }                                                                                  \
        while (i < h)                                                                      \
            a[k++] = tmp[i++];                                                             \
    }

#endif
