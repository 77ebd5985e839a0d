import config
import counter
from config import LIMIT
from counter import bump as step

print(config.DEBUG, LIMIT)
config.DEBUG = True
config.LIMIT = 99
print(config.describe(), LIMIT)
counter.COUNT += 10
for _ in range(3):
    step()
print(counter.COUNT, counter.history())
counter.NAMES.append("main")
print(counter.NAMES)


def reset() -> None:
    counter.COUNT = 0
    config.DEBUG = False


reset()
print(counter.COUNT, config.describe())
