# expect: error[import] 4:8
import helper

import nothere
print(helper.X)
