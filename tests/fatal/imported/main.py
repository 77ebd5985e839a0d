# A fatal error in a function of an imported module: the report names
# each frame's own file.
import util


def run() -> None:
    util.show(util.nest(1000000))


print("start")
run()
