// dict[K, V]: an insertion-ordered hash map, K and V unboxed. A Dictionary
// maps each key to its slot in parallel key/value arrays; deleting leaves a
// hole, and the arrays are compacted when holes are half of them.
using System;
using System.Collections.Generic;
using System.Text;

namespace RPython.Runtime
{
    public sealed class RDict<K, V> : IPyRepr, IPyLen
    {
        readonly Dictionary<K, int> index = new Dictionary<K, int>(Ops<K>.Equality);
        K[] keys = new K[8];
        V[] values = new V[8];
        bool[] used = new bool[8];
        int slots;

        public long Len() { return index.Count; }
        public long PyLen() { return index.Count; }

        static Exception Missing(K key) { return Errors.Key(Repr.Of(key)); }

        public V GetItem(K key)
        {
            int i;
            if (!index.TryGetValue(key, out i)) throw Missing(key);
            return values[i];
        }

        public void SetItem(K key, V value)
        {
            int i;
            if (index.TryGetValue(key, out i))
            {
                values[i] = value;
                return;
            }
            if (slots == keys.Length) Grow();
            keys[slots] = key;
            values[slots] = value;
            used[slots] = true;
            index[key] = slots;
            slots++;
        }

        void Grow()
        {
            int live = index.Count;
            int size = live * 2 < keys.Length ? keys.Length : keys.Length * 2;
            var nk = new K[size];
            var nv = new V[size];
            var nu = new bool[size];
            int j = 0;
            for (int i = 0; i < slots; i++)
            {
                if (!used[i]) continue;
                nk[j] = keys[i];
                nv[j] = values[i];
                nu[j] = true;
                index[keys[i]] = j;
                j++;
            }
            keys = nk;
            values = nv;
            used = nu;
            slots = j;
        }

        public void DelItem(K key)
        {
            int i;
            if (!index.TryGetValue(key, out i)) throw Missing(key);
            index.Remove(key);
            used[i] = false;
            keys[i] = default(K);
            values[i] = default(V);
        }

        public bool Contains(K key) { return index.ContainsKey(key); }

        public V Get(K key, V dflt)
        {
            int i;
            return index.TryGetValue(key, out i) ? values[i] : dflt;
        }

        public V Pop(K key)
        {
            V v = GetItem(key);
            DelItem(key);
            return v;
        }

        public V PopDefault(K key, V dflt)
        {
            if (!index.ContainsKey(key)) return dflt;
            return Pop(key);
        }

        public V SetDefault(K key, V dflt)
        {
            int i;
            if (index.TryGetValue(key, out i)) return values[i];
            SetItem(key, dflt);
            return dflt;
        }

        public RList<K> Keys()
        {
            var r = new RList<K>(index.Count);
            for (int i = 0; i < slots; i++) if (used[i]) r.Add(keys[i]);
            return r;
        }

        public RList<V> Values()
        {
            var r = new RList<V>(index.Count);
            for (int i = 0; i < slots; i++) if (used[i]) r.Add(values[i]);
            return r;
        }

        public RList<Tuple2<K, V>> Items()
        {
            var r = new RList<Tuple2<K, V>>(index.Count);
            for (int i = 0; i < slots; i++) if (used[i]) r.Add(new Tuple2<K, V>(keys[i], values[i]));
            return r;
        }

        public void Clear()
        {
            index.Clear();
            keys = new K[8];
            values = new V[8];
            used = new bool[8];
            slots = 0;
        }

        public RDict<K, V> Copy()
        {
            var d = new RDict<K, V>();
            for (int i = 0; i < slots; i++) if (used[i]) d.SetItem(keys[i], values[i]);
            return d;
        }

        public override bool Equals(object o)
        {
            var other = o as RDict<K, V>;
            if (other == null || other.index.Count != index.Count) return false;
            var eq = Ops<V>.Equality;
            for (int i = 0; i < slots; i++)
            {
                if (!used[i]) continue;
                int j;
                if (!other.index.TryGetValue(keys[i], out j) || !eq.Equals(values[i], other.values[j])) return false;
            }
            return true;
        }

        public override int GetHashCode() { return index.Count; }

        public void AppendRepr(StringBuilder b)
        {
            b.Append('{');
            bool first = true;
            for (int i = 0; i < slots; i++)
            {
                if (!used[i]) continue;
                if (!first) b.Append(", ");
                first = false;
                Repr.Append(b, keys[i]);
                b.Append(": ");
                Repr.Append(b, values[i]);
            }
            b.Append('}');
        }
    }
}
