// The few operations on unsigned big integers that exact float formatting
// needs (times a small number, times a power of two, compare, decimal
// digits), in base 2^32 limbs, least significant first. Written here rather
// than taken from System.Numerics, which mono-runtime does not install.
using System;
using System.Text;

namespace RPython.Runtime
{
    public sealed class BigNat
    {
        uint[] limbs;
        int length;

        public BigNat(ulong v)
        {
            limbs = new uint[4];
            limbs[0] = (uint)v;
            limbs[1] = (uint)(v >> 32);
            length = limbs[1] != 0 ? 2 : (limbs[0] != 0 ? 1 : 0);
        }

        void Reserve(int n)
        {
            if (limbs.Length >= n) return;
            var grown = new uint[Math.Max(n, limbs.Length * 2)];
            Array.Copy(limbs, grown, length);
            limbs = grown;
        }

        /// this *= f (f < 2^32).
        public BigNat MulSmall(uint f)
        {
            ulong carry = 0;
            for (int i = 0; i < length; i++)
            {
                ulong p = (ulong)limbs[i] * f + carry;
                limbs[i] = (uint)p;
                carry = p >> 32;
            }
            if (carry != 0)
            {
                Reserve(length + 1);
                limbs[length++] = (uint)carry;
            }
            if (f == 0) length = 0;
            return this;
        }

        /// this *= 5^n.
        public BigNat MulPow5(int n)
        {
            for (; n >= 13; n -= 13) MulSmall(1220703125); // 5^13
            uint f = 1;
            for (; n > 0; n--) f *= 5;
            return MulSmall(f);
        }

        /// this *= 10^n.
        public BigNat MulPow10(int n)
        {
            return MulPow5(n).ShiftLeft(n);
        }

        /// this *= 2^n.
        public BigNat ShiftLeft(int n)
        {
            if (length == 0 || n == 0) return this;
            int words = n / 32, bits = n % 32;
            Reserve(length + words + 1);
            var r = new uint[Math.Max(limbs.Length, length + words + 1)];
            for (int i = 0; i < length; i++)
            {
                ulong v = (ulong)limbs[i] << bits;
                r[i + words] |= (uint)v;
                r[i + words + 1] |= (uint)(v >> 32);
            }
            limbs = r;
            length += words + 1;
            while (length > 0 && limbs[length - 1] == 0) length--;
            return this;
        }

        public int CompareTo(BigNat o)
        {
            if (length != o.length) return length.CompareTo(o.length);
            for (int i = length - 1; i >= 0; i--)
            {
                if (limbs[i] != o.limbs[i]) return limbs[i].CompareTo(o.limbs[i]);
            }
            return 0;
        }

        /// The decimal digits (a copy is divided by 10^9 repeatedly).
        public override string ToString()
        {
            if (length == 0) return "0";
            var work = new uint[length];
            Array.Copy(limbs, work, length);
            int n = length;
            var chunks = new System.Collections.Generic.List<uint>();
            while (n > 0)
            {
                ulong rem = 0;
                for (int i = n - 1; i >= 0; i--)
                {
                    ulong cur = (rem << 32) | work[i];
                    work[i] = (uint)(cur / 1000000000);
                    rem = cur % 1000000000;
                }
                chunks.Add((uint)rem);
                while (n > 0 && work[n - 1] == 0) n--;
            }
            var b = new StringBuilder();
            b.Append(chunks[chunks.Count - 1].ToString(System.Globalization.CultureInfo.InvariantCulture));
            for (int i = chunks.Count - 2; i >= 0; i--)
                b.Append(chunks[i].ToString("D9", System.Globalization.CultureInfo.InvariantCulture));
            return b.ToString();
        }
    }
}
