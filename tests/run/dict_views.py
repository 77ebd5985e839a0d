# Dict views: iteration and list() of keys(), values() and items(), and views after changes.


def main() -> None:
    d = {"x": 1, "y": 2}
    e: dict[int, list[str]] = {}
    e[3] = ["a"]
    print(list(e.items()))
    print(list(d.keys()), list(d.values()), list(d.items()))
    print(sorted(d.keys(), reverse=True), max(d.values()))
    d["z"] = 3
    print([k for k in d.keys()], [v for v in d.values()])


if __name__ == "__main__":
    main()
