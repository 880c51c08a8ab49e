"""Helper module for 24_mutual_recursion: pong calls ping back."""

import mod_ping


def pong(n, trail):
    if n == 0:
        return trail + "pong."
    return mod_ping.ping(n - 1, trail + "pong ")


def is_odd(n):
    if n == 0:
        return False
    return mod_ping.is_even(n - 1)
