# type(name, bases, namespace) creates classes at run time.
def greet(self):
    return "hi from " + self.name

Person = type("Person", (object,), {"name": "anon", "greet": greet, "legs": 2})
p = Person()
print(Person.__name__, p.greet(), p.legs, type(p).__name__, isinstance(p, Person))
Base = type("Base", (), {"kind": "base"})
Child = type("Child", (Base,), {"extra": lambda self: self.kind + "!"})
print(Child().extra(), [c.__name__ for c in Child.__mro__], type(Child) is type, Child.__module__)
print(type(3).__name__, type("x") is str)
