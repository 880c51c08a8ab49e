# ZeroDivisionError escaping three frames.
def average(values):
    return sum(values) / len(values)


def report(groups):
    for name, values in groups:
        print(name, round(average(values), 2))


def main():
    report([("a", [1, 2, 3]), ("b", [10]), ("empty", [])])


main()
