package rpy.rt;

/**
 * Base of the dict classes (generated from templates/Dict.java.tmpl, one per
 * key kind x value kind: DictJJ ... DictOO, S for str keys), for the generic operations.
 */
public abstract class DictBase {
    public abstract long len();

    public abstract String repr();

    static boolean eqJ(long a, long b) {
        return a == b;
    }

    static boolean eqD(double a, double b) {
        return a == b;
    }

    static boolean eqZ(boolean a, boolean b) {
        return a == b;
    }

    /** A str key may be None. */
    static long hashS(String k) {
        return k == null ? 0 : k.hashCode();
    }

    static boolean eqS(String a, String b) {
        return a == b || (a != null && a.equals(b));
    }
}
