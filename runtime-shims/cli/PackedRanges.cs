// Sorted, inclusive code-point ranges of CPython 3.11's Unicode data, as the
// translator packs them into a string constant of the program
// (emit-cli/src/translate/unicode_data.rs describes the format): str.isalpha,
// isdigit, repr's printable test and lower()'s final-sigma rule.
namespace RPython.Runtime
{
    public sealed class PackedRanges
    {
        readonly int[] low, high;

        PackedRanges(int[] low, int[] high)
        {
            this.low = low;
            this.high = high;
        }

        /// The next code point of a packed table (a surrogate pair above U+FFFF).
        public static int Next(string packed, ref int pos)
        {
            int c = char.ConvertToUtf32(packed, pos);
            pos += c > 0xFFFF ? 2 : 1;
            return c;
        }

        /// Reads `count { low high }` from `pos` on.
        public static PackedRanges Read(string packed, ref int pos)
        {
            int n = Next(packed, ref pos);
            var low = new int[n];
            var high = new int[n];
            for (int i = 0; i < n; i++)
            {
                low[i] = Next(packed, ref pos);
                high[i] = Next(packed, ref pos);
            }
            return new PackedRanges(low, high);
        }

        /// A table that is a string of ranges alone.
        public static PackedRanges Of(string packed)
        {
            int pos = 0;
            return Read(packed, ref pos);
        }

        public bool Contains(int c)
        {
            int lo = 0, hi = low.Length;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (high[mid] < c) lo = mid + 1;
                else hi = mid;
            }
            return lo < low.Length && low[lo] <= c;
        }
    }
}
