# The math module: constants, rounding, powers, logs, trig, predicates.
import math

print(math.pi, math.e, math.inf, -math.inf, math.isnan(math.nan))
print(math.floor(3.7), math.ceil(3.2), math.floor(-3.7), math.ceil(-3.2), math.floor(5), type(math.floor(2.5)).__name__)
print(math.floor(1e20), math.ceil(-1e25), math.fabs(-2), math.sqrt(16), math.sqrt(2))
print(math.pow(2, 10), math.exp(0), math.exp(1) == math.e, math.log(math.e), math.log(8, 2), math.log(100, 10))
print(round(math.sin(math.pi / 2), 12), round(math.cos(math.pi), 12), round(math.tan(math.pi / 4), 12))
print(round(math.atan2(1, 1) * 4, 12) == round(math.pi, 12), math.gcd(48, 18), math.gcd(0, 5))
print(math.isinf(1e308 * 10), math.isinf(1.0), math.isnan(0.0))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.floor(math.inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.floor(math.nan)
except ValueError as e:
    print("ValueError:", e)


def hypot(a, b):
    return math.sqrt(a * a + b * b)


def distance(p, q):
    return hypot(q[0] - p[0], q[1] - p[1])


points = [(0, 0), (3, 4), (6, 8), (-1, 2)]
print([round(distance(points[0], p), 3) for p in points])
area = 0.0
for i in range(len(points)):
    x1, y1 = points[i]
    x2, y2 = points[(i + 1) % len(points)]
    area += x1 * y2 - x2 * y1
print("polygon area", abs(area) / 2)
print([round(math.degrees(a), 1) if hasattr(math, "degrees") else round(a * 180 / math.pi, 1) for a in (0.5, 1.0)])
