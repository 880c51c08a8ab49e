"""Slice objects: what ``obj[a:b:c]`` passes to a program-defined
``__getitem__``/``__setitem__``/``__delitem__`` (built-in sequences are
sliced directly, without allocating one)."""

from model import W_Root


class W_SliceObject(W_Root):
    def __init__(self, w_start, w_stop, w_step):
        self.w_start = w_start
        self.w_stop = w_stop
        self.w_step = w_step

    def getclass(self, space):
        return space.w_slice
