"""Helper module for 71_prebuilt_state_modules: constants, a prebuilt registry, a function mutating it."""
LIMIT = 3
NAMES = ["a", "b"]

class Reg:
    def __init__(self):
        self.items = {}
        self.order = []

    def add(self, k, v):
        if k not in self.items:
            self.order.append(k)
        self.items[k] = v

REGISTRY = Reg()

def register(k, v):
    REGISTRY.add(k, v)
    return len(REGISTRY.order)
