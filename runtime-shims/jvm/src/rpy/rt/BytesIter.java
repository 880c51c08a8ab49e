package rpy.rt;

/** Iterates over a bytes object, yielding ints. */
public final class BytesIter {
    private final byte[] b;
    private int i;

    public BytesIter(byte[] b) {
        this.b = b;
    }

    public boolean hasNext() {
        return i < b.length;
    }

    public long next() {
        if (i >= b.length) {
            throw Rt.exc("StopIteration", "");
        }
        return b[i++] & 0xff;
    }
}
