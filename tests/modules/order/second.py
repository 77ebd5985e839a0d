print("second runs", __name__)
NAME = "second"


def greet(who: str) -> str:
    return "hello " + who + " from " + __name__
