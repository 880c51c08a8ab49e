# Classes: __init__, methods, attributes, inheritance, class attributes.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return self.name + " is an " + self.kind


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        Animal.__init__(self, name)
        self.breed = breed

    def speak(self):
        return self.name + " barks"


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + " softly"


animals = [Animal("generic"), Dog("Rex", "lab"), Puppy("Bit", "pug")]
for a in animals:
    print(a.speak(), "|", a.describe())
print(Animal.count, animals[1].breed, isinstance(animals[2], Dog), isinstance(animals[0], Dog))
print(issubclass(Puppy, Animal), type(animals[1]) is Dog, type(animals[1]).__name__)
d = animals[1]
d.name = "Max"
m = d.speak
print(m(), hasattr(d, "breed"), hasattr(d, "wings"), getattr(d, "kind"))


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self


c = Counter()
c.inc().inc().inc(5)
print(c.n)
