// The stable sort of list.sort(): a merge sort in natural order, with str
// items compared by a direct call rather than through a delegate, and by
// ordinal (UTF-16) order when no item has a surrogate, since that order is
// code-point order then.
using System;

namespace RPython.Runtime
{
    public static class Sorting<T>
    {
        public static void Sort(T[] a, T[] tmp, int n)
        {
            if (typeof(T) == typeof(string))
            {
                var strs = (string[])(object)a;
                StrSort.Sort(strs, (string[])(object)tmp, 0, n, !StrSort.AnySurrogate(strs, n));
                return;
            }
            Sort(a, tmp, 0, n, Ops<T>.Cmp);
        }

        static void Sort(T[] a, T[] tmp, int lo, int hi, Comparison<T> cmp)
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
            Sort(a, tmp, lo, mid, cmp);
            Sort(a, tmp, mid, hi, cmp);
            if (cmp(a[mid - 1], a[mid]) <= 0) return;
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi) tmp[k++] = cmp(a[q], a[p]) < 0 ? a[q++] : a[p++];
            while (p < mid) tmp[k++] = a[p++];
            while (q < hi) tmp[k++] = a[q++];
            Array.Copy(tmp, lo, a, lo, hi - lo);
        }
    }

    static class StrSort
    {
        public static bool AnySurrogate(string[] a, int n)
        {
            for (int i = 0; i < n; i++)
            {
                string s = a[i];
                if (s == null) continue;
                for (int j = 0; j < s.Length; j++) if (char.IsSurrogate(s[j])) return true;
            }
            return false;
        }

        static int Cmp(string a, string b, bool ordinal)
        {
            return ordinal ? string.CompareOrdinal(a, b) : Text.Compare(a, b);
        }

        public static void Sort(string[] a, string[] tmp, int lo, int hi, bool ordinal)
        {
            if (hi - lo < 2) return;
            if (hi - lo <= 16)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    string x = a[i];
                    int j = i - 1;
                    while (j >= lo && Cmp(a[j], x, ordinal) > 0) { a[j + 1] = a[j]; j--; }
                    a[j + 1] = x;
                }
                return;
            }
            int mid = (lo + hi) / 2;
            Sort(a, tmp, lo, mid, ordinal);
            Sort(a, tmp, mid, hi, ordinal);
            if (Cmp(a[mid - 1], a[mid], ordinal) <= 0) return;
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi) tmp[k++] = Cmp(a[q], a[p], ordinal) < 0 ? a[q++] : a[p++];
            while (p < mid) tmp[k++] = a[p++];
            while (q < hi) tmp[k++] = a[q++];
            Array.Copy(tmp, lo, a, lo, hi - lo);
        }
    }
}
