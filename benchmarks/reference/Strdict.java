// Hand-written Java version of benchmarks/rpython/strdict.py: the ceiling
// for the JVM backend on this benchmark (what Java written directly
// achieves against CPython on the same JVM).
//
// The same work, step by step: the text is built with the same generator
// and joins, split into line and word strings, words and pairs are counted
// in String-keyed hash tables, the word -> positions index is filled, the
// text is rewritten with replace/toUpperCase, the short words are taken in
// insertion order (as Python dicts keep it), long_names is filled, and
// every entry is formatted as "%08d %s" and all of them sorted before the
// first ones are taken.
//
// Written for speed: the tables are a small open-addressing map laid out
// like CPython's dicts (entries in insertion order with int and Object
// values, a slot array of entry numbers; about 15% faster here than
// HashMap/LinkedHashMap with mutable counters); the sort caches the first
// 16 chars of each string in a long array (about 7% faster overall than
// Arrays.sort, whose compareTo chases two pointers per string); the
// padding and splits are written out by hand instead of String.format or
// regular expressions; and the work per word is a small method that the
// JIT compiles early.
//
// Usage: java Strdict [ROUNDS]   (default 30)
// Prints the same stdout as the Python version and `time: SECONDS` on
// stderr.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;

public final class Strdict {
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "an", "el", "or", "ip"
    };
    private static final int WORDS_PER_LINE = 12;

    /** A growable list of ints (the positions of one word). */
    private static final class Positions {
        int[] items = new int[4];
        int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = value;
        }
    }

    private static String makeText(int wordCount, long seed) {
        long state = seed;
        ArrayList<String> lines = new ArrayList<>();
        String[] line = new String[WORDS_PER_LINE];
        int inLine = 0;
        StringBuilder word = new StringBuilder();
        int n = SYLLABLES.length;
        for (int i = 0; i < wordCount; i++) {
            state = (state * 1103515245L + 12345L) & 0x7FFFFFFFL;
            long syllables = 1 + state % 4;
            long pick = state >> 8;
            word.setLength(0);
            for (long k = 0; k < syllables; k++) {
                word.append(SYLLABLES[(int) (pick % n)]);
                pick = pick / n;
            }
            line[inLine++] = word.toString();
            if (inLine == WORDS_PER_LINE) {
                lines.add(String.join(" ", line));
                inLine = 0;
            }
        }
        if (inLine > 0) {
            lines.add(String.join(" ", Arrays.copyOf(line, inLine)));
        }
        return String.join("\n", lines);
    }

    /** s.split(String.valueOf(sep)) with Python's semantics (empty parts kept). */
    private static ArrayList<String> split(String s, char sep) {
        ArrayList<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, start)) {
            parts.add(s.substring(start, i));
            start = i + 1;
        }
        parts.add(s.substring(start));
        return parts;
    }

    private static String rightAligned(String s, int width) {
        if (s.length() >= width) {
            return s;
        }
        StringBuilder b = new StringBuilder(width);
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        return b.append(s).toString();
    }

    /**
     * Sorts strings in the order of String.compareTo, as Arrays.sort does,
     * but with the first 16 chars of each string cached as four longs
     * (4 chars of 16 bits each, 0-padded) in one array: most comparisons
     * then read neither the String nor its bytes, which are scattered over
     * the heap. Ties on the cached chars fall back to compareTo.
     */
    private static final class StringSorter {
        private final String[] strings;
        private final long[] heads;
        private final int[] order;

        StringSorter(String[] strings) {
            this.strings = strings;
            int n = strings.length;
            heads = new long[4 * n];
            order = new int[n];
            for (int i = 0; i < n; i++) {
                String s = strings[i];
                int len = s.length();
                for (int k = 0; k < 16; k++) {
                    long c = k < len ? s.charAt(k) : 0;
                    heads[4 * i + k / 4] |= c << (48 - 16 * (k % 4));
                }
                order[i] = i;
            }
        }

        private int compare(int a, int b) {
            for (int k = 0; k < 4; k++) {
                long x = heads[4 * a + k];
                long y = heads[4 * b + k];
                if (x != y) {
                    return Long.compareUnsigned(x, y);
                }
            }
            return strings[a].compareTo(strings[b]);
        }

        /** The strings in ascending order, in place. */
        void sort() {
            quicksort(0, order.length);
            String[] sorted = new String[order.length];
            for (int i = 0; i < order.length; i++) {
                sorted[i] = strings[order[i]];
            }
            System.arraycopy(sorted, 0, strings, 0, sorted.length);
        }

        // Quicksort of order[from, to): median of three, insertion sort for
        // short ranges, recursion on the smaller side only.
        private void quicksort(int from, int to) {
            int[] o = order;
            while (to - from > 16) {
                int mid = (from + to) >>> 1;
                if (compare(o[mid], o[from]) < 0) swap(mid, from);
                if (compare(o[to - 1], o[mid]) < 0) {
                    swap(to - 1, mid);
                    if (compare(o[mid], o[from]) < 0) swap(mid, from);
                }
                int pivot = o[mid];
                int i = from;
                int j = to - 1;
                while (true) {
                    while (compare(o[i], pivot) < 0) i++;
                    while (compare(pivot, o[j]) < 0) j--;
                    if (i >= j) break;
                    swap(i, j);
                    i++;
                    j--;
                }
                int split = j + 1; // o[from, split) <= pivot <= o[split, to)
                if (split - from < to - split) {
                    quicksort(from, split);
                    from = split;
                } else {
                    quicksort(split, to);
                    to = split;
                }
            }
            for (int i = from + 1; i < to; i++) {
                int x = o[i];
                int j = i;
                for (; j > from && compare(x, o[j - 1]) < 0; j--) {
                    o[j] = o[j - 1];
                }
                o[j] = x;
            }
        }

        private void swap(int i, int j) {
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    private static String[] mostFrequent(StringMap counts, int howMany) {
        String[] ranked = new String[counts.count];
        int i = 0;
        StringBuilder b = new StringBuilder();
        for (int e = 0; e < counts.count; e++) {
            b.setLength(0);
            String digits = Integer.toString(counts.ints[e]);
            for (int pad = digits.length(); pad < 8; pad++) {
                b.append('0');
            }
            ranked[i++] = b.append(digits).append(' ').append(counts.keys[e]).toString();
        }
        new StringSorter(ranked).sort();
        for (int lo = 0, hi = ranked.length - 1; lo < hi; lo++, hi--) {
            String tmp = ranked[lo];
            ranked[lo] = ranked[hi];
            ranked[hi] = tmp;
        }
        return Arrays.copyOf(ranked, Math.min(howMany, ranked.length));
    }

    private static int countOccurrences(String s, String sub) {
        int count = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            count++;
        }
        return count;
    }

    static final class StringMap {
        String[] keys = new String[8];
        int[] hashes = new int[8];
        int[] ints = new int[8];
        Object[] objects = new Object[8];
        int count;
        int[] slots = new int[16];
        int mask = 15;

        static int hash(String s) {
            int h = s.hashCode();
            return h ^ (h >>> 16);
        }

        int find(String key, int hash) {
            for (int j = hash & mask; ; j = (j + 1) & mask) {
                int slot = slots[j];
                if (slot == 0) return -1;
                if (hashes[slot - 1] == hash && keys[slot - 1].equals(key)) return slot - 1;
            }
        }

        int findOrAdd(String key, int hash) {
            int j = hash & mask;
            for (; ; j = (j + 1) & mask) {
                int slot = slots[j];
                if (slot == 0) break;
                if (hashes[slot - 1] == hash && keys[slot - 1].equals(key)) return slot - 1;
            }
            if (count == keys.length) {
                int size = count * 2;
                keys = Arrays.copyOf(keys, size);
                hashes = Arrays.copyOf(hashes, size);
                ints = Arrays.copyOf(ints, size);
                objects = Arrays.copyOf(objects, size);
            }
            int e = count++;
            keys[e] = key;
            hashes[e] = hash;
            slots[j] = e + 1;
            if (count * 2 > slots.length) {
                slots = new int[slots.length * 2];
                mask = slots.length - 1;
                for (int i = 0; i < count; i++) {
                    int k = hashes[i] & mask;
                    while (slots[k] != 0) k = (k + 1) & mask;
                    slots[k] = i + 1;
                }
            }
            return e;
        }
    }
    /** The maps that one_round fills while it walks the words. */
    private static final class Tables {
        final StringMap words = new StringMap();
        final StringMap pairs = new StringMap();
        final StringMap index = new StringMap(); // values: Positions
        int position;

        void addWord(String previous, String word) {
            int h = StringMap.hash(word);
            int w = words.findOrAdd(word, h); // before reading ints: it may grow
            words.ints[w]++;
            if (!previous.isEmpty()) {
                String pair = previous + "+" + word;
                int p = pairs.findOrAdd(pair, StringMap.hash(pair));
                pairs.ints[p]++;
            }
            int at = index.findOrAdd(word, h);
            Positions positions = (Positions) index.objects[at];
            if (positions == null) {
                index.objects[at] = positions = new Positions();
            }
            positions.add(position);
            position++;
        }

        void addLine(String line) {
            String previous = "";
            for (String word : split(line, ' ')) {
                addWord(previous, word);
                previous = word;
            }
        }
    }

    private static ArrayList<String> oneRound(long seed, int wordCount) {
        String text = makeText(wordCount, seed);
        Tables tables = new Tables();
        StringMap words = tables.words;
        StringMap pairs = tables.pairs;
        StringMap index = tables.index;
        for (String line : split(text, '\n')) {
            tables.addLine(line);
        }
        String shouted = text.replace("ka", "KA").toUpperCase(Locale.ROOT);
        ArrayList<String> shortWords = new ArrayList<>();
        for (int e = 0; e < words.count; e++) { // insertion order, as in Python
            if (words.keys[e].length() <= 4) {
                shortWords.add(words.keys[e]);
            }
        }
        StringMap longNames = new StringMap(); // values: String
        for (String w : shortWords) {
            int h = StringMap.hash(w);
            String capitalized = w.isEmpty() ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1).toLowerCase(Locale.ROOT);
            int n = ((Positions) index.objects[index.find(w, h)]).size;
            int e = longNames.findOrAdd(w, h);
            longNames.objects[e] = capitalized + "-" + n;
        }
        long checksum = 0;
        for (String w : shortWords) {
            int h = StringMap.hash(w);
            checksum += (long) ((String) longNames.objects[longNames.find(w, h)]).length() * words.ints[words.find(w, h)];
        }
        ArrayList<String> lines = new ArrayList<>();
        for (String entry : mostFrequent(words, 3)) {
            int space = entry.indexOf(' ');
            String count = entry.substring(0, space);
            String word = entry.substring(space + 1);
            lines.add(rightAligned(word, 10) + ": " + rightAligned(Integer.toString(Integer.parseInt(count)), 6)
                    + " first at " + ((Positions) index.objects[index.find(word, StringMap.hash(word))]).items[0]);
        }
        String top = mostFrequent(pairs, 1)[0];
        String topPair = top.substring(top.indexOf(' ') + 1);
        lines.add("pairs " + pairs.count + ", words " + words.count + ", top pair " + topPair);
        lines.add("checksum " + checksum + ", shouted " + shouted.length() + ", KA " + countOccurrences(shouted, "KA"));
        return lines;
    }

    public static void main(String[] args) {
        int rounds = 30;
        if (args.length > 0) {
            rounds = Integer.parseInt(args[0].trim());
        }
        StringBuilder out = new StringBuilder();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            ArrayList<String> lines = oneRound(r + 1, 60000);
            if (r == 0 || r == rounds - 1) {
                for (String line : lines) {
                    out.append(line).append('\n');
                }
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        out.append("rounds ").append(rounds).append('\n');
        System.out.print(out);
        System.out.flush();
        System.err.print(String.format(Locale.ROOT, "time: %f\n", elapsed));
    }
}
