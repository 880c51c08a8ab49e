# A binary search tree with insertion, deletion, traversal generators, height.
class Node:
    __count = 0

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None


class BST:
    def __init__(self):
        self.root = None
        self.size = 0

    def __len__(self):
        return self.size

    def __contains__(self, key):
        return self._find(self.root, key) is not None

    def __getitem__(self, key):
        node = self._find(self.root, key)
        if node is None:
            raise KeyError(key)
        return node.value

    def __setitem__(self, key, value):
        self.root = self._insert(self.root, key, value)

    def __delitem__(self, key):
        if key not in self:
            raise KeyError(key)
        self.root = self._delete(self.root, key)
        self.size -= 1

    def __iter__(self):
        yield from self._inorder(self.root)

    def _find(self, node, key):
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node

    def _insert(self, node, key, value):
        if node is None:
            self.size += 1
            return Node(key, value)
        if key < node.key:
            node.left = self._insert(node.left, key, value)
        elif key > node.key:
            node.right = self._insert(node.right, key, value)
        else:
            node.value = value
        return node

    def _delete(self, node, key):
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            successor = node.right
            while successor.left is not None:
                successor = successor.left
            node.key, node.value = successor.key, successor.value
            node.right = self._delete(node.right, successor.key)
        return node

    def _inorder(self, node):
        if node is not None:
            yield from self._inorder(node.left)
            yield node.key
            yield from self._inorder(node.right)

    def height(self, node="root"):
        if node == "root":
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))


tree = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    tree[k] = "v%d" % k
print(len(tree), list(tree), tree.height(), 35 in tree, 36 in tree, tree[65])
tree[35] = "updated"
print(tree[35], len(tree))
for k in [20, 30, 50, 99]:
    try:
        del tree[k]
        print("deleted", k, list(tree), tree.height())
    except KeyError as e:
        print("KeyError", e)
print(sum(tree), max(tree), [k for k in tree if k % 20 == 0])
