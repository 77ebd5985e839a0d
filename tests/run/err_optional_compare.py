# Ordering an Optional that holds None raises the TypeError CPython raises.
from typing import Optional
x: Optional[int] = None
print(x is None)
print(x > 3)
