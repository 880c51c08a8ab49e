package rpy.rt;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads one of the Unicode table resources the translator writes into a jar
 * (emit-jvm/src/runtime/unicode_tables.rs describes the format): varints,
 * and sorted inclusive ranges, with the range lookup CaseMap and CharClass
 * share.
 */
final class TableReader {
    private final byte[] data;
    private int pos;

    TableReader(String resource) {
        try (InputStream in = TableReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("rpy/rt/" + resource + " is missing from the jar");
            }
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read rpy/rt/" + resource, e);
        }
    }

    int varint() {
        int value = 0;
        for (int shift = 0;; shift += 7) {
            int b = data[pos++];
            value |= (b & 0x7F) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    /** Sorted, disjoint, inclusive code-point ranges. */
    static final class Ranges {
        private final int[] lo;
        private final int[] hi;

        private Ranges(int[] lo, int[] hi) {
            this.lo = lo;
            this.hi = hi;
        }

        boolean contains(int cp) {
            int k = Arrays.binarySearch(lo, cp);
            if (k >= 0) {
                return true;
            }
            k = -k - 2; // the last range starting below cp
            return k >= 0 && cp <= hi[k];
        }
    }

    /** The next ranges. */
    Ranges ranges() {
        int n = varint();
        int[] lo = new int[n];
        int[] hi = new int[n];
        int next = 0;
        for (int i = 0; i < n; i++) {
            lo[i] = next + varint();
            hi[i] = lo[i] + varint();
            next = hi[i] + 1;
        }
        return new Ranges(lo, hi);
    }
}
