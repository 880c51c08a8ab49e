"""The root of the object model and the small immutable objects.

Every application-level object is an instance of a subclass of ``W_Root``
("W" for wrapped).  Interpreter-level code only ever manipulates ``W_Root``
references, so the annotator sees one type for every value of the
interpreted program; the concrete class is tested with ``isinstance``.

Ints and floats are boxed in tiny immutable objects with one field, which
keeps them cheap to allocate now and easy for a JIT to remove later.  Ints
are machine words for now; an overflowing operation raises OverflowError
until the arbitrary-precision integer exists.
"""


class W_Root(object):
    """Base class of all application-level objects."""

    def getclass(self, space):
        """The application-level type of the object (a W_TypeObject)."""
        return space.w_object


class W_NoneObject(W_Root):
    """The single ``None``."""

    def getclass(self, space):
        return space.w_NoneType


class W_IntObject(W_Root):
    """A machine-word integer."""

    def __init__(self, intval):
        self.intval = intval

    def getclass(self, space):
        return space.w_int


class W_BoolObject(W_IntObject):
    """``True`` or ``False``: a subclass of int, as in CPython.  Only the
    two prebuilt instances exist."""

    def getclass(self, space):
        return space.w_bool


class W_FloatObject(W_Root):
    """An IEEE double."""

    def __init__(self, floatval):
        self.floatval = floatval

    def getclass(self, space):
        return space.w_float


class W_NotImplemented(W_Root):
    """The ``NotImplemented`` marker: a binary special method returns it
    to let the other operand's reflected method try."""

    def getclass(self, space):
        return space.w_object


w_NotImplemented = W_NotImplemented()


w_None = W_NoneObject()
w_True = W_BoolObject(1)
w_False = W_BoolObject(0)

# Small ints are preallocated, as CPython and PyPy do, so that loop
# counters and list indexes do not allocate.
SMALL_INT_MIN = -5
SMALL_INT_MAX = 256


class _SmallIntCache(object):
    """Holder of the preallocated small ints (module-level globals are
    constants, so the mutable list lives in a prebuilt instance); filled by
    ``init_small_ints`` when the object space starts."""

    def __init__(self):
        self.ints = []


SMALL_INTS = _SmallIntCache()


def init_small_ints():
    if len(SMALL_INTS.ints) > 0:
        return
    i = SMALL_INT_MIN
    while i <= SMALL_INT_MAX:
        SMALL_INTS.ints.append(W_IntObject(i))
        i += 1


def newint(i):
    """Wrap a machine integer, sharing the preallocated small ints."""
    if SMALL_INT_MIN <= i <= SMALL_INT_MAX and len(SMALL_INTS.ints) > 0:
        return SMALL_INTS.ints[i - SMALL_INT_MIN]
    return W_IntObject(i)


def newbool(b):
    if b:
        return w_True
    return w_False


def newfloat(f):
    return W_FloatObject(f)


# Doubles of magnitude 2**52 and more are all integers.
INTEGRAL_FLOAT_BOUND = 4503599627370496.0


def float_is_integral(f):
    """Whether ``f`` is a whole number.  Avoids ``math.floor``, whose int
    result overflows a machine word for big floats once translated."""
    if f != f or f - f != 0.0:
        return False
    if f >= INTEGRAL_FLOAT_BOUND or f <= -INTEGRAL_FLOAT_BOUND:
        return True
    return float(int(f)) == f
