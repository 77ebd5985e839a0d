# Value and class patterns naming another module's constants and classes.
import shapes
from shapes import Point, where

for p in [shapes.Point(0, 0), Point(3, 3), Point(10, 2)]:
    print(where(p))
    match p:
        case shapes.Point(x=shapes.LIMIT):
            print("at the limit", p.y)
        case Point(x=0 | 3 as x):
            print("small", x)

match 10:
    case shapes.LIMIT:
        print("limit")
