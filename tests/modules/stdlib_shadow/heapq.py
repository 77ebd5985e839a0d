# A local heapq.py shadows the standard library's pure-Python heapq, as in
# CPython (sys.path[0] comes first).
def heappush(heap: list[int], item: int) -> None:
    print("local heappush", item)
    heap.append(item)
