// Exact decimal views of doubles, with big integer arithmetic: the digits of
// repr(float) (the shortest string that reads back as the same double, found
// by an exact rounding-interval test rather than by trusting the host's
// formatting) and the correctly rounded digits of '%.Nf' / '%.Ne'.
using System;
using System.Text;

namespace RPython.Runtime
{
    public static class Decimal10
    {
        /// x = m * 2^e for a finite x > 0.
        static void Decompose(double x, out ulong m, out int e, out bool lowerCloser)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            int expField = (int)((bits >> 52) & 0x7ff);
            long frac = bits & 0xfffffffffffffL;
            if (expField == 0)
            {
                m = (ulong)frac;
                e = -1074;
                lowerCloser = false;
            }
            else
            {
                m = (ulong)(frac | (1L << 52));
                e = expField - 1075;
                lowerCloser = frac == 0 && expField > 1;
            }
        }

        /// The exact decimal digits of x > 0 and the power of ten of the first digit.
        public static string Digits(double x, out int exp10)
        {
            ulong m;
            int e;
            bool lc;
            Decompose(x, out m, out e, out lc);
            BigNat n;
            int scale;
            if (e >= 0)
            {
                n = new BigNat(m).ShiftLeft(e);
                scale = 0;
            }
            else
            {
                n = new BigNat(m).MulPow5(-e);
                scale = -e;
            }
            string d = n.ToString();
            exp10 = d.Length - 1 - scale;
            return d.TrimEnd('0');
        }

        /// `d` rounded half-even to p >= 0 significant digits (exp10 grows on a carry).
        /// With p == 0 the result is "" (rounded down) or "1" one place up.
        public static string Round(string d, int p, ref int exp10)
        {
            if (d.Length <= p) return d;
            bool up;
            char next = d[p];
            if (next > '5') up = true;
            else if (next < '5') up = false;
            else
            {
                bool rest = false;
                for (int i = p + 1; i < d.Length; i++) if (d[i] != '0') { rest = true; break; }
                up = rest || (p > 0 && ((d[p - 1] - '0') & 1) == 1);
            }
            if (!up) return d.Substring(0, p).TrimEnd('0');
            char[] h = d.Substring(0, p).ToCharArray();
            int k = p - 1;
            while (k >= 0 && h[k] == '9') { h[k] = '0'; k--; }
            if (k < 0)
            {
                exp10++;
                return "1";
            }
            h[k]++;
            return new string(h).TrimEnd('0');
        }

        /// Compares d * 10^k with num * 2^f, exactly.
        static int Compare(ulong d, int k, ulong num, int f)
        {
            BigNat left = new BigNat(d), right = new BigNat(num);
            if (k > 0) left.MulPow10(k); else if (k < 0) right.MulPow10(-k);
            if (f > 0) right.ShiftLeft(f); else if (f < 0) left.ShiftLeft(-f);
            return left.CompareTo(right);
        }

        /// True when the decimal digits `d` (first digit at 10^exp10) read back as x.
        static bool ReadsBack(string d, int exp10, double x)
        {
            ulong m;
            int e;
            bool lowerCloser;
            Decompose(x, out m, out e, out lowerCloser);
            // At most 17 digits: the candidate fits in an ulong.
            ulong v = ulong.Parse(d, System.Globalization.CultureInfo.InvariantCulture);
            int k = exp10 - (d.Length - 1);
            bool even = (m & 1) == 0;
            int lo = lowerCloser ? Compare(v, k, 4 * m - 1, e - 2) : Compare(v, k, 2 * m - 1, e - 1);
            int hi = Compare(v, k, 2 * m + 1, e - 1);
            return (lo > 0 || (even && lo == 0)) && (hi < 0 || (even && hi == 0));
        }

        /// The shortest digits that read back as x > 0 (finite).
        public static string Shortest(double x, out int exp10)
        {
            int e0;
            string exact = Digits(x, out e0);
            for (int p = 1; p < 17; p++)
            {
                int e = e0;
                string r = Round(exact, p, ref e);
                if (ReadsBack(r, e, x))
                {
                    exp10 = e;
                    return r;
                }
            }
            exp10 = e0;
            return Round(exact, 17, ref exp10);
        }

        /// x >= 0 (finite) with `prec` digits after the point, correctly rounded.
        public static string Fixed(double x, int prec)
        {
            var b = new StringBuilder();
            if (x == 0.0)
            {
                b.Append('0');
            }
            else
            {
                int e;
                string d = Digits(x, out e);
                int keep = e + 1 + prec;
                string r;
                if (keep < 0) { r = ""; }
                else
                {
                    r = Round(d, keep, ref e);
                }
                // digits r with the first at 10^e; write the integer part then prec decimals.
                if (r.Length == 0) b.Append('0');
                else if (e < 0) b.Append('0');
                else
                {
                    for (int i = 0; i <= e; i++) b.Append(i < r.Length ? r[i] : '0');
                }
                if (prec > 0)
                {
                    b.Append('.');
                    for (int j = 1; j <= prec; j++)
                    {
                        // digit at 10^-j is r[e + j]
                        int idx = e + j;
                        b.Append(r.Length > 0 && idx >= 0 && idx < r.Length ? r[idx] : '0');
                    }
                }
                return b.ToString();
            }
            if (prec > 0) b.Append('.').Append('0', prec);
            return b.ToString();
        }

        /// Mantissa of x >= 0 with `prec` digits after the point, and its exponent.
        public static string ExpForm(double x, int prec, out int exp)
        {
            var b = new StringBuilder();
            string r;
            if (x == 0.0)
            {
                r = "0";
                exp = 0;
            }
            else
            {
                int e;
                string d = Digits(x, out e);
                r = Round(d, prec + 1, ref e);
                exp = e;
            }
            b.Append(r[0]);
            if (prec > 0)
            {
                b.Append('.');
                for (int i = 1; i <= prec; i++) b.Append(i < r.Length ? r[i] : '0');
            }
            return b.ToString();
        }

        /// An unsigned decimal literal (validated by the caller) -> the nearest
        /// double; too large is infinity (mono's parser throws instead).
        public static double Parse(string s)
        {
            try
            {
                return double.Parse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (OverflowException)
            {
                int e = s.IndexOfAny(new[] { 'e', 'E' });
                bool tiny = e >= 0 && s.IndexOf('-', e) > 0;
                return tiny ? 0.0 : double.PositiveInfinity;
            }
        }
    }
}
