# expect: error[unsupported] 10:7
from typing import NamedTuple


class Person(NamedTuple):
    name: str
    age: int


print(Person("a", 1)._asdict())
