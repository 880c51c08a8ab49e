"""A binary min-heap of (priority, name) tuples: push, pop, heapify, heap sort, and an event simulation."""


class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        self._sift_up(len(self.items) - 1)

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        items[0] = last
        self._sift_down(0)
        return top

    def size(self):
        return len(self.items)

    def _sift_up(self, i):
        items = self.items
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def _sift_down(self, i):
        items = self.items
        n = len(items)
        while True:
            smallest = i
            left = 2 * i + 1
            right = left + 1
            if left < n and items[left] < items[smallest]:
                smallest = left
            if right < n and items[right] < items[smallest]:
                smallest = right
            if smallest == i:
                return
            items[i], items[smallest] = items[smallest], items[i]
            i = smallest


def heap_sort(values):
    h = Heap()
    for v in values:
        h.push((v, ""))
    out = []
    while h.items:
        p, unused = h.pop()
        out.append(p)
    return out


def simulate(jobs):
    # each job: (arrival time, name, duration); one worker, shortest job first
    events = Heap()
    for arrival, name, duration in jobs:
        events.push((arrival, name))
    durations = {}
    for arrival, name, duration in jobs:
        durations[name] = duration
    clock = 0
    ready = Heap()
    log = []
    while events.items or ready.items:
        while events.items and events.items[0][0] <= clock:
            t, name = events.pop()
            ready.push((durations[name], name))
        if not ready.items:
            clock = events.items[0][0]
            continue
        d, name = ready.pop()
        log.append(f"t={clock:>2} run {name} for {d}")
        clock += d
    log.append(f"t={clock:>2} idle")
    return log


def entry_point(argv):
    h = Heap()
    for pr, name in [(5, "write"), (1, "boot"), (3, "read"), (1, "alarm"), (4, "sync"), (2, "net")]:
        h.push((pr, name))
    print("size", h.size(), "min", h.items[0])
    order = []
    while h.items:
        order.append(h.pop())
    print(order)
    print(heap_sort([9, 4, 7, 1, 8, 2, 2, 6, 0, -3]))
    seed = 7
    values = []
    for i in range(50):
        seed = (seed * 75 + 74) % 65537
        values.append(seed % 100)
    srt = heap_sort(values)
    print(srt == sorted(values), srt[:10])
    for line in simulate([(0, "A", 5), (1, "B", 2), (2, "C", 1), (3, "D", 4), (20, "E", 3)]):
        print(line)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
