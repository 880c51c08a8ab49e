"""Unicode-correct case mapping and character classes: German, Greek, Cyrillic, digits of other scripts."""


def show(s):
    print(s, "|", s.upper(), "|", s.lower(), "|", s.capitalize(), "|", len(s), len(s.upper()))


def entry_point(argv):
    show("straße")
    show("Ελληνικά")
    show("ΟΔΥΣΣΕΥΣ")
    show("Москва")
    show("привет мир")
    show("ÀÉÎÕÜ àéîõü")
    show("ﬁne")
    show("istanbul İ")
    show("mIxEd CaSe 123")
    show("😀 smile")
    print("١٢٣".isdigit(), "²".isdigit(), "ⅷ".isdigit(), "4".isdigit())
    print("héllo".isalpha(), "Ωμέγα".isalpha(), "日本".isalpha(), "a b".isalpha(), "😀".isalpha())
    print("\u00a0".isspace(), "\u2003".isspace(), "\u200b".isspace(), "\x1c".isspace())
    print("ǆemal".capitalize(), "ǅ".lower(), "ǆ".upper())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
