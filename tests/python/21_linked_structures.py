# Linked lists and trees built from objects.
class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out):
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right is not None:
            self.right.inorder(out)
        return out

    def height(self):
        lh = 0 if self.left is None else self.left.height()
        rh = 0 if self.right is None else self.right.height()
        return 1 + max(lh, rh)


head = None
for i in range(5):
    head = Node(i, head)
values = []
node = head
while node is not None:
    values.append(node.value)
    node = node.next
print(values)
root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35]:
    root.insert(k)
print(root.inorder([]), root.height())
