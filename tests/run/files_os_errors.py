# os's failures: the OSError subclass of the error number with CPython's
# message, naming the path (both paths for rename).
import os
import os.path

os.mkdir("d")
with open("f.txt", "w") as f:
    f.write("abc")


def attempt(what: str, n: int) -> None:
    try:
        if n == 0:
            os.mkdir("d")
        elif n == 1:
            os.mkdir("missing/d")
        elif n == 2:
            os.mkdir("f.txt/d")
        elif n == 3:
            os.makedirs("d")
        elif n == 4:
            os.makedirs("f.txt", exist_ok=True)
        elif n == 5:
            os.makedirs("f.txt/x/y")
        elif n == 6:
            os.listdir("missing")
        elif n == 7:
            os.listdir("f.txt")
        elif n == 8:
            os.remove("missing.txt")
        elif n == 9:
            os.remove("d")
        elif n == 10:
            os.rmdir("missing")
        elif n == 11:
            os.rmdir("f.txt")
        elif n == 12:
            os.rename("missing", "other")
        elif n == 13:
            os.rename("d", "f.txt")
        elif n == 14:
            os.rename("f.txt", "d")
        elif n == 15:
            os.path.getsize("missing.txt")
        elif n == 16:
            os.unlink("")
        print(what, "succeeded")
    except FileExistsError as e:
        print(what, "FileExistsError", e)
    except FileNotFoundError as e:
        print(what, "FileNotFoundError", e)
    except IsADirectoryError as e:
        print(what, "IsADirectoryError", e)
    except NotADirectoryError as e:
        print(what, "NotADirectoryError", e)
    except OSError as e:
        print(what, type(e).__name__, e)


for i, what in enumerate(
    [
        "mkdir existing",
        "mkdir in missing",
        "mkdir in file",
        "makedirs existing",
        "makedirs file exist_ok",
        "makedirs under file",
        "listdir missing",
        "listdir file",
        "remove missing",
        "remove dir",
        "rmdir missing",
        "rmdir file",
        "rename missing",
        "rename dir onto file",
        "rename file onto dir",
        "getsize missing",
        "unlink empty",
    ]
):
    attempt(what, i)

os.makedirs("d", exist_ok=True)
os.mkdir("d/inner")
try:
    os.rmdir("d")
except OSError as e:
    print(type(e).__name__, e, isinstance(e, FileExistsError))
print(sorted(os.listdir()))

# Uncaught, the error ends the program with CPython's traceback.
os.mkdir("d")
