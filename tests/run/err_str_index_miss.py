# Ends with ValueError: substring not found from str.index (find returns -1 instead).


def field(record: str, key: str) -> str:
    start = record.index(key + "=") + len(key) + 1
    end = record.find(";", start)
    return record[start:] if end == -1 else record[start:end]


def main() -> None:
    rec = "name=Ann;age=31;city=Oslo"
    for key in ["name", "age", "city"]:
        print(key, "->", field(rec, key))
    print(rec.find("zip"), rec.find("="), rec.rfind("="))
    s = "abc"
    print(s.find("b"), s.index("b"), s.find("z"))
    print(field(rec, "zip"))
    print("not reached")


if __name__ == "__main__":
    main()
