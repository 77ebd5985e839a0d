"""The primitives of multigen's library modules, as mypy and CPython see them.

multigen's checker does not load this file: ``from _multigen import extern``
is understood by the checker itself, in library modules only (see
``crates/hir/src/check/library.rs``). ``@extern`` binds a stub such as
``def monotonic() -> float: ...`` to the runtime function
``mg_<module>_<name>`` (or the name given, ``@extern("mg_name")``), whose
ABI follows the stub's annotations. Under CPython the decorator changes
nothing, so the stubs return None there.
"""

from typing import Callable, TypeVar, overload

F = TypeVar("F", bound=Callable[..., object])


@overload
def extern(target: F) -> F: ...


@overload
def extern(target: str) -> Callable[[F], F]: ...


def extern(target: "F | str") -> "F | Callable[[F], F]":
    """Marks a stub as implemented by a runtime function."""
    if isinstance(target, str):

        def bind(f: F) -> F:
            return f

        return bind
    return target
