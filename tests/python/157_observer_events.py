# An event bus with subscribers, priorities, one-shot handlers and errors.
class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []

    def on(self, event, handler, priority=0, once=False):
        self.handlers.setdefault(event, []).append((priority, len(self.history), handler, once))
        self.handlers[event].sort(key=lambda h: (-h[0], h[1]))
        self.history.append(("subscribe", event, handler.__name__))
        return handler

    def emit(self, event, *args, **kwargs):
        results = []
        errors = []
        for entry in list(self.handlers.get(event, [])):
            priority, _, handler, once = entry
            try:
                results.append(handler(*args, **kwargs))
            except Exception as e:
                errors.append("%s: %s" % (type(e).__name__, e))
            if once:
                self.handlers[event].remove(entry)
        self.history.append(("emit", event, len(results), len(errors)))
        return results, errors


bus = EventBus()
log = []


def audit(user, action="login"):
    log.append("%s did %s" % (user, action))
    return "audited"


def greet(user, **kw):
    return "hello " + user


def fragile(user, **kw):
    if user == "mallory":
        raise PermissionError("blocked user " + user)
    return "ok"


def welcome_once(user, **kw):
    return "first visit of " + user


bus.on("login", audit, priority=10)
bus.on("login", greet)
bus.on("login", fragile, priority=5)
bus.on("login", welcome_once, once=True)
print(bus.emit("login", "alice"))
print(bus.emit("login", "mallory", action="sudo"))
print(bus.emit("logout", "alice"))
print(log)
for entry in bus.history:
    print(entry)
