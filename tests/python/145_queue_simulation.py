# A discrete-event bank queue simulation with a deterministic LCG.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2 ** 31
        return self.state

    def uniform(self, lo, hi):
        return lo + (hi - lo) * self.next() / 2 ** 31

    def randint(self, lo, hi):
        return lo + self.next() % (hi - lo + 1)


def simulate(tellers, customers, seed):
    rng = LCG(seed)
    clock = 0.0
    free_at = [0.0] * tellers
    waits = []
    served_by = [0] * tellers
    for _ in range(customers):
        clock += rng.uniform(0.5, 3.0)
        service = rng.uniform(2.0, 6.0)
        teller = min(range(tellers), key=lambda t: (free_at[t], t))
        start = max(clock, free_at[teller])
        waits.append(start - clock)
        free_at[teller] = start + service
        served_by[teller] += 1
    return waits, served_by, max(free_at)


for tellers in (1, 2, 3):
    waits, served, end = simulate(tellers, 200, 42)
    print("tellers=%d avg_wait=%.3f max_wait=%.3f served=%s end=%.1f" % (
        tellers, sum(waits) / len(waits), max(waits), served, end))
rng = LCG(7)
rolls = [rng.randint(1, 6) for _ in range(600)]
print([rolls.count(face) for face in range(1, 7)], sum(rolls))
