# expect: error[unsupported] 5:5
from typing import cast

n = 1
x = cast(float, n)
print(x)
