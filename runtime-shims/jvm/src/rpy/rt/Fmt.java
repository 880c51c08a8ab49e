package rpy.rt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * format(value, spec) (port of lltype/src/runtime/format.rs). The spec comes
 * as its fields: fill, align (0: none), plus, zeroPad, width, precision
 * (-1: none), kind (0: none). Digits come from BigDecimal, correctly rounded
 * (half-even on exact ties) as CPython's and Rust's formatting are.
 */
public final class Fmt {
    private Fmt() {}

    static String pad(String sign, String body, int fill, int align, boolean zeroPad, int width, boolean numeric) {
        int f = zeroPad && fill == ' ' ? '0' : fill;
        int a = align;
        if (a == 0) {
            a = zeroPad && numeric ? '=' : (numeric ? '>' : '<');
        }
        int len = sign.codePointCount(0, sign.length()) + body.codePointCount(0, body.length());
        int n = Math.max(width - len, 0);
        switch (a) {
            case '<':
                return sign + body + fills(f, n);
            case '^':
                return fills(f, n / 2) + sign + body + fills(f, n - n / 2);
            case '=':
                return sign + fills(f, n) + body;
            default:
                return fills(f, n) + sign + body;
        }
    }

    private static String fills(int c, int n) {
        if (n <= 0) {
            return "";
        }
        if (Character.isBmpCodePoint(c)) {
            return String.valueOf((char) c).repeat(n);
        }
        return new String(Character.toChars(c)).repeat(n);
    }

    private static RPyException unknown(int code, String type) {
        return Rt.valueError("Unknown format code '" + new String(Character.toChars(code)) + "' for object of type '" + type + "'");
    }

    public static String format(long v, int fill, int align, boolean plus, boolean zeroPad, int width, int prec, int kind) {
        return formatIntAs(v, fill, align, plus, zeroPad, width, prec, kind, "int");
    }

    public static String format(boolean b, int fill, int align, boolean plus, boolean zeroPad, int width, int prec, int kind) {
        if (fill == ' ' && align == 0 && !plus && !zeroPad && width == 0 && prec < 0 && kind == 0) {
            return b ? "True" : "False";
        }
        return formatIntAs(b ? 1 : 0, fill, align, plus, zeroPad, width, prec, kind, "bool");
    }

    private static String formatIntAs(long v, int fill, int align, boolean plus, boolean zeroPad, int width, int prec, int kind, String type) {
        switch (kind) {
            case 0: case 'd': case 'x': case 'X': case 'o': case 'b':
                break;
            case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case '%':
                return format((double) v, fill, align, plus, zeroPad, width, prec, kind);
            default:
                throw unknown(kind, type);
        }
        if (prec >= 0) {
            throw Rt.valueError("Precision not allowed in integer format specifier");
        }
        String sign = v < 0 ? "-" : (plus ? "+" : "");
        String digits;
        switch (kind) {
            case 'x':
                digits = Long.toUnsignedString(Math.abs(v), 16);
                break;
            case 'X':
                digits = Long.toUnsignedString(Math.abs(v), 16).toUpperCase();
                break;
            case 'o':
                digits = Long.toUnsignedString(Math.abs(v), 8);
                break;
            case 'b':
                digits = Long.toUnsignedString(Math.abs(v), 2);
                break;
            default:
                digits = Long.toUnsignedString(Math.abs(v));
        }
        return pad(sign, digits, fill, align, zeroPad, width, true);
    }

    private static String stripZeros(String s) {
        if (s.indexOf('.') < 0) {
            return s;
        }
        int e = s.length();
        while (s.charAt(e - 1) == '0') {
            e--;
        }
        if (s.charAt(e - 1) == '.') {
            e--;
        }
        return s.substring(0, e);
    }

    static String fixed(double x, int prec) {
        return new BigDecimal(x).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Mantissa with prec digits after the point, and the decimal exponent. */
    static Object[] expForm(double x, int prec) {
        if (x == 0.0) {
            StringBuilder m = new StringBuilder("0");
            if (prec > 0) {
                m.append('.');
                for (int i = 0; i < prec; i++) {
                    m.append('0');
                }
            }
            return new Object[] {m.toString(), 0};
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(prec + 1, RoundingMode.HALF_EVEN));
        String digits = d.unscaledValue().toString();
        int exp = digits.length() - 1 - d.scale();
        StringBuilder b = new StringBuilder();
        b.append(digits.charAt(0));
        if (prec > 0) {
            b.append('.');
            b.append(digits, 1, digits.length());
            for (int i = digits.length() - 1; i < prec; i++) {
                b.append('0');
            }
        }
        return new Object[] {b.toString(), exp};
    }

    static String floatBody(double x, int kind, int prec, boolean addDot0) {
        switch (kind) {
            case 'f':
                return fixed(x, prec);
            case 'e': {
                Object[] me = expForm(x, prec);
                return me[0] + "e" + FloatRepr.exponentSuffix((Integer) me[1]);
            }
            case 'g': {
                int p = Math.max(prec, 1);
                int exp = x == 0.0 ? 0 : (Integer) expForm(x, p - 1)[1];
                int limit = addDot0 ? p - 1 : p;
                if (exp < -4 || exp >= limit) {
                    Object[] me = expForm(x, p - 1);
                    return stripZeros((String) me[0]) + "e" + FloatRepr.exponentSuffix((Integer) me[1]);
                }
                String s = stripZeros(fixed(x, p - 1 - exp));
                if (addDot0 && s.indexOf('.') < 0) {
                    s += ".0";
                }
                return s;
            }
            default:
                return FloatRepr.repr(x);
        }
    }

    public static String format(double v, int fill, int align, boolean plus, boolean zeroPad, int width, int prec, int kind) {
        int k;
        int p;
        boolean addDot0;
        if (kind == 0 && prec < 0) {
            k = 'r';
            p = 0;
            addDot0 = true;
        } else if (kind == 0) {
            k = 'g';
            p = prec;
            addDot0 = true;
        } else if ("fFeEgG%".indexOf(kind) >= 0) {
            k = kind;
            p = prec < 0 ? 6 : prec;
            addDot0 = false;
        } else {
            throw unknown(kind, "float");
        }
        String sign = (Double.doubleToRawLongBits(v) < 0 && !Double.isNaN(v)) ? "-" : (plus ? "+" : "");
        boolean upper = Character.isUpperCase(k);
        boolean pct = k == '%';
        int base = pct ? 'f' : Character.toLowerCase(k);
        double x = pct ? Math.abs(v) * 100.0 : Math.abs(v);
        String body;
        if (Double.isNaN(x)) {
            body = "nan";
        } else if (Double.isInfinite(x)) {
            body = "inf";
        } else {
            body = floatBody(x, base, p, addDot0);
        }
        if (upper) {
            body = body.toUpperCase();
        }
        if (pct) {
            body += "%";
        }
        return pad(sign, body, fill, align, zeroPad, width, true);
    }

    public static String format(String s, int fill, int align, boolean plus, boolean zeroPad, int width, int prec, int kind) {
        if (s == null) {
            s = "None";
        }
        if (kind != 0 && kind != 's') {
            throw unknown(kind, "str");
        }
        if (plus) {
            throw Rt.valueError("Sign not allowed in string format specifier");
        }
        if (align == '=') {
            throw Rt.valueError("'=' alignment not allowed in string format specifier");
        }
        String body = s;
        if (prec >= 0 && Text.len(s) > prec) {
            body = s.substring(0, Text.offset(s, prec));
        }
        return pad("", body, fill, align, zeroPad, width, false);
    }
}
