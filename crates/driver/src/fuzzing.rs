//! What one fuzzing input exercises, shared by the cargo-fuzz targets in
//! `fuzz/` (coverage-guided, run by `scripts/fuzz.sh`) and by the short
//! mutation run of the test suite (`crates/driver/tests/fuzz_smoke.rs`).
//! Both treat a panic, a stack overflow or an internal compiler error as a
//! bug: every input must end in diagnostics or a program.

use crate::{Config, EmitKind, Error};
use multigen_diag::{Diagnostic, Kind, SourceFile, Span};

/// Source bytes -> diagnostics or a typed program: parsing, the checker,
/// the rendering of diagnostics and the IR dump.
pub fn front(data: &[u8]) {
    let text = match std::str::from_utf8(data) {
        Ok(text) => text,
        Err(e) => {
            // What `multigen` does with a file that is not UTF-8.
            let valid = e.valid_up_to() as u32;
            let src = SourceFile::new("fuzz.py", String::from_utf8_lossy(data).into_owned());
            let d = Diagnostic::new(Kind::Syntax, Span::new(valid, valid + 1), "not UTF-8");
            let _ = src.render(&d);
            return;
        }
    };
    let src = SourceFile::new("fuzz.py", text);
    match crate::check(&src) {
        Ok(program) => {
            let _ = multigen_hir::dump(&program);
        }
        Err(e) => {
            let _ = e.render(&src);
        }
    }
}

/// Source text -> a verified (and at `opt_level` > 0 optimised) LLVM
/// module; the code is never run. Panics on an internal compiler error
/// (such as the LLVM verifier rejecting the module).
pub fn codegen(data: &[u8], opt_level: u8) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let src = SourceFile::new("fuzz.py", text);
    let cfg = Config {
        opt_level,
        ..Config::default()
    };
    match crate::emit(&src, cfg, EmitKind::LlvmIr, false) {
        Ok(_) | Err(Error::Diagnostics(_) | Error::InFiles(_)) => {}
        Err(e) => panic!("{e:?}"),
    }
}
