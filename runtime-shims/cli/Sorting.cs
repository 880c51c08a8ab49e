// The stable sort of list.sort(): a merge sort in natural order, with str
// items compared by a direct call rather than through a delegate.
using System;

namespace RPython.Runtime
{
    public static class Sorting<T>
    {
        public static void Sort(T[] a, T[] tmp, int n)
        {
            if (typeof(T) == typeof(string))
            {
                StrSort.Sort((string[])(object)a, (string[])(object)tmp, 0, n);
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
        public static void Sort(string[] a, string[] tmp, int lo, int hi)
        {
            if (hi - lo < 2) return;
            if (hi - lo <= 16)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    string x = a[i];
                    int j = i - 1;
                    while (j >= lo && Text.Compare(a[j], x) > 0) { a[j + 1] = a[j]; j--; }
                    a[j + 1] = x;
                }
                return;
            }
            int mid = (lo + hi) / 2;
            Sort(a, tmp, lo, mid);
            Sort(a, tmp, mid, hi);
            if (Text.Compare(a[mid - 1], a[mid]) <= 0) return;
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi) tmp[k++] = Text.Compare(a[q], a[p]) < 0 ? a[q++] : a[p++];
            while (p < mid) tmp[k++] = a[p++];
            while (q < hi) tmp[k++] = a[q++];
            Array.Copy(tmp, lo, a, lo, hi - lo);
        }
    }
}
