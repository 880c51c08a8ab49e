"""math module: sqrt sin cos tan atan2 exp log floor ceil fabs pow pi e inf isnan isinf (rounded where libm may differ)."""
import math


def fmt(x):
    # transcendental results are printed with 10 decimals, so the last ulp
    # of a platform's libm cannot change the output
    return f"{x:.10f}"


def hypot(a, b):
    return math.sqrt(a * a + b * b)


def entry_point(argv):
    print(math.pi, math.e, math.inf, -math.inf)
    print(math.sqrt(16.0), math.sqrt(2.0), math.sqrt(0.0), hypot(3.0, 4.0), math.sqrt(1e-300))
    print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.floor(5.0), math.ceil(-0.5))
    print(math.fabs(-3.5), math.fabs(2.0), math.fabs(-0.0))
    print(math.pow(2.0, 10.0), math.pow(9.0, 0.5), math.pow(2.0, -2.0), math.pow(1.5, 2.0))
    for deg in [0, 30, 45, 60, 90, 180]:
        rad = deg * math.pi / 180.0
        print(deg, fmt(math.sin(rad)), fmt(math.cos(rad)), fmt(math.tan(rad)) if deg < 90 else "-")
    print(fmt(math.atan2(1.0, 1.0)), fmt(math.atan2(-1.0, -1.0)), fmt(math.atan2(0.0, -1.0)), fmt(math.atan2(1.0, 0.0)))
    print(fmt(math.exp(0.0)), fmt(math.exp(1.0)), fmt(math.exp(-2.5)), fmt(math.log(math.e)), fmt(math.log(10.0)))
    print(math.log(1.0), fmt(math.log(0.5)), fmt(math.log(1e-10)))
    nan = math.inf - math.inf
    print(math.isnan(nan), math.isnan(1.0), math.isinf(math.inf), math.isinf(-math.inf), math.isinf(1e308))
    print(nan == nan, nan != nan, math.inf > 1e308, -math.inf < -1e308)
    total = 0.0
    for i in range(1, 1001):
        total += 1.0 / (i * i)
    print("basel", fmt(total), fmt(math.sqrt(total * 6.0)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
