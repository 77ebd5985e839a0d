# Reading standard input with input(): a count, then records, then
# everything up to the end of input, where input() raises EOFError.


def read_records(n: int) -> list[tuple[str, int]]:
    out: list[tuple[str, int]] = []
    for _ in range(n):
        name, score = input().split(",")
        out.append((name.strip(), int(score)))
    return out


def main() -> None:
    n = int(input("how many? "))
    print()
    records = read_records(n)
    records.sort(key=lambda r: (-r[1], r[0]))
    for name, score in records:
        print(f"{name:<8}{score:>5}")
    rest: list[str] = []
    try:
        while True:
            line = input()
            rest.append(line)
    except EOFError as e:
        print("EOFError:", e, type(e).__name__, isinstance(e, Exception))
    for line in rest:
        # Carriage returns stay in the text: POSIX stdin splits at \n only.
        print(len(line), repr(line))
    print(input("one more? "))


main()
