# expect: error[import] 3:23
import helper
from helper import X, Y
print(X)
