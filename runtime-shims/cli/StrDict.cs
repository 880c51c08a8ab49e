// dict[str, V]: RDict's operations for str keys, in a hash table of its own:
// the hash and the equality of keys are computed here, without the
// comparer interface calls (and the randomised hash) of Dictionary<string, _>.
// Entries are kept in insertion order in parallel arrays; the table maps a
// hash slot to an entry (open addressing, linear probing). A deleted entry
// keeps its place with the hash -1 until the entries are compacted.
using System;
using System.Text;

namespace RPython.Runtime
{
    public sealed class StrDict<V> : IPyRepr, IPyLen
    {
        string[] keys = new string[8];
        V[] values = new V[8];
        int[] hashes = new int[8];
        int entries;
        int live;
        // Slot -> entry index + 1; 0 is an empty slot.
        int[] table = new int[16];

        public long Len() { return live; }
        public long PyLen() { return live; }

        static int Hash(string s)
        {
            if (s == null) return 0;
            uint h = 2166136261;
            for (int i = 0; i < s.Length; i++) h = (h ^ s[i]) * 16777619;
            h ^= h >> 15;
            return (int)(h & 0x7fffffff);
        }

        static bool Same(string a, string b)
        {
            return (object)a == (object)b || (a != null && b != null && a.Length == b.Length && string.Equals(a, b));
        }

        /// The entry of key (whose hash is h), or -1.
        int Find(string key, int h)
        {
            int mask = table.Length - 1;
            for (int i = h & mask; ; i = (i + 1) & mask)
            {
                int e = table[i] - 1;
                if (e < 0) return -1;
                if (hashes[e] == h && Same(keys[e], key)) return e;
            }
        }

        static Exception Missing(string key) { return Errors.Key(Repr.Of(key)); }

        public V GetItem(string key)
        {
            int e = Find(key, Hash(key));
            if (e < 0) throw Missing(key);
            return values[e];
        }

        public V Get(string key, V dflt)
        {
            int e = Find(key, Hash(key));
            return e < 0 ? dflt : values[e];
        }

        public bool Contains(string key) { return Find(key, Hash(key)) >= 0; }

        public void SetItem(string key, V value)
        {
            int h = Hash(key);
            int e = Find(key, h);
            if (e >= 0) values[e] = value;
            else Add(key, h, value);
        }

        public V SetDefault(string key, V dflt)
        {
            int h = Hash(key);
            int e = Find(key, h);
            if (e >= 0) return values[e];
            Add(key, h, dflt);
            return dflt;
        }

        void Add(string key, int h, V value)
        {
            if (entries == keys.Length) GrowEntries();
            // The table stays at most two thirds full (deleted entries count).
            if ((entries + 1) * 3 > table.Length * 2) Rehash(table.Length * 2);
            keys[entries] = key;
            values[entries] = value;
            hashes[entries] = h;
            Place(entries, h);
            entries++;
            live++;
        }

        void Place(int e, int h)
        {
            int mask = table.Length - 1;
            int i = h & mask;
            while (table[i] != 0) i = (i + 1) & mask;
            table[i] = e + 1;
        }

        void GrowEntries()
        {
            // Many holes: compact in place rather than grow.
            if (live * 2 <= entries)
            {
                Compact();
                Rehash(table.Length);
                return;
            }
            int size = keys.Length * 2;
            Array.Resize(ref keys, size);
            Array.Resize(ref values, size);
            Array.Resize(ref hashes, size);
        }

        void Compact()
        {
            int j = 0;
            for (int i = 0; i < entries; i++)
            {
                if (hashes[i] < 0) continue;
                keys[j] = keys[i];
                values[j] = values[i];
                hashes[j] = hashes[i];
                j++;
            }
            for (int i = j; i < entries; i++)
            {
                keys[i] = null;
                values[i] = default(V);
            }
            entries = j;
        }

        void Rehash(int size)
        {
            if (live < entries) Compact();
            while ((entries + 1) * 3 > size * 2) size *= 2;
            table = new int[size];
            for (int e = 0; e < entries; e++) Place(e, hashes[e]);
        }

        public void DelItem(string key)
        {
            int e = Find(key, Hash(key));
            if (e < 0) throw Missing(key);
            // The entry stays in the table (probes pass over it) but never matches.
            hashes[e] = -1;
            keys[e] = null;
            values[e] = default(V);
            live--;
        }

        public V Pop(string key)
        {
            V v = GetItem(key);
            DelItem(key);
            return v;
        }

        public V PopDefault(string key, V dflt)
        {
            int e = Find(key, Hash(key));
            if (e < 0) return dflt;
            return Pop(key);
        }

        public RList<string> Keys()
        {
            var r = new RList<string>(live);
            for (int i = 0; i < entries; i++) if (hashes[i] >= 0) r.Add(keys[i]);
            return r;
        }

        public RList<V> Values()
        {
            var r = new RList<V>(live);
            for (int i = 0; i < entries; i++) if (hashes[i] >= 0) r.Add(values[i]);
            return r;
        }

        public RList<Tuple2<string, V>> Items()
        {
            var r = new RList<Tuple2<string, V>>(live);
            for (int i = 0; i < entries; i++) if (hashes[i] >= 0) r.Add(new Tuple2<string, V>(keys[i], values[i]));
            return r;
        }

        public void Clear()
        {
            keys = new string[8];
            values = new V[8];
            hashes = new int[8];
            table = new int[16];
            entries = 0;
            live = 0;
        }

        public StrDict<V> Copy()
        {
            var d = new StrDict<V>();
            for (int i = 0; i < entries; i++) if (hashes[i] >= 0) d.SetItem(keys[i], values[i]);
            return d;
        }

        public override bool Equals(object o)
        {
            var other = o as StrDict<V>;
            if (other == null || other.live != live) return false;
            var eq = Ops<V>.Equality;
            for (int i = 0; i < entries; i++)
            {
                if (hashes[i] < 0) continue;
                int j = other.Find(keys[i], hashes[i]);
                if (j < 0 || !eq.Equals(values[i], other.values[j])) return false;
            }
            return true;
        }

        public override int GetHashCode() { return live; }

        public void AppendRepr(StringBuilder b)
        {
            b.Append('{');
            bool first = true;
            for (int i = 0; i < entries; i++)
            {
                if (hashes[i] < 0) continue;
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
