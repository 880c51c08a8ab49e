package rpy.rt;

/**
 * A growable list of references (RPython lists of str, instances, tuples,
 * lists, ...). Items are compared with Python's structural equality (Cmp).
 * The backend casts items read back to the static item type.
 */
public final class ListO {
    public Object[] items;
    public int size;

    public ListO(int capacity) {
        items = new Object[Math.max(capacity, 4)];
    }

    public ListO(Object[] items, int size) {
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

    // get and set stay under 35 bytes of bytecode, HotSpot's limit for
    // inlining a method that is not yet hot (C1 inlines nothing larger), so
    // an index in range costs no call; other indexes take the slow path.
    public Object get(long i) {
        if (i >= 0 && i < size) {
            return items[(int) i];
        }
        return getSlow(i);
    }

    private Object getSlow(long i) {
        return items[index(i, "list index out of range")];
    }

    public void set(long i, Object v) {
        if (i >= 0 && i < size) {
            items[(int) i] = v;
            return;
        }
        setSlow(i, v);
    }

    private void setSlow(long i, Object v) {
        items[index(i, "list assignment index out of range")] = v;
    }

    public void del(long i) {
        int j = index(i, "list assignment index out of range");
        System.arraycopy(items, j + 1, items, j, size - j - 1);
        items[--size] = null;
    }

    private void grow(int min) {
        if (min > items.length) {
            items = java.util.Arrays.copyOf(items, Math.max(min, items.length * 2));
        }
    }

    public void append(Object v) {
        if (size == items.length) {
            grow(size + 1);
        }
        items[size++] = v;
    }

    public ListO slice(long start, long stop) {
        int[] b = Text.sliceBounds(size, start, stop);
        return new ListO(java.util.Arrays.copyOfRange(items, b[0], Math.max(b[1], b[0] + 1)), b[1] - b[0]);
    }

    public Object pop(long i) {
        if (size == 0) {
            throw Rt.indexError("pop from empty list");
        }
        int j = index(i, "pop index out of range");
        Object v = items[j];
        System.arraycopy(items, j + 1, items, j, size - j - 1);
        items[--size] = null;
        return v;
    }

    public void insert(long i, Object v) {
        long j = i < 0 ? Math.max(i + size, 0) : Math.min(i, size);
        grow(size + 1);
        System.arraycopy(items, (int) j, items, (int) j + 1, size - (int) j);
        items[(int) j] = v;
        size++;
    }

    public void extend(ListO other) {
        int n = other.size;
        grow(size + n);
        System.arraycopy(other.items, 0, items, size, n);
        size += n;
    }

    public void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            Object t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    public long index(Object v) {
        for (int i = 0; i < size; i++) {
            if (Cmp.eq(items[i], v)) {
                return i;
            }
        }
        throw Rt.valueError("list.index(x): x not in list");
    }

    public void remove(Object v) {
        for (int i = 0; i < size; i++) {
            if (Cmp.eq(items[i], v)) {
                del(i);
                return;
            }
        }
        throw Rt.valueError("list.remove(x): x not in list");
    }

    public long count(Object v) {
        long c = 0;
        for (int i = 0; i < size; i++) {
            if (Cmp.eq(items[i], v)) {
                c++;
            }
        }
        return c;
    }

    public boolean contains(Object v) {
        for (int i = 0; i < size; i++) {
            if (Cmp.eq(items[i], v)) {
                return true;
            }
        }
        return false;
    }

    /** Stable sort by natural order (TimSort, as CPython's list.sort). */
    public void sort() {
        java.util.Arrays.sort(items, 0, size, Cmp::compare);
    }

    /** sort() of a list of str (None items: the generic sort's TypeError). */
    public void sortStr() {
        for (int i = 0; i < size; i++) {
            if (items[i] == null) {
                sort();
                return;
            }
        }
        Sorting.sortStrings(items, size);
    }

    public ListO concat(ListO other) {
        ListO r = new ListO(size + other.size);
        r.extend(this);
        r.extend(other);
        return r;
    }

    public ListO mul(long n) {
        ListO r = new ListO(n <= 0 ? 0 : (int) Math.min(n * size, Integer.MAX_VALUE - 8));
        for (long k = 0; k < n; k++) {
            r.extend(this);
        }
        return r;
    }

    public ListO copy() {
        return new ListO(java.util.Arrays.copyOf(items, Math.max(size, 1)), size);
    }

    public static ListO repeat(Object v, long n) {
        int k = n <= 0 ? 0 : (int) n;
        ListO r = new ListO(k);
        java.util.Arrays.fill(r.items, 0, k, v);
        r.size = k;
        return r;
    }

    public boolean eq(ListO o) {
        if (o == null || o.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!Cmp.eq(items[i], o.items[i])) {
                return false;
            }
        }
        return true;
    }

    public boolean equals(Object o) {
        return o instanceof ListO && eq((ListO) o);
    }

    public int hashCode() {
        return size;
    }

    public boolean lt(ListO o) {
        int n = Math.min(size, o.size);
        for (int i = 0; i < n; i++) {
            if (!Cmp.eq(items[i], o.items[i])) {
                return Cmp.compare(items[i], o.items[i]) < 0;
            }
        }
        return size < o.size;
    }

    public Object min() {
        if (size == 0) {
            throw Rt.valueError("min() arg is an empty sequence");
        }
        Object m = items[0];
        for (int i = 1; i < size; i++) {
            if (Cmp.compare(items[i], m) < 0) {
                m = items[i];
            }
        }
        return m;
    }

    public Object max() {
        if (size == 0) {
            throw Rt.valueError("max() arg is an empty sequence");
        }
        Object m = items[0];
        for (int i = 1; i < size; i++) {
            if (Cmp.compare(items[i], m) > 0) {
                m = items[i];
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
            b.append(Repr.repr(items[i]));
        }
        return b.append(']').toString();
    }

    public ListO enumerate(Tuple pairs) {
        ListO r = new ListO(size);
        for (int i = 0; i < size; i++) {
            r.append(pairs.pair((long) i, items[i]));
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
        private final ListO list;
        private int i;

        Iter(ListO list) {
            this.list = list;
        }

        public boolean hasNext() {
            return i < list.size;
        }

        public Object next() {
            if (i >= list.size) {
                throw Rt.exc("StopIteration", "");
            }
            return list.items[i++];
        }
    }
}
