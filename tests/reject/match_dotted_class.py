# expect: error[unsupported] 5:10
import math

match 1.0:
    case math.inf():
        pass
