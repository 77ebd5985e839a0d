# Named tuples order as tuples: a None field raises only when reached.
from typing import NamedTuple, Optional


class Person(NamedTuple):
    name: str
    email: Optional[str] = None


print(sorted([Person("b"), Person("a")]))
people = [Person("a", "x"), Person("a")]
print(sorted(people))
