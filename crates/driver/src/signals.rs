//! Reporting fatal signals that a JIT-compiled program receives (see
//! [`Guard`]).

/// Reporting fatal signals that a JIT-compiled program receives.
///
/// The program runs inside the compiler's process, so without this a fault
/// would look like a crash of `multigen` itself (and Rust's own handler
/// would call a stack overflow in compiled code an overflow of the
/// compiler's main thread), and the output the program had buffered would be
/// lost. The handler runs on an alternate signal stack of its own, so a
/// stack overflow can be reported too; it only calls async-signal-safe
/// functions, except for flushing the runtime's stdout buffer, which is
/// guarded by an alarm in case the interrupted code held the buffer's lock.
#[cfg(target_os = "linux")]
mod imp {
    use std::ffi::{c_int, c_uint, c_void};
    use std::sync::atomic::{AtomicI32, AtomicUsize, Ordering};

    const SIGILL: c_int = 4;
    const SIGBUS: c_int = 7;
    const SIGFPE: c_int = 8;
    const SIGSEGV: c_int = 11;
    const SIGALRM: c_int = 14;
    const SA_SIGINFO: c_int = 4;
    const SA_ONSTACK: c_int = 0x0800_0000;
    const SS_DISABLE: c_int = 2;
    /// The signals reported.
    const FATAL: [c_int; 4] = [SIGSEGV, SIGBUS, SIGFPE, SIGILL];
    /// Size of the alternate signal stack.
    const ALT_STACK: usize = 64 * 1024;

    /// glibc's (and the kernel's generic) `struct sigaction` on Linux.
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct SigAction {
        handler: usize,
        mask: [u64; 16],
        flags: c_int,
        restorer: usize,
    }

    /// `stack_t`.
    #[repr(C)]
    struct StackT {
        sp: *mut c_void,
        flags: c_int,
        size: usize,
    }

    /// The start of `siginfo_t`: the fault address of SIGSEGV/SIGBUS/SIGFPE/
    /// SIGILL follows the three `int`s at offset 16.
    #[repr(C)]
    struct SigInfo {
        signo: c_int,
        errno: c_int,
        code: c_int,
        addr: usize,
    }

    extern "C" {
        fn sigaction(sig: c_int, act: *const SigAction, old: *mut SigAction) -> c_int;
        fn sigaltstack(ss: *const StackT, old: *mut StackT) -> c_int;
        fn write(fd: c_int, buf: *const c_void, n: usize) -> isize;
        fn _exit(code: c_int) -> !;
        fn alarm(seconds: c_uint) -> c_uint;
        fn pthread_self() -> usize;
        fn pthread_getattr_np(thread: usize, attr: *mut [u64; 16]) -> c_int;
        fn pthread_attr_getstack(
            attr: *const [u64; 16],
            addr: *mut *mut c_void,
            size: *mut usize,
        ) -> c_int;
        fn pthread_attr_destroy(attr: *mut [u64; 16]) -> c_int;
    }

    /// The signal being reported (0 while none is).
    static REPORTING: AtomicI32 = AtomicI32::new(0);
    /// Whether the signal being reported is a stack overflow.
    static OVERFLOW: AtomicI32 = AtomicI32::new(0);
    /// The lowest address of the running program's stack (0 if unknown):
    /// a fault just below it is a stack overflow.
    static STACK_LO: AtomicUsize = AtomicUsize::new(0);

    /// The handlers installed for one run; dropping it restores the
    /// previous ones.
    pub(crate) struct Guard {
        old: Vec<(c_int, SigAction)>,
        old_stack: StackT,
        _alt_stack: Box<[u8]>,
    }

    impl Guard {
        pub(crate) fn install() -> Guard {
            let alt = vec![0u8; ALT_STACK].into_boxed_slice();
            let mut old_stack = StackT {
                sp: std::ptr::null_mut(),
                flags: SS_DISABLE,
                size: 0,
            };
            let stack = StackT {
                sp: alt.as_ptr() as *mut c_void,
                flags: 0,
                size: alt.len(),
            };
            let mut old = Vec::new();
            // SAFETY: plain libc calls with valid pointers; the alternate
            // stack lives in the guard, which restores the previous one
            // before freeing it.
            unsafe {
                sigaltstack(&stack, &mut old_stack);
                STACK_LO.store(stack_low(), Ordering::Relaxed);
                let act = SigAction {
                    handler: on_fatal as *const () as usize,
                    mask: [0; 16],
                    flags: SA_SIGINFO | SA_ONSTACK,
                    restorer: 0,
                };
                for sig in FATAL {
                    let mut prev = act;
                    if sigaction(sig, &act, &mut prev) == 0 {
                        old.push((sig, prev));
                    }
                }
            }
            Guard {
                old,
                old_stack,
                _alt_stack: alt,
            }
        }
    }

    impl Drop for Guard {
        fn drop(&mut self) {
            // SAFETY: restores exactly what `install` replaced.
            unsafe {
                for (sig, prev) in &self.old {
                    sigaction(*sig, prev, std::ptr::null_mut());
                }
                sigaltstack(&self.old_stack, std::ptr::null_mut());
            }
        }
    }

    /// The lowest address of the calling thread's stack, or 0.
    unsafe fn stack_low() -> usize {
        let mut attr = [0u64; 16];
        if pthread_getattr_np(pthread_self(), &mut attr) != 0 {
            return 0;
        }
        let mut addr = std::ptr::null_mut();
        let mut size = 0;
        let ok = pthread_attr_getstack(&attr, &mut addr, &mut size) == 0;
        pthread_attr_destroy(&mut attr);
        if ok {
            addr as usize
        } else {
            0
        }
    }

    /// Whether a fault at `addr` is an access beyond the end of the stack.
    fn is_stack_overflow(addr: usize) -> bool {
        let lo = STACK_LO.load(Ordering::Relaxed);
        lo != 0 && addr < lo + 64 * 1024 && addr >= lo.saturating_sub(1 << 20)
    }

    fn name(sig: c_int) -> (&'static str, &'static str) {
        match sig {
            SIGSEGV => ("SIGSEGV", "segmentation fault"),
            SIGBUS => ("SIGBUS", "bus error"),
            SIGFPE => ("SIGFPE", "arithmetic error"),
            SIGILL => ("SIGILL", "illegal instruction"),
            _ => ("a signal", "unknown"),
        }
    }

    /// Writes the report line without allocating.
    fn report(sig: c_int, overflow: bool) {
        let (sig_name, what) = name(sig);
        let mut buf = [0u8; 160];
        let mut len = 0;
        let parts: [&str; 6] = [
            "multigen: the program ",
            if overflow {
                "overflowed its stack and was killed by signal "
            } else {
                "was killed by signal "
            },
            sig_name,
            " (",
            what,
            ")\n",
        ];
        for p in parts {
            let n = p.len().min(buf.len() - len);
            buf[len..len + n].copy_from_slice(&p.as_bytes()[..n]);
            len += n;
        }
        // SAFETY: writes `len` initialised bytes to stderr.
        unsafe {
            write(2, buf.as_ptr() as *const c_void, len);
        }
    }

    /// Ends the process for the signal being reported.
    fn finish() -> ! {
        let sig = REPORTING.load(Ordering::SeqCst);
        report(sig, OVERFLOW.load(Ordering::SeqCst) != 0);
        // SAFETY: `_exit` is async-signal-safe and skips the compiler's
        // atexit handlers, which must not run in a faulted process.
        unsafe { _exit(128 + sig) }
    }

    extern "C" fn on_fatal(sig: c_int, info: *mut SigInfo, _ctx: *mut c_void) {
        // A fault while reporting (the stdout buffer was damaged, say) ends
        // the process at once, still with the first signal's report.
        if REPORTING
            .compare_exchange(0, sig, Ordering::SeqCst, Ordering::SeqCst)
            .is_err()
        {
            finish();
        }
        // SAFETY: the kernel passes a valid siginfo to SA_SIGINFO handlers;
        // `code > 0` means the kernel raised the signal for a fault, and
        // then `addr` is the faulting address.
        let overflow = unsafe {
            !info.is_null()
                && matches!(sig, SIGSEGV | SIGBUS)
                && (*info).code > 0
                && is_stack_overflow((*info).addr)
        };
        OVERFLOW.store(i32::from(overflow), Ordering::SeqCst);
        // Flush what the program printed, as an uncaught exception does.
        // The interrupted code may hold the buffer's lock; then the alarm
        // ends the wait (and the process) after a second.
        let act = SigAction {
            handler: on_alarm as *const () as usize,
            mask: [0; 16],
            flags: SA_ONSTACK,
            restorer: 0,
        };
        // SAFETY: installs a handler and arms a timer; both async-signal-safe.
        unsafe {
            sigaction(SIGALRM, &act, std::ptr::null_mut());
            alarm(1);
        }
        multigen_runtime::mg_flush();
        finish()
    }

    extern "C" fn on_alarm(_sig: c_int) {
        finish()
    }
}

/// Fatal signals are not reported specially on other systems.
#[cfg(not(target_os = "linux"))]
mod imp {
    pub(crate) struct Guard;

    impl Guard {
        pub(crate) fn install() -> Guard {
            Guard
        }
    }
}

pub(crate) use imp::Guard;
