package rpy.rt;

import java.util.ArrayList;
import java.util.Arrays;

/**
 * str.upper/lower/capitalize of strings with non-ASCII characters, with
 * CPython 3.11's mappings rather than the JDK's (older Unicode, simple title
 * case only). The tables come from the jar resource case_tables.bin, written
 * by the translator (emit-jvm/src/runtime/unicode_tables.rs describes the
 * format) into the jars of programs that use these operations, and are
 * decoded on first use. Text handles ASCII-only strings itself.
 */
final class CaseMap {
    private CaseMap() {}

    static final int UPPER = 0;
    static final int LOWER = 1;
    static final int CAPITALIZE = 2;

    /** The decoded tables; a holder class, so they are read on first use only. */
    private static final class Tables {
        /** Cased and case-ignorable code points. */
        static final TableReader.Ranges cased;
        static final TableReader.Ranges ignorable;
        /** Per mapping (upper, lower, title): sorted sources; their results,
         * a code point, or ~k for multi[k] when longer than one. */
        static final int[][] sources = new int[3][];
        static final int[][] results = new int[3][];
        static final String[][] multi = new String[3][];

        static {
            TableReader in = new TableReader("case_tables.bin");
            cased = in.ranges();
            ignorable = in.ranges();
            for (int t = 0; t < 3; t++) {
                mapping(in, t);
            }
        }

        private static void mapping(TableReader in, int t) {
            int total = in.varint();
            int records = in.varint();
            int[] src = new int[total];
            int[] res = new int[total];
            StringBuilder longer = new StringBuilder();
            ArrayList<String> multiList = new ArrayList<>();
            int k = 0;
            int next = 0;
            for (int r = 0; r < records; r++) {
                int first = next + in.varint();
                int count = in.varint();
                int stride = count > 1 ? in.varint() : 1;
                int length = in.varint();
                if (length == 1) {
                    int z = in.varint();
                    int offset = (z >>> 1) ^ -(z & 1);
                    for (int i = 0; i < count; i++) {
                        src[k] = first + i * stride;
                        res[k] = src[k] + offset;
                        k++;
                    }
                } else {
                    longer.setLength(0);
                    for (int i = 0; i < length; i++) {
                        longer.appendCodePoint(in.varint());
                    }
                    src[k] = first;
                    res[k] = ~multiList.size();
                    multiList.add(longer.toString());
                    k++;
                }
                next = first + (count - 1) * stride + 1;
            }
            sources[t] = src;
            results[t] = res;
            multi[t] = multiList.toArray(new String[0]);
        }
    }

    private static boolean isCased(int cp) {
        return Tables.cased.contains(cp);
    }

    private static boolean isIgnorable(int cp) {
        return Tables.ignorable.contains(cp);
    }

    /** Appends table t's mapping of cp (cp itself when it does not change). */
    private static void appendMapped(StringBuilder b, int t, int cp) {
        int k = Arrays.binarySearch(Tables.sources[t], cp);
        if (k < 0) {
            b.appendCodePoint(cp);
            return;
        }
        int r = Tables.results[t][k];
        if (r >= 0) {
            b.appendCodePoint(r);
        } else {
            b.append(Tables.multi[t][~r]);
        }
    }

    /**
     * CPython's final-sigma rule for the Σ at UTF-16 index [at, after): lower
     * case ς when a cased character precedes it and none follows, skipping
     * case-ignorable characters both ways.
     */
    private static boolean finalSigma(String s, int at, int after) {
        int j = at;
        int cp = -1;
        while (j > 0) {
            cp = s.codePointBefore(j);
            if (!isIgnorable(cp)) {
                break;
            }
            j -= Character.charCount(cp);
            cp = -1;
        }
        if (cp < 0 || !isCased(cp)) {
            return false;
        }
        j = after;
        while (j < s.length()) {
            cp = s.codePointAt(j);
            if (!isIgnorable(cp)) {
                return !isCased(cp);
            }
            j += Character.charCount(cp);
        }
        return true;
    }

    /** Upper, lower or capitalize (title case first, lower case the rest) of s. */
    static String map(String s, int mode) {
        int n = s.length();
        StringBuilder b = new StringBuilder(n + 8);
        for (int i = 0; i < n;) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean up = mode == UPPER || (mode == CAPITALIZE && i == 0);
            if (cp < 0x80) {
                boolean changes = up ? cp >= 'a' && cp <= 'z' : cp >= 'A' && cp <= 'Z';
                b.append((char) (changes ? cp ^ 0x20 : cp));
            } else if (mode == CAPITALIZE && i == 0) {
                appendMapped(b, 2, cp);
            } else if (up) {
                appendMapped(b, 0, cp);
            } else if (cp == 0x3A3) {
                b.append(finalSigma(s, i, next) ? '\u03C2' : '\u03C3');
            } else {
                appendMapped(b, 1, cp);
            }
            i = next;
        }
        return b.toString();
    }
}
