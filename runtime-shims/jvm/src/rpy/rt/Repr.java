package rpy.rt;

/** str() and repr() of values, as CPython prints them. */
public final class Repr {
    private Repr() {}

    public static String str(long v) {
        return Long.toString(v);
    }

    public static String str(double v) {
        return FloatRepr.repr(v);
    }

    public static String str(boolean v) {
        return v ? "True" : "False";
    }

    /** str() of a str: itself; None prints as "None". */
    public static String strStr(String s) {
        return s == null ? "None" : s;
    }

    public static String reprStr(String s) {
        return s == null ? "None" : Text.repr(s);
    }

    /** str() of any reference: containers show their items' repr. */
    public static String str(Object o) {
        if (o instanceof String) {
            return (String) o;
        }
        if (o instanceof RPyException) {
            return ((RPyException) o).rpyMessage();
        }
        return repr(o);
    }

    public static String repr(Object o) {
        if (o == null) {
            return "None";
        }
        if (o instanceof String) {
            return Text.repr((String) o);
        }
        if (o instanceof Long) {
            return Long.toString((Long) o);
        }
        if (o instanceof Double) {
            return FloatRepr.repr((Double) o);
        }
        if (o instanceof Boolean) {
            return str((boolean) (Boolean) o);
        }
        if (o instanceof byte[]) {
            return Bytes.repr((byte[]) o);
        }
        if (o instanceof ListI) {
            return ((ListI) o).repr();
        }
        if (o instanceof ListF) {
            return ((ListF) o).repr();
        }
        if (o instanceof ListZ) {
            return ((ListZ) o).repr();
        }
        if (o instanceof ListO) {
            return ((ListO) o).repr();
        }
        if (o instanceof DictBase) {
            return ((DictBase) o).repr();
        }
        if (o instanceof Tuple) {
            return ((Tuple) o).repr();
        }
        if (o instanceof Range) {
            return ((Range) o).repr();
        }
        if (o instanceof RPyException) {
            // CPython: ValueError('message'); no arguments gives ValueError().
            RPyException e = (RPyException) o;
            String m = e.rpyMessage();
            return e.rpyName() + "(" + (m.isEmpty() ? "" : Text.repr(m)) + ")";
        }
        if (o instanceof java.lang.invoke.MethodHandle) {
            return "<function>";
        }
        // CPython shows an address, which no program can print reproducibly.
        return "<" + o.getClass().getName().replace('$', '.') + " object at 0x"
                + Integer.toHexString(System.identityHashCode(o)) + ">";
    }
}
