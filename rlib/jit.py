"""Hints for the meta-tracing JIT generator.

On CPython every name here is a no-op: the program runs as plain Python.
The translator reads them when it generates the tracing JIT from the
interpreter:

* ``JitDriver(greens=[...], reds=[...])`` -- declares the interpreter's main
  loop.  ``greens`` are the variables that identify a position in the
  interpreted program (e.g. the bytecode and the program counter), ``reds``
  the rest of the live state.  ``jit_merge_point(**vars)`` marks the top of
  the dispatch loop; ``can_enter_jit(**vars)`` marks a backward jump of the
  interpreted program, where a loop may start being traced.
* ``promote(x)`` -- during tracing, turn the run-time value ``x`` into a
  constant (with a guard); returns ``x``.
* ``@elidable`` -- the function is pure: a call with constant arguments may
  be removed from a trace and replaced by its result.
* ``@unroll_safe`` -- the tracer may trace into the function's loops
  (unrolling them) instead of leaving a call.
* ``@dont_look_inside`` -- the tracer never traces into the function; it is
  left as a residual call.
"""


class JitDriver(object):
    """Description of an interpreter's main loop (no-op on CPython)."""

    def __init__(self, greens=None, reds=None, **kwds):
        self.greens = list(greens or [])
        self.reds = list(reds or [])

    def jit_merge_point(self, **livevars):
        """Top of the interpreter's dispatch loop.  No-op on CPython."""
        pass

    def can_enter_jit(self, **livevars):
        """Backward jump in the interpreted program.  No-op on CPython."""
        pass


def promote(x):
    """Make ``x`` a trace-time constant.  Returns ``x`` on CPython."""
    return x


def elidable(func):
    """Mark ``func`` as pure (removable with constant arguments)."""
    return func


def unroll_safe(func):
    """Allow the tracer to unroll the loops of ``func``."""
    return func


def dont_look_inside(func):
    """Keep the tracer out of ``func`` (residual call)."""
    return func
