# expect: error[unsupported] 2:24
from contextlib import contextmanager

print(1)
