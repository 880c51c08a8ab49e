# A deterministic queue simulation with a linear congruential generator.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


class Customer:
    def __init__(self, ident, arrival, service):
        self.ident = ident
        self.arrival = arrival
        self.service = service


rng = LCG(42)
customers = []
t = 0
for i in range(20):
    t += rng.randint(1, 5)
    customers.append(Customer(i, t, rng.randint(2, 8)))

clock = 0
waits = []
for c in customers:
    start = max(clock, c.arrival)
    waits.append(start - c.arrival)
    clock = start + c.service
print("served", len(customers), "finished at", clock)
print("waits", waits)
print("max wait", max(waits), "avg wait", round(sum(waits) / len(waits), 3))
busiest = sorted(customers, key=lambda c: (-c.service, c.ident))[:3]
print([(c.ident, c.service) for c in busiest])
