# Class attributes vs instance attributes: shadowing, mutation, counters.
class Widget:
    count = 0
    registry = []
    defaults = {"color": "grey"}
    kind = "widget"

    def __init__(self, name, **opts):
        Widget.count += 1
        self.id = Widget.count
        self.name = name
        self.options = dict(Widget.defaults)
        self.options.update(opts)
        Widget.registry.append(name)

    def describe(self):
        return "%s#%d(%s, %s)" % (self.kind, self.id, self.name, self.options["color"])


class Button(Widget):
    kind = "button"


w1 = Widget("a")
w2 = Button("b", color="red")
print(w1.describe(), w2.describe(), Widget.count, Button.count, Widget.registry)
w1.kind = "special"
print(w1.describe(), Widget.kind, Button.kind, w2.kind)
del w1.kind
print(w1.kind)
Button.kind = "BUTTON"
print(w2.describe(), Button("c").describe(), Widget.count)
Widget.defaults["color"] = "blue"
print(Widget("d").describe(), w1.options["color"])
print(sorted(k for k in vars(w1)), "count" in vars(Widget), "count" in vars(Button))


class Config:
    settings = {}

    def set(self, key, value):
        self.settings[key] = value


c1 = Config()
c2 = Config()
c1.set("x", 1)
print(c2.settings, Config.settings is c1.settings)
