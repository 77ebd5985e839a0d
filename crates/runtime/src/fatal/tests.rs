//! Unit tests of the fatal-error report's parts: the frames of a call
//! site read from the LSDA, the registry of compiled functions, the
//! formatting of a frame, and the handlers a JIT run installs and removes.
//! (The report as a whole is tested end to end by
//! `crates/cli/tests/fatal.rs`.)

use std::ffi::CString;
use std::io::Read;
use std::os::fd::AsRawFd;

use super::frames::{function_at, FrameTable, Stderr};
use super::*;
use crate::exc::landing_pad_catches;
use crate::object::TbSite;

fn uleb(mut v: u64, out: &mut Vec<u8>) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// The `catch` clauses of a call site come out in clause order, with the
/// cleanup at the end of the chain skipped; calls without a landing pad or
/// without actions have none.
#[test]
fn catch_clauses_of_a_call_site() {
    // Call sites (uleb128): [0x10, 0x20) -> pad 0x80, action 5;
    // [0x20, 0x30) -> pad 0x90, no action; [0x30, 0x40) no pad, action 5.
    let mut cs = Vec::new();
    for (start, len, pad, action) in [
        (0x10, 0x10, 0x80, 5),
        (0x20, 0x10, 0x90, 0),
        (0x30, 0x10, 0, 5),
    ] {
        uleb(start, &mut cs);
        uleb(len, &mut cs);
        uleb(pad, &mut cs);
        uleb(action, &mut cs);
    }
    // Actions, as LLVM lays them out for `cleanup catch A catch B`:
    // 1: cleanup; 3: type 1 (B), then 1; 5: type 2 (A), then 3.
    let actions = [0u8, 0, 1, 0x7d, 2, 0x7d];
    // absptr type table: entry 1 (B) just below its end, entry 2 (A)
    // below that.
    let (a, b) = (0x1111_2222_3333usize, 0x4444_5555_6666usize);
    let mut lsda = vec![0xff, 0x00, 0, 0x01];
    uleb(cs.len() as u64, &mut lsda);
    lsda.extend_from_slice(&cs);
    lsda.extend_from_slice(&actions);
    lsda.extend_from_slice(&a.to_ne_bytes());
    lsda.extend_from_slice(&b.to_ne_bytes());
    // The type table's end, from just after the offset's own byte.
    lsda[2] = u8::try_from(lsda.len() - 3).unwrap();
    let f = 0x40_0000;
    let catches = |off: usize, max: usize| {
        let mut seen = Vec::new();
        // SAFETY: a well-formed LSDA built above.
        unsafe {
            landing_pad_catches(lsda.as_ptr(), f, f + off, |t| {
                seen.push(t);
                seen.len() < max
            })
        };
        seen
    };
    assert_eq!(catches(0x10, 9), vec![a, b]);
    assert_eq!(catches(0x1f, 9), vec![a, b]);
    assert_eq!(catches(0x1f, 1), vec![a]);
    assert_eq!(catches(0x25, 9), vec![]);
    assert_eq!(catches(0x35, 9), vec![]);
    assert_eq!(catches(0x05, 9), vec![]);
    // The personality still finds the same landing pads.
    // SAFETY: as above.
    let pad = |off| unsafe { crate::exc::find_landing_pad(lsda.as_ptr(), f, f + off) };
    assert_eq!(pad(0x10), Some(f + 0x80));
    assert_eq!(pad(0x25), Some(f + 0x90));
    assert_eq!(pad(0x35), None);
}

/// Held by the tests that register tables or install a guard (whose drop
/// forgets the tables registered meanwhile), which share the registry.
static REGISTRY: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn site(file: &str, func: &str, line: i64) -> &'static TbSite {
    let s = |t: &str| CString::new(t).unwrap().into_raw() as *const std::ffi::c_char;
    Box::leak(Box::new(TbSite {
        file: s(file),
        func: s(func),
        line,
        text: s(""),
    }))
}

/// A module's table is sorted when registered, found by exact address,
/// registered once, and forgotten (and registrable again) after a run.
#[test]
fn registered_functions_are_found_by_address() {
    let (f, g, h) = (
        site("m.py", "f", 0),
        site("m.py", "g", 0),
        site("m.py", "h", 0),
    );
    let entries: &mut [[usize; 2]] = Box::leak(Box::new([
        [0x7000_3000, h as *const TbSite as usize],
        [0x7000_1000, f as *const TbSite as usize],
        [0x7000_2000, g as *const TbSite as usize],
    ]));
    let table: &mut [usize; 4] = Box::leak(Box::new([0, 0, 3, entries.as_mut_ptr() as usize]));
    let table = table as *mut [usize; 4] as *mut FrameTable;
    let other: &mut [usize; 4] = Box::leak(Box::new([0, 0, 0, 0]));
    let other = other as *mut [usize; 4] as *mut FrameTable;
    let _registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let mark = frames_mark();
    // SAFETY: the tables have the layout the compiler emits, and live
    // forever.
    unsafe {
        mg_register_frames(table);
        mg_register_frames(table);
        mg_register_frames(other);
    }
    assert_eq!(entries[0][0], 0x7000_1000, "sorted in place");
    assert_eq!(function_at(0x7000_2000), Some(g as *const TbSite));
    assert_eq!(function_at(0x7000_3000), Some(h as *const TbSite));
    assert_eq!(function_at(0x7000_2001), None);
    let mut since = frames_since(mark);
    since.sort();
    let mut both = vec![table as usize, other as usize];
    both.sort();
    assert_eq!(since, both);
    // Forgetting the older table leaves the newer one listed.
    // SAFETY: the tables are alive.
    unsafe { forget_frames(&[table as usize]) };
    assert_eq!(function_at(0x7000_2000), None);
    assert_eq!(frames_since(mark), vec![other as usize]);
    // SAFETY: as above.
    unsafe { mg_register_frames(table) };
    assert_eq!(function_at(0x7000_1000), Some(f as *const TbSite));
    // SAFETY: as above.
    unsafe { forget_frames(&frames_since(mark)) };
    assert_eq!(frames_since(mark), Vec::<usize>::new());
    assert_eq!(function_at(0x7000_1000), None);
}

/// Frames are written as faulthandler's `dump_frame` writes them: names
/// escaped to ASCII and cut after 500 characters, an unknown line as
/// `???`.
#[test]
fn frames_are_written_like_faulthandler() {
    let path = std::env::temp_dir().join(format!("mg-fatal-frames-{}", std::process::id()));
    let file = std::fs::File::create(&path).unwrap();
    let long = "x".repeat(501);
    let mut out = Stderr::to_fd(file.as_raw_fd());
    out.frame(site("/tmp/a.py", "<module>", 12));
    out.frame(site("caf\u{e9}.py", "g\u{3b1}\u{1f600}\t", 0));
    out.frame(site("b.py", &long, 3));
    out.hex(0x7f12, 16);
    out.flush();
    drop(file);
    let mut text = String::new();
    std::fs::File::open(&path)
        .unwrap()
        .read_to_string(&mut text)
        .unwrap();
    let _ = std::fs::remove_file(&path);
    let want = format!(
        "  File \"/tmp/a.py\", line 12 in <module>\n  File \"caf\\xe9.py\", line ??? in g\\u03b1\\U0001f600\\x09\n  File \"b.py\", line 3 in {}...\n0000000000007f12",
        "x".repeat(500)
    );
    assert_eq!(text, want);
}

/// A JIT run's guard installs the report for the fatal signals and puts
/// back what was there before when it is dropped.
#[cfg(target_os = "linux")]
#[test]
fn the_guard_restores_the_previous_handlers() {
    let action = |sig| {
        // SAFETY: reads the current action into a zeroed struct.
        unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            libc::sigaction(sig, std::ptr::null(), &mut old);
            old.sa_sigaction
        }
    };
    let signals = [
        libc::SIGSEGV,
        libc::SIGBUS,
        libc::SIGFPE,
        libc::SIGILL,
        libc::SIGABRT,
    ];
    let _registry = REGISTRY.lock().unwrap_or_else(|e| e.into_inner());
    let before: Vec<usize> = signals.iter().map(|&s| action(s)).collect();
    let guard = Guard::install();
    let during: Vec<usize> = signals.iter().map(|&s| action(s)).collect();
    assert!(during.iter().all(|&h| h == during[0]));
    assert!(during.iter().zip(&before).all(|(d, b)| d != b));
    drop(guard);
    let after: Vec<usize> = signals.iter().map(|&s| action(s)).collect();
    assert_eq!(after, before);
}
