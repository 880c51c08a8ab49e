// Hand-written Java version of benchmarks/rpython/fannkuch.py: the ceiling
// for the JVM backend on this benchmark (what Java written directly
// achieves against CPython on the same JVM).
//
// The same algorithm: permutations of 0..n-1 in the counting order, each
// flipped until 0 comes first; long values and plain arrays.
//
// Usage: java Fannkuch [N]   (default 10)
// Prints the same stdout as the Python version and `time: SECONDS` on
// stderr.
public final class Fannkuch {
    private static long checksum;
    private static long maxFlips;

    private static void fannkuch(int n) {
        long[] perm = new long[n];
        long[] perm1 = new long[n];
        long[] count = new long[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        long permutationIndex = 0;
        int r = n;
        while (true) {
            for (; r != 1; r--) {
                count[r - 1] = r;
            }
            System.arraycopy(perm1, 0, perm, 0, n);
            long flips = 0;
            for (long first = perm[0]; first != 0; first = perm[0]) {
                for (int lo = 0, hi = (int) first; lo < hi; lo++, hi--) {
                    long tmp = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = tmp;
                }
                flips++;
            }
            maxFlips = Math.max(maxFlips, flips);
            checksum += permutationIndex % 2 == 0 ? flips : -flips;
            // The next permutation: rotate the first r+1 items until a
            // counter does not wrap.
            while (true) {
                if (r == n) {
                    return;
                }
                long head = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = head;
                if (--count[r] > 0) {
                    break;
                }
                r++;
            }
            permutationIndex++;
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        long start = System.nanoTime();
        fannkuch(n);
        double elapsed = (System.nanoTime() - start) / 1e9;
        System.out.println(checksum);
        System.out.println("Pfannkuchen(" + n + ") = " + maxFlips);
        System.err.printf("time: %f%n", elapsed);
    }
}
