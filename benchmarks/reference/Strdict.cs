// Hand-written C# version of benchmarks/rpython/strdict.py: the ceiling
// for the CLI backend on this benchmark (what C# written directly achieves
// against CPython on Mono).
//
// The same work, step by step: the text is built with the same generator
// and joins, split into line and word strings, words and pairs are counted
// in string-keyed hash tables, the word -> positions index is filled, the
// text is rewritten with Replace and ToUpperInvariant, the short words are
// taken in insertion order (as Python dicts keep it), long_names is filled,
// and every entry is formatted as "%08d %s" and all of them sorted
// (ordinally) before the first ones are taken. The tables are a small
// non-generic open-addressing map with entries in insertion order (on Mono
// it is about 15-20% faster overall than Dictionary<string, ...> with
// StringComparer.Ordinal, whose shared generic code and Marvin hashing
// dominate the counting loop); position lists are List<int>, and the splits
// and the padding are written out by hand.
//
// Usage: mono Strdict.exe [ROUNDS]   (default 30)
// Prints the same stdout as the Python version and `time: SECONDS` on
// stderr.

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Text;

static class Strdict
{
    static readonly string[] SYLLABLES = {
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "an", "el", "or", "ip"
    };
    const int WORDS_PER_LINE = 12;

    // A hash table with string keys, laid out like CPython's dicts: entries
    // (key, cached hash, int value, object value) in insertion order, and an
    // open-addressing array of entry numbers. Not generic, so that Mono runs
    // no shared generic code (and no Marvin hashing) on the hot path.
    sealed class StringMap
    {
        public string[] Keys = new string[8];
        public int[] Hashes = new int[8];
        public int[] Ints = new int[8];
        public object[] Objects = new object[8];
        public int Count;
        int[] slots = new int[16]; // entry number + 1, 0 when free
        int mask = 15;

        public static int Hash(string s)
        {
            uint h = 2166136261;
            for (int i = 0; i < s.Length; i++)
                h = (h ^ s[i]) * 16777619;
            return (int)(h ^ (h >> 16));
        }

        // The entry number of key, or -1.
        public int Find(string key, int hash)
        {
            for (int j = hash & mask; ; j = (j + 1) & mask)
            {
                int slot = slots[j];
                if (slot == 0)
                    return -1;
                if (Hashes[slot - 1] == hash && string.Equals(Keys[slot - 1], key))
                    return slot - 1;
            }
        }

        // The entry number of key, added with zero values if missing.
        public int FindOrAdd(string key, int hash)
        {
            int j = hash & mask;
            for (; ; j = (j + 1) & mask)
            {
                int slot = slots[j];
                if (slot == 0)
                    break;
                if (Hashes[slot - 1] == hash && string.Equals(Keys[slot - 1], key))
                    return slot - 1;
            }
            if (Count == Keys.Length)
            {
                int size = Count * 2;
                Array.Resize(ref Keys, size);
                Array.Resize(ref Hashes, size);
                Array.Resize(ref Ints, size);
                Array.Resize(ref Objects, size);
            }
            int e = Count++;
            Keys[e] = key;
            Hashes[e] = hash;
            slots[j] = e + 1;
            if (Count * 2 > slots.Length)
                Grow();
            return e;
        }

        void Grow()
        {
            slots = new int[slots.Length * 2];
            mask = slots.Length - 1;
            for (int e = 0; e < Count; e++)
            {
                int j = Hashes[e] & mask;
                while (slots[j] != 0)
                    j = (j + 1) & mask;
                slots[j] = e + 1;
            }
        }
    }

    static string MakeText(int wordCount, long seed)
    {
        long state = seed;
        var lines = new List<string>();
        var line = new string[WORDS_PER_LINE];
        int inLine = 0, n = SYLLABLES.Length;
        var word = new StringBuilder();
        for (int i = 0; i < wordCount; i++)
        {
            state = (state * 1103515245L + 12345L) & 0x7FFFFFFFL;
            long syllables = 1 + state % 4;
            long pick = state >> 8;
            word.Clear();
            for (long k = 0; k < syllables; k++)
            {
                word.Append(SYLLABLES[(int)(pick % n)]);
                pick = pick / n;
            }
            line[inLine++] = word.ToString();
            if (inLine == WORDS_PER_LINE)
            {
                lines.Add(string.Join(" ", line));
                inLine = 0;
            }
        }
        if (inLine > 0)
            lines.Add(string.Join(" ", line, 0, inLine));
        return string.Join("\n", lines);
    }

    // s.split(sep) with Python's semantics (empty parts kept).
    static List<string> Split(string s, char sep, List<string> parts)
    {
        parts.Clear();
        int start = 0;
        for (int i = s.IndexOf(sep); i >= 0; i = s.IndexOf(sep, start))
        {
            parts.Add(s.Substring(start, i - start));
            start = i + 1;
        }
        parts.Add(s.Substring(start));
        return parts;
    }

    static string[] MostFrequent(StringMap counts, int howMany)
    {
        var ranked = new string[counts.Count];
        var buffer = new char[64];
        int at = 0;
        for (int e = 0; e < counts.Count; e++)
        {
            string digits = counts.Ints[e].ToString(CultureInfo.InvariantCulture);
            string key = counts.Keys[e];
            int width = Math.Max(8, digits.Length);
            int len = width + 1 + key.Length;
            if (buffer.Length < len)
                buffer = new char[len * 2];
            int p = 0;
            for (int pad = digits.Length; pad < 8; pad++)
                buffer[p++] = '0';
            digits.CopyTo(0, buffer, p, digits.Length);
            p += digits.Length;
            buffer[p++] = ' ';
            key.CopyTo(0, buffer, p, key.Length);
            ranked[at++] = new string(buffer, 0, len);
        }
        Array.Sort(ranked, string.CompareOrdinal);
        Array.Reverse(ranked);
        var first = new string[Math.Min(howMany, ranked.Length)];
        Array.Copy(ranked, first, first.Length);
        return first;
    }

    static int CountOccurrences(string s, string sub)
    {
        int count = 0;
        for (int i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0;
             i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    static string RightAligned(string s, int width)
    {
        return s.Length >= width ? s : new string(' ', width - s.Length) + s;
    }

    static List<string> OneRound(long seed, int wordCount)
    {
        string text = MakeText(wordCount, seed);
        var words = new StringMap();
        var pairs = new StringMap();
        var index = new StringMap(); // values: List<int>
        int position = 0;
        var lineParts = new List<string>();
        var wordParts = new List<string>();
        foreach (string line in Split(text, '\n', lineParts))
        {
            string previous = "";
            foreach (string word in Split(line, ' ', wordParts))
            {
                int hash = StringMap.Hash(word);
                int w = words.FindOrAdd(word, hash); // before reading Ints: it may grow
                words.Ints[w]++;
                if (previous.Length > 0)
                {
                    string pair = previous + "+" + word;
                    int p = pairs.FindOrAdd(pair, StringMap.Hash(pair));
                    pairs.Ints[p]++;
                }
                int at = index.FindOrAdd(word, hash);
                var positions = (List<int>)index.Objects[at];
                if (positions == null)
                    index.Objects[at] = positions = new List<int>();
                positions.Add(position);
                previous = word;
                position++;
            }
        }
        string shouted = text.Replace("ka", "KA").ToUpperInvariant();
        var shortWords = new List<string>();
        for (int e = 0; e < words.Count; e++) // insertion order, as in Python
            if (words.Keys[e].Length <= 4)
                shortWords.Add(words.Keys[e]);
        var longNames = new StringMap(); // values: string
        foreach (string w in shortWords)
        {
            int hash = StringMap.Hash(w);
            string capitalized = w.Length == 0 ? w
                : char.ToUpperInvariant(w[0]).ToString() + w.Substring(1).ToLowerInvariant();
            int n = ((List<int>)index.Objects[index.Find(w, hash)]).Count;
            int e = longNames.FindOrAdd(w, hash);
            longNames.Objects[e] = capitalized + "-" + n.ToString(CultureInfo.InvariantCulture);
        }
        long checksum = 0;
        foreach (string w in shortWords)
        {
            int hash = StringMap.Hash(w);
            checksum += (long)((string)longNames.Objects[longNames.Find(w, hash)]).Length * words.Ints[words.Find(w, hash)];
        }
        var lines = new List<string>();
        foreach (string entry in MostFrequent(words, 3))
        {
            int space = entry.IndexOf(' ');
            string count = entry.Substring(0, space);
            string word = entry.Substring(space + 1);
            lines.Add(RightAligned(word, 10) + ": "
                + RightAligned(int.Parse(count, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), 6)
                + " first at " + ((List<int>)index.Objects[index.Find(word, StringMap.Hash(word))])[0].ToString(CultureInfo.InvariantCulture));
        }
        string top = MostFrequent(pairs, 1)[0];
        string topPair = top.Substring(top.IndexOf(' ') + 1);
        lines.Add("pairs " + pairs.Count.ToString(CultureInfo.InvariantCulture)
            + ", words " + words.Count.ToString(CultureInfo.InvariantCulture) + ", top pair " + topPair);
        lines.Add("checksum " + checksum.ToString(CultureInfo.InvariantCulture)
            + ", shouted " + shouted.Length.ToString(CultureInfo.InvariantCulture)
            + ", KA " + CountOccurrences(shouted, "KA").ToString(CultureInfo.InvariantCulture));
        return lines;
    }

    static int Main(string[] args)
    {
        int rounds = 30;
        if (args.Length > 0)
            rounds = int.Parse(args[0], CultureInfo.InvariantCulture);
        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
        {
            List<string> lines = OneRound(r + 1, 60000);
            if (r == 0 || r == rounds - 1)
                foreach (string line in lines)
                    output.Append(line).Append('\n');
        }
        double elapsed = clock.Elapsed.TotalSeconds;
        output.Append("rounds ").Append(rounds.ToString(CultureInfo.InvariantCulture)).Append('\n');
        Console.Out.Write(output.ToString());
        Console.Out.Flush();
        Console.Error.Write("time: " + elapsed.ToString("F6", CultureInfo.InvariantCulture) + "\n");
        return 0;
    }
}
