# time from multigen's library: every clock's type and monotonicity (never its
# value), sleep with an int and a float, and sleep's ValueErrors.
import time
from time import monotonic, perf_counter_ns

t1 = time.time()
n1 = time.time_ns()
m1 = monotonic()
p1 = time.perf_counter()
q1 = perf_counter_ns()
c1 = time.process_time()
time.sleep(0.01)
time.sleep(0)
m2 = time.monotonic()
p2 = time.perf_counter()
q2 = perf_counter_ns()
print(type(t1).__name__, type(n1).__name__, type(m1).__name__, type(q1).__name__)
print(t1 > 1.6e9, n1 > 1600000000 * 10**9, abs(n1 / 1e9 - t1) < 5.0)
print(m2 - m1 >= 0.009, p2 - p1 >= 0.009, q2 - q1 >= 9000000)
print(time.monotonic_ns() >= 0, time.process_time_ns() >= 0, c1 >= 0.0)
total = 0
for i in range(200000):
    total += i % 7
print(total, time.process_time() >= c1)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    time.sleep(float("nan"))
except ValueError as e:
    print("ValueError:", e)
time.sleep(-0.5)
