package rpy.rt;

/** Iterates over the int keys of a dict, in insertion order. */
public final class KeyIterJ {
    private final long[] keys;
    private final boolean[] dead;
    private final int used;
    private int i;

    KeyIterJ(long[] keys, boolean[] dead, int used) {
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

    public long next() {
        if (!hasNext()) {
            throw Rt.exc("StopIteration", "");
        }
        return keys[i++];
    }
}
