//! Reporting an uncaught exception exactly as CPython 3.11 does: the chain
//! of causes and contexts, each with its traceback and `Name: message`
//! line, written to stderr in one write, then exit status 1. `SystemExit`
//! ends the process quietly with its code instead.

use std::ffi::CStr;
use std::io::Write;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

use crate::containers::value::{norm, tuple_field, tuple_items, ty, write_repr, write_str};
use crate::io::flush_stdout;
use crate::object::{MgException, TbEntry, KIND_BOOL, KIND_INT, KIND_NONE};

use super::suggest::attr_suggestion;
use super::{mg_class_AttributeError, mg_class_SystemExit, unwind::BARRIER, write_exc_str};

/// CPython's `sys.tracebacklimit` default: only the innermost 1000 frames
/// are printed.
const TB_LIMIT: usize = 1000;
/// CPython's `TB_RECURSIVE_CUTOFF`: identical consecutive lines are printed
/// at most this many times.
const TB_RECURSIVE_CUTOFF: usize = 3;

const CAUSE_MESSAGE: &[u8] =
    b"\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT_MESSAGE: &[u8] =
    b"\nDuring handling of the above exception, another exception occurred:\n\n";

/// The exception being reported (null when none is).
pub(super) static REPORTING: AtomicPtr<MgException> = AtomicPtr::new(std::ptr::null_mut());
/// The exception whose `str()` the report is computing (null when none).
static IN_STR: AtomicPtr<MgException> = AtomicPtr::new(std::ptr::null_mut());
/// Exceptions whose `str()` raised during the report (addresses; they stay
/// reachable from the reported exception).
static STR_FAILED: Mutex<Vec<usize>> = Mutex::new(Vec::new());

/// Writes the text of a NUL-terminated constant string.
unsafe fn put_cstr(out: &mut Vec<u8>, p: *const std::ffi::c_char) {
    if !p.is_null() {
        out.extend_from_slice(CStr::from_ptr(p).to_bytes());
    }
}

/// Writes the traceback lines of the frames from `tb` on (outermost first).
///
/// # Safety
/// `tb` must be null or a valid list of entries with valid sites.
unsafe fn write_traceback(out: &mut Vec<u8>, tb: *const TbEntry) {
    let mut entries = Vec::new();
    let mut e = tb;
    while !e.is_null() {
        entries.push(&*(*e).site);
        e = (*e).next;
    }
    let skip = entries.len().saturating_sub(TB_LIMIT);
    out.extend_from_slice(b"Traceback (most recent call last):\n");
    let mut last: Option<(&CStr, i64, &CStr)> = None;
    let mut count = 0;
    for site in &entries[skip..] {
        let key = (
            CStr::from_ptr(site.file),
            site.line,
            CStr::from_ptr(site.func),
        );
        if last != Some(key) {
            write_repeated(out, count);
            last = Some(key);
            count = 0;
        }
        count += 1;
        if count > TB_RECURSIVE_CUTOFF {
            continue;
        }
        out.extend_from_slice(b"  File \"");
        put_cstr(out, site.file);
        out.extend_from_slice(format!("\", line {}, in ", site.line).as_bytes());
        put_cstr(out, site.func);
        out.push(b'\n');
        if !site.text.is_null() && *site.text != 0 {
            out.extend_from_slice(b"    ");
            put_cstr(out, site.text);
            out.push(b'\n');
        }
    }
    write_repeated(out, count);
}

/// CPython's `tb_print_line_repeated`, for a run of `count` identical lines.
fn write_repeated(out: &mut Vec<u8>, count: usize) {
    if count > TB_RECURSIVE_CUTOFF {
        let n = count - TB_RECURSIVE_CUTOFF;
        let s = if n > 1 { "s" } else { "" };
        out.extend_from_slice(format!("  [Previous line repeated {n} more time{s}]\n").as_bytes());
    }
}

/// `str(exc)` for the report, or `None` if it raised.
unsafe fn report_str(exc: *mut MgException) -> Option<Vec<u8>> {
    if failed(exc) {
        return None;
    }
    IN_STR.store(exc, Ordering::Relaxed);
    let mut s = Vec::new();
    write_exc_str(exc, &mut s);
    IN_STR.store(std::ptr::null_mut(), Ordering::Relaxed);
    Some(s)
}

fn failed(exc: *mut MgException) -> bool {
    let list = STR_FAILED.lock().unwrap_or_else(|e| e.into_inner());
    list.contains(&(exc as usize))
}

/// Writes one exception: its traceback, then `module.Name: message`.
unsafe fn write_one(out: &mut Vec<u8>, exc: *mut MgException) {
    if !(*exc).traceback.is_null() {
        write_traceback(out, (*exc).traceback);
    }
    let cls = &*(*exc).cls;
    if let Some(m) = cls.module() {
        out.extend_from_slice(m.as_bytes());
        out.push(b'.');
    }
    out.extend_from_slice(cls.name().as_bytes());
    match report_str(exc) {
        None => out.extend_from_slice(b": <exception str() failed>"),
        Some(s) if s.is_empty() => {}
        Some(s) => {
            out.extend_from_slice(b": ");
            out.extend_from_slice(&s);
        }
    }
    // CPython's `print_exception_suggestions`, for an `AttributeError` (not
    // a subclass) that a failed attribute read raised.
    if std::ptr::eq(cls, &mg_class_AttributeError) && !(*exc).attr_obj.is_null() {
        if let Some(s) = attr_suggestion((*exc).attr_obj, (*exc).attr_name) {
            out.extend_from_slice(s.as_bytes());
        }
    }
    out.push(b'\n');
}

/// The full report CPython prints for the uncaught exception `exc`: its
/// chain first (a `__cause__`, or else an unsuppressed `__context__`, each
/// printed once even if the chain has a cycle), then `exc` itself.
///
/// # Safety
/// `exc` must be a valid exception whose chain consists of valid ones.
pub(crate) unsafe fn format_report(exc: *mut MgException) -> Vec<u8> {
    // The chain from `exc` (printed last) back, each exception with the
    // message printed after it (empty for `exc`).
    let mut chain: Vec<(*mut MgException, &[u8])> = vec![(exc, b"")];
    loop {
        let cur = chain[chain.len() - 1].0;
        let (next, msg) = if !(*cur).cause.is_null() {
            ((*cur).cause, CAUSE_MESSAGE)
        } else if !(*cur).context.is_null() && (*cur).suppress_context == 0 {
            ((*cur).context, CONTEXT_MESSAGE)
        } else {
            break;
        };
        if chain.iter().any(|&(e, _)| e == next) {
            break;
        }
        chain.push((next, msg));
    }
    let mut out = Vec::new();
    for i in (0..chain.len()).rev() {
        write_one(&mut out, chain[i].0);
        out.extend_from_slice(chain[i].1);
    }
    out
}

/// Reports the uncaught exception `exc` as CPython does and ends the
/// process: status 1 after the traceback, or quietly with the code of a
/// `SystemExit`. Pending stdout output is flushed first. Never returns.
///
/// # Safety
/// `exc` must be a valid exception object.
///
/// Under a host's catcher (`embed.rs`) the exception is not uncaught: it
/// goes on to the catcher, which hands it to the host.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_uncaught(exc: *mut MgException) {
    if crate::embed::catching() {
        super::unwind::throw(exc)
    }
    report_uncaught(exc)
}

/// [`mg_uncaught`] without the host check: reports and exits.
pub(crate) unsafe fn report_uncaught(exc: *mut MgException) -> ! {
    flush_stdout();
    // User code run for the report (`__str__`) must not unwind past here.
    let marker = 0u8;
    let _ = BARRIER.compare_exchange(
        0,
        std::hint::black_box(&marker) as *const u8 as usize,
        Ordering::Relaxed,
        Ordering::Relaxed,
    );
    REPORTING.store(exc, Ordering::Relaxed);
    report_and_exit(exc)
}

/// Called when a raise found no handler: either a real uncaught exception,
/// or one that user code raised while an uncaught exception was being
/// reported (its `str()` then "failed", and the report starts over).
pub(crate) unsafe fn unhandled(exc: *mut MgException) -> ! {
    let root = REPORTING.load(Ordering::Relaxed);
    if root.is_null() {
        report_uncaught(exc);
    }
    if !str_failed() {
        // Not from a `str()` the report asked for: give up on the report.
        let _ = std::io::stderr().write_all(b"Fatal error while reporting an exception\n");
        std::process::exit(1);
    }
    report_and_exit(root)
}

/// After an exception escaped from formatting a report: if it came from
/// the `str()` of an exception the report asked for, remembers that this
/// `str()` fails (the report then shows `<exception str() failed>` for it)
/// and returns true; false if it came from anywhere else.
pub(crate) fn str_failed() -> bool {
    let culprit = IN_STR.swap(std::ptr::null_mut(), Ordering::Relaxed);
    if culprit.is_null() || failed(culprit) {
        return false;
    }
    STR_FAILED
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(culprit as usize);
    true
}

/// Forgets the failed `str()`s of a finished report (a host renders
/// several in one process, and addresses are reused).
pub(crate) fn forget_str_failures() {
    STR_FAILED.lock().unwrap_or_else(|e| e.into_inner()).clear();
}

/// `str(exc)` as a report shows it, or `None` if it raised before.
///
/// # Safety
/// `exc` must be a valid exception.
pub(crate) unsafe fn message(exc: *mut MgException) -> Option<Vec<u8>> {
    report_str(exc)
}

unsafe fn report_and_exit(exc: *mut MgException) -> ! {
    if (*(*exc).cls).is_subclass(&mg_class_SystemExit) {
        system_exit(exc);
    }
    let report = format_report(exc);
    // Nothing useful can be done if stderr is gone; the exit status still
    // tells the caller that the program failed.
    let _ = std::io::stderr().write_all(&report);
    flush_stdout();
    std::process::exit(1)
}

/// CPython's handling of an uncaught `SystemExit`: no argument or `None`
/// exits with 0, an int with that status, anything else is printed to
/// stderr and exits with 1.
unsafe fn system_exit(exc: *mut MgException) -> ! {
    let args = tuple_items((*exc).args);
    let code = match args {
        [] => 0,
        [v] => {
            let (t, v) = norm(tuple_field(ty((*exc).args_ty), 0), *v);
            match t.kind {
                KIND_NONE => 0,
                KIND_INT | KIND_BOOL => v as i64 as i32,
                _ => {
                    let mut out = Vec::new();
                    IN_STR.store(exc, Ordering::Relaxed);
                    if !failed(exc) {
                        write_str(t, v, &mut out);
                    }
                    IN_STR.store(std::ptr::null_mut(), Ordering::Relaxed);
                    out.push(b'\n');
                    flush_stdout();
                    let _ = std::io::stderr().write_all(&out);
                    1
                }
            }
        }
        _ => {
            let mut out = Vec::new();
            write_repr(ty((*exc).args_ty), (*exc).args as u64, &mut out);
            out.push(b'\n');
            flush_stdout();
            let _ = std::io::stderr().write_all(&out);
            1
        }
    };
    flush_stdout();
    std::process::exit(code)
}
