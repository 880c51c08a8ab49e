package rpy.rt;

import java.lang.invoke.MethodHandle;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An insertion-ordered dict with boxed keys and values (the backend boxes
 * primitives going in and unboxes them coming out). Keys compare with
 * equals/hashCode: String, Long, Boolean, Tuple (structural) and instances
 * (identity) behave as in RPython.
 */
public final class Dict {
    public final LinkedHashMap<Object, Object> map;

    public Dict() {
        map = new LinkedHashMap<>();
    }

    private Dict(LinkedHashMap<Object, Object> m) {
        map = m;
    }

    public long len() {
        return map.size();
    }

    /** bytes keys compare by content: they are stored wrapped. */
    private static Object key(Object k) {
        return k instanceof byte[] ? new BytesKey((byte[]) k) : k;
    }

    private static Object unkey(Object k) {
        return k instanceof BytesKey ? ((BytesKey) k).bytes : k;
    }

    private static final class BytesKey {
        final byte[] bytes;

        BytesKey(byte[] bytes) {
            this.bytes = bytes;
        }

        public boolean equals(Object o) {
            return o instanceof BytesKey && java.util.Arrays.equals(bytes, ((BytesKey) o).bytes);
        }

        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }
    }

    public Object get(Object k) {
        Object v = map.get(key(k));
        if (v == null && !map.containsKey(key(k))) {
            throw Rt.keyError(k);
        }
        return v;
    }

    public void set(Object k, Object v) {
        map.put(key(k), v);
    }

    public void del(Object k) {
        if (!map.containsKey(key(k))) {
            throw Rt.keyError(k);
        }
        map.remove(key(k));
    }

    public boolean contains(Object k) {
        return map.containsKey(key(k));
    }

    public Object getDefault(Object k, Object d) {
        Object v = map.get(key(k));
        if (v == null && !map.containsKey(key(k))) {
            return d;
        }
        return v;
    }

    public Object pop(Object k) {
        if (!map.containsKey(key(k))) {
            throw Rt.keyError(k);
        }
        return map.remove(key(k));
    }

    public Object popDefault(Object k, Object d) {
        if (!map.containsKey(key(k))) {
            return d;
        }
        return map.remove(key(k));
    }

    public Object setDefault(Object k, Object d) {
        if (!map.containsKey(key(k))) {
            map.put(key(k), d);
            return d;
        }
        return map.get(key(k));
    }

    public void clear() {
        map.clear();
    }

    public Dict copy() {
        return new Dict(new LinkedHashMap<>(map));
    }

    public ListO keysO() {
        Object[] keys = map.keySet().toArray();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = unkey(keys[i]);
        }
        return new ListO(keys, keys.length);
    }

    public ListO valuesO() {
        return new ListO(map.values().toArray(), map.size());
    }

    public ListI keysI() {
        ListI r = new ListI(map.size());
        for (Object k : map.keySet()) {
            r.append((Long) k);
        }
        return r;
    }

    public ListI valuesI() {
        ListI r = new ListI(map.size());
        for (Object v : map.values()) {
            r.append((Long) v);
        }
        return r;
    }

    public ListF keysF() {
        ListF r = new ListF(map.size());
        for (Object k : map.keySet()) {
            r.append((Double) k);
        }
        return r;
    }

    public ListF valuesF() {
        ListF r = new ListF(map.size());
        for (Object v : map.values()) {
            r.append((Double) v);
        }
        return r;
    }

    public ListZ keysZ() {
        ListZ r = new ListZ(map.size());
        for (Object k : map.keySet()) {
            r.append((Boolean) k);
        }
        return r;
    }

    public ListZ valuesZ() {
        ListZ r = new ListZ(map.size());
        for (Object v : map.values()) {
            r.append((Boolean) v);
        }
        return r;
    }

    public ListO items(MethodHandle tuple) {
        ListO r = new ListO(map.size());
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            r.append(Tuple.make(tuple, unkey(e.getKey()), e.getValue()));
        }
        return r;
    }

    public boolean eq(Dict o) {
        if (o == null || o.map.size() != map.size()) {
            return false;
        }
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            if (!o.map.containsKey(e.getKey()) || !Cmp.eq(e.getValue(), o.map.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public boolean equals(Object o) {
        return o instanceof Dict && eq((Dict) o);
    }

    public int hashCode() {
        return map.size();
    }

    public String repr() {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<Object, Object> e : map.entrySet()) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Repr.repr(unkey(e.getKey()))).append(": ").append(Repr.repr(e.getValue()));
        }
        return b.append('}').toString();
    }

    /** Iterates over a snapshot of the keys (RPython forbids resizing during iteration). */
    public ListO.Iter iter() {
        return keysO().iter();
    }
}
