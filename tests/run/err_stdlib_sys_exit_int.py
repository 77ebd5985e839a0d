# sys.exit with an int from a function: that status, no traceback.
import sys


def main() -> int:
    print("working")
    return 3


sys.exit(main())
