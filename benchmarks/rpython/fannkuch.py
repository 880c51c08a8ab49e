# args: 7
"""Benchmark: fannkuch-redux, the pancake-flipping permutation benchmark.

For every permutation of 1..n (generated in the order of the counting
algorithm), repeatedly reverse the prefix whose length is the first item
until a 1 comes first; report the checksum and the largest number of flips.
The work is integer list indexing, swaps and short loops.

Usage: fannkuch.py [N]   (default 10: a few seconds on CPython)
The time spent is written to stderr as `time: SECONDS`."""
import os
import time


def fannkuch(n):
    perm = [0] * n
    perm1 = [i for i in range(n)]
    count = [0] * n
    max_flips = 0
    checksum = 0
    permutation_index = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        for i in range(n):
            perm[i] = perm1[i]
        flips = 0
        first = perm[0]
        while first != 0:
            lo = 0
            hi = first
            while lo < hi:
                tmp = perm[lo]
                perm[lo] = perm[hi]
                perm[hi] = tmp
                lo += 1
                hi -= 1
            flips += 1
            first = perm[0]
        if flips > max_flips:
            max_flips = flips
        if permutation_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # The next permutation: rotate the first r+1 items until a counter
        # does not wrap.
        while True:
            if r == n:
                return checksum, max_flips
            head = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = head
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        permutation_index += 1


def entry_point(argv):
    n = 10
    if len(argv) > 1:
        n = int(argv[1])
    start = time.time()
    checksum, flips = fannkuch(n)
    elapsed = time.time() - start
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))
    os.write(2, ("time: %f\n" % elapsed).encode("utf-8"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
