package rpy.rt;

/** The math module with CPython's error rules (port of lltype/src/runtime/math.rs). */
public final class PyMath {
    private PyMath() {}

    private static double check(double x, double r, boolean canOverflow) {
        if (Double.isNaN(r) && !Double.isNaN(x)) {
            throw Rt.valueError("math domain error");
        }
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isNaN(x)) {
            throw canOverflow ? Rt.overflow("math range error") : Rt.valueError("math domain error");
        }
        return r;
    }

    public static double sqrt(double x) {
        return check(x, Math.sqrt(x), false);
    }

    public static double sin(double x) {
        return check(x, Math.sin(x), false);
    }

    public static double cos(double x) {
        return check(x, Math.cos(x), false);
    }

    public static double tan(double x) {
        return check(x, Math.tan(x), false);
    }

    public static double exp(double x) {
        return check(x, Math.exp(x), true);
    }

    public static double fabs(double x) {
        return Math.abs(x);
    }

    public static double log(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x <= 0.0) {
            throw Rt.valueError("math domain error");
        }
        return Math.log(x);
    }

    public static double pow(double x, double y) {
        boolean xf = !Double.isNaN(x) && !Double.isInfinite(x);
        boolean yf = !Double.isNaN(y) && !Double.isInfinite(y);
        if (!xf || !yf) {
            if (Double.isNaN(x)) {
                return y == 0.0 ? 1.0 : x;
            } else if (Double.isNaN(y)) {
                return x == 1.0 ? 1.0 : y;
            } else if (Double.isInfinite(x)) {
                boolean oddY = yf && Math.abs(y) % 2.0 == 1.0;
                if (y > 0.0) {
                    return oddY ? x : Math.abs(x);
                } else if (y == 0.0) {
                    return 1.0;
                }
                return oddY ? Math.copySign(0.0, x) : 0.0;
            } else if (Math.abs(x) == 1.0) {
                return 1.0;
            } else if (y > 0.0 && Math.abs(x) > 1.0) {
                return y;
            } else if (y < 0.0 && Math.abs(x) < 1.0) {
                return -y;
            }
            return 0.0;
        }
        double r = Math.pow(x, y);
        if (Double.isNaN(r)) {
            throw Rt.valueError("math domain error");
        }
        if (Double.isInfinite(r)) {
            throw x == 0.0 ? Rt.valueError("math domain error") : Rt.overflow("math range error");
        }
        return r;
    }
}
