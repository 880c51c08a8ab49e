# An LRU cache built on dict ordering, used to memoize an expensive function.
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = {}
        self.hits = 0
        self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            value = self.data.pop(key)
            self.data[key] = value
            self.hits += 1
            return value
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            del self.data[oldest]
        self.data[key] = value

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return "LRUCache(%r)" % list(self.data.items())


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
cache.get("a")
cache.put("d", "D")
print(cache, "b" in cache, len(cache))
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.get("a"), cache.get("zz", "?"), cache.hits, cache.misses)


def memoized(capacity):
    def decorate(func):
        store = LRUCache(capacity)

        def wrapper(n):
            result = store.get(n)
            if result is None:
                result = func(n)
                store.put(n, result)
            return result
        wrapper.cache = store
        return wrapper
    return decorate


@memoized(64)
def ways(n):
    """Number of ways to climb n stairs with steps of 1, 2 or 3."""
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(30), ways(60), ways.cache.hits > 0, len(ways.cache))
