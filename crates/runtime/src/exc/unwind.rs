//! Zero-cost exception propagation with the Itanium C++ ABI unwinder
//! (libgcc's `_Unwind_*`, which Rust's standard library already links).
//!
//! A Python exception is raised by allocating an unwind header that points
//! to the exception object and calling `_Unwind_RaiseException`. Compiled
//! code uses `invoke` with landing pads whose personality routine is
//! [`mg_personality`]; every landing pad is "catch everything": the
//! personality stops at the first compiled frame that has a landing pad for
//! the call in progress, and the code there decides (with `mg_landing`,
//! `mg_isinstance`, ...) whether it handles the exception or passes it on
//! with [`mg_reraise`]. Runtime (Rust) frames in between are unwound with
//! Rust's own personality, which runs their destructors; that is why every
//! exported function is `extern "C-unwind"`.
//!
//! If no compiled frame catches the exception, `_Unwind_RaiseException`
//! returns and the exception is reported as uncaught.

use std::ffi::c_int;
use std::sync::atomic::{AtomicPtr, AtomicUsize, Ordering};

use crate::object::{MgException, TbEntry, TbSite};

/// `_Unwind_Exception` of the Itanium ABI on 64-bit targets: declared with
/// the largest alignment (`__attribute__((__aligned__))`), 16 bytes.
#[repr(C, align(16))]
pub struct UnwindException {
    class: u64,
    cleanup: Option<unsafe extern "C" fn(c_int, *mut UnwindException)>,
    private: [usize; 2],
}

/// The opaque `_Unwind_Context`.
#[repr(C)]
pub struct UnwindContext {
    _opaque: [u8; 0],
}

/// The unwind header of a Python exception. Landing pads receive a pointer
/// to it and pass it to [`mg_landing`].
#[repr(C)]
struct Header {
    ue: UnwindException,
    exc: *mut MgException,
}

/// The exception class of Python exceptions ("MGPYEXC\0").
const EXC_CLASS: u64 = u64::from_be_bytes(*b"MGPYEXC\0");

// `_Unwind_Reason_Code` and `_Unwind_Action` values.
const URC_FATAL_PHASE1_ERROR: c_int = 3;
const URC_HANDLER_FOUND: c_int = 6;
const URC_INSTALL_CONTEXT: c_int = 7;
const URC_CONTINUE_UNWIND: c_int = 8;
const UA_SEARCH_PHASE: c_int = 1;
const UA_FORCE_UNWIND: c_int = 8;

/// The registers that carry the exception pointer and the selector into a
/// landing pad (`__builtin_eh_return_data_regno(0)` and `(1)`): rax and rdx
/// on x86-64, x0 and x1 on AArch64.
const EH_REG_EXCEPTION: c_int = 0;
const EH_REG_SELECTOR: c_int = 1;

extern "C-unwind" {
    fn _Unwind_RaiseException(ue: *mut UnwindException) -> c_int;
}

extern "C" {
    fn _Unwind_GetLanguageSpecificData(ctx: *mut UnwindContext) -> *const u8;
    fn _Unwind_GetRegionStart(ctx: *mut UnwindContext) -> usize;
    fn _Unwind_GetIPInfo(ctx: *mut UnwindContext, ip_before_insn: *mut c_int) -> usize;
    fn _Unwind_GetCFA(ctx: *mut UnwindContext) -> usize;
    fn _Unwind_SetGR(ctx: *mut UnwindContext, index: c_int, value: usize);
    fn _Unwind_SetIP(ctx: *mut UnwindContext, value: usize);
}

/// The exception being handled (`sys.exception()`), or null. A static in
/// the data segment, registered as a GC root.
pub(crate) static HANDLED: AtomicPtr<MgException> = AtomicPtr::new(std::ptr::null_mut());

/// While an uncaught exception is being reported: the address of a stack
/// location in the reporting frame. An exception raised by user code run
/// for the report (a `__str__`) that reaches a compiled frame outside the
/// report stops the search there instead of unwinding the report away.
pub(crate) static BARRIER: AtomicUsize = AtomicUsize::new(0);

/// The cleanup function of our unwind headers: they are GC memory, so there
/// is nothing to free.
unsafe extern "C" fn cleanup(_reason: c_int, _ue: *mut UnwindException) {}

/// A static header for when the collector cannot even allocate one.
struct SpareHeader(std::cell::UnsafeCell<Header>);
// SAFETY: only used on the way to exiting with an out-of-memory error.
unsafe impl Sync for SpareHeader {}
static SPARE_HEADER: SpareHeader = SpareHeader(std::cell::UnsafeCell::new(Header {
    ue: UnwindException {
        class: EXC_CLASS,
        cleanup: None,
        private: [0; 2],
    },
    exc: std::ptr::null_mut(),
}));

/// Raises `exc`: unwinds to the nearest compiled landing pad, or reports it
/// as uncaught if there is none.
pub(crate) unsafe fn throw(exc: *mut MgException) -> ! {
    let mut h = crate::gc::try_alloc(std::mem::size_of::<Header>()) as *mut Header;
    if h.is_null() {
        h = SPARE_HEADER.0.get();
    }
    debug_assert_eq!(h as usize % 16, 0, "misaligned unwind header");
    h.write(Header {
        ue: UnwindException {
            class: EXC_CLASS,
            cleanup: Some(cleanup),
            private: [0; 2],
        },
        exc,
    });
    // Returns only if no handler was found (end of stack, or the report
    // barrier); a handler never returns here.
    _Unwind_RaiseException(&mut (*h).ue);
    super::report::unhandled(exc)
}

/// Sets `exc.__context__` to the exception being handled, as CPython does
/// on every raise (breaking a cycle through the context chain first).
pub(super) unsafe fn set_context(exc: *mut MgException) {
    let handled = HANDLED.load(Ordering::Relaxed);
    if handled.is_null() || handled == exc {
        return;
    }
    // CPython's `_PyErr_SetObject`: if `exc` is already in the context
    // chain of the handled exception, cut the chain there (Floyd's cycle
    // detection guards against pre-existing cycles).
    let mut o = handled;
    let mut slow = o;
    let mut toggle = false;
    loop {
        let ctx = (*o).context;
        if ctx.is_null() {
            break;
        }
        if ctx == exc {
            (*o).context = std::ptr::null_mut();
            break;
        }
        o = ctx;
        if o == slow {
            break;
        }
        if toggle {
            slow = (*slow).context;
        }
        toggle = !toggle;
    }
    (*exc).context = handled;
}

/// `raise exc`: sets `__context__` to the exception being handled (if any
/// and not `exc` itself), then unwinds. Never returns.
///
/// # Safety
/// `exc` must be a valid exception object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_raise_exc(exc: *mut MgException) {
    raise_exc(exc)
}

/// [`mg_raise_exc`] for the runtime's own exceptions.
pub(crate) unsafe fn raise_exc(exc: *mut MgException) -> ! {
    set_context(exc);
    throw(exc)
}

/// Continues the propagation of `exc` without touching its context: for a
/// landing pad that does not handle it, and for a bare `raise`. Never
/// returns.
///
/// # Safety
/// `exc` must be a valid exception object.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_reraise(exc: *mut MgException) {
    throw(exc)
}

/// The first call of every landing pad: returns the exception object of
/// the unwind header `ue` and, if `site` is not null, records the frame in
/// its traceback (prepended: unwinding visits frames innermost first, so
/// the list ends up outermost first, the order tracebacks are printed in).
///
/// # Safety
/// `ue` must be the header a landing pad received; `site` null or valid.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_landing(ue: *mut u8, site: *const TbSite) -> *mut MgException {
    let h = ue as *mut Header;
    debug_assert_eq!(
        (*h).ue.class,
        EXC_CLASS,
        "foreign exception in a landing pad"
    );
    let exc = (*h).exc;
    if (*(*exc).cls).name() == "MemoryError" {
        clear_stack_below();
    }
    if !site.is_null() {
        let e = new_tb_entry();
        if !e.is_null() {
            (*e).site = site;
            (*e).next = (*exc).traceback;
            (*exc).traceback = e;
        }
    }
    exc
}

/// How many traceback entries [`SPARE_ENTRIES`] holds.
const SPARE_COUNT: usize = 1024;

/// Traceback entries for when the collector cannot allocate one: the frames
/// of a `MemoryError` are recorded while the memory is still full. Each is
/// used once; the frame is dropped from the traceback when none is left.
/// A static in the data segment, registered as a GC root (entries point to
/// collector memory).
pub(crate) static SPARE_ENTRIES: SpareEntries = SpareEntries(std::cell::UnsafeCell::new(
    [const {
        TbEntry {
            site: std::ptr::null(),
            next: std::ptr::null_mut(),
        }
    }; SPARE_COUNT],
));
/// How many of [`SPARE_ENTRIES`] are taken.
static SPARE_USED: AtomicUsize = AtomicUsize::new(0);

/// The storage of [`SPARE_ENTRIES`].
pub(crate) struct SpareEntries(std::cell::UnsafeCell<[TbEntry; SPARE_COUNT]>);
// SAFETY: each entry is handed out once, through an atomic counter.
unsafe impl Sync for SpareEntries {}

/// A traceback entry from the collector (after a collection if need be),
/// else a spare one, else null.
fn new_tb_entry() -> *mut TbEntry {
    let e = crate::gc::try_alloc_collecting(std::mem::size_of::<TbEntry>()) as *mut TbEntry;
    if !e.is_null() {
        return e;
    }
    let i = SPARE_USED.fetch_add(1, Ordering::Relaxed);
    if i >= SPARE_COUNT {
        return std::ptr::null_mut();
    }
    // SAFETY: entry `i` was handed out to no one else.
    unsafe { (*SPARE_ENTRIES.0.get()).as_mut_ptr().add(i) }
}

/// Zeroes the stack below the caller's frame, where the frames that ran
/// out of memory lived. The collector scans stacks conservatively: a stale
/// pointer left there into the structure that filled the heap (reached
/// again by the frames of the next calls, whose padding is not
/// overwritten) would keep it alive, and a program that catches
/// `MemoryError` could not allocate again.
#[inline(never)]
fn clear_stack_below() {
    let mut area = [0u8; 128 * 1024];
    std::hint::black_box(&mut area);
}

/// Sets the exception being handled (null for none) and returns the
/// previous one, which compiled code restores when the handler ends.
#[no_mangle]
pub extern "C-unwind" fn mg_exc_set_handled(exc: *mut MgException) -> *mut MgException {
    HANDLED.swap(exc, Ordering::Relaxed)
}

/// The address of [`mg_personality`].
pub(crate) fn personality_address() -> usize {
    let f: unsafe extern "C" fn(
        c_int,
        c_int,
        u64,
        *mut UnwindException,
        *mut UnwindContext,
    ) -> c_int = mg_personality;
    f as usize
}

/// The personality routine of compiled code.
///
/// Every landing pad counts as a handler for Python exceptions. Foreign
/// exceptions (a Rust panic) and forced unwinds pass through compiled
/// frames untouched.
///
/// # Safety
/// Called by the unwinder only, with its arguments.
#[no_mangle]
pub unsafe extern "C" fn mg_personality(
    version: c_int,
    actions: c_int,
    class: u64,
    ue: *mut UnwindException,
    ctx: *mut UnwindContext,
) -> c_int {
    if version != 1 {
        return URC_FATAL_PHASE1_ERROR;
    }
    if class != EXC_CLASS || actions & UA_FORCE_UNWIND != 0 {
        return URC_CONTINUE_UNWIND;
    }
    let search = actions & UA_SEARCH_PHASE != 0;
    if search {
        let barrier = BARRIER.load(Ordering::Relaxed);
        if barrier != 0 && _Unwind_GetCFA(ctx) > barrier {
            return URC_FATAL_PHASE1_ERROR;
        }
    }
    let lsda = _Unwind_GetLanguageSpecificData(ctx);
    if lsda.is_null() {
        return URC_CONTINUE_UNWIND;
    }
    let mut before = 0;
    let mut ip = _Unwind_GetIPInfo(ctx, &mut before);
    if before == 0 {
        // The return address: the call itself is the byte before.
        ip -= 1;
    }
    let Some(pad) = find_landing_pad(lsda, _Unwind_GetRegionStart(ctx), ip) else {
        return URC_CONTINUE_UNWIND;
    };
    if search {
        return URC_HANDLER_FOUND;
    }
    _Unwind_SetGR(ctx, EH_REG_EXCEPTION, ue as usize);
    _Unwind_SetGR(ctx, EH_REG_SELECTOR, 0);
    _Unwind_SetIP(ctx, pad);
    URC_INSTALL_CONTEXT
}

// DWARF exception-header pointer encodings.
const DW_EH_PE_OMIT: u8 = 0xff;
const DW_EH_PE_ABSPTR: u8 = 0x00;
const DW_EH_PE_ULEB128: u8 = 0x01;
const DW_EH_PE_UDATA2: u8 = 0x02;
const DW_EH_PE_UDATA4: u8 = 0x03;
const DW_EH_PE_UDATA8: u8 = 0x04;
const DW_EH_PE_SLEB128: u8 = 0x09;
const DW_EH_PE_SDATA2: u8 = 0x0a;
const DW_EH_PE_SDATA4: u8 = 0x0b;
const DW_EH_PE_SDATA8: u8 = 0x0c;
const DW_EH_PE_PCREL: u8 = 0x10;
const DW_EH_PE_FUNCREL: u8 = 0x40;
const DW_EH_PE_ALIGNED: u8 = 0x50;
const DW_EH_PE_INDIRECT: u8 = 0x80;

/// A cursor over an LSDA.
struct Reader {
    p: *const u8,
    func_start: usize,
}

impl Reader {
    unsafe fn u8(&mut self) -> u8 {
        let b = *self.p;
        self.p = self.p.add(1);
        b
    }

    unsafe fn fixed<const N: usize>(&mut self) -> [u8; N] {
        let b = self.p.cast::<[u8; N]>().read_unaligned();
        self.p = self.p.add(N);
        b
    }

    unsafe fn uleb(&mut self) -> u64 {
        let (mut v, mut shift) = (0u64, 0u32);
        loop {
            let b = self.u8();
            if shift < 64 {
                v |= u64::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                return v;
            }
        }
    }

    unsafe fn sleb(&mut self) -> i64 {
        let (mut v, mut shift) = (0i64, 0u32);
        loop {
            let b = self.u8();
            if shift < 64 {
                v |= i64::from(b & 0x7f) << shift;
            }
            shift += 7;
            if b & 0x80 == 0 {
                if shift < 64 && b & 0x40 != 0 {
                    v |= -1i64 << shift;
                }
                return v;
            }
        }
    }

    /// Reads a value in pointer encoding `enc`; `None` for encodings that
    /// LLVM does not emit on our targets (text- and data-relative).
    unsafe fn encoded(&mut self, enc: u8) -> Option<usize> {
        if enc == DW_EH_PE_OMIT {
            return None;
        }
        if enc & 0x70 == DW_EH_PE_ALIGNED {
            let size = std::mem::size_of::<usize>();
            let at = self.p as usize;
            self.p = self.p.add(at.next_multiple_of(size) - at);
            return Some(usize::from_ne_bytes(self.fixed()));
        }
        let at = self.p as usize;
        let raw = match enc & 0x0f {
            DW_EH_PE_ABSPTR => usize::from_ne_bytes(self.fixed()),
            DW_EH_PE_ULEB128 => self.uleb() as usize,
            DW_EH_PE_UDATA2 => usize::from(u16::from_ne_bytes(self.fixed())),
            DW_EH_PE_UDATA4 => u32::from_ne_bytes(self.fixed()) as usize,
            DW_EH_PE_UDATA8 => u64::from_ne_bytes(self.fixed()) as usize,
            DW_EH_PE_SLEB128 => self.sleb() as usize,
            DW_EH_PE_SDATA2 => i16::from_ne_bytes(self.fixed()) as usize,
            DW_EH_PE_SDATA4 => i32::from_ne_bytes(self.fixed()) as usize,
            DW_EH_PE_SDATA8 => i64::from_ne_bytes(self.fixed()) as usize,
            _ => return None,
        };
        let base = match enc & 0x70 {
            0 => 0,
            DW_EH_PE_PCREL => at,
            DW_EH_PE_FUNCREL => self.func_start,
            _ => return None,
        };
        let mut v = base.wrapping_add(raw);
        if enc & DW_EH_PE_INDIRECT != 0 && v != 0 {
            v = *(v as *const usize);
        }
        Some(v)
    }
}

/// The entry of an LSDA's call-site table that covers a call, with what
/// reading its actions needs.
pub(crate) struct CallSite {
    /// The landing pad, or `None` for a call without one.
    pub pad: Option<usize>,
    /// The first action record, 1-based (0: no action).
    action: u64,
    /// The action table (right after the call-site table).
    actions: *const u8,
    /// The encoding of the type table's entries, and its end (entries are
    /// counted backwards from it); null when there is no type table.
    ttype_enc: u8,
    ttype_base: *const u8,
    func_start: usize,
}

/// Parses the LSDA (`.gcc_except_table` format) of the function starting
/// at `func_start` and returns the address of the landing pad for the call
/// at `ip`, or `None` if that call has no landing pad.
///
/// # Safety
/// `lsda` must point to a well-formed LSDA.
pub(crate) unsafe fn find_landing_pad(
    lsda: *const u8,
    func_start: usize,
    ip: usize,
) -> Option<usize> {
    lookup_call_site(lsda, func_start, ip)?.pad
}

/// Parses the LSDA of the function starting at `func_start` and returns
/// the call-site entry covering `ip`, if any.
///
/// # Safety
/// `lsda` must point to a well-formed LSDA.
pub(crate) unsafe fn lookup_call_site(
    lsda: *const u8,
    func_start: usize,
    ip: usize,
) -> Option<CallSite> {
    let mut r = Reader {
        p: lsda,
        func_start,
    };
    let lpstart_enc = r.u8();
    let lpstart = if lpstart_enc == DW_EH_PE_OMIT {
        func_start
    } else {
        r.encoded(lpstart_enc)?
    };
    let ttype_enc = r.u8();
    let ttype_base = if ttype_enc != DW_EH_PE_OMIT {
        let off = r.uleb() as usize;
        r.p.add(off)
    } else {
        std::ptr::null()
    };
    let cs_enc = r.u8();
    let cs_len = r.uleb() as usize;
    let end = r.p.add(cs_len);
    while r.p < end {
        let start = func_start.wrapping_add(r.encoded(cs_enc)?);
        let len = r.encoded(cs_enc)?;
        let pad = r.encoded(cs_enc)?;
        // The personality ignores the action: every landing pad is a
        // handler. Only the fatal-error report reads it (`catch_types`).
        let action = r.uleb();
        if ip < start {
            // The table is sorted by start address.
            return None;
        }
        if ip < start.wrapping_add(len) {
            return Some(CallSite {
                pad: (pad != 0).then(|| lpstart.wrapping_add(pad)),
                action,
                actions: end,
                ttype_enc,
                ttype_base,
                func_start,
            });
        }
    }
    None
}

/// Calls `f` with the type info of each `catch` clause of the landing pad
/// of the call at `ip` (in the function starting at `func_start`), in the
/// order of the clauses, until `f` returns false. Nothing for a call
/// without a landing pad.
///
/// # Safety
/// `lsda` must point to a well-formed LSDA.
pub(crate) unsafe fn landing_pad_catches(
    lsda: *const u8,
    func_start: usize,
    ip: usize,
    f: impl FnMut(usize) -> bool,
) {
    if let Some(cs) = lookup_call_site(lsda, func_start, ip) {
        if cs.pad.is_some() {
            cs.catch_types(f);
        }
    }
}

impl CallSite {
    /// Calls `f` with the type info of each `catch` clause of the call
    /// site's landing pad, in the order of the clauses, until `f` returns
    /// false. (Cleanups and exception specifications are skipped.)
    ///
    /// # Safety
    /// The LSDA this entry came from must be well formed.
    pub(crate) unsafe fn catch_types(&self, mut f: impl FnMut(usize) -> bool) {
        if self.action == 0 || self.ttype_base.is_null() {
            return;
        }
        let size = match self.ttype_enc & 0x0f {
            DW_EH_PE_UDATA2 | DW_EH_PE_SDATA2 => 2,
            DW_EH_PE_UDATA4 | DW_EH_PE_SDATA4 => 4,
            DW_EH_PE_ABSPTR | DW_EH_PE_UDATA8 | DW_EH_PE_SDATA8 => 8,
            _ => return,
        };
        let mut r = Reader {
            p: self.actions.add(self.action as usize - 1),
            func_start: self.func_start,
        };
        // A bound on the chain, in case a damaged table loops.
        for _ in 0..4096 {
            let filter = r.sleb();
            let at = r.p;
            let next = r.sleb();
            if filter > 0 {
                let mut t = Reader {
                    p: self.ttype_base.sub(filter as usize * size),
                    func_start: self.func_start,
                };
                match t.encoded(self.ttype_enc) {
                    Some(v) if v != 0 && !f(v) => return,
                    _ => {}
                }
            }
            if next == 0 {
                return;
            }
            r.p = at.offset(next as isize);
        }
    }
}
