"""A singly linked list of instances: None as the end marker, insertion, reversal, merge sort."""


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def to_list(self):
        out = []
        node = self.head
        while node is not None:
            out.append(node.value)
            node = node.next
        return out

    def reverse(self):
        prev = None
        node = self.head
        while node is not None:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        self.head = prev

    def remove(self, value):
        prev = None
        node = self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return True
            prev = node
            node = node.next
        return False


def split(head):
    slow = head
    fast = head.next
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next
    second = slow.next
    slow.next = None
    return second


def merge(a, b):
    dummy = Node(0, None)
    tail = dummy
    while a is not None and b is not None:
        if a.value <= b.value:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    if a is not None:
        tail.next = a
    else:
        tail.next = b
    return dummy.next


def merge_sort(head):
    if head is None or head.next is None:
        return head
    second = split(head)
    return merge(merge_sort(head), merge_sort(second))


def entry_point(argv):
    lst = LinkedList()
    for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
        lst.push_front(v)
    print(lst.to_list(), lst.size)
    lst.reverse()
    print(lst.to_list())
    print(lst.remove(9), lst.remove(42), lst.remove(5), lst.to_list(), lst.size)
    lst.head = merge_sort(lst.head)
    print(lst.to_list())
    empty = LinkedList()
    empty.reverse()
    print(empty.to_list(), empty.size, empty.head is None, lst.head is not None)
    big = LinkedList()
    x = 12345
    for i in range(200):
        x = (x * 1103515245 + 12345) % 2147483648
        big.push_front(x % 1000)
    big.head = merge_sort(big.head)
    values = big.to_list()
    ok = True
    for i in range(len(values) - 1):
        if values[i] > values[i + 1]:
            ok = False
    print(len(values), ok, values[:8], values[-3:])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
