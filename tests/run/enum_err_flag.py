# A Flag refuses a value with bits none of its members has.
from enum import Flag


class Perm(Flag):
    R = 4
    W = 2
    X = 1


print(Perm(6))
Perm(8)
