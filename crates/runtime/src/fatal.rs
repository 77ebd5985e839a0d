//! Fatal errors reported like CPython's `faulthandler`.
//!
//! A program that receives SIGSEGV, SIGBUS, SIGFPE, SIGILL or SIGABRT (a
//! fault in the runtime or in compiled code, a native stack overflow, an
//! abort, or the signal sent from outside) prints what `python3 -X
//! faulthandler` prints:
//!
//! ```text
//! Fatal Python error: Segmentation fault
//!
//! Current thread 0x00007f1e2c7b3740 (most recent call first):
//!   File "/abs/path/prog.py", line 3 in f
//!   File "/abs/path/prog.py", line 7 in <module>
//! ```
//!
//! and then dies of the same signal, with the default action restored, so
//! that its parent sees it killed by that signal. Unlike CPython, the
//! program's pending standard output is flushed first (when its buffer is
//! not in use by the interrupted code), as it is before an uncaught
//! exception's traceback. How the frames are found is described in
//! [`frames`].
//!
//! Executables install the handlers for the whole process at start
//! ([`mg_fatal_init`], called by their `main`); the JIT installs them for
//! the time a program runs ([`Guard`]), so that the compiler's own process
//! keeps its handlers otherwise. The handler runs on an alternate signal
//! stack of its own, so that a stack overflow is reported too, and calls
//! only async-signal-safe functions, plus the unwinder (as faulthandler,
//! the report is best effort): a watchdog alarm ends the process by the
//! signal if the unwinder waits for a lock the interrupted code held.

mod frames;
#[cfg(test)]
mod tests;

pub use frames::{forget_frames, frames_mark, frames_since, mg_register_frames, FrameTable};

#[cfg(target_os = "linux")]
mod imp {
    use super::frames;
    use std::ffi::{c_int, c_void};
    use std::sync::atomic::{AtomicI32, Ordering};

    /// The signals reported, with the names faulthandler gives them.
    const FATAL: [(c_int, &str); 5] = [
        (libc::SIGBUS, "Bus error"),
        (libc::SIGILL, "Illegal instruction"),
        (libc::SIGFPE, "Floating point exception"),
        (libc::SIGABRT, "Aborted"),
        (libc::SIGSEGV, "Segmentation fault"),
    ];

    /// The usable size of the alternate signal stack; a guard page below
    /// it turns an overflow of the handler itself into a plain fault.
    const ALT_STACK: usize = 256 * 1024;

    /// Seconds the report may take before the watchdog ends the process.
    const WATCHDOG_SECONDS: u32 = 10;

    /// The signal being reported (0 while none is).
    static REPORTING: AtomicI32 = AtomicI32::new(0);

    /// An alternate signal stack in memory of its own (not the collector's,
    /// which would scan it, nor Rust's heap).
    struct AltStack {
        base: *mut c_void,
        len: usize,
    }

    impl AltStack {
        /// Maps a stack and makes it the calling thread's alternate signal
        /// stack; returns it with the one it replaced.
        fn install() -> Option<(AltStack, libc::stack_t)> {
            // SAFETY: an anonymous private mapping, a guard page made
            // inaccessible inside it, and `sigaltstack` with valid pointers.
            unsafe {
                let page = libc::sysconf(libc::_SC_PAGESIZE).max(4096) as usize;
                let len = ALT_STACK + page;
                let base = libc::mmap(
                    std::ptr::null_mut(),
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                    -1,
                    0,
                );
                if base == libc::MAP_FAILED {
                    return None;
                }
                libc::mprotect(base, page, libc::PROT_NONE);
                let stack = libc::stack_t {
                    ss_sp: base.cast::<u8>().add(page).cast(),
                    ss_flags: 0,
                    ss_size: ALT_STACK,
                };
                let mut old: libc::stack_t = std::mem::zeroed();
                if libc::sigaltstack(&stack, &mut old) != 0 {
                    libc::munmap(base, len);
                    return None;
                }
                Some((AltStack { base, len }, old))
            }
        }
    }

    /// Sets the handler of `sig` (a function address, or `SIG_DFL`) and
    /// returns the previous action.
    ///
    /// # Safety
    /// `handler` must be `SIG_DFL`, `SIG_IGN` or a signal handler taking the
    /// arguments `flags` implies.
    unsafe fn set_handler(sig: c_int, handler: usize, flags: c_int) -> Option<libc::sigaction> {
        let mut act: libc::sigaction = std::mem::zeroed();
        act.sa_sigaction = handler;
        act.sa_flags = flags;
        libc::sigemptyset(&mut act.sa_mask);
        let mut old: libc::sigaction = std::mem::zeroed();
        (libc::sigaction(sig, &act, &mut old) == 0).then_some(old)
    }

    /// Installs the report for every fatal signal; returns the actions it
    /// replaced.
    fn install_handlers() -> Vec<(c_int, libc::sigaction)> {
        // SA_NODEFER: the signal raised again at the end of the report is
        // delivered at once, as in faulthandler.
        let flags = libc::SA_SIGINFO | libc::SA_ONSTACK | libc::SA_NODEFER;
        FATAL
            .iter()
            .filter_map(|&(sig, _)| {
                // SAFETY: `on_fatal` is an SA_SIGINFO handler.
                unsafe { set_handler(sig, on_fatal as *const () as usize, flags) }
                    .map(|old| (sig, old))
            })
            .collect()
    }

    /// The report installed for the time a JIT-compiled program runs on
    /// this thread; dropping it restores the previous handlers and
    /// alternate stack, and forgets the compiled code registered meanwhile
    /// (whose memory the JIT frees afterwards).
    pub struct Guard {
        old: Vec<(c_int, libc::sigaction)>,
        stack: Option<(AltStack, libc::stack_t)>,
        frames: i64,
    }

    impl Guard {
        /// Installs the handlers and an alternate stack for this thread.
        pub fn install() -> Guard {
            let stack = AltStack::install();
            let frames = frames::frames_mark();
            Guard {
                old: install_handlers(),
                stack,
                frames,
            }
        }
    }

    impl Drop for Guard {
        fn drop(&mut self) {
            // SAFETY: restores exactly what `install` replaced, then unmaps
            // the stack, which is no longer the alternate stack.
            unsafe {
                for (sig, old) in &self.old {
                    libc::sigaction(*sig, old, std::ptr::null_mut());
                }
                if let Some((stack, old)) = self.stack.take() {
                    libc::sigaltstack(&old, std::ptr::null_mut());
                    libc::munmap(stack.base, stack.len);
                }
                frames::forget_frames(&frames::frames_since(self.frames));
            }
        }
    }

    /// Installs the report for the whole life of the process (executables),
    /// unless the process handles SIGSEGV already: then it is a host (the
    /// compiler running `multigen run prog.ll` with its [`Guard`], or a
    /// Rust program, whose standard library reports stack overflows) that
    /// called an executable's `main`, and the handlers are its business.
    pub fn install_for_process() {
        // SAFETY: reads the current action into a zeroed struct.
        let segv = unsafe {
            let mut old: libc::sigaction = std::mem::zeroed();
            libc::sigaction(libc::SIGSEGV, std::ptr::null(), &mut old);
            old.sa_sigaction
        };
        if segv != libc::SIG_DFL {
            return;
        }
        // The stack stays the main thread's alternate stack until exit: it
        // is never unmapped.
        let _ = AltStack::install();
        install_handlers();
    }

    /// The name faulthandler gives a signal.
    fn name(sig: c_int) -> &'static str {
        FATAL
            .iter()
            .find(|f| f.0 == sig)
            .map_or("Unknown signal", |f| f.1)
    }

    /// Ends the process by `sig`: the default action, raised again.
    fn die(sig: c_int) -> ! {
        // SAFETY: async-signal-safe calls on this thread's own state.
        unsafe {
            set_handler(sig, libc::SIG_DFL, 0);
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, sig);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
            libc::raise(sig);
            // Only reached if the signal could not end the process.
            libc::_exit(128 + sig)
        }
    }

    extern "C" fn on_fatal(sig: c_int, _info: *mut libc::siginfo_t, _ctx: *mut c_void) {
        // A second fatal signal while reporting (a fault in the report, or
        // another thread's) ends the process at once.
        if REPORTING
            .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            die(sig);
        }
        // As in faulthandler, this signal has its default action again
        // while the report is written: a fault in it ends the process.
        // SAFETY: async-signal-safe calls; `on_watchdog` takes one `int`.
        unsafe {
            set_handler(sig, libc::SIG_DFL, 0);
            set_handler(
                libc::SIGALRM,
                on_watchdog as *const () as usize,
                libc::SA_ONSTACK,
            );
            libc::alarm(WATCHDOG_SECONDS);
        }
        crate::io::try_flush_stdout();
        let mut out = frames::Stderr::new();
        out.put(b"Fatal Python error: ");
        out.put(name(sig).as_bytes());
        out.put(b"\n\nCurrent thread 0x");
        // SAFETY: `pthread_self` is async-signal-safe.
        out.hex(unsafe { libc::pthread_self() } as u64, 16);
        out.put(b" (most recent call first):\n");
        out.flush();
        if frames::dump_python_stack(&mut out) == 0 {
            out.put(b"  <no Python frame>\n");
        }
        out.flush();
        die(sig)
    }

    /// The report is stuck (the unwinder waits for a lock the interrupted
    /// code holds): the process ends by the signal being reported.
    extern "C" fn on_watchdog(_sig: c_int) {
        die(REPORTING.load(Ordering::SeqCst))
    }
}

/// Fatal signals are not reported on other systems.
#[cfg(not(target_os = "linux"))]
mod imp {
    /// Does nothing on this system.
    pub struct Guard;

    impl Guard {
        pub fn install() -> Guard {
            Guard
        }
    }

    pub fn install_for_process() {}
}

pub use imp::Guard;

/// Installs the fatal-error report for the whole process: called by the
/// `main` of executables, after [`crate::mg_init`]. (A JIT installs it for
/// the time a program runs with [`Guard`] instead.)
#[no_mangle]
pub extern "C-unwind" fn mg_fatal_init() {
    imp::install_for_process();
}
