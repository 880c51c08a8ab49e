# A linked list class with __len__, __iter__, __getitem__, __repr__, __eq__, __contains__.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        for i, value in enumerate(self):
            if i == index:
                return value
        raise IndexError("linked list index out of range")

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __eq__(self, other):
        return list(self) == list(other)

    def reverse(self):
        prev = None
        node = self.head
        while node is not None:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        self.head = prev


ll = LinkedList([1, 2, 3])
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], 2 in ll, 9 in ll, list(ll))
ll.reverse()
print(ll, ll == LinkedList([3, 2, 1, 0]), ll == LinkedList([1]))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
print(sum(ll), max(ll), sorted(ll), [x * 2 for x in ll])
