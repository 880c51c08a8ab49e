# args: 2
"""Benchmark: string and dict work, a word-statistics job.

Each round makes a pseudo-random text of made-up words, splits it into
lines and words, counts words and word pairs in dicts keyed by str,
builds an index from word to positions, rewrites the text with
`replace`/`upper`/`join`, and reports the most frequent entries through
formatted and sorted strings.  The work is string building, hashing,
dict lookups and updates.

Usage: strdict.py [ROUNDS]   (default 30: a few seconds on CPython)
The time spent is written to stderr as `time: SECONDS`."""
import os
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "xe", "zu", "an", "el", "or", "ip"]
WORDS_PER_LINE = 12


def make_text(word_count, seed):
    state = seed
    lines = []
    line = []
    for i in range(word_count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        syllables = 1 + state % 4
        pick = state >> 8
        parts = []
        for k in range(syllables):
            parts.append(SYLLABLES[pick % len(SYLLABLES)])
            pick = pick // len(SYLLABLES)
        line.append("".join(parts))
        if len(line) == WORDS_PER_LINE:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def most_frequent(counts, how_many):
    ranked = []
    for key, n in counts.items():
        ranked.append("%08d %s" % (n, key))
    ranked.sort()
    ranked.reverse()
    return ranked[:how_many]


def one_round(seed, word_count):
    text = make_text(word_count, seed)
    words = {}
    pairs = {}
    index = {}
    position = 0
    for line in text.split("\n"):
        previous = ""
        for word in line.split(" "):
            words[word] = words.get(word, 0) + 1
            if previous:
                pair = previous + "+" + word
                pairs[pair] = pairs.get(pair, 0) + 1
            index.setdefault(word, []).append(position)
            previous = word
            position += 1
    shouted = text.replace("ka", "KA").upper()
    short_words = [w for w in words if len(w) <= 4]
    long_names = {}
    for w in short_words:
        long_names[w] = w.capitalize() + "-" + str(len(index[w]))
    checksum = 0
    for w in short_words:
        checksum += len(long_names[w]) * words[w]
    lines = []
    for entry in most_frequent(words, 3):
        count, word = entry.split(" ")
        lines.append(f"{word:>10}: {int(count):6d} first at {index[word][0]}")
    top_pair = most_frequent(pairs, 1)[0].split(" ")[1]
    lines.append("pairs %d, words %d, top pair %s" % (len(pairs), len(words), top_pair))
    lines.append("checksum %d, shouted %d, KA %d" % (checksum, len(shouted), shouted.count("KA")))
    return lines


def entry_point(argv):
    rounds = 30
    if len(argv) > 1:
        rounds = int(argv[1])
    start = time.time()
    for r in range(rounds):
        lines = one_round(r + 1, 60000)
        if r == 0 or r == rounds - 1:
            for line in lines:
                print(line)
    elapsed = time.time() - start
    print("rounds", rounds)
    os.write(2, ("time: %f\n" % elapsed).encode("utf-8"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
