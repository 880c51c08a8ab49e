package rpy.rt;

/**
 * str.isalpha/isdigit and repr's printable test for non-ASCII code points,
 * with CPython 3.11's data (Unicode 14) rather than the JDK's: Java 17's
 * Character has Unicode 13, and no Numeric_Type=Digit (isdigit) or
 * printable property, which a general category test only approximates.
 * The ranges come from the jar
 * resources char_classes.bin and printable.bin (see
 * emit-jvm/src/runtime/unicode_tables.rs), each decoded on first use.
 * Text handles ASCII itself, without the tables.
 */
final class CharClass {
    private CharClass() {}

    /** Holder class: char_classes.bin is read on the first isalpha/isdigit of a non-ASCII character. */
    private static final class Classes {
        static final TableReader.Ranges alpha;
        static final TableReader.Ranges digit;

        static {
            TableReader in = new TableReader("char_classes.bin");
            alpha = in.ranges();
            digit = in.ranges();
        }
    }

    /** Holder class: printable.bin is read on the first repr of a non-ASCII character. */
    private static final class Printable {
        static final TableReader.Ranges ranges = new TableReader("printable.bin").ranges();
    }

    static boolean isAlpha(int cp) {
        return Classes.alpha.contains(cp);
    }

    static boolean isDigit(int cp) {
        return Classes.digit.contains(cp);
    }

    static boolean isPrintable(int cp) {
        return Printable.ranges.contains(cp);
    }
}
