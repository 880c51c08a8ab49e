"""Classes: __init__, instance attributes, single inheritance, method overriding, polymorphic calls."""


class Animal:
    def __init__(self, name, legs):
        self.name = name
        self.legs = legs

    def speak(self):
        return "..."

    def describe(self):
        return self.name + " has " + str(self.legs) + " legs and says " + self.speak()


class Dog(Animal):
    def __init__(self, name):
        Animal.__init__(self, name, 4)
        self.tricks = []

    def speak(self):
        return "Woof"

    def learn(self, trick):
        self.tricks.append(trick)


class Bird(Animal):
    def __init__(self, name, can_fly):
        Animal.__init__(self, name, 2)
        self.can_fly = can_fly

    def speak(self):
        return "Tweet" if self.can_fly else "Squawk"


class Puppy(Dog):
    def speak(self):
        return "Yip"


class Counter:
    def __init__(self):
        self.count = 0
        self.history = []

    def inc(self, by=1):
        self.count += by
        self.history.append(self.count)
        return self


def entry_point(argv):
    zoo = [Animal("Generic", 0), Dog("Rex"), Bird("Tweety", True), Bird("Pingu", False), Puppy("Bit")]
    for a in zoo:
        print(a.describe())
    rex = Dog("Rex")
    rex.learn("sit")
    rex.learn("roll over")
    print(rex.name, rex.tricks, len(rex.tricks))
    p = Puppy("Tiny")
    p.learn("nap")
    print(p.describe(), p.tricks)
    c = Counter()
    c.inc().inc(5).inc()
    print(c.count, c.history)
    total_legs = 0
    for a in zoo:
        total_legs += a.legs
    print("legs", total_legs)
    rex.legs = 3
    print(rex.describe())
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
