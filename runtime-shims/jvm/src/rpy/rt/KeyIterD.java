package rpy.rt;

/** Iterates over the float keys of a dict, in insertion order. */
public final class KeyIterD {
    private final double[] keys;
    private final boolean[] dead;
    private final int used;
    private int i;

    KeyIterD(double[] keys, boolean[] dead, int used) {
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

    public double next() {
        if (!hasNext()) {
            throw Rt.exc("StopIteration", "");
        }
        return keys[i++];
    }
}
