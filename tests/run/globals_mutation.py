# Module-level globals read freely and mutated through the global statement.

total = 0
count = 0
average = 0.0
log = ""
ENABLED = True
RATE = 0.5


def record(x: int) -> None:
    global total, count, average
    total += x
    count += 1
    average = total / count


def note(s: str) -> None:
    global log
    if ENABLED:
        log = log + s + ";"


def reset() -> None:
    global total
    global count
    total = 0
    count = 0


def scaled_total() -> float:
    return total * RATE


def set_rate(r: float) -> None:
    global RATE
    RATE = r


for v in range(1, 6):
    record(v * v)
    note("v" + str(v))
print(total, count, average, scaled_total())
print(log)
reset()
print(total, count, average)
record(-3)
record(4)
print(total, count, average)
set_rate(2.25)
print(scaled_total(), RATE)
ENABLED = False
note("ignored")
print(log)
ENABLED = True
note("back")
print(log)
total = 100
print(scaled_total())
i = 0
while i < 3:
    record(i)
    i += 1
print(total, count, average, i)
