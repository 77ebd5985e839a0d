//! The runtime's side of embedding: what a Rust host (the driver's
//! `Engine`) needs to call compiled functions in its own process and get
//! Python exceptions back instead of a report and an exit.
//!
//! * **Catching.** Rust cannot catch the runtime's exceptions
//!   (`catch_unwind` aborts on foreign exceptions), so catching happens in
//!   generated code: every program compiled with entry points defines
//!   `ptr __mg_catch(ptr body, ptr env)`, which calls `body(env)` from an
//!   `invoke` and returns the exception that reached it (null if none).
//!   [`catch`] runs a Rust closure under it. While a catcher is active,
//!   `mg_uncaught` (where the module body sends an exception nothing
//!   caught) passes the exception on to it instead of reporting it and
//!   ending the process.
//! * **Values.** Building and reading the runtime's objects (strings,
//!   lists, dicts, tuples, `Optional` cells) from Rust, through the same
//!   constructors compiled code uses. Everything here that allocates may
//!   raise `MemoryError`, so it must run inside [`catch`]; every object it
//!   returns is referenced only from the caller's stack, which the
//!   collector scans, until it is stored into a GC object.
//! * **Reports.** [`render`] turns an exception into the type name, the
//!   message and CPython's whole report (`exc/report.rs`), calling user
//!   `__str__` methods under the catcher; [`exit_with_report`] is the
//!   uncaught-exception path of `multigen run` for a host that wants it.
//! * **Roots.** Module bodies register their globals as collector roots;
//!   [`root_count`], [`roots_since`] and [`remove_roots`] let a host that
//!   frees a JIT unregister them first.

use std::ffi::c_void;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::containers::MgDict;
use crate::object::{MgException, MgList, MgTuple, MgType};
use crate::MgStr;

/// A Rust callback run by the catcher.
pub type Body = unsafe extern "C-unwind" fn(*mut c_void);

/// `__mg_catch`: calls the body with the environment and returns the
/// exception that reached it, or null.
pub type Catcher = unsafe extern "C-unwind" fn(Body, *mut c_void) -> *mut MgException;

/// The number of catchers active on this process's stacks (the host
/// serialises its calls, so in practice 0 or 1).
static CATCHING: AtomicUsize = AtomicUsize::new(0);

/// Whether a host's catcher is waiting for exceptions (see the module
/// documentation): `mg_uncaught` then re-raises instead of reporting.
pub(crate) fn catching() -> bool {
    CATCHING.load(Ordering::Relaxed) > 0
}

/// Restores the state a call changed, also when a Rust panic unwinds
/// through [`catch`].
struct Active {
    handled: *mut MgException,
}

impl Drop for Active {
    fn drop(&mut self) {
        CATCHING.fetch_sub(1, Ordering::Relaxed);
        crate::mg_exc_set_handled(self.handled);
    }
}

/// Runs `f` under `catcher`: `Err` with the exception if one reached the
/// catcher. The exception being handled (`sys.exception()`) is none while
/// `f` runs and restored afterwards.
///
/// # Safety
/// `catcher` must be the address of a `__mg_catch` of code that is still
/// loaded, and the runtime must be initialised (`mg_init`) on this thread.
pub unsafe fn catch<F: FnOnce()>(catcher: Catcher, f: F) -> Result<(), *mut MgException> {
    unsafe extern "C-unwind" fn trampoline<F: FnOnce()>(env: *mut c_void) {
        // SAFETY: `env` is the `Option<F>` of the `catch` frame below,
        // which outlives this call; it is taken exactly once.
        let f = unsafe { (*(env as *mut Option<F>)).take() };
        if let Some(f) = f {
            f();
        }
    }
    let mut slot = Some(f);
    CATCHING.fetch_add(1, Ordering::Relaxed);
    let _active = Active {
        handled: crate::mg_exc_set_handled(std::ptr::null_mut()),
    };
    let exc = catcher(trampoline::<F>, (&mut slot as *mut Option<F>).cast());
    if exc.is_null() {
        Ok(())
    } else {
        Err(exc)
    }
}

/// An exception as a host sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    /// The class's `__name__`.
    pub type_name: String,
    /// `str(exc)` (`<exception str() failed>` if its `__str__` raised).
    pub message: String,
    /// The report CPython prints for it uncaught: traceback, chained
    /// exceptions, `Type: message` line.
    pub report: String,
}

/// Renders `exc` for a host. User code that runs for it (`__str__`) runs
/// under `catcher`; a `__str__` that raises makes its exception print as
/// `<exception str() failed>`, as CPython's report does.
///
/// # Safety
/// As for [`catch`]; `exc` must be a valid exception.
pub unsafe fn render(catcher: Catcher, exc: *mut MgException) -> Rendered {
    let type_name = (*(*exc).cls).name().to_string();
    let mut done: Option<(Option<Vec<u8>>, Vec<u8>)> = None;
    for _ in 0..64 {
        let result = catch(catcher, || {
            let message = crate::exc::report::message(exc);
            let report = crate::exc::report::format_report(exc);
            done = Some((message, report));
        });
        if result.is_ok() || !crate::exc::report::str_failed() {
            break;
        }
    }
    crate::exc::report::forget_str_failures();
    let text = |b: Vec<u8>| String::from_utf8_lossy(&b).into_owned();
    match done {
        Some((message, report)) => Rendered {
            type_name,
            message: message.map_or_else(|| "<exception str() failed>".into(), text),
            report: text(report),
        },
        // Something other than a `__str__` raised while formatting (such
        // as `MemoryError`): the type is all there is to tell.
        None => Rendered {
            report: format!("{type_name}: <exception str() failed>\n"),
            type_name,
            message: "<exception str() failed>".into(),
        },
    }
}

/// Reports `exc` as an uncaught exception exactly as `multigen run` does
/// (CPython's report on stderr and status 1, or the exit of a
/// `SystemExit`) and ends the process.
///
/// # Safety
/// As for [`render`].
pub unsafe fn exit_with_report(catcher: Catcher, exc: *mut MgException) -> ! {
    // The catcher is the compiled frame above the report that a `__str__`
    // raising during the report must not unwind past (`report.rs`).
    let _ = catch(catcher, || crate::exc::report::report_uncaught(exc));
    std::process::exit(1)
}

/// The number of collector roots registered so far.
pub fn root_count() -> usize {
    crate::gc::root_ranges().len()
}

/// The root ranges registered after the first `mark` (a [`root_count`]),
/// which a host that runs one module body at a time knows to be that
/// module's globals.
pub fn roots_since(mark: usize) -> Vec<(usize, usize)> {
    crate::gc::root_ranges()
        .get(mark..)
        .unwrap_or_default()
        .to_vec()
}

/// Unregisters root ranges before the memory holding them is freed.
///
/// # Safety
/// The ranges must be ones registered with `mg_gc_add_roots`.
pub unsafe fn remove_roots(ranges: &[(usize, usize)]) {
    for &(lo, hi) in ranges {
        crate::gc::remove_roots(lo, hi);
    }
}

/// A block of `n` zeroed 8-byte slots in collector memory (arguments and
/// the result of an entry point).
pub fn alloc_slots(n: usize) -> *mut u64 {
    crate::mg_alloc(8 * n.max(1) as i64) as *mut u64
}

/// A new `str`.
pub fn new_str(text: &str) -> u64 {
    crate::text::new_str(text) as u64
}

/// The text of a `str` slot.
///
/// # Safety
/// `slot` must hold a valid `str`.
pub unsafe fn str_text(slot: u64) -> String {
    MgStr::text(slot as *const MgStr).to_string()
}

/// A new empty list whose elements `elem` describes.
pub fn new_list(elem: *const MgType) -> *mut MgList {
    crate::mg_list_new(elem, 0)
}

/// Appends a slot to a list.
///
/// # Safety
/// `list` must be a valid list and `slot` a value of its element type.
pub unsafe fn list_push(list: *mut MgList, slot: u64) {
    crate::mg_list_append(list, slot)
}

/// The element slots of a list.
///
/// # Safety
/// `slot` must hold a valid list.
pub unsafe fn list_items(slot: u64) -> Vec<u64> {
    crate::containers::value::list_items(slot as *const MgList).to_vec()
}

/// A new empty dict.
pub fn new_dict(key: *const MgType, value: *const MgType) -> *mut MgDict {
    crate::mg_dict_new(key, value)
}

/// `d[key] = value` (a later equal key replaces the value and keeps the
/// first key's place, as in a dict display).
///
/// # Safety
/// `d` must be a valid dict, the slots values of its key and value types.
pub unsafe fn dict_insert(d: *mut MgDict, key: u64, value: u64) {
    crate::mg_dict_set(d, key, value)
}

/// The (key, value) slots of a dict in insertion order.
///
/// # Safety
/// `slot` must hold a valid dict.
pub unsafe fn dict_entries(slot: u64) -> Vec<(u64, u64)> {
    let d = slot as *const MgDict;
    let mut out = Vec::new();
    let mut i = crate::mg_dict_next(d, 0);
    while i >= 0 {
        out.push((crate::mg_dict_key_at(d, i), crate::mg_dict_value_at(d, i)));
        i = crate::mg_dict_next(d, i + 1);
    }
    out
}

/// A new tuple of `n` zeroed slots, to be filled with [`tuple_set`]
/// (allocated first, so that the fields' objects are never referenced
/// from Rust memory alone while they are built).
pub fn new_tuple(n: usize) -> *mut MgTuple {
    crate::containers::mem::new_tuple(&vec![0; n])
}

/// Stores field `i` of a tuple made by [`new_tuple`].
///
/// # Safety
/// `i` must be below the tuple's length.
pub unsafe fn tuple_set(t: *mut MgTuple, i: usize, slot: u64) {
    std::ptr::addr_of_mut!((*t).items)
        .cast::<u64>()
        .add(i)
        .write(slot)
}

/// The field slots of a tuple.
///
/// # Safety
/// `slot` must hold a valid boxed tuple.
pub unsafe fn tuple_items(slot: u64) -> Vec<u64> {
    crate::containers::value::tuple_items(slot as *const MgTuple).to_vec()
}

/// The cell an `Optional` of `int`, `float` or `bool` points to.
pub fn box_cell(slot: u64) -> u64 {
    let p = crate::mg_alloc(8) as *mut u64;
    // SAFETY: a fresh 8-byte block.
    unsafe { p.write(slot) };
    p as u64
}

/// The slot held by such a cell.
///
/// # Safety
/// `cell` must come from an `Optional` of a scalar type (non-null).
pub unsafe fn read_cell(cell: u64) -> u64 {
    (cell as *const u64).read()
}

/// An `int` kept where a `float` is declared (the numeric tower), or
/// `None` if it does not fit the box.
pub fn box_int_in_float(i: i64) -> Option<f64> {
    crate::numtower::boxed(i).ok()
}

/// The `int` a float slot holds, if it holds one.
pub fn int_in_float(f: f64) -> Option<i64> {
    crate::numtower::unbox(f)
}

/// `repr()` of any value, as `print(repr(v))` shows it (user `__repr__`
/// methods included, so this must run inside [`catch`]).
///
/// # Safety
/// `slot` must be a valid value of the type `desc` describes.
pub unsafe fn repr(desc: *const MgType, slot: u64) -> String {
    crate::containers::value::repr_text(&*desc, slot)
}

/// CPython's `repr()` of a string.
pub fn repr_str(text: &str) -> String {
    crate::string::repr_string(text)
}

/// CPython's `repr()` of a float.
pub fn repr_float(f: f64) -> String {
    String::from_utf8_lossy(crate::float_repr::FloatRepr::new(f).as_bytes()).into_owned()
}
