// Hand-written C# version of benchmarks/rpython/fannkuch.py: the ceiling
// for the CLI backend on this benchmark (what C# written directly,
// compiled with mcs -optimize+, achieves against CPython on the same Mono).
//
// The same algorithm: permutations of 0..n-1 in the counting order, each
// flipped until 0 comes first; long values and plain arrays.
//
// Usage: mono Fannkuch.exe [N]   (default 10)
// Prints the same stdout as the Python version and `time: SECONDS` on
// stderr.
using System;
using System.Diagnostics;

public static class Fannkuch {
    static long checksum;
    static long maxFlips;

    static void Run(int n) {
        var perm = new long[n];
        var perm1 = new long[n];
        var count = new long[n];
        for (int i = 0; i < n; i++) {
            perm1[i] = i;
        }
        long permutationIndex = 0;
        int r = n;
        while (true) {
            for (; r != 1; r--) {
                count[r - 1] = r;
            }
            Array.Copy(perm1, perm, n);
            long flips = 0;
            for (long first = perm[0]; first != 0; first = perm[0]) {
                for (int lo = 0, hi = (int)first; lo < hi; lo++, hi--) {
                    long tmp = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = tmp;
                }
                flips++;
            }
            maxFlips = Math.Max(maxFlips, flips);
            checksum += permutationIndex % 2 == 0 ? flips : -flips;
            // The next permutation: rotate the first r+1 items until a
            // counter does not wrap.
            while (true) {
                if (r == n) {
                    return;
                }
                long head = perm1[0];
                for (int i = 0; i < r; i++) {
                    perm1[i] = perm1[i + 1];
                }
                perm1[r] = head;
                if (--count[r] > 0) {
                    break;
                }
                r++;
            }
            permutationIndex++;
        }
    }

    public static int Main(string[] args) {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        var clock = Stopwatch.StartNew();
        Run(n);
        double elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine(checksum);
        Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
        Console.Error.WriteLine("time: " + elapsed.ToString("F6", System.Globalization.CultureInfo.InvariantCulture));
        return 0;
    }
}
