# Standard input larger than CPython's 8 KiB read chunks, with multi-byte
# characters that straddle the chunk boundaries: every line arrives whole.


def main() -> None:
    count = 0
    chars = 0
    longest = ""
    checksum = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        count += 1
        chars += len(line)
        if len(line) > len(longest):
            longest = line
        for ch in line:
            checksum = (checksum * 31 + ord(ch)) % 1000003
    print(count, chars, checksum)
    print(longest[:40], len(longest))


main()
