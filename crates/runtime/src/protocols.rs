//! The part of CPython 3.11's `typing` module that compiled code cannot
//! express as plain IR: `isinstance(x, P)` against a protocol without
//! `@runtime_checkable`, whose `TypeError` traceback ends in a frame of
//! `typing.py` (line numbers of CPython 3.11.7, shown at the path of a
//! system installation as `enums.rs` does for `enum.py`). The checker
//! (`hir/src/check/protocols.rs`) decides every other protocol question
//! at compile time.

use crate::contextmanager::Site;
use crate::exc::mg_class_TypeError;

runtime_interface! {
    PROTOCOL_DECLS, protocol_symbols;
    #[noreturn] fn mg_protocol_isinstance_error() -> ();
}

/// `_ProtocolMeta.__instancecheck__` refusing a protocol that is not
/// runtime-checkable.
static INSTANCECHECK: Site = crate::contextmanager::site_in(
    c"/usr/lib/python3.11/typing.py",
    c"__instancecheck__",
    1998,
    c"raise TypeError(\"Instance and class checks can only be used with\"",
);

/// `isinstance(x, P)` for a protocol `P` without `@runtime_checkable`.
///
/// # Safety
/// Called by compiled code, like every runtime function that raises.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_protocol_isinstance_error() {
    crate::enums::raise_with(
        &mg_class_TypeError,
        crate::error::ErrArg::Msg(
            "Instance and class checks can only be used with @runtime_checkable protocols".into(),
        ),
        &[&INSTANCECHECK],
    )
}
