print("first starts", __name__)
import second
NAME: str = "first"


def twice(x: int) -> int:
    return 2 * x


print("first ends, second is", second.NAME)
if __name__ == "__main__":
    print("never printed")
