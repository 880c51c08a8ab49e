package rpy.rt;

/**
 * Base of the generated tuple classes (one per tuple type, with typed
 * fields f0, f1, ...). The generic operations (equality, hashing, ordering,
 * repr) see the items boxed through get(i).
 */
public abstract class Tuple {
    public abstract int size();

    public abstract Object get(int i);

    /**
     * A new pair of this class from boxed items: the shim operations that
     * return pairs (items, enumerate, zip) call it on an empty instance.
     */
    public Tuple pair(Object a, Object b) {
        throw new IllegalStateException("not a pair class");
    }

    public boolean equals(Object o) {
        if (!(o instanceof Tuple)) {
            return false;
        }
        Tuple t = (Tuple) o;
        int n = size();
        if (t.size() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (!Cmp.eq(get(i), t.get(i))) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        return (int) Cmp.hash(this);
    }

    public String repr() {
        int n = size();
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(Repr.repr(get(i)));
        }
        if (n == 1) {
            b.append(',');
        }
        return b.append(')').toString();
    }

    public String toString() {
        return repr();
    }
}
