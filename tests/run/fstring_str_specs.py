# f-string format specs for strings: fill, align, width, precision (truncation), type s, unicode widths.


def main() -> None:
    words = ["", "a", "abc", "hello", "héllo", "😀x", "a longer string"]
    for w in words:
        print(f"[{w}] [{w:8}] [{w:<8}] [{w:>8}] [{w:^8}] [{w:*^8}] [{w:.3}] [{w:>6.2}] [{w:s}] [{w:-<9s}]")
    name = "Ada"
    print(f"[{name:^9}] [{name:^10}] [{name:.0}] [{name:.10}] [{name:x>3}] [{name:2}]")
    print(f"[{'centered':=^20}] [{'left':.<20}] [{'right':.>20}]")
    print(f"[{'tab':\t>5}]".replace("\t", "\\t"))
    print(f"[{'é':é^5}] [{'😀':😀<3}] [{'漢字':>6}] [{'漢字':.1}]")
    items = [("apple", 3), ("kiwi", 12), ("watermelon", 1)]
    for item, qty in items:
        print(f"{item:<12}|{qty:>4}|{item.upper():^14.6}|")
    width = 10
    s = "dyn"
    print(f"[{s:>10}] [{s + '!':<10}] [{s * 3:^10.7}]", width)
    print(f"{'a'}{'b':>2}{'c':>3}")
    print(f"[{'{}':^6}] [{'%s':>4}] [{'}':<3}]")
    print(f"{'multi'} {'parts'!s:>7} {'quoted'!r:>10}")


if __name__ == "__main__":
    main()
