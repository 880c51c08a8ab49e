package rpy.rt;

/**
 * Sorts where Arrays.sort's order differs from Python's (unboxed arrays), or
 * where a sort by characters beats comparisons (strings).
 */
final class Sorting {
    private Sorting() {}

    /** Nested partitions before a range is left to TimSort (bad pivots only). */
    private static final int MAX_DEPTH = 96;

    /**
     * Sorts strings in code-point order: a three-way radix quicksort on the
     * UTF-16 units (surrogates ranked above U+FFFF, as Text.compare does),
     * which compares each unit of a shared prefix once per partition instead
     * of once per comparison. Not stable, which no one can tell: equal str
     * items are interchangeable.
     */
    static void sortStrings(Object[] a, int n) {
        boolean utf16 = true;
        for (int i = 0; i < n && utf16; i++) {
            utf16 = !mayHoldSurrogates((String) a[i]);
        }
        radix(a, 0, n, 0, 0, utf16);
    }

    /** Whether some unit of s is U+D800 or above, where UTF-16 and code-point order part. */
    private static boolean mayHoldSurrogates(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0xD800) {
                return true;
            }
        }
        return false;
    }

    /** Unit d of s in code-point order (-1 past the end). */
    private static int unit(Object s, int d) {
        String t = (String) s;
        if (d >= t.length()) {
            return -1;
        }
        char c = t.charAt(d);
        return c < 0xD800 ? c : (c >= 0xE000 ? c - 0x800 : c + 0x2000);
    }

    /** Compares strings that share their first d units. */
    private static int compareFrom(Object a, Object b, int d) {
        while (true) {
            int x = unit(a, d);
            int y = unit(b, d);
            if (x != y || x < 0) {
                return x - y;
            }
            d++;
        }
    }

    /**
     * Sorts a[lo, hi), whose items share their first d units; `utf16`: no
     * item has a unit from U+D800 up, so String.compareTo (an intrinsic)
     * orders them.
     */
    private static void radix(Object[] a, int lo, int hi, int d, int depth, boolean utf16) {
        while (hi - lo > 12) {
            if (depth > MAX_DEPTH) {
                java.util.Arrays.sort(a, lo, hi, Cmp::compare);
                return;
            }
            int pivot = unit(a[lo + (hi - lo) / 2], d);
            int lt = lo;
            int gt = hi - 1;
            int i = lo;
            while (i <= gt) {
                int u = unit(a[i], d);
                if (u < pivot) {
                    swap(a, lt++, i++);
                } else if (u > pivot) {
                    swap(a, i, gt--);
                } else {
                    i++;
                }
            }
            radix(a, lo, lt, d, depth + 1, utf16);
            radix(a, gt + 1, hi, d, depth + 1, utf16);
            if (pivot < 0) {
                return;
            }
            boolean allEqual = lt == lo && gt == hi - 1;
            lo = lt;
            hi = gt + 1;
            d = allEqual ? commonPrefix(a, lo, hi, d + 1) : d + 1;
        }
        for (int i = lo + 1; i < hi; i++) {
            Object x = a[i];
            int j = i;
            while (j > lo && (utf16 ? ((String) a[j - 1]).compareTo((String) x) : compareFrom(a[j - 1], x, d)) > 0) {
                a[j] = a[j - 1];
                j--;
            }
            a[j] = x;
        }
    }

    /**
     * The length of the prefix all of a[lo, hi) share, knowing they share
     * the first d units: one pass over the items for a long shared prefix
     * (numbers padded with zeros), where partitions would make one per unit.
     */
    private static int commonPrefix(Object[] a, int lo, int hi, int d) {
        String first = (String) a[lo];
        int end = first.length();
        for (int i = lo + 1; i < hi && end > d; i++) {
            String s = (String) a[i];
            int k = d;
            int m = Math.min(end, s.length());
            while (k < m && s.charAt(k) == first.charAt(k)) {
                k++;
            }
            end = k;
        }
        return Math.max(end, d);
    }

    private static void swap(Object[] a, int i, int j) {
        Object t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Python orders -0.0 == 0.0 (kept in place, the sort is stable); NaNs make no order. */
    static void sort(double[] a, int n) {
        Double[] boxed = new Double[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = a[i];
        }
        java.util.Arrays.sort(boxed, (x, y) -> x < y ? -1 : (x > y ? 1 : 0));
        for (int i = 0; i < n; i++) {
            a[i] = boxed[i];
        }
    }

    static void sort(boolean[] a, int n) {
        int falses = 0;
        for (int i = 0; i < n; i++) {
            if (!a[i]) {
                falses++;
            }
        }
        for (int i = 0; i < n; i++) {
            a[i] = i >= falses;
        }
    }
}
