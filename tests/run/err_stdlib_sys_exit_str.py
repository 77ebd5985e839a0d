# sys.exit with a string: the string on stderr, status 1, no traceback;
# buffered stdout comes out first.
import sys

print("before")
sys.stderr.write("a warning\n")
sys.exit("fatal: giving up")
