package rpy.rt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * repr(float) exactly as CPython prints it (port of
 * lltype/src/runtime/float_repr.rs). Java 17's Double.toString is not always
 * the shortest round-trip string, so the digits come from BigDecimal: the
 * shortest precision whose correctly rounded value reads back as x (round
 * trip is monotone in the precision, so a binary search finds it).
 */
public final class FloatRepr {
    private FloatRepr() {}

    /** Shortest round-trip digits of a finite x > 0 and the exponent of the first digit. */
    static String[] shortest(double x) {
        BigDecimal exact = new BigDecimal(x);
        int lo = 1;
        int hi = 17;
        BigDecimal best = exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            BigDecimal d = exact.round(new MathContext(mid, RoundingMode.HALF_EVEN));
            if (d.doubleValue() == x) {
                best = d;
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        if (lo != best.precision()) {
            best = exact.round(new MathContext(lo, RoundingMode.HALF_EVEN));
        }
        best = best.stripTrailingZeros();
        String digits = best.unscaledValue().toString();
        int exp = digits.length() - 1 - best.scale();
        return new String[] {digits, Integer.toString(exp)};
    }

    static String positional(String digits, int exp) {
        StringBuilder b = new StringBuilder();
        if (exp < 0) {
            b.append("0.");
            for (int i = 0; i < -exp - 1; i++) {
                b.append('0');
            }
            b.append(digits);
        } else {
            int intLen = exp + 1;
            if (digits.length() <= intLen) {
                b.append(digits);
                for (int i = digits.length(); i < intLen; i++) {
                    b.append('0');
                }
                b.append(".0");
            } else {
                b.append(digits, 0, intLen).append('.').append(digits, intLen, digits.length());
            }
        }
        return b.toString();
    }

    static String exponentSuffix(int exp) {
        int a = Math.abs(exp);
        return (exp < 0 ? "-" : "+") + (a < 10 ? "0" : "") + a;
    }

    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(x) < 0) ? "-" : "";
        double a = Math.abs(x);
        if (a == 0.0) {
            return sign + "0.0";
        }
        if (a < 1e15 && a == Math.rint(a)) {
            // Fast path: integral values print as their digits plus ".0".
            return sign + Long.toString((long) a) + ".0";
        }
        String[] de = shortest(a);
        String digits = de[0];
        int exp = Integer.parseInt(de[1]);
        String body;
        if (exp < -4 || exp >= 16) {
            String m = digits.substring(0, 1);
            if (digits.length() > 1) {
                m = m + "." + digits.substring(1);
            }
            body = m + "e" + exponentSuffix(exp);
        } else {
            body = positional(digits, exp);
        }
        return sign + body;
    }
}
