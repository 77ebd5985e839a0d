# expect: error[unsupported] 2:18
from util import first

print(first([1, 2]))
