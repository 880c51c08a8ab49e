# A double-entry ledger: classes, validation errors, reporting with f-strings.
class LedgerError(Exception):
    pass


class Account:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
        self.balance = 0

    def __repr__(self):
        return f"Account({self.name!r}, {self.kind})"


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.entries = []

    def open(self, name, kind):
        if name in self.accounts:
            raise LedgerError(f"account {name!r} exists")
        self.accounts[name] = Account(name, kind)

    def post(self, debit, credit, amount, memo=""):
        if amount <= 0:
            raise LedgerError(f"amount must be positive, got {amount}")
        for name in (debit, credit):
            if name not in self.accounts:
                raise LedgerError(f"no account {name!r}")
        self.accounts[debit].balance += amount
        self.accounts[credit].balance -= amount
        self.entries.append((debit, credit, amount, memo))

    def trial_balance(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        rows = [f"{'account':<12}{'kind':<10}{'balance':>10}"]
        for acc in sorted(self.accounts.values(), key=lambda a: a.name):
            rows.append(f"{acc.name:<12}{acc.kind:<10}{acc.balance / 100:>10.2f}")
        rows.append(f"{'total':<22}{self.trial_balance() / 100:>10.2f}")
        return "\n".join(rows)


ledger = Ledger()
for name, kind in [("cash", "asset"), ("sales", "income"), ("rent", "expense"), ("bank", "asset")]:
    ledger.open(name, kind)
ledger.post("cash", "sales", 125000, "invoice 1")
ledger.post("rent", "cash", 80000, "march rent")
ledger.post("bank", "cash", 30000)
for attempt in [lambda: ledger.open("cash", "asset"), lambda: ledger.post("cash", "nowhere", 5),
                lambda: ledger.post("cash", "sales", -3)]:
    try:
        attempt()
    except LedgerError as e:
        print("LedgerError:", e)
print(ledger.report())
print(len(ledger.entries), ledger.entries[0], ledger.accounts["cash"])
