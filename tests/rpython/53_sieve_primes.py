# args: 2000
"""Sieve of Eratosthenes over a list of bools, prime gaps, twin primes, and factorisation."""


def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            j = i * i
            while j <= n:
                is_prime[j] = False
                j += i
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


def factorize(n, primes):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n = n // p
    if n > 1:
        factors.append(n)
    return factors


def entry_point(argv):
    n = 2000
    if len(argv) > 1:
        n = int(argv[1])
    primes = sieve(n)
    print("primes up to", n, ":", len(primes))
    print("first", primes[:15])
    print("last", primes[-5:])
    gaps = {}
    biggest = 0
    for i in range(1, len(primes)):
        g = primes[i] - primes[i - 1]
        gaps[g] = gaps.get(g, 0) + 1
        if g > biggest:
            biggest = g
    print("gap histogram", gaps, "largest", biggest)
    twins = []
    for a, b in zip(primes, primes[1:]):
        if b - a == 2:
            twins.append((a, b))
    print("twin pairs", len(twins), twins[:5])
    for m in [360, 1001, 9973, 65536, 123456789, 600851475143]:
        print(m, factorize(m, primes))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
