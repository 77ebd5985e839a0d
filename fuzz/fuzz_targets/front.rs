//! Source bytes -> diagnostics or a typed program: parsing (ruff, then our
//! syntax tree), the checker, the rendering of diagnostics and the IR dump.
//! Any panic, stack overflow or timeout is a bug: the compiler must answer
//! every input with a diagnostic or a program.

#![no_main]

use libfuzzer_sys::fuzz_target;
use multigen_diag::{Diagnostic, Kind, SourceFile, Span};

fuzz_target!(|data: &[u8]| {
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
    match multigen_driver::check(&src) {
        Ok(program) => {
            let _ = multigen_hir::dump(&program);
        }
        Err(e) => {
            let _ = e.render(&src);
        }
    }
});
