# An uncaught AttributeError inside a method.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next_node = next_node

    def last(self):
        node = self
        while node.next_node is not None:
            node = node.next_node
        return node.value

    def total(self):
        return self.value + self.next_node.total()


chain = Node(1, Node(2, Node(3)))
print(chain.last())
print(chain.total())
