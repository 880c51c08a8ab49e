"""Ranges and iterators.

``space.next`` returns interp-level ``None`` when an iterator is exhausted,
so that ``for`` loops over built-in iterables never raise StopIteration.
"""

from model import W_Root


class W_RangeObject(W_Root):
    """``range(start, stop, step)``, computed lazily."""

    def __init__(self, start, stop, step):
        self.start = start
        self.stop = stop
        self.step = step

    def getclass(self, space):
        return space.w_range

    def length(self):
        if self.step > 0:
            if self.start >= self.stop:
                return 0
            return (self.stop - self.start + self.step - 1) // self.step
        if self.start <= self.stop:
            return 0
        return (self.start - self.stop - self.step - 1) // (-self.step)


class W_RangeIterator(W_Root):
    def __init__(self, current, remaining, step):
        self.current = current
        self.remaining = remaining
        self.step = step

    def getclass(self, space):
        return space.w_iterator


class W_SeqIterator(W_Root):
    """Iterator over a list, tuple or str by index (sees list growth, as
    CPython's list iterator does)."""

    def __init__(self, w_seq):
        self.w_seq = w_seq
        self.index = 0

    def getclass(self, space):
        return space.w_iterator


class W_GeneratorObject(W_Root):
    """A generator: a suspended frame.  ``running`` guards against
    re-entry, ``finished`` is set once the frame returned or raised."""

    def __init__(self, frame, name):
        self.frame = frame
        self.name = name
        self.started = False
        self.running = False
        self.finished = False
        # What the frame returned (StopIteration.value, ``yield from``).
        self.w_return = None

    def getclass(self, space):
        return space.w_generator


class W_EnumerateIterator(W_Root):
    """``enumerate(iterable, start)``: lazy, so it works on endless
    generators."""

    def __init__(self, w_iter, start):
        self.w_iter = w_iter
        self.index = start

    def getclass(self, space):
        return space.w_iterator


class W_ZipIterator(W_Root):
    """``zip(*iterables)``: stops at the shortest."""

    def __init__(self, iters_w):
        self.iters_w = iters_w

    def getclass(self, space):
        return space.w_iterator


class W_MapIterator(W_Root):
    """``map(func, *iterables)``; ``filter`` when ``is_filter`` (one
    iterable; a None func keeps the true items)."""

    def __init__(self, w_func, iters_w, is_filter):
        self.w_func = w_func
        self.iters_w = iters_w
        self.is_filter = is_filter

    def getclass(self, space):
        return space.w_iterator


class W_ListSnapshotIterator(W_Root):
    """Iterator over a fixed list of items (dict keys, values, items)."""

    def __init__(self, items_w):
        self.items_w = items_w
        self.index = 0
        # The dict or set iterated, to detect a change of size during
        # iteration as CPython does; None for views.
        self.w_source = None
        self.w_set_source = None
        self.source_length = 0
        self.source_kind = "dictionary"

    def getclass(self, space):
        return space.w_iterator
