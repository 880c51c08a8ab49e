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

    private static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;

    /** CPython's _Py_HashDouble: the hash of the rational the float is (so 2.0 hashes as 2). */
    public static long hashFloat(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? 314159 : -314159;
        }
        if (Double.isNaN(v)) {
            return 0;
        }
        if (v == 0.0) {
            return 0;
        }
        // frexp: v = m * 2**e with 0.5 <= |m| < 1.
        int e;
        double m;
        if (Math.getExponent(v) < Double.MIN_EXPONENT) {
            // Subnormal: scale into the normal range first.
            double w = Math.scalb(v, 64);
            e = Math.getExponent(w) + 1;
            m = Math.scalb(w, -e);
            e -= 64;
        } else {
            e = Math.getExponent(v) + 1;
            m = Math.scalb(v, -e);
        }
        long sign = 1;
        if (m < 0) {
            m = -m;
            sign = -1;
        }
        long x = 0;
        while (m != 0.0) {
            x = ((x << 28) & MODULUS) | (x >>> (BITS - 28));
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= MODULUS) {
                x -= MODULUS;
            }
        }
        int ee = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << ee) & MODULUS) | (x >>> (BITS - ee));
        long h = x * sign;
        return h == -1 ? -2 : h;
    }

    /** CPython 3.8+'s xxHash-based tuple hash. */
    static long hashTuple(Tuple t) {
        final long p1 = -7046029288634856825L; // 11400714785074694791
        final long p2 = -4417276706812531889L; // 14029467366897019727
        final long p5 = 2870177450012600261L;
        long acc = p5;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            long lane = hash(t.get(i));
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += n ^ (p5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
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
            long h = hashTuple((Tuple) o);
            return h == -1 ? -2 : h;
        }
        return System.identityHashCode(o);
    }
}
