# expect: error[unsupported] 3:8
import math
import os


def main() -> None:
    print(math.pi)


main()
