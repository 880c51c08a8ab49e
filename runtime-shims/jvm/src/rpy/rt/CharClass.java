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
        static final int[] alphaLo;
        static final int[] alphaHi;
        static final int[] digitLo;
        static final int[] digitHi;

        static {
            TableReader in = new TableReader("char_classes.bin");
            int[][] alpha = in.ranges();
            alphaLo = alpha[0];
            alphaHi = alpha[1];
            int[][] digit = in.ranges();
            digitLo = digit[0];
            digitHi = digit[1];
        }
    }

    /** Holder class: printable.bin is read on the first repr of a non-ASCII character. */
    private static final class Printable {
        static final int[] lo;
        static final int[] hi;

        static {
            int[][] printable = new TableReader("printable.bin").ranges();
            lo = printable[0];
            hi = printable[1];
        }
    }

    static boolean isAlpha(int cp) {
        return TableReader.inRanges(Classes.alphaLo, Classes.alphaHi, cp);
    }

    static boolean isDigit(int cp) {
        return TableReader.inRanges(Classes.digitLo, Classes.digitHi, cp);
    }

    static boolean isPrintable(int cp) {
        return TableReader.inRanges(Printable.lo, Printable.hi, cp);
    }
}
