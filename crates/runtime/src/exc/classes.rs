//! The built-in exception classes.
//!
//! Each is a `#[no_mangle]` static `mg_class_<Name>` of type [`MgClass`]
//! that compiled code refers to by symbol (to raise, to test `isinstance`
//! in `except` clauses, and as the parent of user exception classes). The
//! list below is also the type checker's source of truth for the hierarchy
//! ([`builtin_exception_classes`]).

use std::ptr::null;
use std::sync::OnceLock;

use crate::object::{MgClass, CLASS_EXCEPTION};

/// Defines the class statics and [`BUILTIN_CLASSES`], in the given order
/// (parents before children): `symbol: "Name" (parent symbol) [in c"module"];`.
macro_rules! builtin_classes {
    ($( $sym:ident : $name:literal ( $($parent:ident)? ) $(in $module:literal)? ; )*) => {
        $(
            #[no_mangle]
            #[allow(non_upper_case_globals)]
            pub static $sym: MgClass = MgClass {
                name: concat!($name, "\0").as_ptr().cast(),
                module: builtin_classes!(@module $($module)?),
                parent: builtin_classes!(@parent $($parent)?),
                flags: CLASS_EXCEPTION,
                repr: None,
                str: None,
                eq: None,
                hash: None,
                lt: None,
                le: None,
                gt: None,
                ge: None,
                attrs: null(),
            };
        )*

        /// Every built-in exception class: symbol and class, parents first.
        pub(crate) static BUILTIN_CLASSES: &[(&str, &MgClass)] = &[
            $( (stringify!($sym), &$sym), )*
        ];
    };
    (@module) => { null() };
    (@module $m:literal) => { $m.as_ptr() };
    (@parent) => { null() };
    (@parent $p:ident) => { &$p as *const MgClass };
}

builtin_classes! {
    mg_class_BaseException: "BaseException" ();
    mg_class_Exception: "Exception" (mg_class_BaseException);
    mg_class_KeyboardInterrupt: "KeyboardInterrupt" (mg_class_BaseException);
    mg_class_SystemExit: "SystemExit" (mg_class_BaseException);
    mg_class_GeneratorExit: "GeneratorExit" (mg_class_BaseException);
    mg_class_ArithmeticError: "ArithmeticError" (mg_class_Exception);
    mg_class_ZeroDivisionError: "ZeroDivisionError" (mg_class_ArithmeticError);
    mg_class_OverflowError: "OverflowError" (mg_class_ArithmeticError);
    mg_class_LookupError: "LookupError" (mg_class_Exception);
    mg_class_IndexError: "IndexError" (mg_class_LookupError);
    mg_class_KeyError: "KeyError" (mg_class_LookupError);
    mg_class_ValueError: "ValueError" (mg_class_Exception);
    mg_class_UnicodeError: "UnicodeError" (mg_class_ValueError);
    mg_class_UnicodeDecodeError: "UnicodeDecodeError" (mg_class_UnicodeError);
    mg_class_TypeError: "TypeError" (mg_class_Exception);
    mg_class_AttributeError: "AttributeError" (mg_class_Exception);
    mg_class_FrozenInstanceError: "FrozenInstanceError" (mg_class_AttributeError) in c"dataclasses";
    mg_class_AssertionError: "AssertionError" (mg_class_Exception);
    mg_class_NameError: "NameError" (mg_class_Exception);
    mg_class_UnboundLocalError: "UnboundLocalError" (mg_class_NameError);
    mg_class_RuntimeError: "RuntimeError" (mg_class_Exception);
    mg_class_RecursionError: "RecursionError" (mg_class_RuntimeError);
    mg_class_NotImplementedError: "NotImplementedError" (mg_class_RuntimeError);
    mg_class_StopIteration: "StopIteration" (mg_class_Exception);
    mg_class_MemoryError: "MemoryError" (mg_class_Exception);
    mg_class_EOFError: "EOFError" (mg_class_Exception);
    mg_class_OSError: "OSError" (mg_class_Exception);
    mg_class_FileNotFoundError: "FileNotFoundError" (mg_class_OSError);
    mg_class_FileExistsError: "FileExistsError" (mg_class_OSError);
    mg_class_IsADirectoryError: "IsADirectoryError" (mg_class_OSError);
    mg_class_NotADirectoryError: "NotADirectoryError" (mg_class_OSError);
    mg_class_PermissionError: "PermissionError" (mg_class_OSError);
    mg_class_BlockingIOError: "BlockingIOError" (mg_class_OSError);
    mg_class_ChildProcessError: "ChildProcessError" (mg_class_OSError);
    mg_class_ConnectionError: "ConnectionError" (mg_class_OSError);
    mg_class_BrokenPipeError: "BrokenPipeError" (mg_class_ConnectionError);
    mg_class_ConnectionAbortedError: "ConnectionAbortedError" (mg_class_ConnectionError);
    mg_class_ConnectionRefusedError: "ConnectionRefusedError" (mg_class_ConnectionError);
    mg_class_ConnectionResetError: "ConnectionResetError" (mg_class_ConnectionError);
    mg_class_InterruptedError: "InterruptedError" (mg_class_OSError);
    mg_class_ProcessLookupError: "ProcessLookupError" (mg_class_OSError);
    mg_class_TimeoutError: "TimeoutError" (mg_class_OSError);
}

/// Every built-in exception class as `(name, parent name)`, parents before
/// children; the root's parent name is `""`.
pub fn builtin_exception_classes() -> &'static [(&'static str, &'static str)] {
    static TABLE: OnceLock<Vec<(&'static str, &'static str)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        BUILTIN_CLASSES
            .iter()
            .map(|(_, c)| {
                // SAFETY: the classes above are valid constant data.
                unsafe {
                    let parent = c.parent.as_ref().map_or("", |p| p.name());
                    (c.name(), parent)
                }
            })
            .collect()
    })
}

/// Symbol name and address of every built-in class, for the JIT.
pub fn class_symbols() -> Vec<(&'static str, usize)> {
    BUILTIN_CLASSES
        .iter()
        .map(|&(sym, c)| (sym, c as *const MgClass as usize))
        .collect()
}

/// The built-in class named `name`, if there is one.
pub(crate) fn builtin_class(name: &[u8]) -> Option<&'static MgClass> {
    BUILTIN_CLASSES
        .iter()
        // SAFETY: the classes above are valid constant data.
        .find(|(_, c)| unsafe { c.name() }.as_bytes() == name)
        .map(|&(_, c)| c)
}
