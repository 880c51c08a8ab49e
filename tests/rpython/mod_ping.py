"""Helper module for 24_mutual_recursion: ping calls pong in another module."""

import mod_pong


def ping(n, trail):
    if n == 0:
        return trail + "ping."
    return mod_pong.pong(n - 1, trail + "ping ")


def is_even(n):
    if n == 0:
        return True
    return mod_pong.is_odd(n - 1)
