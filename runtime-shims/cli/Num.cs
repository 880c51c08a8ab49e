// Int and float arithmetic with Python semantics: the operations that branch
// or may raise, called from the translated code.
using System;
using System.Runtime.CompilerServices;
using System.Text;

namespace RPython.Runtime
{
    public static class Num
    {
        // Division and modulo: the common case (a positive divisor) first and
        // small, so that the JIT inlines it; the rest out of line.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long FloorDiv(long a, long b)
        {
            if (b > 0)
            {
                long q = a / b;
                return (a % b < 0) ? q - 1 : q;
            }
            return FloorDivSlow(a, b);
        }

        static long FloorDivSlow(long a, long b)
        {
            if (b == 0) throw Errors.ZeroDivision("integer division or modulo by zero");
            if (b == -1) return unchecked(-a); // MIN // -1 wraps, as the machine operation
            long q = a / b;
            if (a % b != 0 && ((a < 0) != (b < 0))) q--;
            return q;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static long Mod(long a, long b)
        {
            if (b > 0)
            {
                long r = a % b;
                return r < 0 ? r + b : r;
            }
            return ModSlow(a, b);
        }

        static long ModSlow(long a, long b)
        {
            if (b == 0) throw Errors.ZeroDivision("integer modulo by zero");
            if (b == -1) return 0;
            long r = a % b;
            if (r != 0 && ((r < 0) != (b < 0))) r += b;
            return r;
        }

        public static long Pow(long b, long e)
        {
            if (e < 0) throw Errors.Value("integer pow() with a negative exponent is not supported");
            long r = 1;
            unchecked
            {
                while (e > 0)
                {
                    if ((e & 1) == 1) r *= b;
                    b *= b;
                    e >>= 1;
                }
            }
            return r;
        }

        public static long Abs(long a) { return a < 0 ? unchecked(-a) : a; }

        public static long Lshift(long a, long n)
        {
            if ((ulong)n < 64) return a << (int)n;
            if (n < 0) throw Errors.Value("negative shift count");
            return 0;
        }

        public static long Rshift(long a, long n)
        {
            if ((ulong)n < 64) return a >> (int)n;
            if (n < 0) throw Errors.Value("negative shift count");
            return a >> 63;
        }

        public static long AddOvf(long a, long b)
        {
            long r = unchecked(a + b);
            if (((a ^ r) & (b ^ r)) < 0) throw Errors.Overflow("integer overflow");
            return r;
        }

        public static long SubOvf(long a, long b)
        {
            long r = unchecked(a - b);
            if (((a ^ b) & (a ^ r)) < 0) throw Errors.Overflow("integer overflow");
            return r;
        }

        public static long MulOvf(long a, long b)
        {
            try { return checked(a * b); }
            catch (OverflowException) { throw Errors.Overflow("integer overflow"); }
        }

        public static long UintFloorDiv(long a, long b)
        {
            if (b == 0) throw Errors.ZeroDivision("integer division or modulo by zero");
            return (long)((ulong)a / (ulong)b);
        }

        public static long UintMod(long a, long b)
        {
            if (b == 0) throw Errors.ZeroDivision("integer modulo by zero");
            return (long)((ulong)a % (ulong)b);
        }

        public static long UintRshift(long a, long n)
        {
            return n >= 64 || n < 0 ? 0 : (long)((ulong)a >> (int)n);
        }

        public static double UintToFloat(long x)
        {
            if (x >= 0) return x;
            return ((double)(long)(((ulong)x >> 1) | ((ulong)x & 1))) * 2.0;
        }

        public static string UintToStr(long x)
        {
            return ((ulong)x).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        public static string IntToStr(long x)
        {
            return x.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double TrueDiv(double a, double b)
        {
            if (b != 0.0) return a / b;
            return TrueDivSlow(a, b);
        }

        static double TrueDivSlow(double a, double b)
        {
            if (double.IsNaN(b)) return double.NaN;
            throw Errors.ZeroDivision("float division by zero");
        }

        public static string BoolToStr(bool b) { return b ? "True" : "False"; }

        static double CopySign(double mag, double sign)
        {
            bool neg = BitConverter.DoubleToInt64Bits(sign) < 0;
            mag = Math.Abs(mag);
            return neg ? -mag : mag;
        }

        public static double FloorDivF(double a, double b)
        {
            if (b == 0.0) throw Errors.ZeroDivision("float floor division by zero");
            double m = a % b;
            double div = (a - m) / b;
            if (m != 0.0 && ((b < 0.0) != (m < 0.0))) div -= 1.0;
            if (div != 0.0)
            {
                double f = Math.Floor(div);
                if (div - f > 0.5) f += 1.0;
                return f;
            }
            return CopySign(0.0, a / b);
        }

        public static double ModF(double a, double b)
        {
            if (b == 0.0) throw Errors.ZeroDivision("float modulo");
            double m = a % b;
            if (m != 0.0)
            {
                if ((b < 0.0) != (m < 0.0)) m += b;
            }
            else
            {
                m = CopySign(0.0, b);
            }
            return m;
        }

        static bool IsOddInteger(double x)
        {
            return !double.IsInfinity(x) && !double.IsNaN(x) && Math.Floor(x) == x && Math.Abs(x % 2.0) == 1.0;
        }

        public static double PowF(double a, double b)
        {
            if (b == 0.0) return 1.0;
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(b)) return a == 1.0 ? 1.0 : b;
            if (double.IsInfinity(b))
            {
                double aa = Math.Abs(a);
                if (aa == 1.0) return 1.0;
                return (b > 0.0) == (aa > 1.0) ? Math.Abs(b) : 0.0;
            }
            if (double.IsInfinity(a))
            {
                bool odd = IsOddInteger(b);
                if (b > 0.0) return odd ? a : Math.Abs(a);
                return odd ? CopySign(0.0, a) : 0.0;
            }
            if (a == 0.0)
            {
                if (b < 0.0) throw Errors.ZeroDivision("0.0 cannot be raised to a negative power");
                return IsOddInteger(b) ? a : 0.0;
            }
            bool negate = false;
            double bs = a;
            if (a < 0.0)
            {
                if (Math.Floor(b) != b) throw Errors.Value("negative number cannot be raised to a fractional power");
                bs = -a;
                negate = IsOddInteger(b);
            }
            if (bs == 1.0) return negate ? -1.0 : 1.0;
            double r = Math.Pow(bs, b);
            if (double.IsInfinity(r)) throw Errors.Overflow("(34, 'Numerical result out of range')");
            return negate ? -r : r;
        }

        public static long FloatToInt(double x)
        {
            if (double.IsNaN(x)) throw Errors.Value("cannot convert float NaN to integer");
            if (double.IsInfinity(x)) throw Errors.Overflow("cannot convert float infinity to integer");
            double t = x < 0 ? Math.Ceiling(x) : Math.Floor(x);
            if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0))
                throw Errors.Overflow("int too large to convert to i64");
            return (long)t;
        }

        public static long Floor(double x) { return FloatToInt(Math.Floor(x)); }
        public static long Ceil(double x) { return FloatToInt(Math.Ceiling(x)); }

        /// Strips Python whitespace and maps Unicode decimal digits to ASCII (as int()/float()).
        static string ToAsciiNumber(string s)
        {
            string t = Text.Strip(s, null);
            var b = new StringBuilder(t.Length);
            foreach (char c in t)
            {
                if (c >= 128 && char.IsDigit(c)) b.Append((char)('0' + (int)char.GetNumericValue(c)));
                else b.Append(c);
            }
            return b.ToString();
        }

        static bool IsDigit(char c) { return c >= '0' && c <= '9'; }

        /// Removes underscores between two ASCII digits; null if any other underscore.
        static string RemoveUnderscores(string s)
        {
            var b = new StringBuilder(s.Length);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '_')
                {
                    bool ok = i > 0 && IsDigit(s[i - 1]) && i + 1 < s.Length && IsDigit(s[i + 1]);
                    if (!ok) return null;
                }
                else b.Append(c);
            }
            return b.ToString();
        }

        public static long ParseInt(string s)
        {
            string t = ToAsciiNumber(s);
            bool neg = false;
            string body = t;
            if (t.StartsWith("-", StringComparison.Ordinal) || t.StartsWith("+", StringComparison.Ordinal))
            {
                neg = t[0] == '-';
                body = t.Substring(1);
            }
            bool ok = body.Length > 0;
            for (int i = 0; i < body.Length && ok; i++) ok = IsDigit(body[i]) || body[i] == '_';
            string digits = ok ? RemoveUnderscores(body) : null;
            if (digits == null)
            {
                string r = Text.Repr(s);
                if (Text.Len(r) > 200) r = Text.Slice(r, 0, 200);
                throw Errors.Value("invalid literal for int() with base 10: " + r);
            }
            // The magnitude, in an ulong (more than 20 digits cannot fit).
            ulong mag = 0;
            bool overflow = digits.TrimStart('0').Length > 20;
            foreach (char c in digits)
            {
                if (overflow) break;
                ulong next = mag * 10 + (ulong)(c - '0');
                overflow = mag > ulong.MaxValue / 10 || next < mag * 10;
                mag = next;
            }
            if (overflow || mag > (neg ? 9223372036854775808UL : (ulong)long.MaxValue))
                throw Errors.Overflow("int too large to convert to i64");
            return neg ? unchecked(-(long)mag) : (long)mag;
        }

        static bool ValidFloatBody(string b)
        {
            string lower = b.ToLowerInvariant();
            if (lower == "inf" || lower == "infinity" || lower == "nan") return true;
            int i = 0, mantissa = 0, n = b.Length;
            while (i < n && IsDigit(b[i])) { i++; mantissa++; }
            if (i < n && b[i] == '.')
            {
                i++;
                while (i < n && IsDigit(b[i])) { i++; mantissa++; }
            }
            if (mantissa == 0) return false;
            if (i < n && (b[i] == 'e' || b[i] == 'E'))
            {
                i++;
                if (i < n && (b[i] == '+' || b[i] == '-')) i++;
                int start = i;
                while (i < n && IsDigit(b[i])) i++;
                if (i == start) return false;
            }
            return i == n;
        }

        public static double ParseFloat(string s)
        {
            string t = RemoveUnderscores(ToAsciiNumber(s));
            string body = t;
            bool neg = false;
            if (t != null && (t.StartsWith("-", StringComparison.Ordinal) || t.StartsWith("+", StringComparison.Ordinal)))
            {
                neg = t[0] == '-';
                body = t.Substring(1);
            }
            if (t == null || !ValidFloatBody(body))
                throw Errors.Value("could not convert string to float: " + Text.Repr(s));
            string lower = body.ToLowerInvariant();
            double v;
            if (lower == "nan") v = double.NaN;
            else if (lower.StartsWith("inf", StringComparison.Ordinal)) v = double.PositiveInfinity;
            else v = Decimal10.Parse(body);
            return neg ? -v : v;
        }

        // ---- math module, with CPython's error rules ----
        static double Check(double x, double r, bool canOverflow)
        {
            if (double.IsNaN(r) && !double.IsNaN(x)) throw Errors.Value("math domain error");
            if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsNaN(x))
                throw canOverflow ? Errors.Overflow("math range error") : Errors.Value("math domain error");
            return r;
        }

        // sqrt of a number >= 0 is never NaN and infinite only for infinity.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static double Sqrt(double x) { return x >= 0.0 ? Math.Sqrt(x) : Check(x, Math.Sqrt(x), false); }
        public static double Sin(double x) { return Check(x, Math.Sin(x), false); }
        public static double Cos(double x) { return Check(x, Math.Cos(x), false); }
        public static double Tan(double x) { return Check(x, Math.Tan(x), false); }
        public static double Exp(double x) { return Check(x, Math.Exp(x), true); }
        public static double Fabs(double x) { return Math.Abs(x); }
        public static double Atan2(double y, double x) { return Math.Atan2(y, x); }
        public static bool IsNan(double x) { return double.IsNaN(x); }
        public static bool IsInf(double x) { return double.IsInfinity(x); }

        public static double Log(double x)
        {
            if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
            if (x <= 0.0) throw Errors.Value("math domain error");
            return Math.Log(x);
        }

        public static double MathPow(double x, double y)
        {
            bool xf = !double.IsNaN(x) && !double.IsInfinity(x);
            bool yf = !double.IsNaN(y) && !double.IsInfinity(y);
            if (!xf || !yf)
            {
                if (double.IsNaN(x)) return y == 0.0 ? 1.0 : x;
                if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
                if (double.IsInfinity(x))
                {
                    bool oddY = yf && Math.Abs(y) % 2.0 == 1.0;
                    if (y > 0.0) return oddY ? x : Math.Abs(x);
                    if (y == 0.0) return 1.0;
                    return oddY ? CopySign(0.0, x) : 0.0;
                }
                if (Math.Abs(x) == 1.0) return 1.0;
                if (y > 0.0 && Math.Abs(x) > 1.0) return y;
                if (y < 0.0 && Math.Abs(x) < 1.0) return -y;
                return 0.0;
            }
            double r = Math.Pow(x, y);
            if (double.IsNaN(r)) throw Errors.Value("math domain error");
            if (double.IsInfinity(r)) throw x == 0.0 ? Errors.Value("math domain error") : Errors.Overflow("math range error");
            return r;
        }
    }
}
