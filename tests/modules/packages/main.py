import shapes.solid.cube
import shapes.square as sq
from shapes import square
from shapes.solid import cube as c
from shapes.solid.cube import volume

print(shapes.solid.cube.volume(2))
print(sq.area(3), square.area(4))
print(c.volume(3), volume(4))
print(shapes.VERSION, shapes.solid.cube.describe())
