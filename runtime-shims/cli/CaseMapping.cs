// str.upper(), lower() and capitalize() with CPython 3.11's mappings, which
// mono's ToUpperInvariant/ToLowerInvariant do not follow (older tables, no
// one-to-many mappings). The data is packed by the translator
// (emit-cli/src/translate/unicode_data.rs, which describes the format) into a
// string constant that every call passes; it is decoded once, on the first
// string that is not ASCII. ASCII strings never touch it.
using System.Collections.Generic;
using System.Text;

namespace RPython.Runtime
{
    public static class CaseMapping
    {
        /// The decoded tables: the non-ASCII code points each mapping
        /// changes, and lower()'s final-sigma ranges (inclusive bounds,
        /// sorted; Cased holds only the cased code points that are not
        /// case-ignorable, which is all the rule asks of it).
        sealed class Tables
        {
            public Dictionary<int, string> Upper, Lower, Title;
            public PackedRanges Cased, Ignorable;
        }

        static Tables tables;

        static Tables Load(string packed)
        {
            Tables t = tables;
            if (t != null) return t;
            int pos = 0;
            t = new Tables();
            t.Upper = new Dictionary<int, string>();
            ReadMapping(packed, ref pos, t.Upper);
            t.Lower = new Dictionary<int, string>();
            ReadMapping(packed, ref pos, t.Lower);
            // Title case is upper case but for the code points listed.
            t.Title = new Dictionary<int, string>(t.Upper);
            ReadMapping(packed, ref pos, t.Title);
            t.Cased = PackedRanges.Read(packed, ref pos);
            t.Ignorable = PackedRanges.Read(packed, ref pos);
            tables = t;
            return t;
        }

        static void ReadMapping(string packed, ref int pos, Dictionary<int, string> map)
        {
            int records = PackedRanges.Next(packed, ref pos);
            var target = new StringBuilder();
            var codePoints = new List<int>();
            for (int r = 0; r < records; r++)
            {
                int first = PackedRanges.Next(packed, ref pos), count = PackedRanges.Next(packed, ref pos);
                int stride = PackedRanges.Next(packed, ref pos), length = PackedRanges.Next(packed, ref pos);
                codePoints.Clear();
                for (int k = 0; k < length; k++) codePoints.Add(PackedRanges.Next(packed, ref pos));
                for (int k = 0; k < count; k++)
                {
                    target.Clear();
                    foreach (int c in codePoints) AppendCodePoint(target, c + k * stride);
                    map[first + k * stride] = target.ToString();
                }
            }
        }

        static void AppendCodePoint(StringBuilder b, int c)
        {
            if (c > 0xFFFF) b.Append(char.ConvertFromUtf32(c));
            else b.Append((char)c);
        }

        static bool IsAscii(string s)
        {
            for (int i = 0; i < s.Length; i++) if (s[i] >= 0x80) return false;
            return true;
        }

        /// ASCII text maps letter by letter (a..z or A..Z flipped), from
        /// `from` on; the string itself when nothing changes.
        static string MapAscii(string s, bool upper, int from)
        {
            char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
            int first = from;
            while (first < s.Length && (s[first] < lo || s[first] > hi)) first++;
            if (first == s.Length) return s;
            char[] r = s.ToCharArray();
            for (int i = first; i < r.Length; i++)
            {
                char c = r[i];
                if (c >= lo && c <= hi) r[i] = (char)(c ^ 0x20);
            }
            return new string(r);
        }

        /// The code point at UTF-16 offset i, and its length in code units.
        static int CodePointAt(string s, int i, out int units)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                units = 2;
                return char.ConvertToUtf32(c, s[i + 1]);
            }
            units = 1;
            return c;
        }

        /// The code point that ends just before UTF-16 offset `end`.
        static int CodePointBefore(string s, int end, out int units)
        {
            char c = s[end - 1];
            if (char.IsLowSurrogate(c) && end >= 2 && char.IsHighSurrogate(s[end - 2]))
            {
                units = 2;
                return char.ConvertToUtf32(s[end - 2], c);
            }
            units = 1;
            return c;
        }

        /// CPython's final-sigma rule for the capital sigma at offset i:
        /// skipping case-ignorable code points, a cased one precedes it and
        /// none follows.
        static bool IsFinalSigma(Tables t, string s, int i)
        {
            int j = i, units, c = 0;
            bool found = false;
            while (j > 0)
            {
                c = CodePointBefore(s, j, out units);
                j -= units;
                if (!t.Ignorable.Contains(c))
                {
                    found = true;
                    break;
                }
            }
            if (!found || !t.Cased.Contains(c)) return false;
            j = i + 1;
            while (j < s.Length)
            {
                c = CodePointAt(s, j, out units);
                j += units;
                if (!t.Ignorable.Contains(c))
                    return !t.Cased.Contains(c);
            }
            return true;
        }

        /// Appends the mapping of each code point of s from offset `from`
        /// (upper or lower case) to b.
        static void MapFrom(Tables t, string s, int from, bool upper, StringBuilder b)
        {
            Dictionary<int, string> map = upper ? t.Upper : t.Lower;
            for (int i = from; i < s.Length;)
            {
                char ch = s[i];
                if (ch < 0x80)
                {
                    if (upper ? ch >= 'a' && ch <= 'z' : ch >= 'A' && ch <= 'Z') ch = (char)(ch ^ 0x20);
                    b.Append(ch);
                    i++;
                    continue;
                }
                int units;
                int c = CodePointAt(s, i, out units);
                string to;
                if (!upper && c == 0x3A3) b.Append(IsFinalSigma(t, s, i) ? '\u03C2' : '\u03C3');
                else if (map.TryGetValue(c, out to)) b.Append(to);
                else b.Append(s, i, units);
                i += units;
            }
        }

        static string Map(string s, bool upper, string packed)
        {
            if (IsAscii(s)) return MapAscii(s, upper, 0);
            var b = new StringBuilder(s.Length + 8);
            MapFrom(Load(packed), s, 0, upper, b);
            return b.ToString();
        }

        public static string Upper(string s, string packed) { return Map(s, true, packed); }
        public static string Lower(string s, string packed) { return Map(s, false, packed); }

        /// Title case of the first code point, lower case of the rest (whose
        /// final sigmas see the first one as context, as in CPython).
        public static string Capitalize(string s, string packed)
        {
            if (s.Length == 0) return s;
            if (IsAscii(s))
            {
                bool headChanges = s[0] >= 'a' && s[0] <= 'z';
                int firstUpper = 1;
                while (firstUpper < s.Length && (s[firstUpper] < 'A' || s[firstUpper] > 'Z')) firstUpper++;
                if (!headChanges && firstUpper == s.Length) return s;
                char[] r = s.ToCharArray();
                if (headChanges) r[0] = (char)(r[0] ^ 0x20);
                for (int i = firstUpper; i < r.Length; i++)
                {
                    char c = r[i];
                    if (c >= 'A' && c <= 'Z') r[i] = (char)(c ^ 0x20);
                }
                return new string(r);
            }
            Tables t = Load(packed);
            var b = new StringBuilder(s.Length + 8);
            int units;
            int head = CodePointAt(s, 0, out units);
            string title;
            if (head < 0x80) b.Append(head >= 'a' && head <= 'z' ? (char)(head ^ 0x20) : (char)head);
            else if (t.Title.TryGetValue(head, out title)) b.Append(title);
            else b.Append(s, 0, units);
            MapFrom(t, s, units, false, b);
            return b.ToString();
        }
    }
}
