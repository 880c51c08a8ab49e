package rpy.rt;

/** Operations over any kind of sequence (the list classes, str): list(), zip(). */
public final class Seq {
    private Seq() {}

    static int size(Object o) {
        if (o instanceof ListI) {
            return ((ListI) o).size;
        }
        if (o instanceof ListF) {
            return ((ListF) o).size;
        }
        if (o instanceof ListZ) {
            return ((ListZ) o).size;
        }
        return ((ListO) o).size;
    }

    static Object boxed(Object o, int i) {
        if (o instanceof ListI) {
            return ((ListI) o).items[i];
        }
        if (o instanceof ListF) {
            return ((ListF) o).items[i];
        }
        if (o instanceof ListZ) {
            return ((ListZ) o).items[i];
        }
        return ((ListO) o).items[i];
    }

    public static ListO zip(Object a, Object b, Tuple pairs) {
        int n = Math.min(size(a), size(b));
        ListO r = new ListO(n);
        for (int i = 0; i < n; i++) {
            r.append(pairs.pair(boxed(a, i), boxed(b, i)));
        }
        return r;
    }

    /** list(s) of a str: its characters. */
    public static ListO chars(String s) {
        ListO r = new ListO(s.length());
        StrIter it = new StrIter(s);
        while (it.hasNext()) {
            r.append(it.next());
        }
        return r;
    }

    public static long minI(long a, long b) {
        return b < a ? b : a;
    }

    public static long maxI(long a, long b) {
        return b > a ? b : a;
    }

    public static double minF(double a, double b) {
        return b < a ? b : a;
    }

    public static double maxF(double a, double b) {
        return b > a ? b : a;
    }

    public static Object minO(Object a, Object b) {
        return Cmp.compare(b, a) < 0 ? b : a;
    }

    public static Object maxO(Object a, Object b) {
        return Cmp.compare(b, a) > 0 ? b : a;
    }

    public static boolean lt(Object a, Object b) {
        return Cmp.compare(a, b) < 0;
    }
}
