# expect: error[unsupported] 7:14
# Format specs apply to the run-time type, which multigen does not dispatch.
from typing import Any


def f(x: Any) -> None:
    print(f"{x:>6}")
