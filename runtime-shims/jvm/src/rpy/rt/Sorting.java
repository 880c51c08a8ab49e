package rpy.rt;

/** Stable sorts of unboxed arrays where Arrays.sort's order differs from Python's. */
final class Sorting {
    private Sorting() {}

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
