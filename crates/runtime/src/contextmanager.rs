//! `contextlib.contextmanager`: the `__enter__` and `__exit__` of CPython's
//! `_GeneratorContextManager`, run on a compiled generator.
//!
//! The checker lowers `with f(...) as x:` for a `@contextmanager` generator
//! function `f` like any `with` (`hir/src/check/contextmanager.rs`), with
//! these three functions in place of the manager's methods. CPython runs
//! them as Python code in `contextlib.py`, whose frames appear in
//! tracebacks between the `with` line and the generator's own frames; so
//! each function here names the line of `contextlib.py` it stands for:
//! an exception it raises itself starts its traceback with that frame, and
//! one leaving the generator's body gets it from `mg_gen_exc`, which
//! prepends `MgGen::cm_site` after the generator's frames and before the
//! caller's landing pad adds the `with` line. The line numbers are those of
//! CPython 3.11's `contextlib.py`; the file is shown at the path of a
//! system installation of 3.11 (test harnesses compare file names only).
//!
//! The runtime cannot catch an exception, so the one `__exit__` inspects
//! after `throw()` (the exception thrown in, propagating out of the
//! generator again) is recognised by `mg_gen_exc` through
//! `MgGen::cm_exc`, which then ends the body quietly as it does for the
//! `GeneratorExit` of `close()`.

use crate::error::raise;
use crate::exc::{mg_class_RuntimeError, mg_raise_exc};
use crate::generator::{mg_gen_close, mg_gen_resume, MgGen};
use crate::object::{MgException, TbEntry, TbSite};

runtime_interface! {
    CM_DECLS, cm_symbols;
    fn mg_cm_enter(*mut MgGen) -> u64;
    fn mg_cm_exit_ok(*mut MgGen) -> ();
    fn mg_cm_exit_exc(*mut MgGen, *mut MgException) -> i64;
}

/// A traceback site in constant data (its strings are static).
pub(crate) struct Site(pub(crate) TbSite);

// SAFETY: the site only points to immutable static strings.
unsafe impl Sync for Site {}

/// Where CPython 3.11's `contextlib.py` is shown to live.
const FILE: &std::ffi::CStr = c"/usr/lib/python3.11/contextlib.py";

const fn site(func: &'static std::ffi::CStr, line: i64, text: &'static std::ffi::CStr) -> Site {
    site_in(FILE, func, line, text)
}

/// The traceback site of a line of a Python library file (`file`), in
/// frame `func`; `text` is the line, with a second line of markers if any.
pub(crate) const fn site_in(
    file: &'static std::ffi::CStr,
    func: &'static std::ffi::CStr,
    line: i64,
    text: &'static std::ffi::CStr,
) -> Site {
    Site(TbSite {
        file: file.as_ptr(),
        func: func.as_ptr(),
        line,
        text: text.as_ptr(),
    })
}

/// `__enter__`: `return next(self.gen)` (an exception from the generator).
static ENTER_NEXT: Site = site(
    c"__enter__",
    137,
    c"return next(self.gen)\n           ^^^^^^^^^^^^^^",
);
/// `__enter__`: the generator finished without yielding.
static ENTER_NO_YIELD: Site = site(
    c"__enter__",
    139,
    c"raise RuntimeError(\"generator didn't yield\") from None",
);
/// `__exit__` without an exception: `next(self.gen)`.
static EXIT_NEXT: Site = site(c"__exit__", 144, c"next(self.gen)");
/// `__exit__` without an exception: the generator yielded again.
static EXIT_NO_STOP: Site = site(
    c"__exit__",
    149,
    c"raise RuntimeError(\"generator didn't stop\")",
);
/// `__exit__`'s `self.gen.close()` after the generator did not stop.
static EXIT_CLOSE: Site = site(c"__exit__", 151, c"self.gen.close()");
/// `__exit__` with an exception: `self.gen.throw(typ, value, traceback)`.
static EXIT_THROW: Site = site(c"__exit__", 158, c"self.gen.throw(typ, value, traceback)");
/// `__exit__` with an exception: the generator yielded again.
static EXIT_THROW_NO_STOP: Site = site(
    c"__exit__",
    194,
    c"raise RuntimeError(\"generator didn't stop after throw()\")",
);
/// `__exit__`'s `self.gen.close()` after the generator did not stop
/// after `throw()`.
static EXIT_THROW_CLOSE: Site = site(c"__exit__", 196, c"self.gen.close()");

/// Resumes `g` with `site` as the `contextlib.py` frame of an exception
/// leaving its body: 1 if it yielded, 0 if it finished.
unsafe fn resume_at(g: *mut MgGen, site: &'static Site) -> i64 {
    (*g).sent = 0;
    (*g).cm_site = &site.0;
    // The field is reset by `mg_gen_exc` when the body raises.
    let r = mg_gen_resume(g);
    (*g).cm_site = std::ptr::null();
    r
}

/// Closes `g` after it failed to stop, with `site` as the frame of an
/// exception `close()` raises from its body.
unsafe fn close_at(g: *mut MgGen, site: &'static Site) {
    (*g).cm_site = &site.0;
    mg_gen_close(g);
    (*g).cm_site = std::ptr::null();
}

/// Raises `RuntimeError(msg)` from the `contextlib.py` line `site`.
unsafe fn raise_at(site: &'static Site, msg: &str, from_none: bool) -> ! {
    let exc = crate::exc::new_builtin(
        &mg_class_RuntimeError,
        crate::error::ErrArg::Msg(msg.to_owned()),
    );
    let e = crate::mg_alloc(std::mem::size_of::<TbEntry>() as i64) as *mut TbEntry;
    (*e).site = &site.0;
    (*e).next = std::ptr::null_mut();
    (*exc).traceback = e;
    if from_none {
        (*exc).suppress_context = 1;
    }
    mg_raise_exc(exc);
    unreachable!("mg_raise_exc returned")
}

/// `__enter__`: runs the generator to its first `yield` and returns the
/// yielded value (a slot of the yield type).
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_cm_enter(g: *mut MgGen) -> u64 {
    if resume_at(g, &ENTER_NEXT) == 0 {
        raise_at(&ENTER_NO_YIELD, "generator didn't yield", true)
    }
    (*g).value
}

/// `__exit__(None, None, None)`: the generator must finish.
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_cm_exit_ok(g: *mut MgGen) {
    if resume_at(g, &EXIT_NEXT) != 0 {
        // CPython raises, then closes the generator in a `finally`; the
        // order shows only if `close()` raises, whose exception then
        // lacks the `RuntimeError` as its context.
        close_at(g, &EXIT_CLOSE);
        raise_at(&EXIT_NO_STOP, "generator didn't stop", false)
    }
}

/// `__exit__(type(e), e, e.__traceback__)`: throws `e` into the generator
/// at its `yield`. Returns 1 if the generator swallowed it and finished
/// (the `with` suppresses `e`), 0 if `e` came back out of it (the `with`
/// re-raises `e`, whose traceback is restored to what it was, as
/// `contextlib` does); any other exception propagates.
///
/// # Safety
/// `g` must be a valid generator; `e` a valid exception.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_cm_exit_exc(g: *mut MgGen, e: *mut MgException) -> i64 {
    if (*g).state == crate::generator::GEN_RUNNING {
        raise("ValueError", "generator already executing")
    }
    let tb = (*e).traceback;
    (*g).pending = e;
    (*g).cm_exc = e;
    let yielded = resume_at(g, &EXIT_THROW);
    let came_back = (*g).cm_exc.is_null();
    (*g).cm_exc = std::ptr::null_mut();
    if came_back {
        (*e).traceback = tb;
        return 0;
    }
    if yielded != 0 {
        close_at(g, &EXIT_THROW_CLOSE);
        raise_at(
            &EXIT_THROW_NO_STOP,
            "generator didn't stop after throw()",
            false,
        )
    }
    1
}
