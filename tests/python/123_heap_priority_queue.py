# A binary heap priority queue and its uses (k smallest, merging, scheduling).
class MinHeap:
    def __init__(self, items=()):
        self.data = []
        for item in items:
            self.push(item)

    def __len__(self):
        return len(self.data)

    def push(self, item):
        data = self.data
        data.append(item)
        i = len(data) - 1
        while i > 0:
            parent = (i - 1) // 2
            if data[i] < data[parent]:
                data[i], data[parent] = data[parent], data[i]
                i = parent
            else:
                break

    def pop(self):
        data = self.data
        if not data:
            raise IndexError("pop from empty heap")
        top = data[0]
        last = data.pop()
        if data:
            data[0] = last
            i = 0
            n = len(data)
            while True:
                smallest = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < n and data[child] < data[smallest]:
                        smallest = child
                if smallest == i:
                    break
                data[i], data[smallest] = data[smallest], data[i]
                i = smallest
        return top


h = MinHeap([5, 3, 9, 1, 7, 2, 8])
print(len(h), [h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("IndexError:", e)
tasks = MinHeap()
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee"), (5, "ship")]:
    tasks.push((priority, name))
order = []
while tasks:
    order.append(tasks.pop()[1])
print(order)


def k_smallest(values, k):
    heap = MinHeap(values)
    return [heap.pop() for _ in range(min(k, len(heap)))]


print(k_smallest([15, 4, 42, 8, 16, 23], 3), k_smallest([], 2))


def merge_sorted(*lists):
    heap = MinHeap()
    for idx, lst in enumerate(lists):
        if lst:
            heap.push((lst[0], idx, 0))
    out = []
    while heap:
        value, idx, pos = heap.pop()
        out.append(value)
        if pos + 1 < len(lists[idx]):
            heap.push((lists[idx][pos + 1], idx, pos + 1))
    return out


print(merge_sorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]))
