# expect: error[unsupported] 5:7
# A name the library's heapq does not provide is refused where it is used.
import heapq

print(heapq.merge([1], [2]))
