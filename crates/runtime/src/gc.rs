//! Memory management through the Boehm-Demers-Weiser conservative collector.
//!
//! Compiled code never frees anything; every object lives in memory from
//! `GC_malloc`, and the collector finds the live ones by scanning thread
//! stacks, registers, the data segments of loaded objects and any extra root
//! ranges registered with [`mg_gc_add_roots`] (the JIT keeps its compiled
//! globals in memory the collector would not otherwise see).
//!
//! Memory from Rust's own allocator is *not* scanned, so the runtime must
//! never keep the only pointer to a GC object in a `Vec`, `Box` or similar.
//!
//! The Debian/Ubuntu libgc is built with thread support, which means only
//! threads the collector knows about are scanned and stopped during a
//! collection. Normally the only such thread is the one that calls
//! [`mg_init`] first (the program's main thread, for both JIT and AOT). To
//! stay correct when the runtime is driven from other threads too (the
//! runtime's own unit tests, or a JIT host running programs on worker
//! threads), `mg_init` registers every calling thread, and unregisters it
//! automatically when the thread exits.
//!
//! Running out of memory raises `MemoryError` (never aborts): an allocation
//! the collector cannot satisfy is retried once after a full collection,
//! the collector's warnings are silenced, and under an address-space limit
//! (`ulimit -v`) the heap is capped so that the stack and the traceback
//! report still have room. `MULTIGEN_GC_STRESS=N` forces a collection every
//! `N` allocations, to flush out missing roots (`docs/reliability.md`).

use std::ffi::c_void;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

use crate::error::raise;
use crate::MgStr;

/// Mirrors `struct GC_stack_base` from `gc.h` on the platforms we support
/// (those without a separate register stack).
#[repr(C)]
struct GcStackBase {
    mem_base: *mut c_void,
}

/// `GC_SUCCESS` from `gc.h`.
const GC_SUCCESS: i32 = 0;

#[link(name = "gc")]
extern "C" {
    fn GC_init();
    fn GC_malloc(size: usize) -> *mut c_void;
    fn GC_malloc_atomic(size: usize) -> *mut c_void;
    fn GC_add_roots(low: *mut c_void, high_plus_1: *mut c_void);
    fn GC_remove_roots(low: *mut c_void, high_plus_1: *mut c_void);
    fn GC_gcollect();
    fn GC_base(p: *mut c_void) -> *mut c_void;
    fn GC_get_stack_base(sb: *mut GcStackBase) -> i32;
    fn GC_set_stackbottom(gc_thread_handle: *mut c_void, sb: *const GcStackBase);
    fn GC_allow_register_threads();
    fn GC_thread_is_registered() -> i32;
    fn GC_register_my_thread(sb: *const GcStackBase) -> i32;
    fn GC_unregister_my_thread() -> i32;
    fn GC_set_max_heap_size(n: usize);
    fn GC_set_warn_proc(p: unsafe extern "C" fn(*mut std::ffi::c_char, usize));
    fn GC_ignore_warn_proc(msg: *mut std::ffi::c_char, arg: usize);
    fn GC_set_oom_fn(f: unsafe extern "C" fn(usize) -> *mut c_void);
}

/// The collector's out-of-memory function: an allocation it cannot satisfy
/// returns null, which the runtime turns into `MemoryError` (libgc's
/// default does the same, but a build or setting that aborts instead
/// would kill the program).
unsafe extern "C" fn out_of_memory_null(_size: usize) -> *mut c_void {
    std::ptr::null_mut()
}

/// Guards the one-time collector initialisation.
static GC_INIT: Once = Once::new();

/// The environment variable that turns on collector stress testing:
/// `MULTIGEN_GC_STRESS=N` forces a full collection every `N` allocations
/// (read once, when the runtime initialises). Anything that keeps the only
/// pointer to a live object where the collector does not look (an
/// unregistered root, Rust heap memory) then fails quickly and
/// deterministically instead of once in a blue moon.
pub(crate) const GC_STRESS_VAR: &str = "MULTIGEN_GC_STRESS";

/// The environment variable that lets the collector print its warnings
/// ("GC Warning: Failed to expand heap..."), which are off by default: a
/// program that runs out of memory reports `MemoryError` like CPython does,
/// without the collector's messages before the traceback.
pub(crate) const GC_WARNINGS_VAR: &str = "MULTIGEN_GC_WARNINGS";

/// Collect every this many allocations; 0 (the default) means never.
static STRESS_EVERY: AtomicU64 = AtomicU64::new(0);
/// Allocations left until the next forced collection.
static STRESS_LEFT: AtomicU64 = AtomicU64::new(0);

/// Parses the value of [`GC_STRESS_VAR`]: a positive count, or nothing.
fn parse_stress(value: Option<&std::ffi::OsStr>) -> u64 {
    value
        .and_then(|v| v.to_str())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .unwrap_or(0)
}

/// Counts one allocation for stress testing; collects when the count is
/// reached. A single relaxed load when stress testing is off.
#[inline]
fn stress_tick() {
    let every = STRESS_EVERY.load(Ordering::Relaxed);
    if every != 0 {
        stress_collect(every);
    }
}

#[cold]
#[inline(never)]
fn stress_collect(every: u64) {
    // Several threads may race here; an occasional extra or missing
    // collection does not matter.
    if STRESS_LEFT.fetch_sub(1, Ordering::Relaxed) <= 1 {
        STRESS_LEFT.store(every, Ordering::Relaxed);
        // SAFETY: a plain libgc call on an initialised collector.
        unsafe { GC_gcollect() }
    }
}

/// Unregisters the owning thread from the collector when the thread exits,
/// for threads that [`mg_init`] registered explicitly. A thread that exits
/// while still registered would leave the collector scanning a stack that no
/// longer exists.
struct ThreadRegistration;

impl Drop for ThreadRegistration {
    fn drop(&mut self) {
        // SAFETY: this guard only exists on threads that were successfully
        // registered with `GC_register_my_thread`.
        unsafe {
            GC_unregister_my_thread();
        }
    }
}

thread_local! {
    /// Set on threads that `mg_init` registered with the collector.
    static REGISTRATION: std::cell::OnceCell<ThreadRegistration> =
        const { std::cell::OnceCell::new() };
}

/// Initialises the collector once per process (see [`mg_init`]).
fn init_collector() {
    GC_INIT.call_once(|| {
        // SAFETY: plain libgc calls with valid arguments, made once before
        // any other use of the collector.
        unsafe {
            // GC_init treats its caller as the primordial thread and would
            // otherwise assume the process's main stack; telling it the
            // caller's real stack bottom keeps scanning correct when the
            // first call comes from another thread.
            let mut sb = GcStackBase {
                mem_base: std::ptr::null_mut(),
            };
            if GC_get_stack_base(&mut sb) == GC_SUCCESS {
                GC_set_stackbottom(std::ptr::null_mut(), &sb);
            }
            GC_init();
            cap_heap_below_address_limit();
            GC_set_oom_fn(out_of_memory_null);
            if std::env::var_os(GC_WARNINGS_VAR).is_none_or(|v| v.is_empty()) {
                GC_set_warn_proc(GC_ignore_warn_proc);
            }
            // Must be called from an already registered thread (the one that
            // ran GC_init) before other threads may register themselves.
            GC_allow_register_threads();
            // The runtime's own statics that point into GC memory (the data
            // segment is normally scanned anyway; this makes sure of it).
            for (lo, hi) in crate::exc::static_roots() {
                GC_add_roots(lo as *mut c_void, hi as *mut c_void);
            }
        }
        let every = parse_stress(std::env::var_os(GC_STRESS_VAR).as_deref());
        STRESS_LEFT.store(every, Ordering::Relaxed);
        STRESS_EVERY.store(every, Ordering::Relaxed);
    });
}

/// Under a limit on the address space (`ulimit -v`), the collector would
/// grow its heap until no address space is left; then the stack could not
/// grow and the `MemoryError` traceback could not be formatted, and the
/// process would die of SIGSEGV instead of reporting `MemoryError`. So the
/// heap is capped below the limit, leaving what the process already uses
/// plus a reserve (an eighth of the limit, 8 to 64 MiB) for the stack, the
/// collector's own tables and the runtime's temporary buffers.
fn cap_heap_below_address_limit() {
    #[cfg(target_os = "linux")]
    {
        extern "C" {
            fn getrlimit(resource: i32, rlim: *mut [u64; 2]) -> i32;
        }
        /// The limit `ulimit -v` sets, and "no limit".
        const RLIMIT_AS: i32 = 9;
        const RLIM_INFINITY: u64 = u64::MAX;
        let mut lim = [0u64; 2];
        // SAFETY: `getrlimit` writes the two fields of `struct rlimit`.
        if unsafe { getrlimit(RLIMIT_AS, &mut lim) } != 0 || lim[0] == RLIM_INFINITY {
            return;
        }
        let reserve = (lim[0] / 8).clamp(8 << 20, 64 << 20);
        let used = address_space_in_use().unwrap_or(0);
        let room = lim[0].saturating_sub(used + reserve).max(1 << 20);
        // SAFETY: a plain libgc call on an initialised collector.
        unsafe { GC_set_max_heap_size(usize::try_from(room).unwrap_or(usize::MAX)) }
    }
}

/// The process's mapped address space in bytes (`VmSize`).
#[cfg(target_os = "linux")]
fn address_space_in_use() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmSize:"))?;
    let kib: u64 = line.trim().strip_suffix("kB")?.trim().parse().ok()?;
    Some(kib * 1024)
}

/// Initialises the runtime: the collector, and the calling thread's
/// registration with it. Safe to call any number of times, from any thread;
/// the first caller must outlive every use of GC memory, because the
/// collector treats it as the process's main thread from then on.
#[no_mangle]
pub extern "C-unwind" fn mg_init() {
    init_collector();
    // SAFETY: registration of the current thread with its own stack base.
    unsafe {
        if GC_thread_is_registered() != 0 {
            return;
        }
        let mut sb = GcStackBase {
            mem_base: std::ptr::null_mut(),
        };
        if GC_get_stack_base(&mut sb) == GC_SUCCESS && GC_register_my_thread(&sb) == GC_SUCCESS {
            REGISTRATION.with(|r| {
                let _ = r.set(ThreadRegistration);
            });
        }
    }
}

/// Converts a requested size to `usize`, raising `MemoryError` for negative
/// sizes (which only a miscompiled size computation could produce).
fn checked_size(size: i64) -> usize {
    usize::try_from(size).unwrap_or_else(|_| raise("MemoryError", ""))
}

/// Allocates `size` bytes with `malloc` (`GC_malloc` or
/// `GC_malloc_atomic`), raising `MemoryError` if the collector cannot
/// provide them.
///
/// When the heap cannot grow, the collector gives up without collecting
/// once it has failed before (its retry budget, `GC_max_retries`, is spent
/// for good by the first failure); a program that caught a `MemoryError`
/// and dropped what it had built would then never get memory again. So a
/// failed allocation is retried once after a full collection.
#[inline]
fn allocate(size: usize, malloc: unsafe extern "C" fn(usize) -> *mut c_void) -> *const MgStr {
    // SAFETY: the collector's allocators accept any size and return null
    // on failure.
    unsafe {
        let p = malloc(size);
        if !p.is_null() {
            return p as *const MgStr;
        }
        retry_allocate(size, malloc)
    }
}

#[cold]
#[inline(never)]
unsafe fn retry_allocate(
    size: usize,
    malloc: unsafe extern "C" fn(usize) -> *mut c_void,
) -> *const MgStr {
    GC_gcollect();
    let p = malloc(size);
    if p.is_null() {
        out_of_memory();
    }
    p as *const MgStr
}

/// Allocates `size` bytes of zeroed GC memory that may contain pointers.
#[no_mangle]
pub extern "C-unwind" fn mg_alloc(size: i64) -> *const MgStr {
    stress_tick();
    allocate(checked_size(size), GC_malloc)
}

/// Whether `p` points into memory the collector manages (not a constant
/// of the compiled code).
pub(crate) fn is_gc_object(p: *const u8) -> bool {
    // SAFETY: `GC_base` only inspects the collector's own tables.
    !unsafe { GC_base(p as *mut c_void) }.is_null()
}

/// Allocates `size` bytes of zeroed GC memory that may contain pointers, or
/// returns null if the collector is out of memory (for the raising
/// machinery, which must not raise `MemoryError` recursively).
pub(crate) fn try_alloc(size: usize) -> *mut u8 {
    stress_tick();
    // SAFETY: GC_malloc accepts any size and returns null on failure.
    unsafe { GC_malloc(size) as *mut u8 }
}

/// [`try_alloc`], retried once after a full collection (as [`mg_alloc`]
/// does) when the collector is out of memory.
pub(crate) fn try_alloc_collecting(size: usize) -> *mut u8 {
    let p = try_alloc(size);
    if !p.is_null() {
        return p;
    }
    // SAFETY: plain libgc calls; GC_malloc returns null on failure.
    unsafe {
        GC_gcollect();
        GC_malloc(size) as *mut u8
    }
}

/// Allocates `size` bytes of GC memory that the collector will not scan for
/// pointers (string bytes, float arrays). The memory is not zeroed.
#[no_mangle]
pub extern "C-unwind" fn mg_alloc_atomic(size: i64) -> *const MgStr {
    stress_tick();
    allocate(checked_size(size), GC_malloc_atomic)
}

/// Registers the byte range `[lo, hi)` as a root: the collector scans it for
/// pointers on every collection. The JIT uses it for compiled globals.
///
/// # Safety
///
/// The range must stay readable for as long as the collector may run.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_gc_add_roots(lo: *const MgStr, hi: *const MgStr) {
    // A JIT host may register its globals before running `mg_init`; the
    // collector must be set up our way before it records roots.
    init_collector();
    GC_add_roots(lo as *mut c_void, hi as *mut c_void);
    roots().push((lo as usize, hi as usize));
}

/// The ranges registered with [`mg_gc_add_roots`], in order, so that a
/// host freeing a JIT's memory can unregister its globals first
/// (`embed.rs`). Addresses of static memory, not GC objects.
static ROOTS: std::sync::Mutex<Vec<(usize, usize)>> = std::sync::Mutex::new(Vec::new());

fn roots() -> std::sync::MutexGuard<'static, Vec<(usize, usize)>> {
    ROOTS.lock().unwrap_or_else(|e| e.into_inner())
}

/// A copy of the registered root ranges.
pub(crate) fn root_ranges() -> Vec<(usize, usize)> {
    roots().clone()
}

/// Unregisters a range registered with [`mg_gc_add_roots`].
///
/// # Safety
/// The range must have been registered.
pub(crate) unsafe fn remove_roots(lo: usize, hi: usize) {
    GC_remove_roots(lo as *mut c_void, hi as *mut c_void);
    roots().retain(|&r| r != (lo, hi));
}

/// Raises `MemoryError` for an allocation the collector could not satisfy.
#[cold]
#[inline(never)]
fn out_of_memory() -> ! {
    raise("MemoryError", "")
}

/// Forces a full collection (for tests and for `gc.collect()`).
#[no_mangle]
pub extern "C-unwind" fn mg_gc_collect() {
    // SAFETY: a plain libgc call; the collector initialises itself if needed.
    unsafe { GC_gcollect() }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::on_gc_thread;

    /// Builds a linked list of `n` nodes in GC memory, with garbage in
    /// between, collects, and checks that the list survived intact.
    fn build_collect_check(n: usize) {
        let mut head: *mut [usize; 2] = std::ptr::null_mut();
        for i in 0..n {
            let node = mg_alloc(16) as *mut [usize; 2];
            // SAFETY: `node` is a fresh 16-byte block.
            unsafe { *node = [head as usize, i] };
            head = node;
            if i % 1000 == 0 {
                let _garbage = mg_alloc_atomic(1 << 16);
            }
        }
        mg_gc_collect();
        let mut expect = n;
        let mut p = head;
        while !p.is_null() {
            expect -= 1;
            // SAFETY: every node of the list is still allocated.
            let [next, value] = unsafe { *p };
            assert_eq!(value, expect);
            p = next as *mut [usize; 2];
        }
        assert_eq!(expect, 0);
        std::hint::black_box(head);
    }

    /// The list head lives only on the initialising thread's stack, so this
    /// checks that that stack is scanned.
    #[test]
    fn allocations_survive_collection() {
        on_gc_thread(|| {
            mg_init();
            build_collect_check(10_000);
        });
    }

    #[test]
    fn stress_setting_parses() {
        use std::ffi::OsStr;
        assert_eq!(parse_stress(None), 0);
        assert_eq!(parse_stress(Some(OsStr::new("1"))), 1);
        assert_eq!(parse_stress(Some(OsStr::new(" 250 "))), 250);
        assert_eq!(parse_stress(Some(OsStr::new("0"))), 0);
        assert_eq!(parse_stress(Some(OsStr::new("-3"))), 0);
        assert_eq!(parse_stress(Some(OsStr::new("often"))), 0);
    }

    /// With a collection at every allocation, a structure reachable only
    /// from the stack survives.
    #[test]
    fn data_survives_a_collection_per_allocation() {
        on_gc_thread(|| {
            mg_init();
            STRESS_LEFT.store(1, Ordering::Relaxed);
            STRESS_EVERY.store(1, Ordering::Relaxed);
            build_collect_check(2_000);
            STRESS_EVERY.store(0, Ordering::Relaxed);
        });
    }

    /// A thread other than the initialising one registers itself in
    /// `mg_init`, is scanned while it runs, and unregisters when it exits so
    /// that later collections do not touch its dead stack.
    #[test]
    fn other_threads_register_and_unregister() {
        on_gc_thread(|| mg_init());
        for _ in 0..3 {
            std::thread::spawn(|| {
                mg_init();
                build_collect_check(5_000);
            })
            .join()
            .unwrap();
        }
        on_gc_thread(|| build_collect_check(1_000));
    }
}
