# The value type of an empty dict fixed by the default of .get().
def main() -> None:
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts)
    firsts = {}
    for w in ["apple", "avocado", "banana"]:
        firsts[w[0]] = firsts.get(w[0], "") + w
    print(firsts)


main()
