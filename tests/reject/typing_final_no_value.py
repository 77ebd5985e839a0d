# expect: error[type] 4:8
from typing import Final

LIMIT: Final
print(1)
