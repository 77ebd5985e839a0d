//! Name resolution and type checking: [`multigen_syntax::ast`] to the typed
//! [`ir`].
//!
//! The checker walks the module once in source order, so it sees statements
//! in the order Python executes the module body: a top-level call of a
//! function that is defined further down is reported, just as CPython would
//! fail with `NameError`. Function signatures are collected first (they are
//! fully annotated), then the module body is checked, then every function
//! body. Local variables take the type of their annotation or of their first
//! assignment and keep it; reads that might precede any assignment are
//! compiled with a check that raises `UnboundLocalError`/`NameError` as
//! CPython does.

mod check;
mod dump;
pub mod ir;
pub mod visit;

pub use check::{
    check, check_program, is_handled_stdlib, library_alias, resolve_relative, ModuleInput,
};
pub use dump::dump;
