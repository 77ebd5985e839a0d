# expect: error[unsupported] 4:5
from util import first

f = first
print(f([1, 2]))
