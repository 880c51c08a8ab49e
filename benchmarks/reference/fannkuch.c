/* Hand-written C version of benchmarks/rpython/fannkuch.py: the ceiling
 * for the native backend on this benchmark (what C written directly,
 * compiled with cc -O2, achieves against CPython).
 *
 * The same algorithm: permutations of 0..n-1 in the counting order, each
 * flipped until 0 comes first; 64-bit ints and plain arrays.
 *
 * Build: cc -O2 -o fannkuch fannkuch.c
 * Usage: fannkuch [N]   (default 10)
 * Prints the same stdout as the Python version and `time: SECONDS` on
 * stderr. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>

static double now(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return tv.tv_sec + tv.tv_usec * 1e-6;
}

static void fannkuch(int64_t n, int64_t *checksum_out, int64_t *max_flips_out) {
    int64_t *perm = calloc(n, sizeof *perm);
    int64_t *perm1 = calloc(n, sizeof *perm1);
    int64_t *count = calloc(n, sizeof *count);
    for (int64_t i = 0; i < n; i++)
        perm1[i] = i;
    int64_t max_flips = 0, checksum = 0, permutation_index = 0, r = n;
    for (;;) {
        for (; r != 1; r--)
            count[r - 1] = r;
        for (int64_t i = 0; i < n; i++)
            perm[i] = perm1[i];
        int64_t flips = 0;
        for (int64_t first = perm[0]; first != 0; first = perm[0]) {
            for (int64_t lo = 0, hi = first; lo < hi; lo++, hi--) {
                int64_t tmp = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = tmp;
            }
            flips++;
        }
        if (flips > max_flips)
            max_flips = flips;
        checksum += permutation_index % 2 == 0 ? flips : -flips;
        /* The next permutation: rotate the first r+1 items until a counter
         * does not wrap. */
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                free(perm);
                free(perm1);
                free(count);
                return;
            }
            int64_t head = perm1[0];
            for (int64_t i = 0; i < r; i++)
                perm1[i] = perm1[i + 1];
            perm1[r] = head;
            if (--count[r] > 0)
                break;
            r++;
        }
        permutation_index++;
    }
}

int main(int argc, char **argv) {
    int64_t n = argc > 1 ? atol(argv[1]) : 10;
    double start = now();
    int64_t checksum, max_flips;
    fannkuch(n, &checksum, &max_flips);
    double elapsed = now() - start;
    printf("%lld\nPfannkuchen(%lld) = %lld\n", (long long)checksum, (long long)n,
           (long long)max_flips);
    fprintf(stderr, "time: %f\n", elapsed);
    return 0;
}
