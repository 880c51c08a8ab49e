"""Calling the base class: super().method(...), super().__init__ and explicit Base.method(self, ...)."""


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append("deposit " + str(amount))
        return self.balance

    def describe(self):
        return self.owner + ": " + str(self.balance)


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def deposit(self, amount):
        bonus = amount * self.rate // 100
        self.log.append("bonus " + str(bonus))
        return super().deposit(amount + bonus)

    def describe(self):
        return "Savings " + super().describe() + " @" + str(self.rate) + "%"


class Locked(Savings):
    def __init__(self, owner):
        Savings.__init__(self, owner, 0, 1)

    def deposit(self, amount):
        if amount > 1000:
            self.log.append("refused " + str(amount))
            return self.balance
        return Savings.deposit(self, amount)

    def describe(self):
        return "[locked] " + Account.describe(self)


def entry_point(argv):
    accounts = [Account("ann", 10), Savings("bob", 100, 5), Locked("cy")]
    for acc in accounts:
        acc.deposit(200)
        acc.deposit(2000)
        print(acc.describe())
        print("  ", acc.log)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
