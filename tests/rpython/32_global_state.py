"""Mutable global state in prebuilt instances created at module level and mutated by functions."""


class Counter:
    def __init__(self, start):
        self.value = start
        self.calls = 0


class Registry:
    def __init__(self):
        self.names = []
        self.index = {}


class Settings:
    def __init__(self, verbose, prefix):
        self.verbose = verbose
        self.prefix = prefix


STATE = Counter(0)
OTHER = Counter(100)
REGISTRY = Registry()
SETTINGS = Settings(False, ">>")
LIMITS = (3, 10)


def bump(by):
    STATE.value += by
    STATE.calls += 1
    return STATE.value


def register(name):
    if name in REGISTRY.index:
        return REGISTRY.index[name]
    REGISTRY.index[name] = len(REGISTRY.names)
    REGISTRY.names.append(name)
    return REGISTRY.index[name]


def log(msg):
    if SETTINGS.verbose:
        print(SETTINGS.prefix, msg)


def entry_point(argv):
    for i in range(LIMITS[0]):
        bump(i * LIMITS[1])
    print(STATE.value, STATE.calls, OTHER.value, OTHER.calls)
    OTHER.value -= 1
    print(OTHER.value)
    for n in ["a", "b", "a", "c", "b", "d"]:
        print(n, register(n))
    print(REGISTRY.names, REGISTRY.index)
    log("not shown")
    SETTINGS.verbose = True
    log("shown")
    SETTINGS.prefix = "##"
    log("shown again")
    counters = [STATE, OTHER]
    for c in counters:
        c.calls += 10
    print(STATE.calls, OTHER.calls)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
