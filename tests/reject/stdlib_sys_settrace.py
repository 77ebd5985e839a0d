# expect: error[unsupported] 5:1
# sys.settrace is not part of multigen's sys: refused where it is used.
import sys

sys.settrace(None)
