# expect: error[unsupported] 3:1
import math
import os


def main() -> None:
    print(math.pi)


main()
