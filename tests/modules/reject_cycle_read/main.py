# expect: error[unsupported] b.py:2:7
# b runs while a is only partly initialised: a.X is not set yet (CPython
# raises AttributeError; multigen refuses the read).
import a
