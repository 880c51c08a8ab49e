# sys.exit(n) from nested calls: the status is n; SystemExit is not an Exception.
import sys


def validate(items):
    errors = [i for i in items if i < 0]
    if errors:
        print("invalid:", errors)
        raise SystemExit(len(errors) + 1)
    return sum(items)


try:
    validate([1, -2])
except Exception:
    print("not caught here")
except SystemExit as e:
    print("SystemExit caught:", e.code, isinstance(e, BaseException), isinstance(e, Exception))
print(validate([1, 2, 3]))
validate([4, -5, -6])
