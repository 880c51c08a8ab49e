// Unicode's one-to-many case mappings (SpecialCasing.txt, unconditional
// part, title cases that differ from upper case, and the cases of the
// title-case letters (Lt), which mono does not map; Unicode 14.0.0), which .NET's char-by-char ToUpper/ToLower
// lacks: "ß".upper() is "SS", "ﬁ".upper() is "FI", "ﬁ" title-cases to "Fi".
using System.Collections.Generic;
using System.Text;

namespace RPython.Runtime
{
    public static class SpecialCasing
    {
        static readonly Dictionary<int, string> Upper = new Dictionary<int, string>
        {
            { 0x00df, "\u0053\u0053" },
            { 0x0149, "\u02bc\u004e" },
            { 0x01f0, "\u004a\u030c" },
            { 0x0390, "\u0399\u0308\u0301" },
            { 0x03b0, "\u03a5\u0308\u0301" },
            { 0x0587, "\u0535\u0552" },
            { 0x1e96, "\u0048\u0331" },
            { 0x1e97, "\u0054\u0308" },
            { 0x1e98, "\u0057\u030a" },
            { 0x1e99, "\u0059\u030a" },
            { 0x1e9a, "\u0041\u02be" },
            { 0x1f50, "\u03a5\u0313" },
            { 0x1f52, "\u03a5\u0313\u0300" },
            { 0x1f54, "\u03a5\u0313\u0301" },
            { 0x1f56, "\u03a5\u0313\u0342" },
            { 0x1f80, "\u1f08\u0399" },
            { 0x1f81, "\u1f09\u0399" },
            { 0x1f82, "\u1f0a\u0399" },
            { 0x1f83, "\u1f0b\u0399" },
            { 0x1f84, "\u1f0c\u0399" },
            { 0x1f85, "\u1f0d\u0399" },
            { 0x1f86, "\u1f0e\u0399" },
            { 0x1f87, "\u1f0f\u0399" },
            { 0x1f88, "\u1f08\u0399" },
            { 0x1f89, "\u1f09\u0399" },
            { 0x1f8a, "\u1f0a\u0399" },
            { 0x1f8b, "\u1f0b\u0399" },
            { 0x1f8c, "\u1f0c\u0399" },
            { 0x1f8d, "\u1f0d\u0399" },
            { 0x1f8e, "\u1f0e\u0399" },
            { 0x1f8f, "\u1f0f\u0399" },
            { 0x1f90, "\u1f28\u0399" },
            { 0x1f91, "\u1f29\u0399" },
            { 0x1f92, "\u1f2a\u0399" },
            { 0x1f93, "\u1f2b\u0399" },
            { 0x1f94, "\u1f2c\u0399" },
            { 0x1f95, "\u1f2d\u0399" },
            { 0x1f96, "\u1f2e\u0399" },
            { 0x1f97, "\u1f2f\u0399" },
            { 0x1f98, "\u1f28\u0399" },
            { 0x1f99, "\u1f29\u0399" },
            { 0x1f9a, "\u1f2a\u0399" },
            { 0x1f9b, "\u1f2b\u0399" },
            { 0x1f9c, "\u1f2c\u0399" },
            { 0x1f9d, "\u1f2d\u0399" },
            { 0x1f9e, "\u1f2e\u0399" },
            { 0x1f9f, "\u1f2f\u0399" },
            { 0x1fa0, "\u1f68\u0399" },
            { 0x1fa1, "\u1f69\u0399" },
            { 0x1fa2, "\u1f6a\u0399" },
            { 0x1fa3, "\u1f6b\u0399" },
            { 0x1fa4, "\u1f6c\u0399" },
            { 0x1fa5, "\u1f6d\u0399" },
            { 0x1fa6, "\u1f6e\u0399" },
            { 0x1fa7, "\u1f6f\u0399" },
            { 0x1fa8, "\u1f68\u0399" },
            { 0x1fa9, "\u1f69\u0399" },
            { 0x1faa, "\u1f6a\u0399" },
            { 0x1fab, "\u1f6b\u0399" },
            { 0x1fac, "\u1f6c\u0399" },
            { 0x1fad, "\u1f6d\u0399" },
            { 0x1fae, "\u1f6e\u0399" },
            { 0x1faf, "\u1f6f\u0399" },
            { 0x1fb2, "\u1fba\u0399" },
            { 0x1fb3, "\u0391\u0399" },
            { 0x1fb4, "\u0386\u0399" },
            { 0x1fb6, "\u0391\u0342" },
            { 0x1fb7, "\u0391\u0342\u0399" },
            { 0x1fbc, "\u0391\u0399" },
            { 0x1fc2, "\u1fca\u0399" },
            { 0x1fc3, "\u0397\u0399" },
            { 0x1fc4, "\u0389\u0399" },
            { 0x1fc6, "\u0397\u0342" },
            { 0x1fc7, "\u0397\u0342\u0399" },
            { 0x1fcc, "\u0397\u0399" },
            { 0x1fd2, "\u0399\u0308\u0300" },
            { 0x1fd3, "\u0399\u0308\u0301" },
            { 0x1fd6, "\u0399\u0342" },
            { 0x1fd7, "\u0399\u0308\u0342" },
            { 0x1fe2, "\u03a5\u0308\u0300" },
            { 0x1fe3, "\u03a5\u0308\u0301" },
            { 0x1fe4, "\u03a1\u0313" },
            { 0x1fe6, "\u03a5\u0342" },
            { 0x1fe7, "\u03a5\u0308\u0342" },
            { 0x1ff2, "\u1ffa\u0399" },
            { 0x1ff3, "\u03a9\u0399" },
            { 0x1ff4, "\u038f\u0399" },
            { 0x1ff6, "\u03a9\u0342" },
            { 0x1ff7, "\u03a9\u0342\u0399" },
            { 0x1ffc, "\u03a9\u0399" },
            { 0xfb00, "\u0046\u0046" },
            { 0xfb01, "\u0046\u0049" },
            { 0xfb02, "\u0046\u004c" },
            { 0xfb03, "\u0046\u0046\u0049" },
            { 0xfb04, "\u0046\u0046\u004c" },
            { 0xfb05, "\u0053\u0054" },
            { 0xfb06, "\u0053\u0054" },
            { 0xfb13, "\u0544\u0546" },
            { 0xfb14, "\u0544\u0535" },
            { 0xfb15, "\u0544\u053b" },
            { 0xfb16, "\u054e\u0546" },
            { 0xfb17, "\u0544\u053d" },
            { 0x01c5, "\u01c4" },
            { 0x01c8, "\u01c7" },
            { 0x01cb, "\u01ca" },
            { 0x01f2, "\u01f1" },
        };

        static readonly Dictionary<int, string> Title = new Dictionary<int, string>
        {
            { 0x00df, "\u0053\u0073" },
            { 0x0149, "\u02bc\u004e" },
            { 0x01c4, "\u01c5" },
            { 0x01c5, "\u01c5" },
            { 0x01c6, "\u01c5" },
            { 0x01c7, "\u01c8" },
            { 0x01c8, "\u01c8" },
            { 0x01c9, "\u01c8" },
            { 0x01ca, "\u01cb" },
            { 0x01cb, "\u01cb" },
            { 0x01cc, "\u01cb" },
            { 0x01f0, "\u004a\u030c" },
            { 0x01f1, "\u01f2" },
            { 0x01f2, "\u01f2" },
            { 0x01f3, "\u01f2" },
            { 0x0390, "\u0399\u0308\u0301" },
            { 0x03b0, "\u03a5\u0308\u0301" },
            { 0x0587, "\u0535\u0582" },
            { 0x10d0, "\u10d0" },
            { 0x10d1, "\u10d1" },
            { 0x10d2, "\u10d2" },
            { 0x10d3, "\u10d3" },
            { 0x10d4, "\u10d4" },
            { 0x10d5, "\u10d5" },
            { 0x10d6, "\u10d6" },
            { 0x10d7, "\u10d7" },
            { 0x10d8, "\u10d8" },
            { 0x10d9, "\u10d9" },
            { 0x10da, "\u10da" },
            { 0x10db, "\u10db" },
            { 0x10dc, "\u10dc" },
            { 0x10dd, "\u10dd" },
            { 0x10de, "\u10de" },
            { 0x10df, "\u10df" },
            { 0x10e0, "\u10e0" },
            { 0x10e1, "\u10e1" },
            { 0x10e2, "\u10e2" },
            { 0x10e3, "\u10e3" },
            { 0x10e4, "\u10e4" },
            { 0x10e5, "\u10e5" },
            { 0x10e6, "\u10e6" },
            { 0x10e7, "\u10e7" },
            { 0x10e8, "\u10e8" },
            { 0x10e9, "\u10e9" },
            { 0x10ea, "\u10ea" },
            { 0x10eb, "\u10eb" },
            { 0x10ec, "\u10ec" },
            { 0x10ed, "\u10ed" },
            { 0x10ee, "\u10ee" },
            { 0x10ef, "\u10ef" },
            { 0x10f0, "\u10f0" },
            { 0x10f1, "\u10f1" },
            { 0x10f2, "\u10f2" },
            { 0x10f3, "\u10f3" },
            { 0x10f4, "\u10f4" },
            { 0x10f5, "\u10f5" },
            { 0x10f6, "\u10f6" },
            { 0x10f7, "\u10f7" },
            { 0x10f8, "\u10f8" },
            { 0x10f9, "\u10f9" },
            { 0x10fa, "\u10fa" },
            { 0x10fd, "\u10fd" },
            { 0x10fe, "\u10fe" },
            { 0x10ff, "\u10ff" },
            { 0x1e96, "\u0048\u0331" },
            { 0x1e97, "\u0054\u0308" },
            { 0x1e98, "\u0057\u030a" },
            { 0x1e99, "\u0059\u030a" },
            { 0x1e9a, "\u0041\u02be" },
            { 0x1f50, "\u03a5\u0313" },
            { 0x1f52, "\u03a5\u0313\u0300" },
            { 0x1f54, "\u03a5\u0313\u0301" },
            { 0x1f56, "\u03a5\u0313\u0342" },
            { 0x1f80, "\u1f88" },
            { 0x1f81, "\u1f89" },
            { 0x1f82, "\u1f8a" },
            { 0x1f83, "\u1f8b" },
            { 0x1f84, "\u1f8c" },
            { 0x1f85, "\u1f8d" },
            { 0x1f86, "\u1f8e" },
            { 0x1f87, "\u1f8f" },
            { 0x1f88, "\u1f88" },
            { 0x1f89, "\u1f89" },
            { 0x1f8a, "\u1f8a" },
            { 0x1f8b, "\u1f8b" },
            { 0x1f8c, "\u1f8c" },
            { 0x1f8d, "\u1f8d" },
            { 0x1f8e, "\u1f8e" },
            { 0x1f8f, "\u1f8f" },
            { 0x1f90, "\u1f98" },
            { 0x1f91, "\u1f99" },
            { 0x1f92, "\u1f9a" },
            { 0x1f93, "\u1f9b" },
            { 0x1f94, "\u1f9c" },
            { 0x1f95, "\u1f9d" },
            { 0x1f96, "\u1f9e" },
            { 0x1f97, "\u1f9f" },
            { 0x1f98, "\u1f98" },
            { 0x1f99, "\u1f99" },
            { 0x1f9a, "\u1f9a" },
            { 0x1f9b, "\u1f9b" },
            { 0x1f9c, "\u1f9c" },
            { 0x1f9d, "\u1f9d" },
            { 0x1f9e, "\u1f9e" },
            { 0x1f9f, "\u1f9f" },
            { 0x1fa0, "\u1fa8" },
            { 0x1fa1, "\u1fa9" },
            { 0x1fa2, "\u1faa" },
            { 0x1fa3, "\u1fab" },
            { 0x1fa4, "\u1fac" },
            { 0x1fa5, "\u1fad" },
            { 0x1fa6, "\u1fae" },
            { 0x1fa7, "\u1faf" },
            { 0x1fa8, "\u1fa8" },
            { 0x1fa9, "\u1fa9" },
            { 0x1faa, "\u1faa" },
            { 0x1fab, "\u1fab" },
            { 0x1fac, "\u1fac" },
            { 0x1fad, "\u1fad" },
            { 0x1fae, "\u1fae" },
            { 0x1faf, "\u1faf" },
            { 0x1fb2, "\u1fba\u0345" },
            { 0x1fb3, "\u1fbc" },
            { 0x1fb4, "\u0386\u0345" },
            { 0x1fb6, "\u0391\u0342" },
            { 0x1fb7, "\u0391\u0342\u0345" },
            { 0x1fbc, "\u1fbc" },
            { 0x1fc2, "\u1fca\u0345" },
            { 0x1fc3, "\u1fcc" },
            { 0x1fc4, "\u0389\u0345" },
            { 0x1fc6, "\u0397\u0342" },
            { 0x1fc7, "\u0397\u0342\u0345" },
            { 0x1fcc, "\u1fcc" },
            { 0x1fd2, "\u0399\u0308\u0300" },
            { 0x1fd3, "\u0399\u0308\u0301" },
            { 0x1fd6, "\u0399\u0342" },
            { 0x1fd7, "\u0399\u0308\u0342" },
            { 0x1fe2, "\u03a5\u0308\u0300" },
            { 0x1fe3, "\u03a5\u0308\u0301" },
            { 0x1fe4, "\u03a1\u0313" },
            { 0x1fe6, "\u03a5\u0342" },
            { 0x1fe7, "\u03a5\u0308\u0342" },
            { 0x1ff2, "\u1ffa\u0345" },
            { 0x1ff3, "\u1ffc" },
            { 0x1ff4, "\u038f\u0345" },
            { 0x1ff6, "\u03a9\u0342" },
            { 0x1ff7, "\u03a9\u0342\u0345" },
            { 0x1ffc, "\u1ffc" },
            { 0xfb00, "\u0046\u0066" },
            { 0xfb01, "\u0046\u0069" },
            { 0xfb02, "\u0046\u006c" },
            { 0xfb03, "\u0046\u0066\u0069" },
            { 0xfb04, "\u0046\u0066\u006c" },
            { 0xfb05, "\u0053\u0074" },
            { 0xfb06, "\u0053\u0074" },
            { 0xfb13, "\u0544\u0576" },
            { 0xfb14, "\u0544\u0565" },
            { 0xfb15, "\u0544\u056b" },
            { 0xfb16, "\u054e\u0576" },
            { 0xfb17, "\u0544\u056d" },
        };

        static readonly Dictionary<int, string> Lower = new Dictionary<int, string>
        {
            { 0x0130, "\u0069\u0307" },
            { 0x01c5, "\u01c6" },
            { 0x01c8, "\u01c9" },
            { 0x01cb, "\u01cc" },
            { 0x01f2, "\u01f3" },
            { 0x1f88, "\u1f80" },
            { 0x1f89, "\u1f81" },
            { 0x1f8a, "\u1f82" },
            { 0x1f8b, "\u1f83" },
            { 0x1f8c, "\u1f84" },
            { 0x1f8d, "\u1f85" },
            { 0x1f8e, "\u1f86" },
            { 0x1f8f, "\u1f87" },
            { 0x1f98, "\u1f90" },
            { 0x1f99, "\u1f91" },
            { 0x1f9a, "\u1f92" },
            { 0x1f9b, "\u1f93" },
            { 0x1f9c, "\u1f94" },
            { 0x1f9d, "\u1f95" },
            { 0x1f9e, "\u1f96" },
            { 0x1f9f, "\u1f97" },
            { 0x1fa8, "\u1fa0" },
            { 0x1fa9, "\u1fa1" },
            { 0x1faa, "\u1fa2" },
            { 0x1fab, "\u1fa3" },
            { 0x1fac, "\u1fa4" },
            { 0x1fad, "\u1fa5" },
            { 0x1fae, "\u1fa6" },
            { 0x1faf, "\u1fa7" },
            { 0x1fbc, "\u1fb3" },
            { 0x1fcc, "\u1fc3" },
            { 0x1ffc, "\u1ff3" },
        };

        /// ASCII strings (the common case) map letter by letter.
        static string MapAscii(string s, bool upper)
        {
            char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
            int first = 0;
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

        static bool IsAscii(string s)
        {
            for (int i = 0; i < s.Length; i++) if (s[i] >= 0x80) return false;
            return true;
        }

        static string Map(string s, Dictionary<int, string> special, bool upper)
        {
            if (IsAscii(s)) return MapAscii(s, upper);
            var b = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                int c = s[i];
                int n = 1;
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                {
                    c = char.ConvertToUtf32(s[i], s[i + 1]);
                    n = 2;
                }
                string m;
                if (special.TryGetValue(c, out m)) b.Append(m);
                else
                {
                    string one = s.Substring(i, n);
                    b.Append(upper ? one.ToUpperInvariant() : one.ToLowerInvariant());
                }
                i += n - 1;
            }
            return b.ToString();
        }

        public static string ToUpper(string s) { return Map(s, Upper, true); }
        public static string ToLower(string s) { return Map(s, Lower, false); }

        /// Title case of one character (the first of `capitalize`).
        public static string ToTitle(string ch)
        {
            int c = char.ConvertToUtf32(ch, 0);
            string m;
            if (Title.TryGetValue(c, out m)) return m;
            string u = ch.ToUpperInvariant();
            return u;
        }
    }
}
