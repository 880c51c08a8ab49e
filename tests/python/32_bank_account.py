# A small simulation with classes, dicts and exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed


class Account:
    next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, owner, balance=0):
        acct = Account(owner, balance)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        self.accounts[src].withdraw(amount)
        self.accounts[dst].deposit(amount)

    def total(self):
        return sum([a.balance for a in self.accounts.values()])


bank = Bank()
a = bank.open("alice", 100)
b = bank.open("bob")
bank.transfer(a.id, b.id, 30)
try:
    bank.transfer(b.id, a.id, 50)
except InsufficientFunds as e:
    print("failed:", e, e.needed)
try:
    b.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(list(bank.accounts.values()), bank.total())
print(a.history, b.history)
