"""Application-level exceptions as seen by interpreter-level code.

An exception raised by the interpreted program travels through the
interpreter as an RPython exception, ``OperationError``, which carries the
application-level exception instance (a ``W_Root``).  On its way out of each
frame the frame appends one traceback entry, so that an uncaught exception
can be printed the way CPython prints it.
"""


class TracebackEntry(object):
    """One ``File "...", line N, in name`` line of a traceback."""

    def __init__(self, frame, filename, lineno, name):
        # The frame is kept only to recognise the entry of the frame that
        # caught (and may re-raise) the exception.
        self.frame = frame
        self.filename = filename
        self.lineno = lineno
        self.name = name


class OperationError(Exception):
    """An application-level exception in flight.

    ``w_value`` is the exception instance (an instance of a subclass of
    BaseException, see typeobject.py); ``traceback`` lists the frames it
    went through, innermost last once it is printed.
    """

    def __init__(self, w_value):
        self.w_value = w_value
        self.traceback = []
        # The exception being handled when this one was raised, and the
        # explicit cause of ``raise ... from cause`` (printed before it).
        self.context = None
        self.cause = None
        self.suppress_context = False

    def add_traceback(self, frame, filename, lineno, name):
        """Record that the exception went through ``frame`` (once)."""
        n = len(self.traceback)
        if n > 0 and self.traceback[n - 1].frame is frame:
            return
        self.traceback.append(TracebackEntry(frame, filename, lineno, name))

