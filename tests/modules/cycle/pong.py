print("pong starts")
import ping


def pong(n: int) -> str:
    if n == 0:
        return "pong"
    return "pong " + ping.ping(n - 1)


print("pong ends")
