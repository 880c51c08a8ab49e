package rpy.rt;

/** A growable list of unboxed double items (RPython list[float]). */
public final class ListF {
    public double[] items;
    public int size;

    public ListF(int capacity) {
        items = new double[Math.max(capacity, 4)];
    }

    public ListF(double[] items, int size) {
        this.items = items;
        this.size = size;
    }

    public long len() {
        return size;
    }

    private int index(long i, String message) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) {
            throw Rt.indexError(message);
        }
        return (int) j;
    }

    public double get(long i) {
        return items[index(i, "list index out of range")];
    }

    public void set(long i, double v) {
        items[index(i, "list assignment index out of range")] = v;
    }

    public void del(long i) {
        int j = index(i, "list assignment index out of range");
        System.arraycopy(items, j + 1, items, j, size - j - 1);
        size--;
    }

    private void grow(int min) {
        if (min > items.length) {
            items = java.util.Arrays.copyOf(items, Math.max(min, items.length * 2));
        }
    }

    public void append(double v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    public ListF slice(long start, long stop) {
        int[] b = Text.sliceBounds(size, start, stop);
        return new ListF(java.util.Arrays.copyOfRange(items, b[0], Math.max(b[1], b[0] + 1)), b[1] - b[0]);
    }

    public double pop(long i) {
        if (size == 0) {
            throw Rt.indexError("pop from empty list");
        }
        int j = index(i, "pop index out of range");
        double v = items[j];
        System.arraycopy(items, j + 1, items, j, size - j - 1);
        size--;
        return v;
    }

    public void insert(long i, double v) {
        long j = i < 0 ? Math.max(i + size, 0) : Math.min(i, size);
        grow(size + 1);
        System.arraycopy(items, (int) j, items, (int) j + 1, size - (int) j);
        items[(int) j] = v;
        size++;
    }

    public void extend(ListF other) {
        int n = other.size;
        grow(size + n);
        System.arraycopy(other.items, 0, items, size, n);
        size += n;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            double t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    public long index(double v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                return i;
            }
        }
        throw Rt.valueError("list.index(x): x not in list");
    }

    public void remove(double v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                del(i);
                return;
            }
        }
        throw Rt.valueError("list.remove(x): x not in list");
    }

    public long count(double v) {
        long c = 0;
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                c++;
            }
        }
        return c;
    }

    public boolean contains(double v) {
        for (int i = 0; i < size; i++) {
            if (items[i] == v) {
                return true;
            }
        }
        return false;
    }

    public void sort() {
        Sorting.sort(items, size);
    }

    public ListF concat(ListF other) {
        ListF r = new ListF(size + other.size);
        r.extend(this);
        r.extend(other);
        return r;
    }

    public ListF mul(long n) {
        ListF r = new ListF(n <= 0 ? 0 : (int) Math.min(n * size, Integer.MAX_VALUE - 8));
        for (long k = 0; k < n; k++) {
            r.extend(this);
        }
        return r;
    }

    public ListF copy() {
        return new ListF(java.util.Arrays.copyOf(items, Math.max(size, 1)), size);
    }

    public static ListF repeat(double v, long n) {
        int k = n <= 0 ? 0 : (int) n;
        ListF r = new ListF(k);
        java.util.Arrays.fill(r.items, 0, k, v);
        r.size = k;
        return r;
    }

    public boolean eq(ListF o) {
        if (o == null || o.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (items[i] != o.items[i]) {
                return false;
            }
        }
        return true;
    }

    public boolean equals(Object o) {
        return o instanceof ListF && eq((ListF) o);
    }

    public int hashCode() {
        return size;
    }

    public boolean lt(ListF o) {
        int n = Math.min(size, o.size);
        for (int i = 0; i < n; i++) {
            if (items[i] != o.items[i]) {
                return items[i] < o.items[i];
            }
        }
        return size < o.size;
    }

    public double min() {
        if (size == 0) {
            throw Rt.valueError("min() arg is an empty sequence");
        }
        double m = items[0];
        for (int i = 1; i < size; i++) {
            double a = items[i];
            if (a < m) {
                m = a;
            }
        }
        return m;
    }

    public double max() {
        if (size == 0) {
            throw Rt.valueError("max() arg is an empty sequence");
        }
        double m = items[0];
        for (int i = 1; i < size; i++) {
            double a = items[i];
            if (a > m) {
                m = a;
            }
        }
        return m;
    }

    public String repr() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(FloatRepr.repr(items[i]));
        }
        return b.append(']').toString();
    }

    public ListO enumerate(java.lang.invoke.MethodHandle tuple) {
        ListO r = new ListO(size);
        for (int i = 0; i < size; i++) {
            r.append(Tuple.make(tuple, (long) i, items[i]));
        }
        return r;
    }

    public Object getBoxed(int i) {
        return items[i];
    }

    public Iter iter() {
        return new Iter(this);
    }

    /** Iterates by index, seeing appends made during iteration (as CPython). */
    public static final class Iter {
        private final ListF list;
        private int i;

        Iter(ListF list) {
            this.list = list;
        }

        public boolean hasNext() {
            return i < list.size;
        }

        public double next() {
            if (i >= list.size) {
                throw Rt.exc("StopIteration", "");
            }
            return list.items[i++];
        }
    }
}
