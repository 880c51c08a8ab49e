"""A binary search tree: recursive insert, in-order traversal, height, lookup, and deletion."""


class Tree:
    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


def insert(node, key, value):
    if node is None:
        return Tree(key, value)
    if key < node.key:
        node.left = insert(node.left, key, value)
    elif key > node.key:
        node.right = insert(node.right, key, value)
    else:
        node.value = value
    return node


def find(node, key):
    while node is not None:
        if key == node.key:
            return node.value
        node = node.left if key < node.key else node.right
    return -1


def in_order(node, out):
    if node is not None:
        in_order(node.left, out)
        out.append(node.key)
        in_order(node.right, out)


def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))


def min_node(node):
    while node.left is not None:
        node = node.left
    return node


def delete(node, key):
    if node is None:
        return None
    if key < node.key:
        node.left = delete(node.left, key)
    elif key > node.key:
        node.right = delete(node.right, key)
    else:
        if node.left is None:
            return node.right
        if node.right is None:
            return node.left
        succ = min_node(node.right)
        node.key = succ.key
        node.value = succ.value
        node.right = delete(node.right, succ.key)
    return node


def entry_point(argv):
    root = None
    words = ["mango", "apple", "peach", "banana", "cherry", "zucchini", "kiwi", "date", "fig", "lime"]
    for i, w in enumerate(words):
        root = insert(root, w, i)
    keys = []
    in_order(root, keys)
    print(keys, height(root))
    print(find(root, "kiwi"), find(root, "mango"), find(root, "grape"))
    root = insert(root, "kiwi", 100)
    print(find(root, "kiwi"))
    for w in ["apple", "mango", "zucchini", "nothing"]:
        root = delete(root, w)
        keys = []
        in_order(root, keys)
        print("after deleting", w, keys, height(root))
    nums = None
    for k in range(1, 64):
        nums = insert(nums, f"{(k * 37) % 64:03d}", k)
    order = []
    in_order(nums, order)
    print(order == [f"{i:03d}" for i in range(1, 64)], height(nums), find(nums, "037"), find(nums, "000"))
    print(order[:4], order[-2:])
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
