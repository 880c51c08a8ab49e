"""GC stress: allocates ARGV[1] MiB in total while keeping about 40 MiB live
(a window of 1 MiB strings), plus long-lived cyclic structures (rings of
nodes, a node pointing to itself) that must survive every collection intact."""


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        self.other = None


def make_ring(n):
    first = Node(0, None)
    cur = first
    for i in range(1, n):
        cur = Node(i, cur)
    first.next = cur
    first.other = first
    return first


def ring_sum(ring, n):
    total = 0
    cur = ring
    for _ in range(n):
        total += cur.value
        cur = cur.next
    if cur is not ring:
        return -1
    return total


def entry_point(argv):
    total_mib = int(argv[1])
    ring = make_ring(10000)
    rings = []
    chunk = "abcdefgh" * 128
    window = [""] * 40
    allocated = 0
    i = 0
    while allocated < total_mib * 1024 * 1024:
        window[i % 40] = chunk * 1024
        allocated += 1024 * 1024
        nodes = []
        for k in range(2000):
            nodes.append(Node(k, None))
        allocated += 2000 * 48
        if i % 1000 == 0:
            rings.append(make_ring(100))
        i += 1
    live = 0
    for s in window:
        live += len(s)
    print("ring", ring_sum(ring, 10000), ring.other is ring)
    ok = True
    for r in rings:
        if ring_sum(r, 100) != 4950:
            ok = False
    print("rings", len(rings) > 0, ok)
    print("live", live)
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(entry_point(sys.argv))
