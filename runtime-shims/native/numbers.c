/* Ints and floats with Python semantics (floor division, modulo with the sign
 * of the divisor, checked arithmetic), float repr, and int()/float() of text.
 * The reference is lltype/src/runtime/numbers.rs and float_repr.rs. */
#include "rpy.h"

#include <math.h>
#include <strings.h>
#include <sys/time.h>

int64_t rpy_int_floordiv_full(int64_t a, int64_t b) {
    if (b == 0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "integer division or modulo by zero");
        return 0;
    }
    if (b == -1)
        return (int64_t)(0 - (uint64_t)a); /* wraps for INT64_MIN, no UB */
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q -= 1;
    return q;
}

int64_t rpy_int_mod_full(int64_t a, int64_t b) {
    if (b == 0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "integer modulo by zero");
        return 0;
    }
    if (b == -1)
        return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

int64_t rpy_int_pow(int64_t a, int64_t b) {
    if (b < 0) {
        rpy_raise_msg(RPY_EXC_ValueError,
                      "integer pow() with a negative exponent is not supported");
        return 0;
    }
    uint64_t result = 1, base = (uint64_t)a;
    while (b > 0) {
        if (b & 1)
            result *= base;
        base *= base;
        b >>= 1;
    }
    return (int64_t)result;
}

int64_t rpy_int_lshift_full(int64_t a, int64_t b) {
    if (b < 0) {
        rpy_raise_msg(RPY_EXC_ValueError, "negative shift count");
        return 0;
    }
    if (b >= 64)
        return 0;
    return (int64_t)((uint64_t)a << b);
}

int64_t rpy_int_rshift_full(int64_t a, int64_t b) {
    if (b < 0) {
        rpy_raise_msg(RPY_EXC_ValueError, "negative shift count");
        return 0;
    }
    if (b >= 64)
        return a < 0 ? -1 : 0;
    return a >> b;
}

int64_t rpy_int_add_ovf(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r))
        rpy_raise_msg(RPY_EXC_OverflowError, "integer overflow");
    return r;
}

int64_t rpy_int_sub_ovf(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r))
        rpy_raise_msg(RPY_EXC_OverflowError, "integer overflow");
    return r;
}

int64_t rpy_int_mul_ovf(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r))
        rpy_raise_msg(RPY_EXC_OverflowError, "integer overflow");
    return r;
}

int64_t rpy_uint_floordiv(int64_t a, int64_t b) {
    if (b == 0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "integer division or modulo by zero");
        return 0;
    }
    return (int64_t)((uint64_t)a / (uint64_t)b);
}

int64_t rpy_uint_mod(int64_t a, int64_t b) {
    if (b == 0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "integer modulo by zero");
        return 0;
    }
    return (int64_t)((uint64_t)a % (uint64_t)b);
}

double rpy_float_truediv(double a, double b) {
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "float division by zero");
        return 0.0;
    }
    return a / b;
}

/* CPython's float_divmod, both parts. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod) {
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5)
            f += 1.0;
        div = f;
    } else {
        div = copysign(0.0, vx / wx);
    }
    *floordiv = div;
    *mod = m;
}

double rpy_float_floordiv(double a, double b) {
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "float floor division by zero");
        return 0.0;
    }
    double d, m;
    float_divmod(a, b, &d, &m);
    return d;
}

double rpy_float_mod(double a, double b) {
    if (b == 0.0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError, "float modulo");
        return 0.0;
    }
    double d, m;
    float_divmod(a, b, &d, &m);
    return m;
}

double rpy_float_pow(double a, double b) {
    if (a == 0.0 && b < 0.0) {
        rpy_raise_msg(RPY_EXC_ZeroDivisionError,
                      "0.0 cannot be raised to a negative power");
        return 0.0;
    }
    if (a < 0.0 && isfinite(a) && isfinite(b) && floor(b) != b) {
        rpy_raise_msg(RPY_EXC_ValueError,
                      "negative number cannot be raised to a fractional power");
        return 0.0;
    }
    double r = pow(a, b);
    if (isinf(r) && isfinite(a) && isfinite(b)) {
        rpy_raise_msg(RPY_EXC_OverflowError, "(34, 'Numerical result out of range')");
        return 0.0;
    }
    return r;
}

int64_t rpy_float_to_int(double x) {
    if (isnan(x)) {
        rpy_raise_msg(RPY_EXC_ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(x)) {
        rpy_raise_msg(RPY_EXC_OverflowError, "cannot convert float infinity to integer");
        return 0;
    }
    double t = trunc(x);
    if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) {
        rpy_raise_msg(RPY_EXC_OverflowError, "int too large to convert to i64");
        return 0;
    }
    return (int64_t)t;
}

int64_t rpy_math_floor(double x) { return rpy_float_to_int(floor(x)); }
int64_t rpy_math_ceil(double x) { return rpy_float_to_int(ceil(x)); }

#define HASH_MODULUS ((uint64_t)1 << 61) - 1

int64_t rpy_int_hash(int64_t i) {
    uint64_t m = (i < 0 ? (uint64_t)0 - (uint64_t)i : (uint64_t)i) % (HASH_MODULUS);
    int64_t h = i < 0 ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

int64_t rpy_float_hash(double v) {
    if (isinf(v))
        return v > 0 ? 314159 : -314159;
    if (isnan(v))
        return 0;
    int e;
    double m = frexp(v, &e);
    int64_t sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & (HASH_MODULUS)) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= (HASH_MODULUS))
            x -= (HASH_MODULUS);
    }
    e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
    x = ((x << e) & (HASH_MODULUS)) | x >> (61 - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

double rpy_f64_from_bits(uint64_t bits) {
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* CPython's repr(float): the shortest digit string that round-trips; among
 * strings of that length, printf's correctly rounded one (the nearest). */
void rpy_float_repr_buf(double x, char *out) {
    if (isnan(x)) {
        strcpy(out, "nan");
        return;
    }
    if (isinf(x)) {
        strcpy(out, x > 0 ? "inf" : "-inf");
        return;
    }
    char *o = out;
    if (signbit(x)) {
        *o++ = '-';
        x = -x;
    }
    char buf[40];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x)
            break;
    }
    /* buf is d[.ddd]e[+-]XX: collect the digits and the exponent. */
    char digits[20];
    int nd = 0;
    char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (*p != '.')
            digits[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0')
        nd--;
    digits[nd] = 0;
    if (exp < -4 || exp >= 16) {
        *o++ = digits[0];
        if (nd > 1) {
            *o++ = '.';
            memcpy(o, digits + 1, (size_t)nd - 1);
            o += nd - 1;
        }
        sprintf(o, "e%c%02d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
    } else if (exp < 0) {
        *o++ = '0';
        *o++ = '.';
        for (int k = 0; k < -exp - 1; k++)
            *o++ = '0';
        memcpy(o, digits, (size_t)nd);
        o[nd] = 0;
    } else {
        int int_len = exp + 1;
        for (int k = 0; k < int_len; k++)
            *o++ = k < nd ? digits[k] : '0';
        *o++ = '.';
        if (nd > int_len) {
            memcpy(o, digits + int_len, (size_t)(nd - int_len));
            o += nd - int_len;
        } else {
            *o++ = '0';
        }
        *o = 0;
    }
}

int rpy_write_decimal(char *out, uint64_t a) {
    static const char pairs[] = "00010203040506070809101112131415161718192021222324"
                                "25262728293031323334353637383940414243444546474849"
                                "50515253545556575859606162636465666768697071727374"
                                "75767778798081828384858687888990919293949596979899";
    char tmp[20];
    int n = 0;
    /* Two digits per division. */
    while (a >= 100) {
        unsigned r = (unsigned)(a % 100);
        a /= 100;
        n += 2;
        memcpy(tmp + 20 - n, pairs + 2 * r, 2);
    }
    if (a >= 10) {
        n += 2;
        memcpy(tmp + 20 - n, pairs + 2 * a, 2);
    } else {
        tmp[20 - ++n] = (char)('0' + a);
    }
    memcpy(out, tmp + 20 - n, (size_t)n);
    return n;
}

int rpy_write_int(char *out, int64_t v) {
    if (v >= 0)
        return rpy_write_decimal(out, (uint64_t)v);
    out[0] = '-';
    return 1 + rpy_write_decimal(out + 1, (uint64_t)0 - (uint64_t)v);
}

void *rpy_int_to_str(int64_t v) {
    char buf[24];
    int n = rpy_write_int(buf, v);
    return rpy_str_new_cp(buf, n, n);
}

void *rpy_uint_to_str(int64_t v) {
    char buf[24];
    int n = rpy_write_decimal(buf, (uint64_t)v);
    return rpy_str_new_cp(buf, n, n);
}

void *rpy_float_to_str(double v) {
    char buf[40];
    rpy_float_repr_buf(v, buf);
    return rpy_str_new(buf, (int64_t)strlen(buf));
}

static bool is_py_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

static void raise_literal_error(const char *prefix, rpy_str *s) {
    rpy_sb sb;
    rpy_sb_init(&sb);
    rpy_sb_puts(&sb, prefix);
    rpy_sb_str_repr(&sb, s);
    void *m = rpy_sb_finish(&sb);
    if (m)
        rpy_raise(RPY_EXC_ValueError, m);
}

/* int(s): optional sign, decimal digits with single underscores between,
 * surrounding whitespace (ASCII only in this runtime). */
int64_t rpy_str_to_int(void *sv) {
    rpy_str *s = sv;
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && is_py_space((unsigned char)*p))
        p++;
    while (end > p && is_py_space((unsigned char)end[-1]))
        end--;
    bool neg = false;
    if (p < end && (*p == '+' || *p == '-'))
        neg = *p++ == '-';
    if (p == end || *p == '_')
        goto bad;
    uint64_t acc = 0;
    bool overflow = false;
    for (; p < end; p++) {
        if (*p == '_') {
            if (p + 1 == end || p[1] == '_')
                goto bad;
            continue;
        }
        if (*p < '0' || *p > '9')
            goto bad;
        uint64_t d = (uint64_t)(*p - '0');
        if (acc > (UINT64_MAX - d) / 10)
            overflow = true;
        else
            acc = acc * 10 + d;
    }
    if (overflow || acc > (uint64_t)INT64_MAX + (neg ? 1 : 0)) {
        rpy_raise_msg(RPY_EXC_OverflowError, "int too large to convert to i64");
        return 0;
    }
    return neg ? (int64_t)(0 - acc) : (int64_t)acc;
bad:
    raise_literal_error("invalid literal for int() with base 10: ", s);
    return 0;
}

double rpy_str_to_float(void *sv) {
    rpy_str *s = sv;
    const char *p = s->data, *end = s->data + s->len;
    while (p < end && is_py_space((unsigned char)*p))
        p++;
    while (end > p && is_py_space((unsigned char)end[-1]))
        end--;
    size_t n = (size_t)(end - p);
    char *buf = malloc(n + 1);
    if (!buf)
        rpy_fatal("MemoryError");
    size_t k = 0;
    bool ok = n > 0;
    for (size_t i = 0; i < n; i++) {
        char c = p[i];
        if (c == '_') {
            /* Python allows single underscores between digits only. */
            if (i == 0 || i + 1 == n || !(p[i - 1] >= '0' && p[i - 1] <= '9') ||
                !(p[i + 1] >= '0' && p[i + 1] <= '9'))
                ok = false;
            continue;
        }
        if (c == 'x' || c == 'X' || c == 'p' || c == 'P')
            ok = false; /* strtod's hex floats are not Python syntax */
        buf[k++] = c;
    }
    buf[k] = 0;
    char *stop = NULL;
    double v = ok ? strtod(buf, &stop) : 0.0;
    if (ok) {
        /* strtod accepts "infinity"/"nan(...)" forms Python does not; allow
         * only inf, infinity, nan with an optional sign. */
        const char *q = buf + (buf[0] == '+' || buf[0] == '-');
        if ((*q == 'n' || *q == 'N') && strcasecmp(q, "nan") != 0)
            ok = false;
    }
    if (!ok || stop != buf + k) {
        free(buf);
        raise_literal_error("could not convert string to float: ", s);
        return 0.0;
    }
    free(buf);
    return v;
}

double rpy_math1(int fn, double x) {
    double r;
    switch (fn) {
    case 0: /* sqrt */
        if (x < 0)
            goto domain;
        return sqrt(x);
    case 1:
        if (isinf(x))
            goto domain;
        return sin(x);
    case 2:
        if (isinf(x))
            goto domain;
        return cos(x);
    case 3:
        if (isinf(x))
            goto domain;
        return tan(x);
    case 4:
        r = exp(x);
        if (isinf(r) && isfinite(x)) {
            rpy_raise_msg(RPY_EXC_OverflowError, "math range error");
            return 0.0;
        }
        return r;
    case 5:
        if (x <= 0)
            goto domain;
        return log(x);
    default:
        return fabs(x);
    }
domain:
    rpy_raise_msg(RPY_EXC_ValueError, "math domain error");
    return 0.0;
}

double rpy_math_pow(double x, double y) {
    if (x == 0.0 && y < 0.0)
        goto domain;
    if (x < 0.0 && isfinite(x) && isfinite(y) && floor(y) != y)
        goto domain;
    double r = pow(x, y);
    if (isinf(r) && isfinite(x) && isfinite(y)) {
        rpy_raise_msg(RPY_EXC_OverflowError, "math range error");
        return 0.0;
    }
    return r;
domain:
    rpy_raise_msg(RPY_EXC_ValueError, "math domain error");
    return 0.0;
}

double rpy_math_atan2(double y, double x) { return atan2(y, x); }

double rpy_time_time(void) {
    struct timeval tv;
    gettimeofday(&tv, NULL);
    return (double)tv.tv_sec + (double)tv.tv_usec * 1e-6;
}
