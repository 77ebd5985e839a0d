# Line reading: write a file of 2,000,000 lines, then read it back line by line (the loop of C's getline), counting lines and characters.

PATH = "/tmp/multigen_bench_readlines.txt"


def write_file(n: int) -> None:
    with open(PATH, "w") as f:
        for i in range(n):
            f.write(f"line {i} of the benchmark file, some text to read\n")


def read_file() -> tuple[int, int]:
    lines = 0
    chars = 0
    with open(PATH) as f:
        for line in f:
            lines += 1
            chars += len(line)
    return lines, chars


write_file(2000000)
count, total = read_file()
print(count, total)
