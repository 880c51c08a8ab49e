"""Machine-integer arithmetic helpers.

In RPython an ``int`` is a signed 64-bit machine integer that wraps on
overflow.  CPython integers are unbounded, so a program that wants the same
result on both must say what happens at the edges:

* ``intmask(x)`` -- wrap ``x`` to a signed 64-bit integer.  On CPython this
  computes the two's-complement wrap; translated, it is the identity (the
  machine already wraps).
* ``ovfcheck(x)`` -- used around a single arithmetic operation
  (``ovfcheck(a + b)``, ``ovfcheck(a * b)``, ...).  Raises ``OverflowError`` if
  the exact result does not fit in a signed 64-bit integer.  The translator
  turns the operation inside into its overflow-checking variant
  (``int_add_ovf`` ...), which raises instead of wrapping.
* ``r_uint(x)`` -- the unsigned 64-bit value of ``x`` (``x mod 2**64``).
  Kept simple: on CPython it is a function returning a plain ``int`` in
  ``[0, 2**64)``, not a class.  Translated, its result is an unsigned 64-bit
  machine integer.  Because CPython does not wrap it, use an ``r_uint`` value
  only where the result stays in ``[0, 2**64)``: ``str``/``print``,
  comparisons with other ``r_uint`` values, ``>>`` (a logical shift), ``&``,
  ``|``, ``^`` -- and ``intmask(...)`` to turn it back into a signed ``int``.
"""

LONG_BIT = 64
MAXINT = (1 << (LONG_BIT - 1)) - 1
MININT = -(1 << (LONG_BIT - 1))
_MASK = (1 << LONG_BIT) - 1


def intmask(x):
    """Wrap ``x`` to a signed 64-bit integer (two's complement)."""
    x = int(x) & _MASK
    if x > MAXINT:
        x -= 1 << LONG_BIT
    return x


def ovfcheck(x):
    """Return ``x`` unchanged, or raise ``OverflowError`` if it does not fit
    in a signed 64-bit integer.

    Translated, the arithmetic operation passed as argument is performed with
    an overflow check, so no out-of-range value ever exists."""
    if x > MAXINT or x < MININT:
        raise OverflowError("integer overflow")
    return x


def r_uint(x):
    """Return ``x`` wrapped to an unsigned 64-bit value, ``0 <= r < 2**64``.

    Kept deliberately simple: a function returning a plain int, not a type."""
    return int(x) & _MASK
