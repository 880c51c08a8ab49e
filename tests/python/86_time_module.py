# time.time and time.perf_counter: monotonic enough, floats, sensible scale.
import time

t0 = time.time()
p0 = time.perf_counter()
total = 0
for i in range(20000):
    total += i * i
p1 = time.perf_counter()
t1 = time.time()
print("total", total)
print(type(t0).__name__, type(p0).__name__)
print("perf_counter increases:", p1 >= p0)
print("time increases:", t1 >= t0)
print("after 2020:", t0 > 1577836800.0)
print("elapsed below a minute:", p1 - p0 < 60.0)
start = time.perf_counter()
while time.perf_counter() - start < 0.01:
    pass
print("waited at least 10ms:", time.perf_counter() - start >= 0.01)
