// tuple[T1, ..., Tn]: an immutable record per arity, items unboxed, with
// structural equality and hash (dict keys), lexicographic order (sorting) and
// CPython's repr. Generated once by hand from one pattern (see git history);
// edit all arities alike.
using System;
using System.Collections.Generic;
using System.Text;

namespace RPython.Runtime
{
    public sealed class Tuple0 : IPyRepr, IComparable<Tuple0>
    {
        public override bool Equals(object o) { return o is Tuple0; }
        public override int GetHashCode() { return 0x345678; }
        public int CompareTo(Tuple0 t) { return 0; }
        public void AppendRepr(StringBuilder b) { b.Append("()"); }
    }

    public sealed class Tuple1<T0> : IPyRepr, IComparable<Tuple1<T0>>
    {
        public readonly T0 f0;
        public Tuple1(T0 a0)
        {
            f0 = a0;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple1<T0>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            return h;
        }
        public int CompareTo(Tuple1<T0> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(',');
            b.Append(')');
        }
    }

    public sealed class Tuple2<T0, T1> : IPyRepr, IComparable<Tuple2<T0, T1>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public Tuple2(T0 a0, T1 a1)
        {
            f0 = a0;
            f1 = a1;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple2<T0, T1>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            return h;
        }
        public int CompareTo(Tuple2<T0, T1> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(')');
        }
    }

    public sealed class Tuple3<T0, T1, T2> : IPyRepr, IComparable<Tuple3<T0, T1, T2>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public readonly T2 f2;
        public Tuple3(T0 a0, T1 a1, T2 a2)
        {
            f0 = a0;
            f1 = a1;
            f2 = a2;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple3<T0, T1, T2>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1) && Ops<T2>.Equality.Equals(f2, t.f2);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            h = unchecked(h * 1000003) ^ (f2 == null ? 0 : Ops<T2>.Equality.GetHashCode(f2));
            return h;
        }
        public int CompareTo(Tuple3<T0, T1, T2> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            if ((c = Ops<T2>.Cmp(f2, t.f2)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(", ");
            Repr.Append(b, f2);
            b.Append(')');
        }
    }

    public sealed class Tuple4<T0, T1, T2, T3> : IPyRepr, IComparable<Tuple4<T0, T1, T2, T3>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public readonly T2 f2;
        public readonly T3 f3;
        public Tuple4(T0 a0, T1 a1, T2 a2, T3 a3)
        {
            f0 = a0;
            f1 = a1;
            f2 = a2;
            f3 = a3;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple4<T0, T1, T2, T3>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1) && Ops<T2>.Equality.Equals(f2, t.f2) && Ops<T3>.Equality.Equals(f3, t.f3);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            h = unchecked(h * 1000003) ^ (f2 == null ? 0 : Ops<T2>.Equality.GetHashCode(f2));
            h = unchecked(h * 1000003) ^ (f3 == null ? 0 : Ops<T3>.Equality.GetHashCode(f3));
            return h;
        }
        public int CompareTo(Tuple4<T0, T1, T2, T3> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            if ((c = Ops<T2>.Cmp(f2, t.f2)) != 0) return c;
            if ((c = Ops<T3>.Cmp(f3, t.f3)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(", ");
            Repr.Append(b, f2);
            b.Append(", ");
            Repr.Append(b, f3);
            b.Append(')');
        }
    }

    public sealed class Tuple5<T0, T1, T2, T3, T4> : IPyRepr, IComparable<Tuple5<T0, T1, T2, T3, T4>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public readonly T2 f2;
        public readonly T3 f3;
        public readonly T4 f4;
        public Tuple5(T0 a0, T1 a1, T2 a2, T3 a3, T4 a4)
        {
            f0 = a0;
            f1 = a1;
            f2 = a2;
            f3 = a3;
            f4 = a4;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple5<T0, T1, T2, T3, T4>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1) && Ops<T2>.Equality.Equals(f2, t.f2) && Ops<T3>.Equality.Equals(f3, t.f3) && Ops<T4>.Equality.Equals(f4, t.f4);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            h = unchecked(h * 1000003) ^ (f2 == null ? 0 : Ops<T2>.Equality.GetHashCode(f2));
            h = unchecked(h * 1000003) ^ (f3 == null ? 0 : Ops<T3>.Equality.GetHashCode(f3));
            h = unchecked(h * 1000003) ^ (f4 == null ? 0 : Ops<T4>.Equality.GetHashCode(f4));
            return h;
        }
        public int CompareTo(Tuple5<T0, T1, T2, T3, T4> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            if ((c = Ops<T2>.Cmp(f2, t.f2)) != 0) return c;
            if ((c = Ops<T3>.Cmp(f3, t.f3)) != 0) return c;
            if ((c = Ops<T4>.Cmp(f4, t.f4)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(", ");
            Repr.Append(b, f2);
            b.Append(", ");
            Repr.Append(b, f3);
            b.Append(", ");
            Repr.Append(b, f4);
            b.Append(')');
        }
    }

    public sealed class Tuple6<T0, T1, T2, T3, T4, T5> : IPyRepr, IComparable<Tuple6<T0, T1, T2, T3, T4, T5>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public readonly T2 f2;
        public readonly T3 f3;
        public readonly T4 f4;
        public readonly T5 f5;
        public Tuple6(T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5)
        {
            f0 = a0;
            f1 = a1;
            f2 = a2;
            f3 = a3;
            f4 = a4;
            f5 = a5;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple6<T0, T1, T2, T3, T4, T5>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1) && Ops<T2>.Equality.Equals(f2, t.f2) && Ops<T3>.Equality.Equals(f3, t.f3) && Ops<T4>.Equality.Equals(f4, t.f4) && Ops<T5>.Equality.Equals(f5, t.f5);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            h = unchecked(h * 1000003) ^ (f2 == null ? 0 : Ops<T2>.Equality.GetHashCode(f2));
            h = unchecked(h * 1000003) ^ (f3 == null ? 0 : Ops<T3>.Equality.GetHashCode(f3));
            h = unchecked(h * 1000003) ^ (f4 == null ? 0 : Ops<T4>.Equality.GetHashCode(f4));
            h = unchecked(h * 1000003) ^ (f5 == null ? 0 : Ops<T5>.Equality.GetHashCode(f5));
            return h;
        }
        public int CompareTo(Tuple6<T0, T1, T2, T3, T4, T5> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            if ((c = Ops<T2>.Cmp(f2, t.f2)) != 0) return c;
            if ((c = Ops<T3>.Cmp(f3, t.f3)) != 0) return c;
            if ((c = Ops<T4>.Cmp(f4, t.f4)) != 0) return c;
            if ((c = Ops<T5>.Cmp(f5, t.f5)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(", ");
            Repr.Append(b, f2);
            b.Append(", ");
            Repr.Append(b, f3);
            b.Append(", ");
            Repr.Append(b, f4);
            b.Append(", ");
            Repr.Append(b, f5);
            b.Append(')');
        }
    }

    public sealed class Tuple7<T0, T1, T2, T3, T4, T5, T6> : IPyRepr, IComparable<Tuple7<T0, T1, T2, T3, T4, T5, T6>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public readonly T2 f2;
        public readonly T3 f3;
        public readonly T4 f4;
        public readonly T5 f5;
        public readonly T6 f6;
        public Tuple7(T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6)
        {
            f0 = a0;
            f1 = a1;
            f2 = a2;
            f3 = a3;
            f4 = a4;
            f5 = a5;
            f6 = a6;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple7<T0, T1, T2, T3, T4, T5, T6>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1) && Ops<T2>.Equality.Equals(f2, t.f2) && Ops<T3>.Equality.Equals(f3, t.f3) && Ops<T4>.Equality.Equals(f4, t.f4) && Ops<T5>.Equality.Equals(f5, t.f5) && Ops<T6>.Equality.Equals(f6, t.f6);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            h = unchecked(h * 1000003) ^ (f2 == null ? 0 : Ops<T2>.Equality.GetHashCode(f2));
            h = unchecked(h * 1000003) ^ (f3 == null ? 0 : Ops<T3>.Equality.GetHashCode(f3));
            h = unchecked(h * 1000003) ^ (f4 == null ? 0 : Ops<T4>.Equality.GetHashCode(f4));
            h = unchecked(h * 1000003) ^ (f5 == null ? 0 : Ops<T5>.Equality.GetHashCode(f5));
            h = unchecked(h * 1000003) ^ (f6 == null ? 0 : Ops<T6>.Equality.GetHashCode(f6));
            return h;
        }
        public int CompareTo(Tuple7<T0, T1, T2, T3, T4, T5, T6> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            if ((c = Ops<T2>.Cmp(f2, t.f2)) != 0) return c;
            if ((c = Ops<T3>.Cmp(f3, t.f3)) != 0) return c;
            if ((c = Ops<T4>.Cmp(f4, t.f4)) != 0) return c;
            if ((c = Ops<T5>.Cmp(f5, t.f5)) != 0) return c;
            if ((c = Ops<T6>.Cmp(f6, t.f6)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(", ");
            Repr.Append(b, f2);
            b.Append(", ");
            Repr.Append(b, f3);
            b.Append(", ");
            Repr.Append(b, f4);
            b.Append(", ");
            Repr.Append(b, f5);
            b.Append(", ");
            Repr.Append(b, f6);
            b.Append(')');
        }
    }

    public sealed class Tuple8<T0, T1, T2, T3, T4, T5, T6, T7> : IPyRepr, IComparable<Tuple8<T0, T1, T2, T3, T4, T5, T6, T7>>
    {
        public readonly T0 f0;
        public readonly T1 f1;
        public readonly T2 f2;
        public readonly T3 f3;
        public readonly T4 f4;
        public readonly T5 f5;
        public readonly T6 f6;
        public readonly T7 f7;
        public Tuple8(T0 a0, T1 a1, T2 a2, T3 a3, T4 a4, T5 a5, T6 a6, T7 a7)
        {
            f0 = a0;
            f1 = a1;
            f2 = a2;
            f3 = a3;
            f4 = a4;
            f5 = a5;
            f6 = a6;
            f7 = a7;
        }
        public override bool Equals(object o)
        {
            var t = o as Tuple8<T0, T1, T2, T3, T4, T5, T6, T7>;
            return t != null && Ops<T0>.Equality.Equals(f0, t.f0) && Ops<T1>.Equality.Equals(f1, t.f1) && Ops<T2>.Equality.Equals(f2, t.f2) && Ops<T3>.Equality.Equals(f3, t.f3) && Ops<T4>.Equality.Equals(f4, t.f4) && Ops<T5>.Equality.Equals(f5, t.f5) && Ops<T6>.Equality.Equals(f6, t.f6) && Ops<T7>.Equality.Equals(f7, t.f7);
        }
        public override int GetHashCode()
        {
            int h = 0x345678;
            h = unchecked(h * 1000003) ^ (f0 == null ? 0 : Ops<T0>.Equality.GetHashCode(f0));
            h = unchecked(h * 1000003) ^ (f1 == null ? 0 : Ops<T1>.Equality.GetHashCode(f1));
            h = unchecked(h * 1000003) ^ (f2 == null ? 0 : Ops<T2>.Equality.GetHashCode(f2));
            h = unchecked(h * 1000003) ^ (f3 == null ? 0 : Ops<T3>.Equality.GetHashCode(f3));
            h = unchecked(h * 1000003) ^ (f4 == null ? 0 : Ops<T4>.Equality.GetHashCode(f4));
            h = unchecked(h * 1000003) ^ (f5 == null ? 0 : Ops<T5>.Equality.GetHashCode(f5));
            h = unchecked(h * 1000003) ^ (f6 == null ? 0 : Ops<T6>.Equality.GetHashCode(f6));
            h = unchecked(h * 1000003) ^ (f7 == null ? 0 : Ops<T7>.Equality.GetHashCode(f7));
            return h;
        }
        public int CompareTo(Tuple8<T0, T1, T2, T3, T4, T5, T6, T7> t)
        {
            int c;
            if ((c = Ops<T0>.Cmp(f0, t.f0)) != 0) return c;
            if ((c = Ops<T1>.Cmp(f1, t.f1)) != 0) return c;
            if ((c = Ops<T2>.Cmp(f2, t.f2)) != 0) return c;
            if ((c = Ops<T3>.Cmp(f3, t.f3)) != 0) return c;
            if ((c = Ops<T4>.Cmp(f4, t.f4)) != 0) return c;
            if ((c = Ops<T5>.Cmp(f5, t.f5)) != 0) return c;
            if ((c = Ops<T6>.Cmp(f6, t.f6)) != 0) return c;
            if ((c = Ops<T7>.Cmp(f7, t.f7)) != 0) return c;
            return 0;
        }
        public void AppendRepr(StringBuilder b)
        {
            b.Append('(');
            Repr.Append(b, f0);
            b.Append(", ");
            Repr.Append(b, f1);
            b.Append(", ");
            Repr.Append(b, f2);
            b.Append(", ");
            Repr.Append(b, f3);
            b.Append(", ");
            Repr.Append(b, f4);
            b.Append(", ");
            Repr.Append(b, f5);
            b.Append(", ");
            Repr.Append(b, f6);
            b.Append(", ");
            Repr.Append(b, f7);
            b.Append(')');
        }
    }

}
