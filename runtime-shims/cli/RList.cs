// list[T]: an array and a count (T unboxed: long, double, bool, string, instances...)
// with Python's operations: negative indexes, IndexError/ValueError with
// CPython's messages, clamped slices, a stable sort in natural order.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace RPython.Runtime
{
    public sealed class RList<T> : IPyRepr, IPyLen, IComparable<RList<T>>
    {
        static readonly T[] None = new T[0];

        // Public so that emitted code may read them directly; items past
        // `count` are unused capacity.
        public T[] items;
        public int count;

        public RList() { items = None; }
        public RList(int capacity) { items = capacity == 0 ? None : new T[capacity]; }

        RList(T[] items, int count)
        {
            this.items = items;
            this.count = count;
        }

        public int Count { get { return count; } }

        /// Item i, 0 <= i < Count (callers check).
        public T this[int i]
        {
            get { return items[i]; }
            set { items[i] = value; }
        }

        void Grow(int need)
        {
            int size = Math.Max(need, Math.Max(4, items.Length * 2));
            var a = new T[size];
            Array.Copy(items, a, count);
            items = a;
        }

        public void Add(T item)
        {
            if (count == items.Length) Grow(count + 1);
            items[count++] = item;
        }

        void AddRange(T[] a, int n)
        {
            if (count + n > items.Length) Grow(count + n);
            Array.Copy(a, 0, items, count, n);
            count += n;
        }

        public void AddRange(RList<T> other) { AddRange(other.items, other.count); }

        public T[] ToArray()
        {
            var a = new T[count];
            Array.Copy(items, a, count);
            return a;
        }

        public static RList<T> Repeat(T item, long n)
        {
            int size = (int)Math.Max(0, Math.Min(n, int.MaxValue));
            var r = new RList<T>(size);
            for (int i = 0; i < size; i++) r.items[i] = item;
            r.count = size;
            return r;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Append(T item)
        {
            if (count == items.Length) Grow(count + 1);
            items[count++] = item;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public long Len() { return count; }
        public long PyLen() { return count; }

        // The common case (0 <= i < len) first and small, so that the JIT
        // inlines it; negative indexes and errors out of line.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public T GetItem(long i)
        {
            if ((ulong)i < (ulong)count) return items[(int)i];
            return GetItemSlow(i);
        }

        /// Negative indexes and IndexError; emitted code calls it after its
        /// own check of 0 <= i < count, and it stays a call there.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public T GetItemSlow(long i)
        {
            int n = count;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("list index out of range");
            return items[(int)i];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void SetItem(long i, T v)
        {
            if ((ulong)i < (ulong)count) items[(int)i] = v;
            else SetItemSlow(i, v);
        }

        [MethodImpl(MethodImplOptions.NoInlining)]
        public void SetItemSlow(long i, T v)
        {
            int n = count;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("list assignment index out of range");
            items[(int)i] = v;
        }

        void RemoveAt(int i)
        {
            count--;
            Array.Copy(items, i + 1, items, i, count - i);
            items[count] = default(T);
        }

        public void DelItem(long i)
        {
            int n = count;
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("list assignment index out of range");
            RemoveAt((int)i);
        }

        public RList<T> Slice(long start, long stop)
        {
            int lo, hi;
            Text.SliceBounds(count, start, stop, out lo, out hi);
            var a = new T[hi - lo];
            Array.Copy(items, lo, a, 0, hi - lo);
            return new RList<T>(a, hi - lo);
        }

        public T Pop(long i)
        {
            int n = count;
            if (n == 0) throw Errors.Index("pop from empty list");
            if (i < 0) i += n;
            if ((ulong)i >= (ulong)n) throw Errors.Index("pop index out of range");
            T v = items[(int)i];
            RemoveAt((int)i);
            return v;
        }

        public void InsertAt(long i, T v)
        {
            int n = count;
            if (i < 0) i = Math.Max(i + n, 0);
            if (i > n) i = n;
            if (count == items.Length) Grow(count + 1);
            Array.Copy(items, (int)i, items, (int)i + 1, count - (int)i);
            items[(int)i] = v;
            count++;
        }

        public void Extend(RList<T> other) { AddRange(other.items, other.count); }
        public void ReverseInPlace() { Array.Reverse(items, 0, count); }

        /// The first index of an item equal to v, or -1.
        int Find(T v)
        {
            var eq = Ops<T>.Equality;
            for (int i = 0; i < count; i++) if (eq.Equals(items[i], v)) return i;
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
            for (int i = 0; i < count; i++) if (eq.Equals(items[i], v)) c++;
            return c;
        }

        public bool Contains_(T v) { return Find(v) >= 0; }

        /// Stable merge sort in natural order.
        public void SortInPlace()
        {
            T[] tmp = new T[count];
            Sorting<T>.Sort(items, tmp, count);
        }

        public RList<T> Concat(RList<T> other)
        {
            var r = new RList<T>(count + other.count);
            r.AddRange(this);
            r.AddRange(other);
            return r;
        }

        public RList<T> Mul(long n)
        {
            var r = new RList<T>((int)Math.Max(0, Math.Min(n * count, int.MaxValue)));
            for (long i = 0; i < n; i++) r.AddRange(this);
            return r;
        }

        public RList<T> Copy() { return new RList<T>(ToArray(), count); }

        public RList<Tuple2<long, T>> Enumerate()
        {
            var r = new RList<Tuple2<long, T>>(count);
            for (int i = 0; i < count; i++) r.Add(new Tuple2<long, T>(i, items[i]));
            return r;
        }

        public T MinItem()
        {
            if (count == 0) throw Errors.Value("min() arg is an empty sequence");
            T m = items[0];
            for (int i = 1; i < count; i++) m = Ops<T>.Min(m, items[i]);
            return m;
        }

        public T MaxItem()
        {
            if (count == 0) throw Errors.Value("max() arg is an empty sequence");
            T m = items[0];
            for (int i = 1; i < count; i++) m = Ops<T>.Max(m, items[i]);
            return m;
        }

        public ListIter<T> Iter() { return new ListIter<T>(this); }

        public override bool Equals(object o)
        {
            var other = o as RList<T>;
            if (other == null || other.count != count) return false;
            var eq = Ops<T>.Equality;
            for (int i = 0; i < count; i++) if (!eq.Equals(items[i], other.items[i])) return false;
            return true;
        }

        public override int GetHashCode() { return count; }

        public int CompareTo(RList<T> other)
        {
            int n = Math.Min(count, other.count);
            for (int i = 0; i < n; i++)
            {
                int c = Ops<T>.Cmp(items[i], other.items[i]);
                if (c != 0) return c;
            }
            return count.CompareTo(other.count);
        }

        public void AppendRepr(StringBuilder b)
        {
            b.Append('[');
            for (int i = 0; i < count; i++)
            {
                if (i > 0) b.Append(", ");
                Repr.Append(b, items[i]);
            }
            b.Append(']');
        }
    }

    public sealed class ListIter<T>
    {
        readonly RList<T> list;
        int index;
        public ListIter(RList<T> list) { this.list = list; }
        public bool HasNext() { return index < list.count; }
        /// The next item, after HasNext() said there is one (for loops).
        public T NextUnchecked() { return list.items[index++]; }
        public T Next()
        {
            if (index >= list.count) throw Errors.Raise("StopIteration", "");
            return list.items[index++];
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
