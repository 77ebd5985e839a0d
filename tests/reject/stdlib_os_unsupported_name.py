# expect: error[unsupported] 5:1
# os.chmod is not part of multigen's os: refused where it is used.
import os

os.chmod("x", 0o644)
