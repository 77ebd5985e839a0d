# heapq.py beside the program shadows the library's; bisect is the library's.
import heapq
import bisect

h: list[int] = []
heapq.heappush(h, 3)
heapq.heappush(h, 1)
print(h, bisect.bisect(h, 2))
