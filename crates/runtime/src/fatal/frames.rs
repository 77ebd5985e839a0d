//! The Python frames of the current thread, found on the native stack for
//! the fatal-error report, at no cost to the program while it runs.
//!
//! Compiled code keeps no record of its frames: tracebacks are recorded
//! while an exception unwinds. So the report walks the native stack with
//! the unwinder (`_Unwind_Backtrace`, on the signal's alternate stack) and
//! recognises the frames of compiled Python functions by two tables the
//! compiler emits anyway or adds after optimisation:
//!
//! * **Which function.** Each compiled module registers, when its body
//!   starts ([`mg_register_frames`]), a table from the start address of
//!   every compiled function (generator bodies included) to its name and
//!   file. The table is added to the LLVM module after optimisation, so
//!   taking the functions' addresses does not change how LLVM optimises
//!   them. A native frame whose function (`_Unwind_GetRegionStart`) is not
//!   in a table (the runtime, libc, the JIT host) is skipped.
//! * **Which line, and which inlined frames.** A frame stopped at a call
//!   is at an `invoke`, whose landing pad lists the traceback sites
//!   (`TbSite`) of the frames it records as `catch` clauses, innermost
//!   first: they land in the LSDA's type table and are read from the call
//!   site's action chain. When LLVM inlines a function, the inlined
//!   landing pads get the caller's clauses appended, so one native frame
//!   yields every Python frame inlined into it, each with its line.
//!
//! A frame interrupted between calls (the innermost one, when the signal
//! comes from outside or from a fault in compiled code), or stopped at a
//! call without such a landing pad, prints its function with `line ???`,
//! as faulthandler prints a frame whose line it does not know; Python
//! functions inlined into it at that point are not seen.

use std::ffi::{c_char, c_int, c_void, CStr};
use std::sync::atomic::{AtomicI64, AtomicPtr, Ordering};
use std::sync::Mutex;

use crate::exc::{landing_pad_catches, UnwindContext};
use crate::object::TbSite;

/// The table of compiled functions of one LLVM module, as the compiler
/// emits it (`codegen/src/frames.rs`): a header in writable memory and its
/// entries.
#[repr(C)]
pub struct FrameTable {
    /// The table registered before this one.
    next: AtomicPtr<FrameTable>,
    /// The table's registration number, 0 while it is not registered (a
    /// module body may run more than once in a JIT host; registering a
    /// registered table does nothing).
    registered: i64,
    len: i64,
    entries: *mut FrameEntry,
}

/// One compiled function: where its code starts, and its name and file (a
/// site whose line is 0, unknown).
#[repr(C)]
#[derive(Clone, Copy)]
struct FrameEntry {
    code: usize,
    func: *const TbSite,
}

/// The registered tables, last registered first. The report reads the
/// list without a lock; changes are made under [`CHANGING`], each a single
/// store of a link, so that a reader always sees a well-formed list.
static TABLES: AtomicPtr<FrameTable> = AtomicPtr::new(std::ptr::null_mut());
/// Serialises registering and forgetting.
static CHANGING: Mutex<()> = Mutex::new(());
/// The next registration number.
static NEXT: AtomicI64 = AtomicI64::new(1);

/// Registers the compiled functions of a module (called by its body before
/// its first statement). The entries are sorted in place by address.
///
/// # Safety
/// `t` must be a table as the compiler emits it, alive until it is
/// forgotten ([`forget_frames`]) or the process ends.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_register_frames(t: *mut FrameTable) {
    if (*t).registered != 0 {
        return;
    }
    let _lock = CHANGING.lock().unwrap_or_else(|e| e.into_inner());
    let len = usize::try_from((*t).len).unwrap_or(0);
    if len > 0 {
        std::slice::from_raw_parts_mut((*t).entries, len).sort_unstable_by_key(|e| e.code);
    }
    (*t).registered = NEXT.fetch_add(1, Ordering::Relaxed);
    (*t).next
        .store(TABLES.load(Ordering::Acquire), Ordering::Relaxed);
    TABLES.store(t, Ordering::Release);
}

/// A mark for [`frames_since`]: the tables registered after it are those
/// of code run in between.
pub fn frames_mark() -> i64 {
    NEXT.load(Ordering::Relaxed)
}

/// The tables registered after `mark` and still registered, for
/// [`forget_frames`] (a host that frees a JIT records those its module
/// bodies registered).
pub fn frames_since(mark: i64) -> Vec<usize> {
    let _lock = CHANGING.lock().unwrap_or_else(|e| e.into_inner());
    let mut found = Vec::new();
    let mut t = TABLES.load(Ordering::Acquire);
    while !t.is_null() {
        // SAFETY: registered tables stay alive while they are listed.
        unsafe {
            if (*t).registered >= mark {
                found.push(t as usize);
            }
            t = (*t).next.load(Ordering::Relaxed);
        }
    }
    found
}

/// Forgets registered tables before the code they describe is freed (so
/// that a later run of the same code registers them again); tables no
/// longer registered are skipped.
///
/// # Safety
/// The tables must be alive (their memory not yet freed).
pub unsafe fn forget_frames(tables: &[usize]) {
    let _lock = CHANGING.lock().unwrap_or_else(|e| e.into_inner());
    let mut link: &AtomicPtr<FrameTable> = &TABLES;
    loop {
        let t = link.load(Ordering::Acquire);
        if t.is_null() {
            return;
        }
        if tables.contains(&(t as usize)) {
            link.store((*t).next.load(Ordering::Relaxed), Ordering::Release);
            (*t).registered = 0;
        } else {
            link = &(*t).next;
        }
    }
}

/// The compiled function whose code starts at `start`, if any.
pub(super) fn function_at(start: usize) -> Option<*const TbSite> {
    let mut t = TABLES.load(Ordering::Acquire);
    while !t.is_null() {
        // SAFETY: registered tables stay alive while they are listed.
        unsafe {
            let len = usize::try_from((*t).len).unwrap_or(0);
            if len > 0 {
                let entries = std::slice::from_raw_parts((*t).entries, len);
                if let Ok(i) = entries.binary_search_by_key(&start, |e| e.code) {
                    return Some(entries[i].func);
                }
            }
            t = (*t).next.load(Ordering::Relaxed);
        }
    }
    None
}

/// faulthandler's limits: frames printed (then `  ...`), and characters of
/// a name or file name (then `...`).
const MAX_FRAME_DEPTH: usize = 100;
const MAX_STRING_LENGTH: usize = 500;
/// Native frames walked at most (a stack overflow in the runtime may leave
/// hundreds of thousands of them under the Python frames).
const MAX_NATIVE_FRAMES: usize = 1 << 20;

/// Writing to stderr without allocating, a line at a time (a report cut
/// short by a second fault keeps its complete lines).
pub(super) struct Stderr {
    fd: c_int,
    buf: [u8; 1024],
    len: usize,
}

impl Stderr {
    pub(super) fn new() -> Stderr {
        Stderr::to_fd(2)
    }

    /// Writing to file descriptor `fd` instead (for tests).
    pub(super) fn to_fd(fd: c_int) -> Stderr {
        Stderr {
            fd,
            buf: [0; 1024],
            len: 0,
        }
    }

    pub(super) fn put(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(self.buf.len()) {
            if self.len + chunk.len() > self.buf.len() {
                self.flush();
            }
            self.buf[self.len..self.len + chunk.len()].copy_from_slice(chunk);
            self.len += chunk.len();
        }
    }

    /// `value` in hexadecimal with at least `width` digits.
    pub(super) fn hex(&mut self, mut value: u64, width: usize) {
        let mut digits = [0u8; 16];
        let mut n = 0;
        while n < width.min(16) || value != 0 {
            digits[15 - n] = b"0123456789abcdef"[(value & 15) as usize];
            value >>= 4;
            n += 1;
        }
        self.put(&digits[16 - n..]);
    }

    fn decimal(&mut self, value: i64) {
        let mut buf = [0u8; 20];
        self.put(crate::io::format_i64(value, &mut buf));
    }

    /// A NUL-terminated UTF-8 string as faulthandler's `_Py_DumpASCII`
    /// writes it: printable ASCII as is, other characters escaped
    /// (`\xNN`, `\uNNNN`, `\UNNNNNNNN`), cut after 500 characters.
    fn ascii(&mut self, s: *const c_char) {
        // SAFETY: the compiler emits NUL-terminated strings.
        let bytes = unsafe { CStr::from_ptr(s) }.to_bytes();
        let mut count = 0;
        let mut escape = |out: &mut Stderr, c: u32| {
            if count == MAX_STRING_LENGTH {
                return false;
            }
            count += 1;
            if (0x20..0x7f).contains(&c) {
                out.put(&[c as u8]);
            } else if c <= 0xff {
                out.put(b"\\x");
                out.hex(u64::from(c), 2);
            } else if c <= 0xffff {
                out.put(b"\\u");
                out.hex(u64::from(c), 4);
            } else {
                out.put(b"\\U");
                out.hex(u64::from(c), 8);
            }
            true
        };
        let complete = match std::str::from_utf8(bytes) {
            Ok(text) => text.chars().all(|c| escape(self, c as u32)),
            Err(_) => bytes.iter().all(|&b| escape(self, u32::from(b))),
        };
        if !complete {
            self.put(b"...");
        }
    }

    /// One frame: `  File "f.py", line 3 in name` (`line ???` for 0).
    pub(super) fn frame(&mut self, site: &TbSite) {
        self.put(b"  File \"");
        self.ascii(site.file);
        self.put(b"\", line ");
        if site.line > 0 {
            self.decimal(site.line);
        } else {
            self.put(b"???");
        }
        self.put(b" in ");
        self.ascii(site.func);
        self.put(b"\n");
        self.flush();
    }

    /// Writes what is buffered, retrying interrupted and partial writes.
    pub(super) fn flush(&mut self) {
        let mut rest = &self.buf[..self.len];
        while !rest.is_empty() {
            // SAFETY: writes initialised bytes to a file descriptor.
            let n = unsafe { libc::write(self.fd, rest.as_ptr().cast(), rest.len()) };
            if n > 0 {
                rest = &rest[n as usize..];
            } else if n < 0
                && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted
            {
                continue;
            } else {
                break;
            }
        }
        self.len = 0;
    }
}

/// The state of one walk of the stack.
struct Walk<'a> {
    out: &'a mut Stderr,
    printed: usize,
    native: usize,
    done: bool,
}

impl Walk<'_> {
    /// Prints one Python frame, or `  ...` when there are too many.
    fn frame(&mut self, site: *const TbSite) -> bool {
        if self.printed == MAX_FRAME_DEPTH {
            self.out.put(b"  ...\n");
            self.out.flush();
            self.done = true;
            return false;
        }
        self.printed += 1;
        // SAFETY: sites are constants the compiler emits.
        self.out.frame(unsafe { &*site });
        true
    }
}

// `_Unwind_Reason_Code` values a trace callback returns.
const URC_NO_REASON: c_int = 0;
const URC_NORMAL_STOP: c_int = 4;

extern "C" {
    fn _Unwind_Backtrace(
        trace: extern "C" fn(*mut UnwindContext, *mut c_void) -> c_int,
        arg: *mut c_void,
    ) -> c_int;
    fn _Unwind_GetIPInfo(ctx: *mut UnwindContext, ip_before_insn: *mut c_int) -> usize;
    fn _Unwind_GetRegionStart(ctx: *mut UnwindContext) -> usize;
    fn _Unwind_GetLanguageSpecificData(ctx: *mut UnwindContext) -> *const u8;
}

/// Visits one native frame: prints the Python frames it holds.
extern "C" fn step(ctx: *mut UnwindContext, arg: *mut c_void) -> c_int {
    // SAFETY: `arg` is the walk `dump_python_stack` passed, and `ctx` the
    // unwinder's context of a live frame.
    unsafe {
        let w = &mut *(arg as *mut Walk);
        w.native += 1;
        if w.native > MAX_NATIVE_FRAMES {
            return URC_NORMAL_STOP;
        }
        let mut before = 0;
        let mut ip = _Unwind_GetIPInfo(ctx, &mut before);
        if ip == 0 {
            return URC_NORMAL_STOP;
        }
        if before == 0 {
            // A return address: the call is the instruction before it.
            ip -= 1;
        }
        let start = _Unwind_GetRegionStart(ctx);
        let Some(func) = function_at(start) else {
            return URC_NO_REASON;
        };
        let mut any = false;
        let lsda = _Unwind_GetLanguageSpecificData(ctx);
        if !lsda.is_null() {
            landing_pad_catches(lsda, start, ip, |site| {
                any = true;
                w.frame(site as *const TbSite)
            });
        }
        if !any && !w.done {
            w.frame(func);
        }
        if w.done {
            URC_NORMAL_STOP
        } else {
            URC_NO_REASON
        }
    }
}

/// Writes the Python frames of the calling thread, most recent first, as
/// faulthandler does; returns how many were written.
pub(super) fn dump_python_stack(out: &mut Stderr) -> usize {
    let mut w = Walk {
        out,
        printed: 0,
        native: 0,
        done: false,
    };
    // SAFETY: `step` only uses `arg` as the walk, which outlives the call.
    unsafe {
        _Unwind_Backtrace(step, &mut w as *mut Walk as *mut c_void);
    }
    w.printed
}
