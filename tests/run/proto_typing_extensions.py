import typing_extensions
from typing_extensions import Protocol, runtime_checkable


@runtime_checkable
class Speaker(Protocol):
    def speak(self, times: int) -> str: ...


class Quacker(typing_extensions.Protocol):
    @property
    def volume(self) -> int: ...


class Duck:
    def speak(self, times: int) -> str:
        return "quack" * times

    @property
    def volume(self) -> int:
        return 3


class Robot:
    def __init__(self) -> None:
        self.volume = 11

    def speak(self, times: int) -> str:
        return "beep " * times


def chorus(a: Speaker, b: Speaker, n: int) -> str:
    return a.speak(n) + "|" + b.speak(n)


def loudness(q: Quacker) -> int:
    return q.volume * 2


print(chorus(Duck(), Robot(), 2))
print(chorus(Robot(), Robot(), 1))
print(loudness(Duck()), loudness(Robot()))
print(isinstance(Duck(), Speaker), isinstance(Robot(), Speaker), isinstance(1.5, Speaker))
