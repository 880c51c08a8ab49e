package rpy.rt;

/**
 * Python's structural equality, ordering and hash on boxed values, for the
 * places where the static type is erased (items of reference lists, dict
 * keys, tuple fields seen generically).
 */
public final class Cmp {
    private Cmp() {}

    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Double && b instanceof Double) {
            return ((Double) a).doubleValue() == ((Double) b).doubleValue();
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            return java.util.Arrays.equals((byte[]) a, (byte[]) b);
        }
        return a.equals(b);
    }

    public static int compare(Object a, Object b) {
        if (a instanceof Long) {
            return Long.compare((Long) a, (Long) b);
        }
        if (a instanceof String) {
            return Text.compare((String) a, (String) b);
        }
        if (a instanceof Double) {
            double x = (Double) a;
            double y = (Double) b;
            return x < y ? -1 : (x > y ? 1 : 0);
        }
        if (a instanceof Boolean) {
            return Boolean.compare((Boolean) a, (Boolean) b);
        }
        if (a instanceof Tuple) {
            Tuple x = (Tuple) a;
            Tuple y = (Tuple) b;
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                if (!eq(x.get(i), y.get(i))) {
                    return compare(x.get(i), y.get(i));
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof byte[]) {
            return Bytes.compare((byte[]) a, (byte[]) b);
        }
        if (a instanceof ListI) {
            return eqOrLt(((ListI) a).eq((ListI) b), ((ListI) a).lt((ListI) b));
        }
        if (a instanceof ListF) {
            return eqOrLt(((ListF) a).eq((ListF) b), ((ListF) a).lt((ListF) b));
        }
        if (a instanceof ListZ) {
            return eqOrLt(((ListZ) a).eq((ListZ) b), ((ListZ) a).lt((ListZ) b));
        }
        if (a instanceof ListO) {
            return eqOrLt(((ListO) a).eq((ListO) b), ((ListO) a).lt((ListO) b));
        }
        throw Rt.exc("TypeError", "'<' not supported between instances");
    }

    private static int eqOrLt(boolean eq, boolean lt) {
        return eq ? 0 : (lt ? -1 : 1);
    }

    /** CPython's hash(int): the value modulo 2**61 - 1, with -1 mapped to -2. */
    public static long hashInt(long v) {
        final long p = (1L << 61) - 1;
        // -v of Long.MIN_VALUE is itself, whose unsigned value is |v|.
        long r = v >= 0 ? v % p : -Long.remainderUnsigned(-v, p);
        return r == -1 ? -2 : r;
    }

    public static long hashFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 9.2e18) {
            return hashInt((long) d);
        }
        long bits = Double.doubleToLongBits(d);
        long h = bits ^ (bits >>> 32);
        return h == -1 ? -2 : h;
    }

    public static long hashStr(String s) {
        return s.hashCode();
    }

    public static long hash(Object o) {
        if (o == null) {
            return 0;
        }
        if (o instanceof Long) {
            return hashInt((Long) o);
        }
        if (o instanceof Double) {
            return hashFloat((Double) o);
        }
        if (o instanceof Boolean) {
            return ((Boolean) o) ? 1 : 0;
        }
        if (o instanceof String) {
            return hashStr((String) o);
        }
        if (o instanceof byte[]) {
            return java.util.Arrays.hashCode((byte[]) o);
        }
        if (o instanceof Tuple) {
            Tuple t = (Tuple) o;
            long h = 0x345678L;
            for (int i = 0; i < t.size(); i++) {
                h = h * 1000003L ^ hash(t.get(i));
            }
            return h == -1 ? -2 : h;
        }
        return System.identityHashCode(o);
    }
}
