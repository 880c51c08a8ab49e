"""Arbitrary-precision integers in RPython.

An ``rbigint`` is a sign (-1, 0, 1) and a magnitude: a list of digits in
base 2**31, least significant first, without leading zero digits.  Base
2**31 keeps the product of two digits plus carries inside a signed 64-bit
machine word, so every operation is plain machine arithmetic.

Division is Knuth's algorithm D on normalised operands; the other
operations are the schoolbook ones.  Results of the arithmetic follow
Python's semantics (floor division, remainder with the sign of the
divisor, arithmetic right shift).

It is interpreter-independent, so it lives in ``rlib``: the translator
loads pure-RPython ``rlib`` modules like program modules
(``from rlib import rbigint`` or ``from rlib.rbigint import rbigint``).
"""

from rlib.rarithmetic import ovfcheck, intmask, r_uint

SHIFT = 31
BASE = 1 << SHIFT
MASK = BASE - 1


class rbigint(object):
    """An immutable arbitrary-precision integer."""

    def __init__(self, digits, sign):
        self.digits = digits
        self.sign = sign

    # ---- conversions ----------------------------------------------------

    def toint(self):
        """The value as a machine int; raises OverflowError if it does not
        fit."""
        if self.sign == 0:
            return 0
        result = 0
        i = len(self.digits) - 1
        if self.sign > 0:
            while i >= 0:
                result = ovfcheck(result * BASE)
                result = ovfcheck(result + self.digits[i])
                i -= 1
        else:
            while i >= 0:
                result = ovfcheck(result * BASE)
                result = ovfcheck(result - self.digits[i])
                i -= 1
        return result

    def fits_int(self):
        try:
            self.toint()
        except OverflowError:
            return False
        return True

    def bit_length(self):
        if self.sign == 0:
            return 0
        top = len(self.digits) - 1
        return top * SHIFT + _bit_length(self.digits[top])

    def tofloat(self):
        """The nearest float (correctly rounded); raises OverflowError if
        too large."""
        nbits = self.bit_length()
        if nbits <= 53:
            result = 0.0
            i = len(self.digits) - 1
            while i >= 0:
                result = result * float(BASE) + float(self.digits[i])
                i -= 1
        else:
            # Keep 55 bits plus a sticky bit for the rest: converting that
            # to a float rounds exactly as the whole number would.
            shift = nbits - 55
            magnitude = self.abs()
            top = magnitude.rshift(shift)
            mantissa = top.toint()
            if top.lshift(shift).cmp(magnitude) != 0:
                mantissa |= 1
            if shift > 1100:
                raise OverflowError
            result = float(mantissa) * (2.0 ** shift)
            if result - result != 0.0:
                raise OverflowError
        if self.sign < 0:
            return -result
        return result

    def str(self):
        """Decimal representation."""
        if self.sign == 0:
            return "0"
        chunks = []
        digits = self.digits[:]
        while len(digits) > 0:
            rem = _divmod_small_inplace(digits, 1000000000)
            chunks.append(rem)
        parts = [str(chunks[len(chunks) - 1])]
        i = len(chunks) - 2
        while i >= 0:
            text = str(chunks[i])
            parts.append("0" * (9 - len(text)) + text)
            i -= 1
        if self.sign < 0:
            return "-" + "".join(parts)
        return "".join(parts)

    def format_base(self, base, upper):
        """Digits in base 2, 8 or 16 (no prefix), with a leading '-'."""
        if self.sign == 0:
            return "0"
        alphabet = "0123456789abcdef"
        if upper:
            alphabet = "0123456789ABCDEF"
        out = []
        digits = self.digits[:]
        while len(digits) > 0:
            out.append(alphabet[_divmod_small_inplace(digits, base)])
        out.reverse()
        if self.sign < 0:
            return "-" + "".join(out)
        return "".join(out)

    def hash(self):
        """A hash equal to the int's value when it fits in a machine word."""
        result = 0
        i = len(self.digits) - 1
        while i >= 0:
            result = intmask(result * BASE + self.digits[i])
            i -= 1
        if self.sign < 0:
            return intmask(-result)
        return result

    # ---- comparisons ----------------------------------------------------

    def cmp(self, other):
        """-1, 0 or 1."""
        if self.sign != other.sign:
            if self.sign < other.sign:
                return -1
            return 1
        c = _cmp_mag(self.digits, other.digits)
        if self.sign < 0:
            return -c
        return c

    def eq(self, other):
        return self.cmp(other) == 0

    def lt(self, other):
        return self.cmp(other) < 0

    def is_zero(self):
        return self.sign == 0

    # ---- arithmetic -----------------------------------------------------

    def neg(self):
        return rbigint(self.digits, -self.sign)

    def abs(self):
        if self.sign < 0:
            return rbigint(self.digits, 1)
        return self

    def add(self, other):
        if self.sign == 0:
            return other
        if other.sign == 0:
            return self
        if self.sign == other.sign:
            return _make(_add_mag(self.digits, other.digits), self.sign)
        c = _cmp_mag(self.digits, other.digits)
        if c == 0:
            return ZERO
        if c > 0:
            return _make(_sub_mag(self.digits, other.digits), self.sign)
        return _make(_sub_mag(other.digits, self.digits), other.sign)

    def sub(self, other):
        return self.add(other.neg())

    def mul(self, other):
        if self.sign == 0 or other.sign == 0:
            return ZERO
        return _make(_mul_mag(self.digits, other.digits), self.sign * other.sign)

    def divmod(self, other):
        """(floor quotient, remainder with the sign of ``other``); raises
        ZeroDivisionError."""
        if other.sign == 0:
            raise ZeroDivisionError
        if self.sign == 0:
            return ZERO, ZERO
        qd, rd = _divmod_mag(self.digits, other.digits)
        q = _make(qd, self.sign * other.sign)
        r = _make(rd, self.sign)
        if r.sign != 0 and self.sign != other.sign:
            q = q.sub(ONE)
            r = r.add(other)
        return q, r

    def floordiv(self, other):
        q, r = self.divmod(other)
        return q

    def mod(self, other):
        q, r = self.divmod(other)
        return r

    def pow(self, exponent):
        """``self ** exponent`` for a non-negative machine-int exponent."""
        result = ONE
        base = self
        e = exponent
        while e > 0:
            if e & 1:
                result = result.mul(base)
            e = e >> 1
            if e > 0:
                base = base.mul(base)
        return result

    def lshift(self, n):
        if self.sign == 0 or n == 0:
            return self
        whole = n // SHIFT
        bits = n % SHIFT
        digits = [0] * whole
        carry = 0
        for d in self.digits:
            value = (d << bits) | carry
            digits.append(value & MASK)
            carry = value >> SHIFT
        if carry != 0:
            digits.append(carry)
        return _make(digits, self.sign)

    def rshift(self, n):
        """Arithmetic shift (floor division by 2**n)."""
        if self.sign == 0 or n == 0:
            return self
        if self.sign < 0:
            # -((|x| - 1) >> n) - 1
            return self.abs().sub(ONE).rshift(n).add(ONE).neg()
        whole = n // SHIFT
        bits = n % SHIFT
        if whole >= len(self.digits):
            return ZERO
        digits = []
        i = whole
        while i < len(self.digits):
            value = self.digits[i] >> bits
            if i + 1 < len(self.digits):
                value |= (self.digits[i + 1] << (SHIFT - bits)) & MASK
            digits.append(value)
            i += 1
        return _make(digits, 1)

    def bitop(self, other, op):
        """``&`` (op 0), ``|`` (op 1) or ``^`` (op 2) on two's complement."""
        n = max(len(self.digits), len(other.digits)) + 1
        a = _twos(self, n)
        b = _twos(other, n)
        result = []
        i = 0
        while i < n:
            if op == 0:
                result.append(a[i] & b[i])
            elif op == 1:
                result.append(a[i] | b[i])
            else:
                result.append(a[i] ^ b[i])
            i += 1
        if result[n - 1] >> (SHIFT - 1):
            # Negative: the magnitude is the two's complement of the digits.
            return _make(_negate_digits(result), -1)
        return _make(result, 1)


# ---- constructors ----------------------------------------------------------

def fromint(i):
    if i == 0:
        return ZERO
    sign = 1
    if i < 0:
        sign = -1
        u = r_uint(-i)
    else:
        u = r_uint(i)
    digits = []
    while u != 0:
        digits.append(intmask(u & r_uint(MASK)))
        u = u >> 31
    return rbigint(digits, sign)


def fromstr(s, base):
    """Parse digits in ``base`` (2..36) with an optional sign.  Raises
    ValueError on bad input."""
    sign = 1
    i = 0
    if len(s) > 0 and (s[0] == "-" or s[0] == "+"):
        if s[0] == "-":
            sign = -1
        i = 1
    if i >= len(s):
        raise ValueError
    digits = []
    while i < len(s):
        ch = s[i]
        i += 1
        if ch == "_":
            continue
        o = ord(ch)
        if 48 <= o <= 57:
            d = o - 48
        elif 97 <= o <= 122:
            d = o - 87
        elif 65 <= o <= 90:
            d = o - 55
        else:
            raise ValueError
        if d >= base:
            raise ValueError
        _mul_add_small_inplace(digits, base, d)
    return _make(digits, sign)


def fromfloat(f):
    """The integer part of a finite float."""
    negative = f < 0.0
    if negative:
        f = -f
    digits = []
    # Peel base-2**31 digits from the top: f is exact in binary.
    scale = 1.0
    count = 0
    while scale * float(BASE) <= f:
        scale = scale * float(BASE)
        count += 1
    top = []
    while count >= 0:
        d = int(f / scale)
        if d >= BASE:
            d = BASE - 1
        top.append(d)
        f = f - float(d) * scale
        scale = scale / float(BASE)
        count -= 1
    i = len(top) - 1
    while i >= 0:
        digits.append(top[i])
        i -= 1
    sign = 1
    if negative:
        sign = -1
    return _make(digits, sign)


# ---- helpers on magnitudes (lists of digits) ------------------------------

def _normalize(digits):
    while len(digits) > 0 and digits[len(digits) - 1] == 0:
        digits.pop()
    return digits


def _make(digits, sign):
    digits = _normalize(digits)
    if len(digits) == 0:
        return ZERO
    return rbigint(digits, sign)


def _cmp_mag(a, b):
    if len(a) != len(b):
        if len(a) < len(b):
            return -1
        return 1
    i = len(a) - 1
    while i >= 0:
        if a[i] != b[i]:
            if a[i] < b[i]:
                return -1
            return 1
        i -= 1
    return 0


def _add_mag(a, b):
    if len(a) < len(b):
        a, b = b, a
    result = []
    carry = 0
    i = 0
    while i < len(a):
        s = a[i] + carry
        if i < len(b):
            s += b[i]
        result.append(s & MASK)
        carry = s >> SHIFT
        i += 1
    if carry != 0:
        result.append(carry)
    return result


def _sub_mag(a, b):
    """|a| - |b| for |a| >= |b|."""
    result = []
    borrow = 0
    i = 0
    while i < len(a):
        s = a[i] - borrow
        if i < len(b):
            s -= b[i]
        if s < 0:
            s += BASE
            borrow = 1
        else:
            borrow = 0
        result.append(s)
        i += 1
    return result


def _mul_mag(a, b):
    result = [0] * (len(a) + len(b))
    i = 0
    while i < len(a):
        carry = 0
        ai = a[i]
        if ai != 0:
            j = 0
            while j < len(b):
                t = result[i + j] + ai * b[j] + carry
                result[i + j] = t & MASK
                carry = t >> SHIFT
                j += 1
            k = i + len(b)
            while carry != 0:
                t = result[k] + carry
                result[k] = t & MASK
                carry = t >> SHIFT
                k += 1
        i += 1
    return result


def _divmod_small_inplace(digits, divisor):
    """Divide the magnitude ``digits`` by a small positive int in place;
    returns the remainder."""
    rem = 0
    i = len(digits) - 1
    while i >= 0:
        cur = (rem << SHIFT) | digits[i]
        digits[i] = cur // divisor
        rem = cur % divisor
        i -= 1
    _normalize(digits)
    return rem


def _mul_add_small_inplace(digits, factor, addend):
    carry = addend
    i = 0
    while i < len(digits):
        t = digits[i] * factor + carry
        digits[i] = t & MASK
        carry = t >> SHIFT
        i += 1
    while carry != 0:
        digits.append(carry & MASK)
        carry = carry >> SHIFT


def _bit_length(d):
    n = 0
    while d != 0:
        d = d >> 1
        n += 1
    return n


def _shift_digits_left(digits, bits, extra):
    """``digits << bits`` (bits < SHIFT), with ``extra`` more top digits."""
    result = []
    carry = 0
    for d in digits:
        value = (d << bits) | carry
        result.append(value & MASK)
        carry = value >> SHIFT
    result.append(carry)
    i = 1
    while i < extra:
        result.append(0)
        i += 1
    return result


def _divmod_mag(u, v):
    """(quotient, remainder) of magnitudes, v non-zero (Knuth, algorithm D)."""
    if _cmp_mag(u, v) < 0:
        return [], u[:]
    if len(v) == 1:
        q = u[:]
        r = _divmod_small_inplace(q, v[0])
        return q, [r]
    n = len(v)
    m = len(u) - n
    shift = SHIFT - _bit_length(v[n - 1])
    vn = _shift_digits_left(v, shift, 0)
    vn.pop()
    un = _shift_digits_left(u, shift, 0)
    q = [0] * (m + 1)
    j = m
    while j >= 0:
        num = (un[j + n] << SHIFT) | un[j + n - 1]
        qhat = num // vn[n - 1]
        rhat = num % vn[n - 1]
        while qhat >= BASE or qhat * vn[n - 2] > ((rhat << SHIFT) | un[j + n - 2]):
            qhat -= 1
            rhat += vn[n - 1]
            if rhat >= BASE:
                break
        borrow = 0
        i = 0
        while i < n:
            p = qhat * vn[i]
            t = un[i + j] - borrow - (p & MASK)
            un[i + j] = t & MASK
            borrow = (p >> SHIFT) - (t >> SHIFT)
            i += 1
        t = un[j + n] - borrow
        un[j + n] = t
        if t < 0:
            qhat -= 1
            carry = 0
            i = 0
            while i < n:
                t = un[i + j] + vn[i] + carry
                un[i + j] = t & MASK
                carry = t >> SHIFT
                i += 1
            un[j + n] = (un[j + n] + carry) & MASK
        q[j] = qhat
        j -= 1
    # Unnormalise the remainder: the low n digits of un, shifted right.
    r = []
    i = 0
    while i < n:
        value = un[i] >> shift
        if i + 1 < len(un) and shift > 0:
            value |= (un[i + 1] << (SHIFT - shift)) & MASK
        r.append(value)
        i += 1
    return _normalize(q), _normalize(r)


def _twos(x, n):
    """``n`` digits of the two's complement of x."""
    digits = x.digits[:]
    while len(digits) < n:
        digits.append(0)
    if x.sign < 0:
        return _negate_digits(digits)
    return digits


def _negate_digits(digits):
    """Two's complement negation of a fixed-width digit list."""
    result = []
    carry = 1
    for d in digits:
        t = (MASK - d) + carry
        result.append(t & MASK)
        carry = t >> SHIFT
    return result


ZERO = rbigint([], 0)
ONE = rbigint([1], 1)
