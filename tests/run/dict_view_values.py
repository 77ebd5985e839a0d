# Dict views as values: printing keys()/values()/items(), len, membership,
# truthiness, liveness after changes, iteration and list() of views.
def main() -> None:
    d = {"x": 1, "y": 2}
    print(d.keys())
    print(d.values())
    print(d.items())
    print(len(d.keys()), "x" in d.keys(), 2 in d.values(), ("y", 2) in d.items(), ("y", 3) in d.items())
    e: dict[int, list[str]] = {}
    print(e.keys(), e.values(), e.items())
    e[3] = ["a"]
    print(e.items())
    print(list(d.keys()), list(d.values()), list(d.items()))
    print(sorted(d.keys(), reverse=True), max(d.values()))
    ks = d.keys()
    d["z"] = 3
    print(ks, len(ks), bool(ks))
    print(str(d.keys()), repr(d.values()))
    print(f"{d.items()}")
    for k, v in d.items():
        print(k, v, end="; ")
    print()


if __name__ == "__main__":
    main()
