"""rlib.objectmodel and rlib.jit hints used in ordinary code: they must not change what the program prints."""
from rlib.objectmodel import specialize, we_are_translated, compute_hash
from rlib.jit import JitDriver, promote, elidable, unroll_safe, dont_look_inside

driver = JitDriver(greens=["pc"], reds=["acc", "n"])


@elidable
def table_lookup(i):
    return (i * 7 + 3) % 11


@unroll_safe
def sum_small(values):
    total = 0
    for v in values:
        total += v
    return total


@dont_look_inside
def slow_path(x):
    return x * x - 1


@specialize.argtype(0)
def double(x):
    return x + x


@specialize.arg(1)
def scaled(x, factor):
    return x * factor


@specialize.memo()
def constant_table(n):
    return n * 100


def count_loop(n):
    acc = 0
    pc = 0
    while n > 0:
        driver.jit_merge_point(pc=pc, acc=acc, n=n)
        acc += table_lookup(promote(n) % 5)
        n -= 1
        driver.can_enter_jit(pc=pc, acc=acc, n=n)
    return acc


def entry_point(argv):
    print(count_loop(100), count_loop(0))
    print([table_lookup(i) for i in range(11)])
    print(sum_small([1, 2, 3, 4]), slow_path(9))
    print(double(21), double(1.25), double("ab"))
    print(scaled(3, 2), scaled(3, 5), constant_table(4))
    h1 = compute_hash("abc")
    h2 = compute_hash("abc")
    print("hash is stable:", h1 == h2, compute_hash(12) == compute_hash(12))
    if we_are_translated():
        mode = "translated"
    else:
        mode = "untranslated"
    print("mode is one of two:", mode == "translated" or mode == "untranslated")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
