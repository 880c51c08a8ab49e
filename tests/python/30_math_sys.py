# The math and sys modules.
import math
import sys

print(math.sqrt(16), math.sqrt(2), math.floor(3.7), math.ceil(3.2), math.floor(-3.5))
print(math.pi, math.e, round(math.sin(math.pi / 2), 6), math.cos(0))
print(math.fabs(-2), math.pow(2, 10), math.exp(0), math.log(math.e), math.log(100, 10))
print(math.gcd(48, 18), math.isnan(float("nan")), math.isinf(math.inf), math.atan2(1, 1))
print(len(sys.argv), sys.argv[0].endswith("30_math_sys.py"), sys.maxsize)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print("exiting with 3")
sys.exit(3)
