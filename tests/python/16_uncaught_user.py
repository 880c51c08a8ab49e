# An uncaught user exception raised from a method.
class BadState(Exception):
    pass


class Machine:
    def __init__(self):
        self.state = "idle"

    def step(self, event):
        if event == "boom":
            raise BadState("cannot handle " + event + " in " + self.state)
        self.state = event


m = Machine()
for e in ["run", "stop", "boom", "run"]:
    m.step(e)
    print("state", m.state)
