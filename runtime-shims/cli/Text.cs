// Python str semantics on CLI strings, which are UTF-16: every index counts
// code points, so a character outside the BMP (a surrogate pair) counts as
// one. Most strings have no surrogates, and then both indexes agree; whether
// a string has any is found by a scan, kept for long strings in a small
// direct-mapped cache keyed by identity.
using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace RPython.Runtime
{
    public static class Text
    {
        const int Short = 32;
        const int CacheSize = 256;
        static readonly string[] cachedStrings = new string[CacheSize];
        static readonly bool[] cachedBmp = new bool[CacheSize];

        static bool ScanBmp(string s)
        {
            for (int i = 0; i < s.Length; i++) if (char.IsSurrogate(s[i])) return false;
            return true;
        }

        static bool IsBmp(string s)
        {
            if (s.Length <= Short) return ScanBmp(s);
            int slot = RuntimeHelpers.GetHashCode(s) & (CacheSize - 1);
            if ((object)cachedStrings[slot] == (object)s) return cachedBmp[slot];
            bool bmp = ScanBmp(s);
            cachedStrings[slot] = s;
            cachedBmp[slot] = bmp;
            return bmp;
        }

        static int CodePointCount(string s, int end)
        {
            int n = 0;
            for (int i = 0; i < end; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                n++;
            }
            return n;
        }

        public static long Len(string s)
        {
            return IsBmp(s) ? s.Length : CodePointCount(s, s.Length);
        }

        /// UTF-16 offset of code point index cp (0 <= cp <= len).
        static int Offset(string s, long cp)
        {
            if (IsBmp(s)) return (int)cp;
            int i = 0;
            for (long k = 0; k < cp; k++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i += 2;
                else i++;
            }
            return i;
        }

        static int CharCount(string s, int i)
        {
            return char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        }

        public static string GetItem(string s, long index)
        {
            long n = Len(s);
            long i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) throw Errors.Index("string index out of range");
            if (IsBmp(s)) return s[(int)i].ToString();
            int off = Offset(s, i);
            return s.Substring(off, CharCount(s, off));
        }

        static long Clamp(long len, long v)
        {
            if (v < 0) return Math.Max(v + len, 0);
            return Math.Min(v, len);
        }

        /// Python's clamped bounds for seq[start:stop] (long.MinValue/MaxValue: absent).
        public static void SliceBounds(long len, long start, long stop, out int lo, out int hi)
        {
            long l = start == long.MinValue ? 0 : Clamp(len, start);
            long h = stop == long.MaxValue ? len : Clamp(len, stop);
            lo = (int)l;
            hi = (int)Math.Max(h, l);
        }

        public static string Slice(string s, long start, long stop)
        {
            int lo, hi;
            SliceBounds(Len(s), start, stop, out lo, out hi);
            int a = Offset(s, lo), b = Offset(s, hi);
            return s.Substring(a, b - a);
        }

        public static string Mul(string s, long n)
        {
            if (n <= 0 || s.Length == 0) return "";
            if (n * s.Length > int.MaxValue - 8) throw Errors.Raise("MemoryError", "");
            var b = new StringBuilder(s.Length * (int)n);
            for (long i = 0; i < n; i++) b.Append(s);
            return b.ToString();
        }

        static int Fixup(char c)
        {
            if (c >= 0xD800) return c >= 0xE000 ? c - 0x800 : c + 0x2000;
            return c;
        }

        /// Code-point order (UTF-16 order differs past U+D7FF).
        public static int Compare(string a, string b)
        {
            int n = Math.Min(a.Length, b.Length);
            for (int i = 0; i < n; i++)
            {
                char x = a[i], y = b[i];
                if (x != y) return Fixup(x) - Fixup(y);
            }
            return a.Length - b.Length;
        }

        public static bool Lt(string a, string b) { return Compare(a, b) < 0; }
        public static bool Le(string a, string b) { return Compare(a, b) <= 0; }
        public static bool Gt(string a, string b) { return Compare(a, b) > 0; }
        public static bool Ge(string a, string b) { return Compare(a, b) >= 0; }
        public static bool IsTrue(string s) { return !string.IsNullOrEmpty(s); }

        public static bool Contains(string hay, string needle)
        {
            return hay.IndexOf(needle, StringComparison.Ordinal) >= 0;
        }

        public static string Concat(string a, string b)
        {
            return string.Concat(a ?? "None", b ?? "None");
        }

        public static string Join(string sep, RList<string> items)
        {
            var b = new StringBuilder();
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) b.Append(sep);
                b.Append(items[i]);
            }
            return b.ToString();
        }

        public static bool IsPySpace(int c)
        {
            return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0 || c == 0x1680
                || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x202f || c == 0x205f
                || c == 0x3000;
        }

        public static RList<string> Split(string s, string sep)
        {
            var output = new RList<string>();
            if (sep == null)
            {
                int i = 0, n = s.Length;
                while (i < n)
                {
                    while (i < n && IsPySpace(s[i])) i++;
                    if (i >= n) break;
                    int start = i;
                    while (i < n && !IsPySpace(s[i])) i++;
                    output.Add(s.Substring(start, i - start));
                }
                return output;
            }
            if (sep.Length == 0) throw Errors.Value("empty separator");
            int from = 0;
            while (true)
            {
                int j = s.IndexOf(sep, from, StringComparison.Ordinal);
                if (j < 0) break;
                output.Add(s.Substring(from, j - from));
                from = j + sep.Length;
            }
            output.Add(s.Substring(from));
            return output;
        }

        static bool InSet(string chars, char c)
        {
            return chars == null ? IsPySpace(c) : chars.IndexOf(c) >= 0;
        }

        public static string Strip(string s, string chars)
        {
            int i = 0, j = s.Length;
            while (i < j && InSet(chars, s[i])) i++;
            while (j > i && InSet(chars, s[j - 1])) j--;
            return s.Substring(i, j - i);
        }

        public static string LStrip(string s, string chars)
        {
            int i = 0;
            while (i < s.Length && InSet(chars, s[i])) i++;
            return s.Substring(i);
        }

        public static string RStrip(string s, string chars)
        {
            int j = s.Length;
            while (j > 0 && InSet(chars, s[j - 1])) j--;
            return s.Substring(0, j);
        }

        static void Adjust(long len, long start, long end, out long s, out long e)
        {
            s = start < 0 ? Math.Max(start + len, 0) : start;
            e = end < 0 ? Math.Max(end + len, 0) : end;
            e = Math.Min(e, len);
        }

        public static long Find(string s, string sub, long start, long end)
        {
            long n = Len(s), a, b;
            Adjust(n, start, end, out a, out b);
            if (b - a < Len(sub)) return -1;
            int bs = Offset(s, a), be = Offset(s, b);
            int j = s.IndexOf(sub, bs, be - bs, StringComparison.Ordinal);
            if (j < 0) return -1;
            return IsBmp(s) ? j : CodePointCount(s, j);
        }

        public static long RFind(string s, string sub, long start, long end)
        {
            long n = Len(s), a, b;
            Adjust(n, start, end, out a, out b);
            if (b - a < Len(sub)) return -1;
            int bs = Offset(s, a), be = Offset(s, b);
            for (int j = be - sub.Length; j >= bs; j--)
            {
                if (string.CompareOrdinal(s, j, sub, 0, sub.Length) == 0)
                    return IsBmp(s) ? j : CodePointCount(s, j);
            }
            return -1;
        }

        public static long Count(string s, string sub)
        {
            if (sub.Length == 0) return Len(s) + 1;
            long c = 0;
            int i = 0;
            while ((i = s.IndexOf(sub, i, StringComparison.Ordinal)) >= 0)
            {
                c++;
                i += sub.Length;
            }
            return c;
        }

        public static bool StartsWith(string s, string p) { return s.StartsWith(p, StringComparison.Ordinal); }
        public static bool EndsWith(string s, string p) { return s.EndsWith(p, StringComparison.Ordinal); }

        public static string Replace(string s, string old, string repl)
        {
            if (old.Length == 0)
            {
                var b = new StringBuilder();
                b.Append(repl);
                for (int i = 0; i < s.Length; i += CharCount(s, i))
                {
                    b.Append(s, i, CharCount(s, i)).Append(repl);
                }
                return b.ToString();
            }
            return s.Replace(old, repl);
        }

        // str.isdigit() and isalpha() with CPython 3.11's ranges, which the
        // program passes (a string constant, decoded on the first code point
        // outside ASCII; ASCII never needs it).
        static PackedRanges digitRanges, alphaRanges;

        public static bool IsDigit(string s, string packedDigits)
        {
            return AllOfClass(s, false, packedDigits, ref digitRanges);
        }

        public static bool IsAlpha(string s, string packedAlpha)
        {
            return AllOfClass(s, true, packedAlpha, ref alphaRanges);
        }

        /// Whether s is non-empty and every code point is a letter (alpha)
        /// or a digit: ASCII decided here, the rest by the class's ranges.
        static bool AllOfClass(string s, bool alpha, string packed, ref PackedRanges ranges)
        {
            if (s.Length == 0) return false;
            for (int i = 0; i < s.Length; i += CharCount(s, i))
            {
                char c = s[i];
                if (c < 0x80)
                {
                    // ASCII letters are A..Z and a..z, one bit apart.
                    int folded = c | 0x20;
                    bool ok = alpha ? folded >= 'a' && folded <= 'z' : c >= '0' && c <= '9';
                    if (!ok) return false;
                    continue;
                }
                if (ranges == null) ranges = PackedRanges.Of(packed);
                if (!ranges.Contains(char.ConvertToUtf32(s, i))) return false;
            }
            return true;
        }

        /// CPython's whitespace is IsPySpace's fixed list, none of it outside the BMP.
        public static bool IsSpace(string s)
        {
            if (s.Length == 0) return false;
            foreach (char c in s) if (!IsPySpace(c)) return false;
            return true;
        }

        public static long Ord(string s)
        {
            long n = Len(s);
            if (n != 1) throw Errors.Raise("TypeError", "ord() expected a character, but string of length " + n + " found");
            return char.ConvertToUtf32(s, 0);
        }

        public static string Chr(long i)
        {
            if (i < 0 || i >= 0x110000) throw Errors.Value("chr() arg not in range(0x110000)");
            if (i >= 0xD800 && i <= 0xDFFF) throw Errors.Value("chr() arg is a surrogate, which RPython strings cannot hold");
            return char.ConvertFromUtf32((int)i);
        }

        /// The ranges of the code points repr() shows as they are (CPython
        /// 3.11's str.isprintable), packed by the translator; `Main` sets it
        /// in programs that may repr a str. Decoded on the first code point
        /// outside ASCII.
        public static string PrintableRanges;
        static PackedRanges printable;

        static bool IsPrintable(int c)
        {
            if (c < 0x7F) return c >= 0x20;
            if (printable == null)
            {
                // An assembly used as a library from C# never runs `Main`:
                // there the host's Unicode data is the best guess.
                if (PrintableRanges == null) return HostIsPrintable(c);
                printable = PackedRanges.Of(PrintableRanges);
            }
            return printable.Contains(c);
        }

        /// Python's printable test approximated with the host's (older)
        /// Unicode categories: other, separator and unassigned code points
        /// are escaped.
        static bool HostIsPrintable(int c)
        {
            if (c < 0xA0 || (c >= 0xD800 && c <= 0xDFFF)) return false;
            switch (CharUnicodeInfo.GetUnicodeCategory(char.ConvertFromUtf32(c), 0))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.SpaceSeparator:
                    return false;
                default:
                    return true;
            }
        }

        public static string Repr(string s)
        {
            if (s == null) return "None";
            char quote = (s.IndexOf('\'') >= 0 && s.IndexOf('"') < 0) ? '"' : '\'';
            var b = new StringBuilder(s.Length + 2);
            b.Append(quote);
            for (int i = 0; i < s.Length; i += CharCount(s, i))
            {
                int c = char.IsSurrogate(s[i]) && CharCount(s, i) == 2 ? char.ConvertToUtf32(s, i) : s[i];
                if (c == '\\') b.Append("\\\\");
                else if (c == '\n') b.Append("\\n");
                else if (c == '\r') b.Append("\\r");
                else if (c == '\t') b.Append("\\t");
                else if (c == quote) b.Append('\\').Append((char)c);
                else if (IsPrintable(c)) b.Append(s, i, CharCount(s, i));
                else if (c < 0x100) b.Append("\\x").Append(c.ToString("x2"));
                else if (c < 0x10000) b.Append("\\u").Append(c.ToString("x4"));
                else b.Append("\\U").Append(c.ToString("x8"));
            }
            b.Append(quote);
            return b.ToString();
        }

        public static byte[] EncodeUtf8(string s) { return new UTF8Encoding(false).GetBytes(s); }

        public static string DecodeUtf8(byte[] b)
        {
            try
            {
                return new UTF8Encoding(false, true).GetString(b);
            }
            catch (ArgumentException)
            {
                throw Errors.Raise("UnicodeDecodeError", "'utf-8' codec can't decode bytes: invalid utf-8");
            }
        }

        public static string Str(string s) { return s ?? "None"; }

        /// repr() of an exception: `Class('message')`, or `Class()` without one.
        public static string ExceptionRepr(string cls, string message)
        {
            return string.IsNullOrEmpty(message) ? cls + "()" : cls + "(" + Repr(message) + ")";
        }
    }
}
