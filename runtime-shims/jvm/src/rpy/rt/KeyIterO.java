package rpy.rt;

/** Iterates over the (boxed) keys of a dict, in insertion order. */
public final class KeyIterO {
    private final Object[] keys;
    private final boolean[] dead;
    private final int used;
    private int i;

    KeyIterO(Object[] keys, boolean[] dead, int used) {
        this.keys = keys;
        this.dead = dead;
        this.used = used;
    }

    public boolean hasNext() {
        while (i < used && dead[i]) {
            i++;
        }
        return i < used;
    }

    public Object next() {
        if (!hasNext()) {
            throw Rt.exc("StopIteration", "");
        }
        return keys[i++];
    }
}
