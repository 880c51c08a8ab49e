// Python bytes on byte[].
using System;
using System.Text;

namespace RPython.Runtime
{
    public static class Bytes
    {
        /// A bytes constant, written as the string of chars U+0000..U+00FF.
        public static byte[] FromLatin1(string s)
        {
            byte[] r = new byte[s.Length];
            for (int i = 0; i < s.Length; i++) r[i] = (byte)s[i];
            return r;
        }

        public static long Len(byte[] b) { return b.Length; }

        public static long GetItem(byte[] b, long index)
        {
            long i = index < 0 ? index + b.Length : index;
            if (i < 0 || i >= b.Length) throw Errors.Index("index out of range");
            return b[(int)i];
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] r = new byte[a.Length + b.Length];
            Array.Copy(a, r, a.Length);
            Array.Copy(b, 0, r, a.Length, b.Length);
            return r;
        }

        public static bool Eq(byte[] a, byte[] b)
        {
            if (a == null || b == null) return a == b;
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
            return true;
        }

        public static int Compare(byte[] a, byte[] b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++) if (a[i] != b[i]) return a[i] - b[i];
            return a.Length - b.Length;
        }

        public static byte[] Slice(byte[] b, long start, long stop)
        {
            int lo, hi;
            Text.SliceBounds(b.Length, start, stop, out lo, out hi);
            byte[] r = new byte[hi - lo];
            Array.Copy(b, lo, r, 0, r.Length);
            return r;
        }

        public static string Repr(byte[] b)
        {
            if (b == null) return "None";
            bool sq = Array.IndexOf(b, (byte)'\'') >= 0, dq = Array.IndexOf(b, (byte)'"') >= 0;
            char quote = sq && !dq ? '"' : '\'';
            var s = new StringBuilder("b");
            s.Append(quote);
            foreach (byte c in b)
            {
                if (c == '\\') s.Append("\\\\");
                else if (c == '\n') s.Append("\\n");
                else if (c == '\r') s.Append("\\r");
                else if (c == '\t') s.Append("\\t");
                else if (c == quote) s.Append('\\').Append((char)c);
                else if (c >= 0x20 && c < 0x7f) s.Append((char)c);
                else s.Append("\\x").Append(c.ToString("x2"));
            }
            s.Append(quote);
            return s.ToString();
        }

    }
}
