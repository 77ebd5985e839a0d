//! The module's `__name__`: `"__main__"` when a program runs as a script
//! (`multigen run`, executables), the module's own name when `multigen call`
//! imports it to call one function.

use crate::MgStr;
use std::sync::atomic::{AtomicPtr, Ordering};

runtime_interface! {
    MODULE_DECLS, module_symbols;
    fn mg_module_name() -> *const MgStr;
}

/// The name set by the host (null until set or first read, which makes it
/// `"__main__"`). The string is kept
/// alive by the collector through this static (the data segment is a root).
static NAME: AtomicPtr<MgStr> = AtomicPtr::new(std::ptr::null_mut());

/// Sets `__name__` for the program about to run (the JIT host calls this
/// after `mg_init`).
pub fn set_module_name(name: &str) {
    NAME.store(crate::text::new_str(name) as *mut MgStr, Ordering::Relaxed);
}

/// A new `str` holding `text` (for hosts that pass strings to programs).
pub fn new_str(text: &str) -> *const MgStr {
    crate::text::new_str(text)
}

/// `__name__`.
#[no_mangle]
pub extern "C-unwind" fn mg_module_name() -> *const MgStr {
    let p = NAME.load(Ordering::Relaxed);
    if !p.is_null() {
        return p;
    }
    // Made once, on first use, and kept for the rest of the run.
    let main = crate::text::new_str("__main__") as *mut MgStr;
    NAME.store(main, Ordering::Relaxed);
    main
}
