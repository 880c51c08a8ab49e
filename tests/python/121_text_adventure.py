# A tiny command interpreter for a text adventure: parsing, dispatch, state.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["book", "key"]},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall"}, "items": []},
}


class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0

    def do_look(self, args):
        room = ROOMS[self.room]
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return "You are in %s. You see %s. Exits: %s." % (room["desc"], items, exits)

    def do_go(self, args):
        if not args:
            return "Go where?"
        target = ROOMS[self.room]["exits"].get(args[0])
        if target is None:
            return "You can't go %s." % args[0]
        self.room = target
        self.moves += 1
        return self.do_look([])

    def do_take(self, args):
        items = ROOMS[self.room]["items"]
        if not args or args[0] not in items:
            return "Nothing like that here."
        items.remove(args[0])
        self.inventory.append(args[0])
        return "Taken: %s." % args[0]

    def do_inventory(self, args):
        return "You carry: %s." % (", ".join(sorted(self.inventory)) or "nothing")

    def execute(self, line):
        words = line.lower().split()
        if not words:
            return "Say something."
        handler = getattr(self, "do_" + words[0], None)
        if handler is None:
            return "I don't know how to %r." % words[0]
        return handler(words[1:])


game = Game()
script = ["look", "take lamp", "go north", "take key", "take sword", "go west", "go south",
          "go east", "inventory", "dance", "", "go"]
for command in script:
    print("> " + command)
    print(game.execute(command))
print("moves:", game.moves, "room:", game.room)
