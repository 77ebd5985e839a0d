//! Generator objects: the part of a generator that lives in the runtime.
//!
//! A generator function is compiled into an LLVM switched-resume coroutine
//! (see `codegen/src/gen/generators.rs`): calling it allocates one
//! [`MgGen`] and one coroutine frame (both GC memory, scanned
//! conservatively), and returns the `MgGen`. The coroutine frame starts
//! with the address of its resume function, which takes the frame as its
//! only argument; resuming a generator is one indirect call, and the body
//! communicates through the `MgGen` fields (the yielded value, the value
//! sent in, an exception to raise at the suspension point, the state).
//! Nothing is allocated per `yield`.
//!
//! The functions here implement what CPython's `gen_send_ex` does around
//! that call: the "already executing" check, `StopIteration` once the
//! body has finished, `send`, `throw` and `close`.

use crate::error::{raise, ErrArg};
use crate::exc::{
    mg_class_GeneratorExit, mg_class_RuntimeError, mg_class_StopIteration, mg_isinstance,
    mg_raise_exc,
};
use crate::object::{MgClass, MgException, MgObject, MgType, TbEntry, TbSite};

runtime_interface! {
    GEN_DECLS, gen_symbols;
    fn mg_gen_new(*const MgType) -> *mut MgGen;
    fn mg_gen_resume(*mut MgGen) -> i64;
    fn mg_gen_next(*mut MgGen) -> u64;
    fn mg_gen_next_default(*mut MgGen, u64) -> u64;
    fn mg_gen_send(*mut MgGen, u64, i64) -> u64;
    fn mg_gen_throw(*mut MgGen, *mut MgException) -> u64;
    fn mg_gen_close(*mut MgGen) -> ();
    fn mg_gen_exc(*mut MgGen, *mut MgException) -> *mut MgException;
    fn mg_fused_exc(*mut MgException, i64) -> *mut MgException;
}

/// The state of a generator that has not started yet.
pub const GEN_CREATED: i64 = 0;
/// The state of a generator suspended at a `yield`.
pub const GEN_SUSPENDED: i64 = 1;
/// The state of a generator whose body is running.
pub const GEN_RUNNING: i64 = 2;
/// The state of a generator whose body has returned or raised.
pub const GEN_FINISHED: i64 = 3;

/// A generator object. Compiled code reads and writes these fields at
/// fixed word offsets (`gen/generators.rs` names them), so the layout is
/// part of the ABI.
///
/// A generator is an object of the built-in class [`GEN_CLASS`] (its
/// first word), so that the runtime's generic code (repr, equality and
/// hashing by identity, containers) handles it like any object.
#[repr(C)]
pub struct MgGen {
    pub cls: *const MgClass,
    /// The coroutine frame; its first word is the resume function.
    pub frame: *mut u8,
    /// One of the `GEN_*` states.
    pub state: i64,
    /// The value of the last `yield`, as a slot of the yield type.
    pub value: u64,
    /// The value `send()` passes in (0, i.e. `None`, for `next()`).
    pub sent: u64,
    /// An exception to raise where the body resumes (`throw()`,
    /// `close()`), or null.
    pub pending: *mut MgException,
    /// The return value, as a slot of the return type.
    pub ret: u64,
    /// The descriptor of the return type, or null when it is `None` (so
    /// that `StopIteration` gets no argument, as in CPython).
    pub ret_ty: *const MgType,
    /// 1 while `close()` waits for the body to exit: a `GeneratorExit`
    /// leaving the body is then the expected outcome, not an error.
    pub closing: i64,
    /// While a `@contextmanager`'s `__enter__`/`__exit__` runs the body
    /// (`contextmanager.rs`), or null: the `contextlib.py` frame that an
    /// exception leaving the body passes through.
    pub cm_site: *const TbSite,
    /// While `__exit__` throws an exception into the body, that exception:
    /// if it leaves the body again, the body ends quietly and this field
    /// becomes null (`__exit__` then re-raises it itself).
    pub cm_exc: *mut MgException,
}

/// The class of generator objects.
pub static GEN_CLASS: MgClass = MgClass {
    name: c"generator".as_ptr(),
    module: std::ptr::null(),
    parent: std::ptr::null(),
    flags: 0,
    repr: None,
    str: None,
    eq: None,
    hash: None,
    lt: None,
    le: None,
    gt: None,
    ge: None,
    attrs: std::ptr::null(),
};

/// A new generator object (its frame is set by the caller).
///
/// # Safety
/// `ret_ty` must be null or a valid descriptor.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_new(ret_ty: *const MgType) -> *mut MgGen {
    let g = crate::mg_alloc(std::mem::size_of::<MgGen>() as i64) as *mut MgGen;
    (*g).cls = &GEN_CLASS;
    (*g).ret_ty = ret_ty;
    g
}

/// Runs the body of `g` until its next `yield` or its end: 1 if it
/// yielded (the value is in `g.value`), 0 if it has finished (now or
/// before). An exception leaving the body propagates to the caller.
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_resume(g: *mut MgGen) -> i64 {
    match (*g).state {
        GEN_CREATED | GEN_SUSPENDED => {}
        GEN_FINISHED => return 0,
        _ => raise("ValueError", "generator already executing"),
    }
    (*g).state = GEN_RUNNING;
    let frame = (*g).frame;
    // SAFETY: the first word of a switched-resume coroutine frame is its
    // resume function, which takes the frame.
    let resume: extern "C-unwind" fn(*mut u8) = std::mem::transmute(*(frame as *const *const u8));
    resume(frame);
    i64::from((*g).state != GEN_FINISHED)
}

/// Raises the `StopIteration` of a finished generator: with its return
/// value as the argument, or none when the return type is `None`.
unsafe fn stop(g: *mut MgGen) -> ! {
    let arg = if (*g).ret_ty.is_null() {
        ErrArg::Msg(String::new())
    } else {
        ErrArg::Value((*g).ret_ty, (*g).ret)
    };
    crate::exc::raise_builtin(b"StopIteration", arg)
}

/// `next(g)`: the next value, or `StopIteration`.
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_next(g: *mut MgGen) -> u64 {
    (*g).sent = 0;
    if mg_gen_resume(g) == 0 {
        stop(g)
    }
    (*g).value
}

/// `next(g, default)`.
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_next_default(g: *mut MgGen, default: u64) -> u64 {
    (*g).sent = 0;
    if mg_gen_resume(g) == 0 {
        return default;
    }
    (*g).value
}

/// `g.send(v)`; `is_none` says whether `v` is `None`, which is all a
/// generator that has not started yet accepts.
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_send(g: *mut MgGen, v: u64, is_none: i64) -> u64 {
    if (*g).state == GEN_CREATED && is_none == 0 {
        raise(
            "TypeError",
            "can't send non-None value to a just-started generator",
        )
    }
    (*g).sent = v;
    if mg_gen_resume(g) == 0 {
        stop(g)
    }
    (*g).value
}

/// `g.throw(exc)`: raises `exc` where the generator is suspended; the
/// value it yields next is the result.
///
/// # Safety
/// `g` must be a valid generator; `exc` a valid exception.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_throw(g: *mut MgGen, exc: *mut MgException) -> u64 {
    if (*g).state == GEN_FINISHED {
        mg_raise_exc(exc);
        unreachable!("mg_raise_exc returned")
    }
    if (*g).state == GEN_RUNNING {
        raise("ValueError", "generator already executing")
    }
    (*g).pending = exc;
    (*g).sent = 0;
    if mg_gen_resume(g) == 0 {
        stop(g)
    }
    (*g).value
}

/// `g.close()`: raises `GeneratorExit` where the generator is suspended,
/// so that its `finally` blocks run; a generator that yields instead is a
/// `RuntimeError`.
///
/// # Safety
/// `g` must be a valid generator.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_close(g: *mut MgGen) {
    match (*g).state {
        GEN_CREATED => {
            (*g).state = GEN_FINISHED;
            return;
        }
        GEN_FINISHED => return,
        GEN_RUNNING => raise("ValueError", "generator already executing"),
        _ => {}
    }
    let exc = new_exc(&mg_class_GeneratorExit);
    (*g).pending = exc;
    (*g).closing = 1;
    (*g).sent = 0;
    let yielded = mg_gen_resume(g);
    (*g).closing = 0;
    if yielded != 0 {
        raise("RuntimeError", "generator ignored GeneratorExit")
    }
}

/// A new exception of a built-in class without arguments.
unsafe fn new_exc(cls: &'static MgClass) -> *mut MgException {
    crate::exc::new_builtin(cls, ErrArg::Msg(String::new()))
}

/// Called by the outermost landing pad of a generator body with the
/// exception leaving it: marks the generator finished and returns the
/// exception to propagate, or null when the body should just end (the
/// `GeneratorExit` of `close()`). A `StopIteration` becomes
/// `RuntimeError: generator raised StopIteration` (PEP 479), caused by it.
///
/// # Safety
/// `g` must be a valid generator; `exc` a valid exception.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gen_exc(
    g: *mut MgGen,
    exc: *mut MgException,
) -> *mut MgException {
    (*g).state = GEN_FINISHED;
    (*g).pending = std::ptr::null_mut();
    let o = exc as *const MgObject;
    if (*g).closing != 0 && mg_isinstance(o, &mg_class_GeneratorExit) != 0 {
        return std::ptr::null_mut();
    }
    if !(*g).cm_exc.is_null() && (*g).cm_exc == exc {
        (*g).cm_exc = std::ptr::null_mut();
        return std::ptr::null_mut();
    }
    (*g).cm_exc = std::ptr::null_mut();
    let out = stop_to_runtime_error(exc);
    let site = std::mem::replace(&mut (*g).cm_site, std::ptr::null());
    if !site.is_null() {
        let e = crate::mg_alloc(std::mem::size_of::<TbEntry>() as i64) as *mut TbEntry;
        (*e).site = site;
        (*e).next = (*out).traceback;
        (*out).traceback = e;
    }
    out
}

/// PEP 479: a `StopIteration` leaving a generator body becomes
/// `RuntimeError: generator raised StopIteration`, caused by it; other
/// exceptions pass unchanged.
unsafe fn stop_to_runtime_error(exc: *mut MgException) -> *mut MgException {
    if mg_isinstance(exc as *const MgObject, &mg_class_StopIteration) == 0 {
        return exc;
    }
    let r = crate::exc::new_builtin(
        &mg_class_RuntimeError,
        ErrArg::Msg("generator raised StopIteration".to_owned()),
    );
    (*r).cause = exc;
    (*r).context = exc;
    (*r).suppress_context = 1;
    r
}

/// Called when exception `exc` leaves the body of a generator fused with
/// the loop consuming it (`codegen/src/gen/fuse.rs`): PEP 479 as in
/// [`mg_gen_exc`]. The landing pad has already recorded every frame of
/// the traceback, the `outer` frames of the consumer (the most recent
/// entries, at the head of the list) included: those belong to the
/// `RuntimeError`, raised where the consumer resumed the generator, while
/// the `StopIteration` keeps the generator's own frames.
///
/// # Safety
/// `exc` must be a valid exception.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_fused_exc(
    exc: *mut MgException,
    outer: i64,
) -> *mut MgException {
    let r = stop_to_runtime_error(exc);
    if r == exc {
        return exc;
    }
    let mut head = (*exc).traceback;
    let mut last: *mut TbEntry = std::ptr::null_mut();
    for _ in 0..outer {
        if head.is_null() {
            break;
        }
        last = head;
        head = (*head).next;
    }
    if !last.is_null() {
        (*last).next = std::ptr::null_mut();
        (*r).traceback = (*exc).traceback;
        (*exc).traceback = head;
    }
    r
}
