# expect: error[unsupported] 4:36
from typing import Iterator

xs = sorted([3, 1], key=lambda x: (yield x))
