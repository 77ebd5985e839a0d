# os.environ and os.getenv, with variables whose values the test cannot
# know read only for their presence, and others set by the program.
import os

print(os.name, os.sep, repr(os.linesep), os.curdir, os.pardir, os.extsep, os.pathsep)
print(os.devnull, os.defpath, os.path.sep)
print("PATH" in os.environ, "MULTIGEN_SURELY_UNSET_VAR" in os.environ)
print(os.getenv("MULTIGEN_SURELY_UNSET_VAR"))
print(os.getenv("MULTIGEN_SURELY_UNSET_VAR", "fallback"))
print(os.environ.get("MULTIGEN_SURELY_UNSET_VAR"))
print(os.environ.get("MULTIGEN_SURELY_UNSET_VAR", "other"))
print(os.getenv("PATH") is not None, os.getenv("PATH") == os.environ["PATH"])
print(isinstance(os.environ["PATH"], str), len(os.environ) > 0)
count = 0
for key in os.environ:
    if key == "PATH":
        count += 1
print(count)

os.environ["MULTIGEN_TEST_VAR"] = "set by the program"
print(os.environ["MULTIGEN_TEST_VAR"], os.getenv("MULTIGEN_TEST_VAR"))
print("MULTIGEN_TEST_VAR" in os.environ)
del os.environ["MULTIGEN_TEST_VAR"]
print("MULTIGEN_TEST_VAR" in os.environ, os.getenv("MULTIGEN_TEST_VAR", "gone"))

try:
    print(os.environ["MULTIGEN_SURELY_UNSET_VAR"])
except KeyError as e:
    print("KeyError", e)
