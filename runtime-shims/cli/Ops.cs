// Operations that apply to a value of any type T, by its static type:
// equality, natural order, min/max, hash, str() and repr() as CPython.
// Containers and tuples implement IPyRepr; items are shown by their repr.
using System;
using System.Collections.Generic;
using System.Text;

namespace RPython.Runtime
{
    public interface IPyRepr
    {
        void AppendRepr(StringBuilder b);
    }

    public static class Repr
    {
        public static void Append(StringBuilder b, object o)
        {
            if (o == null) { b.Append("None"); return; }
            IPyRepr r = o as IPyRepr;
            if (r != null) { r.AppendRepr(b); return; }
            if (o is long) { b.Append(((long)o).ToString(System.Globalization.CultureInfo.InvariantCulture)); return; }
            if (o is double) { b.Append(FloatRepr.Repr((double)o)); return; }
            if (o is bool) { b.Append((bool)o ? "True" : "False"); return; }
            string s = o as string;
            if (s != null) { b.Append(Text.Repr(s)); return; }
            byte[] bytes = o as byte[];
            if (bytes != null) { b.Append(Bytes.Repr(bytes)); return; }
            long[] range = o as long[];
            if (range != null && range.Length == 3)
            {
                // A range is {start, stop, step}.
                var inv = System.Globalization.CultureInfo.InvariantCulture;
                b.Append("range(").Append(range[0].ToString(inv)).Append(", ").Append(range[1].ToString(inv));
                if (range[2] != 1) b.Append(", ").Append(range[2].ToString(inv));
                b.Append(')');
                return;
            }
            b.Append("<" + o.GetType().Name + " object>");
        }

        public static string Of(object o)
        {
            var b = new StringBuilder();
            Append(b, o);
            return b.ToString();
        }
    }

    public static class Ops<T>
    {
        /// Python's `==` for T: structural for bytes (byte[] compares by
        /// reference), the type's own Equals otherwise.
        public static readonly IEqualityComparer<T> Equality = MakeEquality();
        static readonly IEqualityComparer<T> eq = Equality;
        public static readonly Comparison<T> Cmp = MakeCmp();

        static IEqualityComparer<T> MakeEquality()
        {
            if (typeof(T) == typeof(byte[])) return (IEqualityComparer<T>)(object)new BytesEquality();
            return EqualityComparer<T>.Default;
        }

        static Comparison<T> MakeCmp()
        {
            if (typeof(T) == typeof(byte[]))
                return (Comparison<T>)(object)new Comparison<byte[]>(Bytes.Compare);
            if (typeof(T) == typeof(string))
                return (Comparison<T>)(object)new Comparison<string>(Text.Compare);
            if (typeof(T) == typeof(double))
                return (Comparison<T>)(object)new Comparison<double>((a, b) => a < b ? -1 : (a > b ? 1 : 0));
            Comparer<T> c = Comparer<T>.Default;
            return c.Compare;
        }

        public static bool Eq(T a, T b) { return eq.Equals(a, b); }
        public static bool Lt(T a, T b) { return Cmp(a, b) < 0; }
        public static T Min(T a, T b) { return Cmp(b, a) < 0 ? b : a; }
        public static T Max(T a, T b) { return Cmp(b, a) > 0 ? b : a; }
        public static long Hash(T a) { return a == null ? 0 : eq.GetHashCode(a); }
        public static string Repr(T a) { return RPython.Runtime.Repr.Of(a); }

        public static string Str(T a)
        {
            object o = a;
            string s = o as string;
            if (s != null) return s;
            return RPython.Runtime.Repr.Of(o);
        }

        public static bool IsTrue(T a)
        {
            object o = a;
            if (o == null) return false;
            var t = o as System.Collections.ICollection;
            if (t != null) return t.Count > 0;
            var d = o as IPyLen;
            if (d != null) return d.PyLen() > 0;
            return true;
        }
    }

    public sealed class BytesEquality : IEqualityComparer<byte[]>
    {
        public bool Equals(byte[] a, byte[] b) { return Bytes.Eq(a, b); }
        public int GetHashCode(byte[] b)
        {
            int h = 17;
            foreach (byte x in b) h = unchecked(h * 31 + x);
            return h;
        }
    }

    public interface IPyLen
    {
        long PyLen();
    }
}
