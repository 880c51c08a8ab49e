// format(value, spec) as CPython: the spec arrives as its fields (fill,
// align (0: none), plus, zero padding, width, precision (-1: none), kind
// (0: none)).
using System;
using System.Text;

namespace RPython.Runtime
{
    public static class Fmt
    {
        static string Pad(string sign, string body, int fill, int align, bool zeroPad, long width, bool numeric)
        {
            int f = zeroPad && fill == ' ' ? '0' : fill;
            int a = align;
            if (a == 0) a = zeroPad && numeric ? '=' : (numeric ? '>' : '<');
            long len = Text.Len(sign) + Text.Len(body);
            int n = (int)Math.Max(width - len, 0);
            if (n == 0) return sign.Length == 0 ? body : sign + body;
            string fillStr = f < 0x10000 ? null : char.ConvertFromUtf32(f);
            switch (a)
            {
                case '<': return sign + body + Repeat(f, fillStr, n);
                case '^': return Repeat(f, fillStr, n / 2) + sign + body + Repeat(f, fillStr, n - n / 2);
                case '=': return sign + Repeat(f, fillStr, n) + body;
                default: return Repeat(f, fillStr, n) + sign + body;
            }
        }

        /// n times the fill character f (`s` when f is outside the BMP).
        static string Repeat(int f, string s, int n)
        {
            if (n <= 0) return "";
            if (s == null) return new string((char)f, n);
            var b = new StringBuilder(s.Length * n);
            for (int i = 0; i < n; i++) b.Append(s);
            return b.ToString();
        }

        static Exception Unknown(int code, string type)
        {
            return Errors.Value("Unknown format code '" + char.ConvertFromUtf32(code) + "' for object of type '" + type + "'");
        }

        public static string Format(long v, int fill, int align, bool plus, bool zeroPad, long width, long prec, int kind)
        {
            return FormatIntAs(v, fill, align, plus, zeroPad, width, prec, kind, "int");
        }

        public static string Format(bool b, int fill, int align, bool plus, bool zeroPad, long width, long prec, int kind)
        {
            if (fill == ' ' && align == 0 && !plus && !zeroPad && width == 0 && prec < 0 && kind == 0)
                return b ? "True" : "False";
            return FormatIntAs(b ? 1 : 0, fill, align, plus, zeroPad, width, prec, kind, "bool");
        }

        static string Radix(ulong v, int radix, bool upper)
        {
            if (v == 0) return "0";
            if (radix == 10) return v.ToString(System.Globalization.CultureInfo.InvariantCulture);
            const string lower = "0123456789abcdef";
            var chars = new StringBuilder();
            while (v > 0)
            {
                char c = lower[(int)(v % (ulong)radix)];
                chars.Insert(0, upper ? char.ToUpperInvariant(c) : c);
                v /= (ulong)radix;
            }
            return chars.ToString();
        }

        static string FormatIntAs(long v, int fill, int align, bool plus, bool zeroPad, long width, long prec, int kind, string type)
        {
            switch (kind)
            {
                case 0: case 'd': case 'x': case 'X': case 'o': case 'b': break;
                case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case '%':
                    return Format((double)v, fill, align, plus, zeroPad, width, prec, kind);
                default: throw Unknown(kind, type);
            }
            if (prec >= 0) throw Errors.Value("Precision not allowed in integer format specifier");
            string sign = v < 0 ? "-" : (plus ? "+" : "");
            ulong mag = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;
            string digits;
            switch (kind)
            {
                case 'x': digits = Radix(mag, 16, false); break;
                case 'X': digits = Radix(mag, 16, true); break;
                case 'o': digits = Radix(mag, 8, false); break;
                case 'b': digits = Radix(mag, 2, false); break;
                default: digits = Radix(mag, 10, false); break;
            }
            return Pad(sign, digits, fill, align, zeroPad, width, true);
        }

        static string StripZeros(string s)
        {
            if (s.IndexOf('.') < 0) return s;
            int e = s.Length;
            while (s[e - 1] == '0') e--;
            if (s[e - 1] == '.') e--;
            return s.Substring(0, e);
        }

        static string FloatBody(double x, int kind, int prec, bool addDot0)
        {
            int exp;
            switch (kind)
            {
                case 'f':
                    return Decimal10.Fixed(x, prec);
                case 'e':
                {
                    string m = Decimal10.ExpForm(x, prec, out exp);
                    return m + "e" + FloatRepr.ExponentSuffix(exp);
                }
                case 'g':
                {
                    int p = Math.Max(prec, 1);
                    int e = 0;
                    if (x != 0.0) Decimal10.ExpForm(x, p - 1, out e);
                    int limit = addDot0 ? p - 1 : p;
                    if (e < -4 || e >= limit)
                    {
                        string m = Decimal10.ExpForm(x, p - 1, out exp);
                        return StripZeros(m) + "e" + FloatRepr.ExponentSuffix(exp);
                    }
                    string s = StripZeros(Decimal10.Fixed(x, p - 1 - e));
                    if (addDot0 && s.IndexOf('.') < 0) s += ".0";
                    return s;
                }
                default:
                    return FloatRepr.Repr(x);
            }
        }

        public static string Format(double v, int fill, int align, bool plus, bool zeroPad, long width, long prec, int kind)
        {
            int k, p;
            bool addDot0;
            if (kind == 0 && prec < 0) { k = 'r'; p = 0; addDot0 = true; }
            else if (kind == 0) { k = 'g'; p = (int)prec; addDot0 = true; }
            else if ("fFeEgG%".IndexOf((char)kind) >= 0) { k = kind; p = prec < 0 ? 6 : (int)prec; addDot0 = false; }
            else throw Unknown(kind, "float");
            string sign = (BitConverter.DoubleToInt64Bits(v) < 0 && !double.IsNaN(v)) ? "-" : (plus ? "+" : "");
            bool upper = char.IsUpper((char)k);
            bool pct = k == '%';
            int bs = pct ? 'f' : char.ToLowerInvariant((char)k);
            double x = pct ? Math.Abs(v) * 100.0 : Math.Abs(v);
            string body;
            if (double.IsNaN(x)) body = "nan";
            else if (double.IsInfinity(x)) body = "inf";
            else body = FloatBody(x, bs, p, addDot0);
            if (upper) body = body.ToUpperInvariant();
            if (pct) body += "%";
            return Pad(sign, body, fill, align, zeroPad, width, true);
        }

        public static string Format(string s, int fill, int align, bool plus, bool zeroPad, long width, long prec, int kind)
        {
            if (s == null) s = "None";
            if (kind != 0 && kind != 's') throw Unknown(kind, "str");
            if (plus) throw Errors.Value("Sign not allowed in string format specifier");
            if (align == '=') throw Errors.Value("'=' alignment not allowed in string format specifier");
            string body = s;
            if (prec >= 0 && Text.Len(s) > prec) body = Text.Slice(s, 0, prec);
            return Pad("", body, fill, align, zeroPad, width, false);
        }
    }
}
