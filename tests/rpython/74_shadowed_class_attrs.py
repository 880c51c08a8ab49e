"""Instance attributes that shadow class attributes start from the class attribute of the instance's class."""
class Counter:
    count = 5
    label = "base"
    def bump(self):
        self.count = self.count + 1
        return self.count

class Sub(Counter):
    count = 10

C = Counter()

def entry_point(argv):
    a = Counter()
    b = Sub()
    print(a.bump(), a.bump(), b.bump(), Counter.count, Sub.count, C.bump(), C.bump())
    a.label = "mine"
    print(a.label, b.label)
    return 0

if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
