// repr(float) exactly as CPython prints it: the shortest round-trip digits
// (Decimal10.Shortest), positional between 1e-4 and 1e16, else exponent form.
using System;
using System.Text;

namespace RPython.Runtime
{
    public static class FloatRepr
    {
        public static string ExponentSuffix(int exp)
        {
            int a = Math.Abs(exp);
            return (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        static string Positional(string digits, int exp)
        {
            var b = new StringBuilder();
            if (exp < 0)
            {
                b.Append("0.");
                b.Append('0', -exp - 1);
                b.Append(digits);
            }
            else
            {
                int intLen = exp + 1;
                if (digits.Length <= intLen)
                {
                    b.Append(digits);
                    b.Append('0', intLen - digits.Length);
                    b.Append(".0");
                }
                else
                {
                    b.Append(digits, 0, intLen).Append('.').Append(digits, intLen, digits.Length - intLen);
                }
            }
            return b.ToString();
        }

        public static string Repr(double x)
        {
            if (double.IsNaN(x)) return "nan";
            if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
            string sign = BitConverter.DoubleToInt64Bits(x) < 0 ? "-" : "";
            double a = Math.Abs(x);
            if (a == 0.0) return sign + "0.0";
            if (a < 1e15 && a == Math.Floor(a))
            {
                return sign + ((long)a).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".0";
            }
            int exp;
            string digits = Decimal10.Shortest(a, out exp);
            string body;
            if (exp < -4 || exp >= 16)
            {
                string m = digits.Substring(0, 1);
                if (digits.Length > 1) m = m + "." + digits.Substring(1);
                body = m + "e" + ExponentSuffix(exp);
            }
            else
            {
                body = Positional(digits, exp);
            }
            return sign + body;
        }
    }
}
