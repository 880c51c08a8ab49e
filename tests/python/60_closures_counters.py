# Closures as objects: bank accounts, event handlers, generators of closures.
def account(balance):
    history = []

    def deposit(x):
        nonlocal balance
        balance += x
        history.append(("+", x))
        return balance

    def withdraw(x):
        nonlocal balance
        if x > balance:
            raise ValueError("insufficient funds")
        balance -= x
        history.append(("-", x))
        return balance

    def report():
        return balance, list(history)

    return {"deposit": deposit, "withdraw": withdraw, "report": report}


acct = account(10)
acct["deposit"](5)
acct["withdraw"](3)
try:
    acct["withdraw"](100)
except ValueError as e:
    print("error:", e)
print(acct["report"]())

handlers = {}


def on(event):
    def register(f):
        handlers.setdefault(event, []).append(f)
        return f
    return register


@on("greet")
def hello(name):
    return "hello " + name


@on("greet")
def hi(name):
    return "hi " + name


@on("bye")
def bye(name):
    return "bye " + name


for event in ["greet", "bye", "none"]:
    print(event, [h("bob") for h in handlers.get(event, [])])


def make_adders(n):
    for i in range(n):
        yield lambda x, i=i: x + i


print([add(100) for add in make_adders(4)])
