// list[T]: a List<T> (T unboxed: long, double, bool, string, instances...)
// with Python's operations: negative indexes, IndexError/ValueError with
// CPython's messages, clamped slices, a stable sort in natural order.
using System;
using System.Collections.Generic;
using System.Text;

namespace RPython.Runtime
{
    public class RList<T> : List<T>, IPyRepr, IComparable<RList<T>>
    {
        public RList() { }
        public RList(int capacity) : base(capacity) { }
        public RList(IEnumerable<T> items) : base(items) { }

        public static RList<T> Repeat(T item, long n)
        {
            var r = new RList<T>((int)Math.Max(0, Math.Min(n, 1 << 20)));
            for (long i = 0; i < n; i++) r.Add(item);
            return r;
        }

        public void Append(T item) { Add(item); }
        public long Len() { return Count; }


        // The common case (0 <= i < len) first and small, so that the JIT
        // inlines it; negative indexes and errors out of line.
        public T GetItem(long i)
        {
            if ((ulong)i < (ulong)Count) return this[(int)i];
            return GetItemSlow(i);
        }

        T GetItemSlow(long i)
        {
            int n = Count;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("list index out of range");
            return this[(int)i];
        }

        public void SetItem(long i, T v)
        {
            if ((ulong)i < (ulong)Count) this[(int)i] = v;
            else SetItemSlow(i, v);
        }

        void SetItemSlow(long i, T v)
        {
            int n = Count;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("list assignment index out of range");
            this[(int)i] = v;
        }

        public void DelItem(long i)
        {
            int n = Count;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("list assignment index out of range");
            RemoveAt((int)i);
        }

        public RList<T> Slice(long start, long stop)
        {
            int lo, hi;
            Text.SliceBounds(Count, start, stop, out lo, out hi);
            return new RList<T>(GetRange(lo, hi - lo));
        }

        public T Pop(long i)
        {
            int n = Count;
            if (n == 0) throw Errors.Index("pop from empty list");
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("pop index out of range");
            T v = this[(int)i];
            RemoveAt((int)i);
            return v;
        }

        public void InsertAt(long i, T v)
        {
            int n = Count;
            if (i < 0) i = Math.Max(i + n, 0);
            if (i > n) i = n;
            Insert((int)i, v);
        }

        public void Extend(RList<T> other) { AddRange(other.ToArray()); }
        public void ReverseInPlace() { Reverse(); }

        /// The first index of an item equal to v, or -1.
        int Find(T v)
        {
            var eq = Ops<T>.Equality;
            for (int i = 0; i < Count; i++) if (eq.Equals(this[i], v)) return i;
            return -1;
        }

        public long IndexOf_(T v)
        {
            int i = Find(v);
            if (i < 0) throw Errors.Value("list.index(x): x not in list");
            return i;
        }

        public void Remove_(T v)
        {
            int i = Find(v);
            if (i < 0) throw Errors.Value("list.remove(x): x not in list");
            RemoveAt(i);
        }

        public long CountOf(T v)
        {
            var eq = Ops<T>.Equality;
            long c = 0;
            foreach (T x in this) if (eq.Equals(x, v)) c++;
            return c;
        }

        public bool Contains_(T v) { return Find(v) >= 0; }

        /// Stable merge sort in natural order (List<T>.Sort is not stable).
        public void SortInPlace()
        {
            T[] a = ToArray();
            T[] tmp = new T[a.Length];
            MergeSort(a, tmp, 0, a.Length, Ops<T>.Cmp);
            for (int i = 0; i < a.Length; i++) this[i] = a[i];
        }

        static void MergeSort(T[] a, T[] tmp, int lo, int hi, Comparison<T> cmp)
        {
            if (hi - lo < 2) return;
            if (hi - lo <= 16)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    T x = a[i];
                    int j = i - 1;
                    while (j >= lo && cmp(a[j], x) > 0) { a[j + 1] = a[j]; j--; }
                    a[j + 1] = x;
                }
                return;
            }
            int mid = (lo + hi) / 2;
            MergeSort(a, tmp, lo, mid, cmp);
            MergeSort(a, tmp, mid, hi, cmp);
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi) tmp[k++] = cmp(a[q], a[p]) < 0 ? a[q++] : a[p++];
            while (p < mid) tmp[k++] = a[p++];
            while (q < hi) tmp[k++] = a[q++];
            Array.Copy(tmp, lo, a, lo, hi - lo);
        }

        public RList<T> Concat(RList<T> other)
        {
            var r = new RList<T>(Count + other.Count);
            r.AddRange(this);
            r.AddRange(other);
            return r;
        }

        public RList<T> Mul(long n)
        {
            var r = new RList<T>();
            for (long i = 0; i < n; i++) r.AddRange(this);
            return r;
        }

        public RList<T> Copy() { return new RList<T>(this); }

        public RList<Tuple2<long, T>> Enumerate()
        {
            var r = new RList<Tuple2<long, T>>(Count);
            for (int i = 0; i < Count; i++) r.Add(new Tuple2<long, T>(i, this[i]));
            return r;
        }

        public T MinItem()
        {
            if (Count == 0) throw Errors.Value("min() arg is an empty sequence");
            T m = this[0];
            for (int i = 1; i < Count; i++) m = Ops<T>.Min(m, this[i]);
            return m;
        }

        public T MaxItem()
        {
            if (Count == 0) throw Errors.Value("max() arg is an empty sequence");
            T m = this[0];
            for (int i = 1; i < Count; i++) m = Ops<T>.Max(m, this[i]);
            return m;
        }

        public ListIter<T> Iter() { return new ListIter<T>(this); }

        public override bool Equals(object o)
        {
            var other = o as RList<T>;
            if (other == null || other.Count != Count) return false;
            var eq = Ops<T>.Equality;
            for (int i = 0; i < Count; i++) if (!eq.Equals(this[i], other[i])) return false;
            return true;
        }

        public override int GetHashCode() { return Count; }

        public int CompareTo(RList<T> other)
        {
            int n = Math.Min(Count, other.Count);
            for (int i = 0; i < n; i++)
            {
                int c = Ops<T>.Cmp(this[i], other[i]);
                if (c != 0) return c;
            }
            return Count.CompareTo(other.Count);
        }

        public void AppendRepr(StringBuilder b)
        {
            b.Append('[');
            for (int i = 0; i < Count; i++)
            {
                if (i > 0) b.Append(", ");
                Repr.Append(b, this[i]);
            }
            b.Append(']');
        }
    }

    public sealed class ListIter<T>
    {
        readonly RList<T> list;
        int index;
        public ListIter(RList<T> list) { this.list = list; }
        public bool HasNext() { return index < list.Count; }
        /// The next item, after HasNext() said there is one (for loops).
        public T NextUnchecked() { return list[index++]; }
        public T Next()
        {
            if (index >= list.Count) throw Errors.Raise("StopIteration", "");
            return list[index++];
        }
    }

    public sealed class StrIter
    {
        readonly string s;
        int index;
        public StrIter(string s) { this.s = s; }
        public bool HasNext() { return index < s.Length; }
        public string NextUnchecked() { return Next(); }
        public string Next()
        {
            if (index >= s.Length) throw Errors.Raise("StopIteration", "");
            int n = char.IsHighSurrogate(s[index]) && index + 1 < s.Length ? 2 : 1;
            string r = s.Substring(index, n);
            index += n;
            return r;
        }
    }

    public sealed class BytesIter
    {
        readonly byte[] b;
        int index;
        public BytesIter(byte[] b) { this.b = b; }
        public bool HasNext() { return index < b.Length; }
        public long NextUnchecked() { return b[index++]; }
        public long Next()
        {
            if (index >= b.Length) throw Errors.Raise("StopIteration", "");
            return b[index++];
        }
    }

    public sealed class RangeIter
    {
        long next;
        readonly long stop, step;
        public RangeIter(long[] r) { next = r[0]; stop = r[1]; step = r[2]; }
        public bool HasNext() { return step > 0 ? next < stop : next > stop; }
        public long NextUnchecked()
        {
            long v = next;
            next += step;
            return v;
        }
        public long Next()
        {
            if (!HasNext()) throw Errors.Raise("StopIteration", "");
            long v = next;
            next += step;
            return v;
        }
    }

    public static class Seq
    {
        public static RList<string> StrToList(string s)
        {
            var r = new RList<string>();
            var it = new StrIter(s);
            while (it.HasNext()) r.Add(it.Next());
            return r;
        }

        public static RList<long> BytesToList(byte[] b)
        {
            var r = new RList<long>(b.Length);
            foreach (byte x in b) r.Add(x);
            return r;
        }

        public static RList<long> RangeToList(long[] range)
        {
            var r = new RList<long>();
            var it = new RangeIter(range);
            while (it.HasNext()) r.Add(it.Next());
            return r;
        }

        /// range(start, stop, step) as {start, stop, step}.
        public static long[] NewRange(long start, long stop, long step)
        {
            if (step == 0) throw Errors.Value("range() arg 3 must not be zero");
            return new long[] { start, stop, step };
        }

        public static long RangeLen(long[] r)
        {
            long start = r[0], stop = r[1], step = r[2];
            if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
            return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
        }

        public static StrIter StrIter(string s) { return new StrIter(s); }
        public static BytesIter BytesIter(byte[] b) { return new BytesIter(b); }
        public static RangeIter RangeIter(long[] r) { return new RangeIter(r); }
    }

    public static class Zipper<A, B>
    {
        public static RList<Tuple2<A, B>> Zip(RList<A> a, RList<B> b)
        {
            int n = Math.Min(a.Count, b.Count);
            var r = new RList<Tuple2<A, B>>(n);
            for (int i = 0; i < n; i++) r.Add(new Tuple2<A, B>(a[i], b[i]));
            return r;
        }
    }
}
