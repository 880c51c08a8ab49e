/* format(value, spec) for ints, bools, floats and strs, as CPython: the port
 * of lltype/src/runtime/format.rs.  The spec is parsed at translation time
 * and arrives as a constant rpy_fmtspec. */
#include "rpy.h"

#include <math.h>

/* The fill character of `spec` as UTF-8 into buf; its length. */
static int fill_utf8(const rpy_fmtspec *spec, char *buf) {
    uint32_t c = (spec->zero_pad && spec->fill == ' ') ? '0' : spec->fill;
    if (c < 0x80) {
        buf[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6));
        buf[1] = (char)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        return 3;
    }
    buf[0] = (char)(0xF0 | (c >> 18));
    buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
    buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
    buf[3] = (char)(0x80 | (c & 0x3F));
    return 4;
}

static int64_t utf8_count(const char *p, size_t n) {
    int64_t c = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)p[i] & 0xC0) != 0x80)
            c++;
    return c;
}

static char *put_fill(char *out, const char *fill, int fill_len, int64_t n) {
    if (fill_len == 1) {
        memset(out, fill[0], (size_t)n);
        return out + n;
    }
    for (int64_t k = 0; k < n; k++, out += fill_len)
        memcpy(out, fill, (size_t)fill_len);
    return out;
}

/* Pads sign + body to the spec's width and returns the new str, built in
 * one buffer (on the stack for the usual short results). */
static void *pad(const char *sign, const char *body, size_t body_len, const rpy_fmtspec *spec,
                 bool numeric) {
    char align = spec->align;
    if (!align)
        align = (spec->zero_pad && numeric) ? '=' : numeric ? '>' : '<';
    size_t sign_len = strlen(sign);
    /* Numeric bodies are ASCII. */
    int64_t body_cps = numeric ? (int64_t)body_len : utf8_count(body, body_len);
    int64_t len = (int64_t)sign_len + body_cps;
    int64_t n = spec->width > len ? spec->width - len : 0;
    char fill[4];
    int fill_len = fill_utf8(spec, fill);
    size_t total = sign_len + body_len + (size_t)n * (size_t)fill_len;
    char small[256];
    char *buf = total <= sizeof small ? small : malloc(total);
    if (!buf)
        rpy_fatal("MemoryError");
    char *o = buf;
    int64_t before = align == '<' ? 0 : align == '^' ? n / 2 : n;
    if (align == '=') {
        memcpy(o, sign, sign_len);
        o = put_fill(o + sign_len, fill, fill_len, n);
    } else {
        o = put_fill(o, fill, fill_len, before);
        memcpy(o, sign, sign_len);
        o += sign_len;
    }
    memcpy(o, body, body_len);
    o = put_fill(o + body_len, fill, fill_len, align == '=' ? 0 : n - before);
    void *r = rpy_str_new_cp(buf, (int64_t)total, len + n);
    if (buf != small)
        free(buf);
    return r;
}

static void *unknown_code(char code, const char *type_name) {
    char buf[128];
    snprintf(buf, sizeof buf, "Unknown format code '%c' for object of type '%s'", code,
             type_name);
    rpy_raise_msg(RPY_EXC_ValueError, buf);
    return NULL;
}

/* Decimal with an ASCII fill (`%08d`, `{n:>6}`): written straight into the
 * new str. */
static void *format_decimal(int64_t v, const rpy_fmtspec *spec) {
    char digits[24];
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int nd = rpy_write_decimal(digits, a);
    char sign = v < 0 ? '-' : spec->plus ? '+' : 0;
    int64_t len = nd + (sign != 0);
    int64_t n = spec->width > len ? spec->width - len : 0;
    char fill = (spec->zero_pad && spec->fill == ' ') ? '0' : (char)spec->fill;
    char align = spec->align ? spec->align : spec->zero_pad ? '=' : '>';
    rpy_str *r = rpy_str_alloc(len + n, len + n);
    if (!r)
        return NULL;
    char *o = r->data;
    int64_t before = align == '<' ? 0 : align == '^' ? n / 2 : n;
    if (align == '=') {
        if (sign)
            *o++ = sign;
        memset(o, fill, (size_t)n);
        o += n;
    } else {
        memset(o, fill, (size_t)before);
        o += before;
        if (sign)
            *o++ = sign;
    }
    memcpy(o, digits, (size_t)nd);
    o += nd;
    if (align != '=')
        memset(o, fill, (size_t)(n - before));
    return r;
}

static void *format_int_as(int64_t v, const rpy_fmtspec *spec, const char *type_name) {
    if ((spec->kind == 'd' || spec->kind == 0) && spec->fill < 0x80 && spec->precision < 0)
        return format_decimal(v, spec);
    switch (spec->kind) {
    case 0: case 'd': case 'x': case 'X': case 'o': case 'b':
        break;
    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G': case '%':
        return rpy_format_float((double)v, spec);
    default:
        return unknown_code(spec->kind, type_name);
    }
    if (spec->precision >= 0) {
        rpy_raise_msg(RPY_EXC_ValueError, "Precision not allowed in integer format specifier");
        return NULL;
    }
    const char *sign = v < 0 ? "-" : spec->plus ? "+" : "";
    uint64_t a = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char body[72];
    switch (spec->kind) {
    case 'x':
        snprintf(body, sizeof body, "%llx", (unsigned long long)a);
        break;
    case 'X':
        snprintf(body, sizeof body, "%llX", (unsigned long long)a);
        break;
    case 'o':
        snprintf(body, sizeof body, "%llo", (unsigned long long)a);
        break;
    case 'b': {
        int n = 0;
        char tmp[64];
        do {
            tmp[n++] = (char)('0' + (a & 1));
            a >>= 1;
        } while (a);
        for (int k = 0; k < n; k++)
            body[k] = tmp[n - 1 - k];
        body[n] = 0;
        break;
    }
    default:
        return pad(sign, body, (size_t)rpy_write_decimal(body, a), spec, true);
    }
    return pad(sign, body, strlen(body), spec, true);
}

void *rpy_format_int(int64_t v, const rpy_fmtspec *spec) { return format_int_as(v, spec, "int"); }

void *rpy_format_bool(bool b, const rpy_fmtspec *spec) {
    if (spec->fill == ' ' && !spec->align && !spec->plus && !spec->zero_pad && spec->width == 0 &&
        spec->precision < 0 && !spec->kind)
        return rpy_str_new(b ? "True" : "False", b ? 4 : 5);
    return format_int_as(b, spec, "bool");
}

/* Removes trailing zeros (and a trailing point) of a number with a point. */
static void strip_zeros(char *s) {
    if (!strchr(s, '.'))
        return;
    size_t n = strlen(s);
    while (n > 0 && s[n - 1] == '0')
        n--;
    if (n > 0 && s[n - 1] == '.')
        n--;
    s[n] = 0;
}

/* x in exponent form with `prec` digits after the point: mantissa, exponent. */
static int exp_form(double x, int prec, char *mant, size_t cap) {
    char buf[512];
    snprintf(buf, sizeof buf, "%.*e", prec, x);
    char *e = strchr(buf, 'e');
    *e = 0;
    snprintf(mant, cap, "%s", buf);
    return atoi(e + 1);
}

static void exp_suffix(char *out, int e) {
    sprintf(out, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

/* The body of a finite, non-negative x (kind f, e, g or r). */
static void float_body(rpy_sb *sb, double x, char kind, int prec, bool add_dot_0) {
    char buf[512], suffix[16];
    switch (kind) {
    case 'f':
        snprintf(buf, sizeof buf, "%.*f", prec, x);
        break;
    case 'e': {
        int e = exp_form(x, prec, buf, sizeof buf);
        exp_suffix(suffix, e);
        strcat(buf, suffix);
        break;
    }
    case 'g': {
        int p = prec < 1 ? 1 : prec;
        int exp = x == 0.0 ? 0 : exp_form(x, p - 1, buf, sizeof buf);
        int limit = add_dot_0 ? p - 1 : p;
        if (exp < -4 || exp >= limit) {
            int e = exp_form(x, p - 1, buf, sizeof buf);
            strip_zeros(buf);
            exp_suffix(suffix, e);
            strcat(buf, suffix);
        } else {
            snprintf(buf, sizeof buf, "%.*f", p - 1 - exp, x);
            strip_zeros(buf);
            if (add_dot_0 && !strchr(buf, '.'))
                strcat(buf, ".0");
        }
        break;
    }
    default:
        rpy_float_repr_buf(x, buf);
    }
    rpy_sb_puts(sb, buf);
}

void *rpy_format_float(double v, const rpy_fmtspec *spec) {
    char kind;
    int prec;
    bool add_dot_0 = false;
    if (!spec->kind) {
        kind = spec->precision < 0 ? 'r' : 'g';
        prec = spec->precision < 0 ? 0 : (int)spec->precision;
        add_dot_0 = true;
    } else if (strchr("fFeEgG%", spec->kind)) {
        kind = spec->kind;
        prec = spec->precision < 0 ? 6 : (int)spec->precision;
    } else {
        return unknown_code(spec->kind, "float");
    }
    const char *sign = (signbit(v) && !isnan(v)) ? "-" : spec->plus ? "+" : "";
    bool upper = kind >= 'A' && kind <= 'Z';
    bool pct = kind == '%';
    char base = pct ? 'f' : (char)(upper ? kind + 32 : kind);
    double x = fabs(v) * (pct ? 100.0 : 1.0);
    rpy_sb sb;
    rpy_sb_init(&sb);
    if (isnan(x))
        rpy_sb_puts(&sb, "nan");
    else if (isinf(x))
        rpy_sb_puts(&sb, "inf");
    else
        float_body(&sb, x, base, prec, add_dot_0);
    if (upper)
        for (size_t i = 0; i < sb.len; i++)
            if (sb.buf[i] >= 'a' && sb.buf[i] <= 'z')
                sb.buf[i] = (char)(sb.buf[i] - 32);
    if (pct)
        rpy_sb_puts(&sb, "%");
    void *r = pad(sign, sb.buf, sb.len, spec, true);
    rpy_sb_free(&sb);
    return r;
}

void *rpy_format_str(void *sv, const rpy_fmtspec *spec) {
    rpy_str *s = sv;
    if (spec->kind && spec->kind != 's')
        return unknown_code(spec->kind, "str");
    if (spec->plus) {
        rpy_raise_msg(RPY_EXC_ValueError, "Sign not allowed in string format specifier");
        return NULL;
    }
    if (spec->align == '=') {
        rpy_raise_msg(RPY_EXC_ValueError, "'=' alignment not allowed in string format specifier");
        return NULL;
    }
    size_t n = (size_t)s->len;
    if (spec->precision >= 0 && spec->precision < s->cplen) {
        /* the first `precision` code points */
        int64_t cps = 0;
        size_t i = 0;
        while (i < n) {
            if (((unsigned char)s->data[i] & 0xC0) != 0x80) {
                if (cps == spec->precision)
                    break;
                cps++;
            }
            i++;
        }
        n = i;
    }
    /* pad() copies before it allocates, and allocation never moves s. */
    return pad("", s->data, n, spec, false);
}
