//! The clocks and the sleep of the library's `time` module
//! (`lib/time.py` binds its stubs to these with `@extern`), read as
//! CPython 3.11 reads them on Linux: `time()` from the real-time clock,
//! `monotonic()` and `perf_counter()` from `CLOCK_MONOTONIC`,
//! `process_time()` from `CLOCK_PROCESS_CPUTIME_ID`.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

runtime_interface! {
    CLOCK_DECLS, clock_symbols;
    fn mg_time_time() -> f64;
    fn mg_time_time_ns() -> i64;
    fn mg_time_monotonic() -> f64;
    fn mg_time_monotonic_ns() -> i64;
    fn mg_time_process_time() -> f64;
    fn mg_time_process_time_ns() -> i64;
    fn mg_time_sleep(f64) -> ();
}

/// `struct timespec` of the C library on 64-bit Linux.
#[repr(C)]
struct Timespec {
    tv_sec: i64,
    tv_nsec: i64,
}

extern "C" {
    fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
}

const CLOCK_MONOTONIC: i32 = 1;
const CLOCK_PROCESS_CPUTIME_ID: i32 = 2;

/// Nanoseconds on clock `clock` (0 if the clock cannot be read, which
/// Linux does not do for these clocks).
fn clock_ns(clock: i32) -> i64 {
    let mut ts = Timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid, writable `struct timespec` for the call,
    // and the clock ids are ones Linux defines.
    let ok = unsafe { clock_gettime(clock, &mut ts) } == 0;
    if !ok {
        return 0;
    }
    ts.tv_sec
        .saturating_mul(1_000_000_000)
        .saturating_add(ts.tv_nsec)
}

/// Nanoseconds since the Unix epoch (negative before it).
fn wall_ns() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).unwrap_or(i64::MAX),
        Err(e) => -i64::try_from(e.duration().as_nanos()).unwrap_or(i64::MAX),
    }
}

/// `time.time()`.
#[no_mangle]
pub extern "C-unwind" fn mg_time_time() -> f64 {
    wall_ns() as f64 * 1e-9
}

/// `time.time_ns()`.
#[no_mangle]
pub extern "C-unwind" fn mg_time_time_ns() -> i64 {
    wall_ns()
}

/// `time.monotonic()` and `time.perf_counter()`.
#[no_mangle]
pub extern "C-unwind" fn mg_time_monotonic() -> f64 {
    clock_ns(CLOCK_MONOTONIC) as f64 * 1e-9
}

/// `time.monotonic_ns()` and `time.perf_counter_ns()`.
#[no_mangle]
pub extern "C-unwind" fn mg_time_monotonic_ns() -> i64 {
    clock_ns(CLOCK_MONOTONIC)
}

/// `time.process_time()`.
#[no_mangle]
pub extern "C-unwind" fn mg_time_process_time() -> f64 {
    clock_ns(CLOCK_PROCESS_CPUTIME_ID) as f64 * 1e-9
}

/// `time.process_time_ns()`.
#[no_mangle]
pub extern "C-unwind" fn mg_time_process_time_ns() -> i64 {
    clock_ns(CLOCK_PROCESS_CPUTIME_ID)
}

/// `time.sleep(secs)`, the checks CPython makes having been made by
/// `lib/time.py`. Like CPython, it leaves buffered output buffered.
#[no_mangle]
pub extern "C-unwind" fn mg_time_sleep(secs: f64) {
    if secs > 0.0 {
        std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    }
}
