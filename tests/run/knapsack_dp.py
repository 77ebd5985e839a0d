# 0/1 knapsack and coin change with 2-D and 1-D list DP tables, plus reconstruction of the chosen items.

ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40),
         ("cheese", 23, 30), ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30)]


def knapsack(items: list[tuple[str, int, int]], cap: int) -> tuple[int, list[str]]:
    n = len(items)
    table = [[0] * (cap + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        label, w, v = items[i - 1]
        for c in range(cap + 1):
            table[i][c] = table[i - 1][c]
            if w <= c and table[i - 1][c - w] + v > table[i][c]:
                table[i][c] = table[i - 1][c - w] + v
    chosen: list[str] = []
    c = cap
    for i in range(n, 0, -1):
        if table[i][c] != table[i - 1][c]:
            name, w, gain = items[i - 1]
            chosen.append(name)
            c -= w
    chosen.reverse()
    return table[n][cap], chosen


def coin_ways(coins: list[int], amount: int) -> list[int]:
    ways = [1] + [0] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    return ways


def min_coins(coins: list[int], amount: int) -> int:
    inf = amount + 1
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a and best[a - coin] + 1 < best[a]:
                best[a] = best[a - coin] + 1
    return best[amount] if best[amount] != inf else -1


def main() -> None:
    for cap in [0, 50, 100, 200, 400]:
        value, chosen = knapsack(ITEMS, cap)
        print(cap, value, chosen)
    ways = coin_ways([1, 2, 5, 10, 25], 100)
    print(ways[:12], ways[100])
    print([min_coins([1, 5, 12], a) for a in range(0, 30, 3)], min_coins([4, 6], 7))


if __name__ == "__main__":
    main()
