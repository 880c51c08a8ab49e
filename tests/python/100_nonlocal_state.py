# nonlocal and global: counters, accumulators, state machines in closures.
count = 0


def bump():
    global count
    count += 1
    return count


def make_account(balance):
    history = []

    def deposit(amount):
        nonlocal balance
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, balance))
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return balance, list(history)

    return deposit, withdraw, report


deposit, withdraw, report = make_account(100)
print(deposit(50), withdraw(30))
try:
    withdraw(500)
except ValueError as e:
    print(e)
print(report())
print(bump(), bump(), count)


def outer():
    x = "outer"

    def middle():
        nonlocal x
        x = "middle"

        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner()
    result = middle()
    return x, result


print(outer())


def make_fsm():
    state = "idle"
    transitions = {("idle", "start"): "running", ("running", "pause"): "paused",
                   ("paused", "start"): "running", ("running", "stop"): "idle"}

    def fire(event):
        nonlocal state
        state = transitions.get((state, event), state)
        return state
    return fire


fire = make_fsm()
print([fire(e) for e in ["start", "pause", "stop", "start", "stop", "bogus"]])
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])


def counter_gen():
    n = 0

    def step():
        nonlocal n
        n += 1
        return n
    return step


c1 = counter_gen()
c2 = counter_gen()
print(c1(), c1(), c2(), c1.__name__)
