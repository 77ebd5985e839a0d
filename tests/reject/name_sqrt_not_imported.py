# expect: error[name] 7:11
import math


def main() -> None:
    print(math.sqrt(4.0))
    print(sqrt(9.0))


main()
