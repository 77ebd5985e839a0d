//! Source text -> LLVM IR: the whole compiler up to a verified (and, at
//! `-O1` and above, optimised) LLVM module (`multigen_driver::fuzzing::codegen`).
//! The compiled code is never run. Diagnostics are fine; a panic, a stack
//! overflow, a timeout or an internal compiler error (e.g. the LLVM
//! verifier rejecting the module) is a bug.
//!
//! `MULTIGEN_FUZZ_OPT=0..3` picks the optimisation level (default 0: the
//! verifier runs before the optimiser, and -O0 is several times faster).

#![no_main]

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn opt_level() -> u8 {
    static LEVEL: OnceLock<u8> = OnceLock::new();
    *LEVEL.get_or_init(|| {
        std::env::var("MULTIGEN_FUZZ_OPT")
            .ok()
            .and_then(|v| v.parse().ok())
            .filter(|&l| l <= 3)
            .unwrap_or(0)
    })
}

fuzz_target!(|data: &[u8]| {
    multigen_driver::fuzzing::codegen(data, opt_level());
});
