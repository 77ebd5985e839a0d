//! Source bytes -> diagnostics or a typed program: parsing (ruff, then our
//! syntax tree), the checker, the rendering of diagnostics and the IR dump
//! (`multigen_driver::fuzzing::front`). Any panic, stack overflow or
//! timeout is a bug: the compiler must answer every input with a diagnostic
//! or a program.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    multigen_driver::fuzzing::front(data);
});
