# expect: error[unsupported] 4:27
# os.path.expanduser is not part of multigen's os.path: refused at its
# import.
from os.path import join, expanduser

print(join("a", "b"), expanduser("~"))
