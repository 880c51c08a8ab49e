# pow with 2 and 3 arguments, divmod, //, % on ints and floats, round.
print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(2.0, 0.5), pow(2, 100))
print(pow(3, 200, 1000), pow(7, 0, 5), pow(-3, 3, 7), pow(123456789, 987654321, 10 ** 9 + 7))
print(pow(2, 10, 1), pow(5, 3, -7))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(17.5, 5), divmod(-7.5, 2), divmod(2 ** 70, 3))
print(7 // 2, -7 // 2, 7 // -2, 7 % 3, -7 % 3, 7 % -3, 7.5 // 2, -7.5 % 2)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(3.14159, 2), round(2.675, 2), round(-1.005, 1), round(1234.5678, -2))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, round(2.5, 0))
print(abs(-7), abs(-7.25), abs(2 ** 80 * -1), abs(0))
for a, b in [(1, 0), (1.0, 0), (5, 0.0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(2, -1, 5) if False else pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
print(2 ** -2, (-8) ** 2, 10 ** 20, 0 ** 0, 2.0 ** 3)
print(sum(x ** 3 for x in range(10)), 9 ** 0.5)
