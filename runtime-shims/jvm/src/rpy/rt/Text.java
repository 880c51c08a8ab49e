package rpy.rt;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Python str semantics on java.lang.String (port of
 * lltype/src/runtime/text.rs): every index counts code points, so a
 * character outside the BMP (a surrogate pair in Java) counts as one.
 *
 * Most strings have no surrogates, and then code-point and UTF-16 indexes
 * agree. Whether a string has surrogates is found by a scan: short strings
 * are scanned each time, longer ones once, the answer kept in a small
 * direct-mapped cache keyed by identity (so a loop indexing one string while
 * measuring others does not rescan it).
 */
public final class Text {
    private Text() {}

    private static final int SHORT = 32;
    private static final int CACHE = 256;
    private static final String[] cachedStrings = new String[CACHE];
    private static final boolean[] cachedBmp = new boolean[CACHE];

    private static boolean scanBmp(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when s has no surrogate pairs (UTF-16 index == code-point index). */
    static boolean isBmp(String s) {
        if (s.length() <= SHORT) {
            return scanBmp(s);
        }
        int slot = System.identityHashCode(s) & (CACHE - 1);
        if (cachedStrings[slot] == s) {
            return cachedBmp[slot];
        }
        boolean bmp = scanBmp(s);
        cachedStrings[slot] = s;
        cachedBmp[slot] = bmp;
        return bmp;
    }

    public static long len(String s) {
        int n = s.length();
        // codePointCount answers at once for a Latin-1 string.
        if (n <= SHORT) {
            return s.codePointCount(0, n);
        }
        return isBmp(s) ? n : s.codePointCount(0, n);
    }

    /** UTF-16 offset of code point index cp (0 <= cp <= len). */
    static int offset(String s, int cp) {
        return isBmp(s) ? cp : s.offsetByCodePoints(0, cp);
    }

    public static String getItem(String s, long index) {
        long n = len(s);
        long i = index < 0 ? index + n : index;
        if (i < 0 || i >= n) {
            throw Rt.indexError("string index out of range");
        }
        if (isBmp(s)) {
            return String.valueOf(s.charAt((int) i));
        }
        int off = s.offsetByCodePoints(0, (int) i);
        return new String(Character.toChars(s.codePointAt(off)));
    }

    /** Python's clamped bounds for seq[start:stop] (Long.MIN/MAX_VALUE: absent), as {lo, hi}. */
    public static int[] sliceBounds(long len, long start, long stop) {
        long lo = start == Long.MIN_VALUE ? 0 : clamp(len, start);
        long hi = stop == Long.MAX_VALUE ? len : clamp(len, stop);
        return new int[] {(int) lo, (int) Math.max(hi, lo)};
    }

    private static long clamp(long len, long v) {
        if (v < 0) {
            return Math.max(v + len, 0);
        }
        return Math.min(v, len);
    }

    public static String slice(String s, long start, long stop) {
        int[] b = sliceBounds(len(s), start, stop);
        return s.substring(offset(s, b[0]), offset(s, b[1]));
    }

    public static String mul(String s, long n) {
        if (n <= 0 || s.isEmpty()) {
            return "";
        }
        if (n * (long) s.length() > Integer.MAX_VALUE - 8) {
            throw Rt.exc("MemoryError", "");
        }
        return s.repeat((int) n);
    }

    /** Code-point order (String.compareTo orders UTF-16 units, which differs past U+D7FF). */
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return fixup(x) - fixup(y);
            }
        }
        return a.length() - b.length();
    }

    private static int fixup(char c) {
        if (c >= 0xD800) {
            return c >= 0xE000 ? c - 0x800 : c + 0x2000;
        }
        return c;
    }

    public static boolean lt(String a, String b) {
        return compare(a, b) < 0;
    }

    public static boolean le(String a, String b) {
        return compare(a, b) <= 0;
    }

    public static boolean gt(String a, String b) {
        return compare(a, b) > 0;
    }

    public static boolean ge(String a, String b) {
        return compare(a, b) >= 0;
    }

    public static String join(String sep, ListO items) {
        int n = items.size;
        if (n == 1 && items.items[0] != null) {
            return (String) items.items[0];
        }
        // One buffer of the final length (a None item only makes it short).
        long total = (long) sep.length() * Math.max(n - 1, 0);
        for (int i = 0; i < n; i++) {
            Object s = items.items[i];
            total += s == null ? 4 : ((String) s).length();
        }
        StringBuilder b = new StringBuilder((int) Math.min(total, Integer.MAX_VALUE - 8));
        for (int i = 0; i < items.size; i++) {
            if (i > 0) {
                b.append(sep);
            }
            b.append((String) items.items[i]);
        }
        return b.toString();
    }

    public static boolean isPySpace(int c) {
        return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
    }

    public static ListO split(String s, String sep) {
        ListO out = new ListO(4);
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (i < n) {
                while (i < n && isPySpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                if (i >= n) {
                    break;
                }
                int start = i;
                while (i < n && !isPySpace(s.codePointAt(i))) {
                    i += Character.charCount(s.codePointAt(i));
                }
                out.append(s.substring(start, i));
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw Rt.valueError("empty separator");
        }
        int start = 0;
        while (true) {
            int j = s.indexOf(sep, start);
            if (j < 0) {
                break;
            }
            out.append(s.substring(start, j));
            start = j + sep.length();
        }
        out.append(s.substring(start));
        return out;
    }

    private static boolean inSet(String chars, int c) {
        return chars == null ? isPySpace(c) : chars.indexOf(c) >= 0;
    }

    private static int stripStart(String s, String chars) {
        int i = 0;
        while (i < s.length() && inSet(chars, s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return i;
    }

    private static int stripEnd(String s, String chars, int lo) {
        int j = s.length();
        while (j > lo && inSet(chars, s.codePointBefore(j))) {
            j -= Character.charCount(s.codePointBefore(j));
        }
        return j;
    }

    public static String strip(String s, String chars) {
        int i = stripStart(s, chars);
        return s.substring(i, stripEnd(s, chars, i));
    }

    public static String lstrip(String s, String chars) {
        return s.substring(stripStart(s, chars));
    }

    public static String rstrip(String s, String chars) {
        return s.substring(0, stripEnd(s, chars, 0));
    }

    /** CPython's ADJUST_INDICES: end clamped to len, start not. Returns {start, end} in code points. */
    private static long[] adjust(long len, long start, long end) {
        long s = start < 0 ? Math.max(start + len, 0) : start;
        long e = end < 0 ? Math.max(end + len, 0) : end;
        return new long[] {s, Math.min(e, len)};
    }

    public static long find(String s, String sub, long start, long end) {
        long n = len(s);
        long[] w = adjust(n, start, end);
        if (w[1] - w[0] < len(sub)) {
            return -1;
        }
        int bs = offset(s, (int) w[0]);
        int be = offset(s, (int) w[1]);
        int j = s.substring(0, be).indexOf(sub, bs);
        if (j < 0) {
            return -1;
        }
        return isBmp(s) ? j : s.codePointCount(0, j);
    }

    public static long rfind(String s, String sub, long start, long end) {
        long n = len(s);
        long[] w = adjust(n, start, end);
        if (w[1] - w[0] < len(sub)) {
            return -1;
        }
        int bs = offset(s, (int) w[0]);
        int be = offset(s, (int) w[1]);
        int j = s.substring(0, be).lastIndexOf(sub);
        if (j < bs) {
            return -1;
        }
        return isBmp(s) ? j : s.codePointCount(0, j);
    }

    public static long count(String s, String sub) {
        if (sub.isEmpty()) {
            return len(s) + 1;
        }
        long c = 0;
        int i = 0;
        while ((i = s.indexOf(sub, i)) >= 0) {
            c++;
            i += sub.length();
        }
        return c;
    }

    public static String replace(String s, String old, String repl) {
        if (old.isEmpty()) {
            StringBuilder b = new StringBuilder();
            b.append(repl);
            s.codePoints().forEach(c -> b.appendCodePoint(c).append(repl));
            return b.toString();
        }
        return s.replace(old, repl);
    }

    /** True when every char of s is ASCII. */
    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // The JDK's case mappings agree with CPython's on ASCII only (CaseMap
    // says why), but there they are the fastest: non-ASCII strings go to
    // CaseMap, ASCII ones stay with the JDK.

    public static String upper(String s) {
        return isAscii(s) ? s.toUpperCase(Locale.ROOT) : CaseMap.map(s, CaseMap.UPPER);
    }

    public static String lower(String s) {
        return isAscii(s) ? s.toLowerCase(Locale.ROOT) : CaseMap.map(s, CaseMap.LOWER);
    }

    /** Title case of the first code point (full mapping: "ﬁ" -> "Fi"), lower case for the rest. */
    public static String capitalize(String s) {
        int n = s.length();
        if (n == 0) {
            return s;
        }
        // ASCII: one pass to see whether anything changes, one to build.
        boolean changes = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return CaseMap.map(s, CaseMap.CAPITALIZE);
            }
            changes |= i == 0 ? c >= 'a' && c <= 'z' : c >= 'A' && c <= 'Z';
        }
        if (!changes) {
            return s;
        }
        byte[] out = new byte[n];
        char first = s.charAt(0);
        out[0] = (byte) (first >= 'a' && first <= 'z' ? first ^ 0x20 : first);
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            out[i] = (byte) (c >= 'A' && c <= 'Z' ? c ^ 0x20 : c);
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    // isdigit/isalpha: ASCII is decided here; other code points go to
    // CharClass (CPython's data, which the JDK's Character does not match).

    public static boolean isDigit(String s) {
        return allOfClass(s, false);
    }

    public static boolean isAlpha(String s) {
        return allOfClass(s, true);
    }

    /** Whether s is non-empty and every code point is alphabetic (alpha) or a digit. */
    private static boolean allOfClass(String s, boolean alpha) {
        int n = s.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n;) {
            char c = s.charAt(i);
            if (c < 0x80) {
                char folded = (char) (c | 0x20);
                boolean in = alpha ? folded >= 'a' && folded <= 'z' : c >= '0' && c <= '9';
                if (!in) {
                    return false;
                }
                i++;
            } else {
                int cp = s.codePointAt(i);
                if (!(alpha ? CharClass.isAlpha(cp) : CharClass.isDigit(cp))) {
                    return false;
                }
                i += Character.charCount(cp);
            }
        }
        return true;
    }

    public static boolean isSpace(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Text::isPySpace);
    }

    public static long ord(String s) {
        long n = len(s);
        if (n != 1) {
            throw Rt.exc("TypeError", "ord() expected a character, but string of length " + n + " found");
        }
        return s.codePointAt(0);
    }

    public static String chr(long i) {
        if (i < 0 || i >= 0x110000) {
            throw Rt.valueError("chr() arg not in range(0x110000)");
        }
        if (i >= 0xD800 && i <= 0xDFFF) {
            throw Rt.valueError("chr() arg is a surrogate, which RPython strings cannot hold");
        }
        return new String(Character.toChars((int) i));
    }

    /** Whether repr() shows c as itself (CPython's printable characters). */
    public static boolean isPrintable(int c) {
        if (c < 0x80) {
            return c >= 0x20 && c < 0x7F;
        }
        return CharClass.isPrintable(c);
    }

    public static String repr(String s) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        s.codePoints().forEach(c -> {
            if (c == '\\') {
                b.append("\\\\");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == quote) {
                b.append('\\').append((char) c);
            } else if (isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c < 0x100) {
                b.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                b.append(String.format("\\u%04x", c));
            } else {
                b.append(String.format("\\U%08x", c));
            }
        });
        b.append(quote);
        return b.toString();
    }

    public static byte[] encodeUtf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public static String decodeUtf8(byte[] b) {
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder();
        try {
            return d.decode(java.nio.ByteBuffer.wrap(b)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return Bytes.decodeError(b);
        }
    }
}
