# expect: error[unsupported] 3:8
import math
import socket


def main() -> None:
    print(math.pi)


main()
