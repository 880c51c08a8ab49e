"""Object-model helpers.

* ``specialize`` -- decorators telling the annotator to make several copies of
  a function instead of one.  ``@specialize.argtype(0, 1)`` makes one copy per
  combination of argument types at those positions; ``@specialize.arg(0)``
  one copy per constant value of those arguments; ``@specialize.memo()``
  evaluates the function at translation time for each constant argument
  (a memo table).  On CPython they are identity decorators.
* ``we_are_translated()`` -- ``False`` on CPython, constant-folded to
  ``True`` by the translator: code under ``if not we_are_translated():`` is
  for testing on CPython only and disappears from the translated program.
* ``compute_hash(x)`` -- the hash of a string, int, float, tuple or instance
  (identity hash for instances).  On CPython it is ``hash(x)``; translated
  values may differ, so never print it.
"""


def _identity_decorator(func):
    return func


class _Specialize(object):
    """Namespace of specialisation decorators (no-ops on CPython)."""

    def argtype(self, *args):
        """One specialised copy per combination of types of the arguments at
        the given positions."""
        return _identity_decorator

    def arg(self, *args):
        """One specialised copy per constant value of the arguments at the
        given positions."""
        return _identity_decorator

    def memo(self):
        """Evaluate the function at translation time for each combination of
        constant arguments, turning it into a lookup table."""
        return _identity_decorator


specialize = _Specialize()


def we_are_translated():
    """False on CPython; the translator replaces the call by ``True``."""
    return False


def compute_hash(x):
    """Hash of ``x``; ``hash(x)`` on CPython.  Translated values differ."""
    return hash(x)
