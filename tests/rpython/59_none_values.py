"""None mixed with instances, strings, lists and dicts: optional values, `is None` tests, defaults."""


class Person:
    def __init__(self, name, manager):
        self.name = name
        self.manager = manager
        self.nickname = None
        self.tags = None


def find_person(people, name):
    for p in people:
        if p.name == name:
            return p
    return None


def chain_of_command(p):
    names = []
    while p is not None:
        names.append(p.name)
        p = p.manager
    return names


def display_name(p):
    if p.nickname is not None:
        return p.nickname
    return p.name


def first_word(s):
    if not s:
        return None
    return s.split()[0]


def maybe_list(n):
    if n < 0:
        return None
    return [i for i in range(n)]


def maybe_dict(key):
    if key == "":
        return None
    return {key: len(key)}


def entry_point(argv):
    boss = Person("Ada", None)
    mid = Person("Bob", boss)
    dev = Person("Cy", mid)
    people = [boss, mid, dev]
    print(chain_of_command(dev), chain_of_command(boss))
    found = find_person(people, "Bob")
    if found is not None:
        print("found", found.name, found.manager is boss)
    print(find_person(people, "Zed") is None)
    mid.nickname = "Bobby"
    print([display_name(p) for p in people])
    dev.tags = ["new"]
    for p in people:
        if p.tags is None:
            print(p.name, "has no tags")
        else:
            print(p.name, "tags", p.tags)
    for s in ["hello world", "", "single"]:
        w = first_word(s)
        print(repr(s), "->", "None" if w is None else w)
    for n in [-1, 0, 3]:
        lst = maybe_list(n)
        print(n, "None" if lst is None else str(lst))
    for k in ["", "key"]:
        d = maybe_dict(k)
        if d is None:
            print("no dict")
        else:
            print(d, k in d)
    current = dev
    steps = 0
    while current.manager is not None:
        current = current.manager
        steps += 1
    print("top is", current.name, "after", steps, "steps")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
