# Top-level statements run in order around function definitions; the
# __main__ guard runs main() last.

print("module start")
COUNT = 3
print("COUNT defined as", COUNT)


def helper(x: int) -> int:
    return x * COUNT


print("helper(2) at top level:", helper(2))
COUNT = 4
print("helper(2) after rebinding COUNT:", helper(2))


def main() -> None:
    print("in main, __name__ check passed")
    for i in range(COUNT):
        print("helper(" + str(i) + ") =", helper(i))


if __name__ == "__main__":
    print("guard taken")
    main()
else:
    print("imported, not run")

if COUNT < 0:
    print("never")
elif COUNT > 3:
    print("elif branch at top level")

x = 10
while x > 0:
    x -= 4
print("top-level loop done, x =", x)
for k in range(2):
    print("top-level for", k)
print("module end")
