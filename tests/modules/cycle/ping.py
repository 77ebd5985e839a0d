print("ping starts")
import pong


def ping(n: int) -> str:
    if n == 0:
        return "ping"
    return "ping " + pong.pong(n - 1)


print("ping ends")
