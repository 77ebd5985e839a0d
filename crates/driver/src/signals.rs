//! The fatal-error report around a JIT run: the runtime's handler
//! (`multigen_runtime::fatal`), installed for the time compiled code runs
//! in this process and removed afterwards, so that the compiler keeps its
//! own handlers (Rust's stack-overflow report) otherwise.

pub(crate) use multigen_runtime::fatal::Guard;
