# expect: error[unsupported] 3:6
from math import sqrt
from socket import socket


def main() -> None:
    print(sqrt(2.0))


main()
