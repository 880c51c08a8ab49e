package rpy.rt;

/**
 * Int and float arithmetic with Python semantics (a port of
 * lltype/src/runtime/numbers.rs): the operations the backend does not
 * inline because they branch or may raise.
 */
public final class Num {
    private Num() {}

    public static long floorDiv(long a, long b) {
        if (b == 0) {
            throw Rt.zeroDivision("integer division or modulo by zero");
        }
        long q = a / b; // MIN / -1 wraps to MIN, as the machine operation
        if (a % b != 0 && ((a < 0) != (b < 0))) {
            q--;
        }
        return q;
    }

    public static long mod(long a, long b) {
        if (b == 0) {
            throw Rt.zeroDivision("integer modulo by zero");
        }
        long r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) {
            r += b;
        }
        return r;
    }

    public static long pow(long base, long exp) {
        if (exp < 0) {
            throw Rt.valueError("integer pow() with a negative exponent is not supported");
        }
        long result = 1;
        long b = base;
        long e = exp;
        while (e > 0) {
            if ((e & 1) == 1) {
                result *= b;
            }
            b *= b;
            e >>>= 1;
        }
        return result;
    }

    public static long lshift(long a, long n) {
        if (n < 0) {
            throw Rt.valueError("negative shift count");
        }
        return n >= 64 ? 0 : a << n;
    }

    public static long rshift(long a, long n) {
        if (n < 0) {
            throw Rt.valueError("negative shift count");
        }
        return n >= 64 ? a >> 63 : a >> n;
    }

    public static long addOvf(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            throw Rt.overflow("integer overflow");
        }
        return r;
    }

    public static long subOvf(long a, long b) {
        long r = a - b;
        if (((a ^ b) & (a ^ r)) < 0) {
            throw Rt.overflow("integer overflow");
        }
        return r;
    }

    public static long mulOvf(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw Rt.overflow("integer overflow");
        }
        return lo;
    }

    public static long uintFloorDiv(long a, long b) {
        if (b == 0) {
            throw Rt.zeroDivision("integer division or modulo by zero");
        }
        return Long.divideUnsigned(a, b);
    }

    public static long uintMod(long a, long b) {
        if (b == 0) {
            throw Rt.zeroDivision("integer modulo by zero");
        }
        return Long.remainderUnsigned(a, b);
    }

    /** float(x) of an r_uint (the long's bits read as unsigned), correctly rounded. */
    public static double uintToFloat(long x) {
        if (x >= 0) {
            return (double) x;
        }
        // Halve (keeping the sticky low bit for rounding), convert, double.
        return ((double) ((x >>> 1) | (x & 1))) * 2.0;
    }

    public static long uintRshift(long a, long n) {
        return n >= 64 || n < 0 ? 0 : a >>> n;
    }

    public static double trueDiv(double a, double b) {
        if (b == 0.0) {
            throw Rt.zeroDivision("float division by zero");
        }
        return a / b;
    }

    public static double floorDivF(double a, double b) {
        if (b == 0.0) {
            throw Rt.zeroDivision("float floor division by zero");
        }
        double m = a % b;
        double div = (a - m) / b;
        if (m != 0.0) {
            if ((b < 0.0) != (m < 0.0)) {
                div -= 1.0;
            }
        }
        if (div != 0.0) {
            double f = Math.floor(div);
            if (div - f > 0.5) {
                f += 1.0;
            }
            return f;
        }
        return Math.copySign(0.0, a / b);
    }

    public static double modF(double a, double b) {
        if (b == 0.0) {
            throw Rt.zeroDivision("float modulo");
        }
        double m = a % b;
        if (m != 0.0) {
            if ((b < 0.0) != (m < 0.0)) {
                m += b;
            }
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    private static boolean isOddInteger(double x) {
        return !Double.isInfinite(x) && !Double.isNaN(x) && Math.floor(x) == x && Math.abs(x % 2.0) == 1.0;
    }

    public static double powF(double a, double b) {
        if (b == 0.0) {
            return 1.0;
        }
        if (Double.isNaN(a)) {
            return a;
        }
        if (Double.isNaN(b)) {
            return a == 1.0 ? 1.0 : b;
        }
        if (Double.isInfinite(b)) {
            double aa = Math.abs(a);
            if (aa == 1.0) {
                return 1.0;
            }
            return (b > 0.0) == (aa > 1.0) ? Math.abs(b) : 0.0;
        }
        if (Double.isInfinite(a)) {
            boolean odd = isOddInteger(b);
            if (b > 0.0) {
                return odd ? a : Math.abs(a);
            }
            return odd ? Math.copySign(0.0, a) : 0.0;
        }
        if (a == 0.0) {
            if (b < 0.0) {
                throw Rt.zeroDivision("0.0 cannot be raised to a negative power");
            }
            return isOddInteger(b) ? a : 0.0;
        }
        boolean negate = false;
        double base = a;
        if (a < 0.0) {
            if (Math.floor(b) != b) {
                throw Rt.valueError("negative number cannot be raised to a fractional power");
            }
            base = -a;
            negate = isOddInteger(b);
        }
        if (base == 1.0) {
            return negate ? -1.0 : 1.0;
        }
        double r = Math.pow(base, b);
        if (Double.isInfinite(r)) {
            throw Rt.overflow("(34, 'Numerical result out of range')");
        }
        return negate ? -r : r;
    }

    public static long floatToInt(double x) {
        if (Double.isNaN(x)) {
            throw Rt.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw Rt.overflow("cannot convert float infinity to integer");
        }
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) {
            throw Rt.overflow("int too large to convert to i64");
        }
        return (long) t;
    }

    public static long floor(double x) {
        return floatToInt(Math.floor(x));
    }

    public static long ceil(double x) {
        return floatToInt(Math.ceil(x));
    }

    /** Strips Python whitespace and maps Unicode decimal digits to ASCII (as int()/float()). */
    private static String toAsciiNumber(String s) {
        String t = Text.strip(s, null);
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().forEach(c -> {
            if (c >= 128 && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    /** Removes underscores between two ASCII digits; null if any other underscore. */
    private static String removeUnderscores(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                boolean ok = i > 0 && isDigit(s.charAt(i - 1)) && i + 1 < s.length() && isDigit(s.charAt(i + 1));
                if (!ok) {
                    return null;
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static long parseInt(String s) {
        String t = toAsciiNumber(s);
        boolean neg = false;
        String body = t;
        if (t.startsWith("-") || t.startsWith("+")) {
            neg = t.charAt(0) == '-';
            body = t.substring(1);
        }
        boolean ok = !body.isEmpty();
        for (int i = 0; i < body.length() && ok; i++) {
            ok = isDigit(body.charAt(i)) || body.charAt(i) == '_';
        }
        String digits = ok ? removeUnderscores(body) : null;
        if (digits == null) {
            String r = Text.repr(s);
            if (r.codePointCount(0, r.length()) > 200) {
                r = r.substring(0, r.offsetByCodePoints(0, 200));
            }
            throw Rt.valueError("invalid literal for int() with base 10: " + r);
        }
        java.math.BigInteger v = new java.math.BigInteger(digits);
        if (neg) {
            v = v.negate();
        }
        if (v.bitLength() > 63) {
            throw Rt.overflow("int too large to convert to i64");
        }
        return v.longValue();
    }

    private static boolean validFloatBody(String b) {
        String lower = b.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity") || lower.equals("nan")) {
            return true;
        }
        int i = 0;
        int mantissa = 0;
        int n = b.length();
        while (i < n && isDigit(b.charAt(i))) {
            i++;
            mantissa++;
        }
        if (i < n && b.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(b.charAt(i))) {
                i++;
                mantissa++;
            }
        }
        if (mantissa == 0) {
            return false;
        }
        if (i < n && (b.charAt(i) == 'e' || b.charAt(i) == 'E')) {
            i++;
            if (i < n && (b.charAt(i) == '+' || b.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && isDigit(b.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n;
    }

    public static double parseFloat(String s) {
        String t = removeUnderscores(toAsciiNumber(s));
        String body = t;
        boolean neg = false;
        if (t != null && (t.startsWith("-") || t.startsWith("+"))) {
            neg = t.charAt(0) == '-';
            body = t.substring(1);
        }
        if (t == null || !validFloatBody(body)) {
            throw Rt.valueError("could not convert string to float: " + Text.repr(s));
        }
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        double v;
        if (lower.equals("nan")) {
            v = Double.NaN;
        } else if (lower.startsWith("inf")) {
            v = Double.POSITIVE_INFINITY;
        } else {
            v = Double.parseDouble(body);
        }
        return neg ? -v : v;
    }
}
