# expect: error[name] 4:7
import helper
print(helper.X)
print(helper.Y)
