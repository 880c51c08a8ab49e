# Small algorithms: sieve, sorting, binary search, gcd.
def sieve(n):
    is_prime = [True] * (n + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= n:
        if is_prime[i]:
            for j in range(i * i, n + 1, i):
                is_prime[j] = False
        i += 1
    return [k for k in range(n + 1) if is_prime[k]]


def insertion_sort(lst):
    result = list(lst)
    for i in range(1, len(result)):
        key = result[i]
        j = i - 1
        while j >= 0 and result[j] > key:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = key
    return result


def bsearch(lst, x):
    lo, hi = 0, len(lst) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if lst[mid] == x:
            return mid
        if lst[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


primes = sieve(100)
print(primes, len(primes))
data = [38, 27, 43, 3, 9, 82, 10]
s = insertion_sort(data)
print(s, bsearch(s, 43), bsearch(s, 5), gcd(1071, 462))
words = ["banana", "apple", "cherry", "date"]
print(sorted(words), sorted(words, reverse=True), max(words), min(words))
