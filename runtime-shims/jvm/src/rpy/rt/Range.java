package rpy.rt;

/** range(start, stop, step). */
public final class Range {
    public final long start;
    public final long stop;
    public final long step;

    public Range(long start, long stop, long step) {
        if (step == 0) {
            throw Rt.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long len() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    public ListI toList() {
        long n = len();
        ListI r = new ListI((int) n);
        for (long i = 0, v = start; i < n; i++, v += step) {
            r.append(v);
        }
        return r;
    }

    public String repr() {
        return "range(" + start + ", " + stop + (step == 1 ? "" : ", " + step) + ")";
    }

    public Iter iter() {
        return new Iter(this);
    }

    public static final class Iter {
        private long next;
        private long remaining;
        private final long step;

        Iter(Range r) {
            next = r.start;
            remaining = r.len();
            step = r.step;
        }

        public boolean hasNext() {
            return remaining > 0;
        }

        public long next() {
            if (remaining <= 0) {
                throw Rt.exc("StopIteration", "");
            }
            remaining--;
            long v = next;
            next += step;
            return v;
        }
    }
}
