//! The attributes of the built-in types as CPython 3.11 lists them
//! (`dir(int)`...), without those set to `None` (`list.__hash__`): what
//! a protocol's members are looked up in when a built-in value is checked
//! against a protocol (`protocols.rs`), statically as `isinstance` would
//! at run time.

use crate::ir::Ty;

const INT: &str = concat!(
    "__abs__ __add__ __and__ __bool__ __ceil__ __class__ __delattr__ ",
    "__dir__ __divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ ",
    "__format__ __ge__ __getattribute__ __getnewargs__ __getstate__ __gt__ ",
    "__hash__ __index__ __init__ __init_subclass__ __int__ __invert__ ",
    "__le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __new__ __or__ ",
    "__pos__ __pow__ __radd__ __rand__ __rdivmod__ __reduce__ __reduce_ex__ ",
    "__repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ ",
    "__rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ ",
    "__setattr__ __sizeof__ __str__ __sub__ __subclasshook__ __truediv__ ",
    "__trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate ",
    "denominator from_bytes imag numerator real to_bytes ",
);

const FLOAT: &str = concat!(
    "__abs__ __add__ __bool__ __ceil__ __class__ __delattr__ __dir__ ",
    "__divmod__ __doc__ __eq__ __float__ __floor__ __floordiv__ __format__ ",
    "__ge__ __getattribute__ __getformat__ __getnewargs__ __getstate__ ",
    "__gt__ __hash__ __init__ __init_subclass__ __int__ __le__ __lt__ ",
    "__mod__ __mul__ __ne__ __neg__ __new__ __pos__ __pow__ __radd__ ",
    "__rdivmod__ __reduce__ __reduce_ex__ __repr__ __rfloordiv__ __rmod__ ",
    "__rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __setattr__ ",
    "__sizeof__ __str__ __sub__ __subclasshook__ __truediv__ __trunc__ ",
    "as_integer_ratio conjugate fromhex hex imag is_integer real ",
);

const STR: &str = concat!(
    "__add__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ ",
    "__format__ __ge__ __getattribute__ __getitem__ __getnewargs__ ",
    "__getstate__ __gt__ __hash__ __init__ __init_subclass__ __iter__ ",
    "__le__ __len__ __lt__ __mod__ __mul__ __ne__ __new__ __reduce__ ",
    "__reduce_ex__ __repr__ __rmod__ __rmul__ __setattr__ __sizeof__ ",
    "__str__ __subclasshook__ capitalize casefold center count encode ",
    "endswith expandtabs find format format_map index isalnum isalpha ",
    "isascii isdecimal isdigit isidentifier islower isnumeric isprintable ",
    "isspace istitle isupper join ljust lower lstrip maketrans partition ",
    "removeprefix removesuffix replace rfind rindex rjust rpartition rsplit ",
    "rstrip split splitlines startswith strip swapcase title translate ",
    "upper zfill ",
);

const LIST: &str = concat!(
    "__add__ __class__ __class_getitem__ __contains__ __delattr__ ",
    "__delitem__ __dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ ",
    "__getitem__ __getstate__ __gt__ __iadd__ __imul__ __init__ ",
    "__init_subclass__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ ",
    "__new__ __reduce__ __reduce_ex__ __repr__ __reversed__ __rmul__ ",
    "__setattr__ __setitem__ __sizeof__ __str__ __subclasshook__ append ",
    "clear copy count extend index insert pop remove reverse sort ",
);

const DICT: &str = concat!(
    "__class__ __class_getitem__ __contains__ __delattr__ __delitem__ ",
    "__dir__ __doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ ",
    "__getstate__ __gt__ __init__ __init_subclass__ __ior__ __iter__ __le__ ",
    "__len__ __lt__ __ne__ __new__ __or__ __reduce__ __reduce_ex__ __repr__ ",
    "__reversed__ __ror__ __setattr__ __setitem__ __sizeof__ __str__ ",
    "__subclasshook__ clear copy fromkeys get items keys pop popitem ",
    "setdefault update values ",
);

const SET: &str = concat!(
    "__and__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ ",
    "__doc__ __eq__ __format__ __ge__ __getattribute__ __getstate__ __gt__ ",
    "__iand__ __init__ __init_subclass__ __ior__ __isub__ __iter__ __ixor__ ",
    "__le__ __len__ __lt__ __ne__ __new__ __or__ __rand__ __reduce__ ",
    "__reduce_ex__ __repr__ __ror__ __rsub__ __rxor__ __setattr__ ",
    "__sizeof__ __str__ __sub__ __subclasshook__ __xor__ add clear copy ",
    "difference difference_update discard intersection intersection_update ",
    "isdisjoint issubset issuperset pop remove symmetric_difference ",
    "symmetric_difference_update union update ",
);

const VARTUPLE: &str = concat!(
    "__add__ __class__ __class_getitem__ __contains__ __delattr__ __dir__ ",
    "__doc__ __eq__ __format__ __ge__ __getattribute__ __getitem__ ",
    "__getnewargs__ __getstate__ __gt__ __hash__ __init__ __init_subclass__ ",
    "__iter__ __le__ __len__ __lt__ __mul__ __ne__ __new__ __reduce__ ",
    "__reduce_ex__ __repr__ __rmul__ __setattr__ __sizeof__ __str__ ",
    "__subclasshook__ count index ",
);

const RANGE: &str = concat!(
    "__bool__ __class__ __contains__ __delattr__ __dir__ __doc__ __eq__ ",
    "__format__ __ge__ __getattribute__ __getitem__ __getstate__ __gt__ ",
    "__hash__ __init__ __init_subclass__ __iter__ __le__ __len__ __lt__ ",
    "__ne__ __new__ __reduce__ __reduce_ex__ __repr__ __reversed__ ",
    "__setattr__ __sizeof__ __str__ __subclasshook__ count index start step ",
    "stop ",
);

const NONE: &str = concat!(
    "__bool__ __class__ __delattr__ __dir__ __eq__ __format__ __ge__ ",
    "__getattribute__ __getstate__ __gt__ __hash__ __init__ ",
    "__init_subclass__ __le__ __lt__ __ne__ __new__ __reduce__ ",
    "__reduce_ex__ __repr__ __setattr__ __sizeof__ __str__ __subclasshook__ ",
);

/// The attribute names of a value of built-in type `t`, or `None` for a
/// type this table does not describe (classes, functions, generators).
pub(super) fn builtin_attrs(t: &Ty) -> Option<&'static str> {
    Some(match t {
        Ty::Int => INT,
        Ty::Float => FLOAT,
        // `dir(bool)` is `dir(int)`.
        Ty::Bool => INT,
        Ty::Str => STR,
        Ty::List(_) => LIST,
        Ty::Dict(..) => DICT,
        Ty::Set(_) => SET,
        Ty::Tuple(_) | Ty::VarTuple(_) => VARTUPLE,
        Ty::Range => RANGE,
        Ty::None => NONE,
        _ => return None,
    })
}

/// Whether a value of built-in type `t` has attribute `name` (`None` when
/// the table does not describe `t`).
pub(super) fn builtin_has(t: &Ty, name: &str) -> Option<bool> {
    builtin_attrs(t).map(|a| a.split(' ').any(|n| n == name))
}
