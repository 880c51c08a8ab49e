package rpy.rt;

/** RPython bytes as byte[] (never mutated once built). */
public final class Bytes {
    private Bytes() {}

    /** A bytes constant: the class file holds it as a string of chars 0-255. */
    public static byte[] fromLatin1(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static long len(byte[] b) {
        return b.length;
    }

    public static long getItem(byte[] b, long index) {
        long i = index < 0 ? index + b.length : index;
        if (i < 0 || i >= b.length) {
            throw Rt.indexError("index out of range");
        }
        return b[(int) i] & 0xff;
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    public static boolean eq(byte[] a, byte[] b) {
        return java.util.Arrays.equals(a, b);
    }

    public static byte[] slice(byte[] b, long start, long stop) {
        int[] r = Text.sliceBounds(b.length, start, stop);
        return java.util.Arrays.copyOfRange(b, r[0], r[1]);
    }

    public static int compare(byte[] a, byte[] b) {
        return java.util.Arrays.compareUnsigned(a, b);
    }

    public static ListI toList(byte[] b) {
        ListI r = new ListI(b.length);
        for (byte x : b) {
            r.append(x & 0xff);
        }
        return r;
    }

    public static String repr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder s = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\\') {
                s.append("\\\\");
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c == quote) {
                s.append('\\').append((char) c);
            } else if (c >= 0x20 && c <= 0x7e) {
                s.append((char) c);
            } else {
                s.append(String.format("\\x%02x", c));
            }
        }
        return s.append(quote).toString();
    }

    /** Raises CPython's UnicodeDecodeError for the first invalid sequence of b. */
    static String decodeError(byte[] b) {
        int i = 0;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xff;
            int len;
            int lo = 0x80;
            int hi = 0xbf;
            if (c < 0x80) {
                i++;
                continue;
            } else if (c >= 0xc2 && c <= 0xdf) {
                len = 2;
            } else if (c >= 0xe0 && c <= 0xef) {
                len = 3;
                lo = c == 0xe0 ? 0xa0 : 0x80;
                hi = c == 0xed ? 0x9f : 0xbf;
            } else if (c >= 0xf0 && c <= 0xf4) {
                len = 4;
                lo = c == 0xf0 ? 0x90 : 0x80;
                hi = c == 0xf4 ? 0x8f : 0xbf;
            } else {
                throw fail(b, i, i + 1, "invalid start byte");
            }
            for (int k = 1; k < len; k++) {
                if (i + k >= n) {
                    throw fail(b, i, n, "unexpected end of data");
                }
                int d = b[i + k] & 0xff;
                int l = k == 1 ? lo : 0x80;
                int h = k == 1 ? hi : 0xbf;
                if (d < l || d > h) {
                    throw fail(b, i, i + k, "invalid continuation byte");
                }
            }
            i += len;
        }
        throw fail(b, 0, 1, "invalid start byte");
    }

    private static RPyException fail(byte[] b, int start, int end, String reason) {
        String m;
        if (end - start == 1) {
            m = String.format("'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[start] & 0xff, start, reason);
        } else {
            m = String.format("'utf-8' codec can't decode bytes in position %d-%d: %s", start, end - 1, reason);
        }
        return Rt.exc("UnicodeDecodeError", m);
    }
}
