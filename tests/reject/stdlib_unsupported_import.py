# expect: error[unsupported] 3:28
# A name the library's bisect does not provide is refused at its import.
from bisect import bisect, nothing_here

print(bisect([1], 1))
