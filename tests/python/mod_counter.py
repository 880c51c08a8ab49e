"""Helper module with mutable module state (used by 51_modules_state.py)."""

TOTAL = 0
HISTORY = []


def bump(by=1):
    global TOTAL
    TOTAL += by
    HISTORY.append(by)


def snapshot():
    return (TOTAL, len(HISTORY))


def describe():
    return "counter at " + str(TOTAL) + " after " + str(len(HISTORY)) + " bumps"
