package rpy.rt;

/** Truth value of references: None is false, empty containers are false. */
public final class Truth {
    private Truth() {}

    public static boolean of(Object o) {
        if (o == null) {
            return false;
        }
        if (o instanceof String) {
            return !((String) o).isEmpty();
        }
        if (o instanceof byte[]) {
            return ((byte[]) o).length != 0;
        }
        if (o instanceof ListI) {
            return ((ListI) o).size != 0;
        }
        if (o instanceof ListF) {
            return ((ListF) o).size != 0;
        }
        if (o instanceof ListZ) {
            return ((ListZ) o).size != 0;
        }
        if (o instanceof ListO) {
            return ((ListO) o).size != 0;
        }
        if (o instanceof DictBase) {
            return ((DictBase) o).len() != 0;
        }
        if (o instanceof Tuple) {
            return ((Tuple) o).size() != 0;
        }
        if (o instanceof Range) {
            return ((Range) o).len() != 0;
        }
        return true;
    }
}
