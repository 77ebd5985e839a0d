//! `hash(x)` and `id(x)`.
//!
//! `hash` is the runtime's type-generic hash (the one dicts and sets use,
//! which agrees with CPython's for numbers), or the class's `__hash__`
//! through its descriptor. `id` is the address of an object kept by
//! reference (containers, class instances, functions); values multigen keeps
//! unboxed (numbers, `bool`, `None`) or may share differently from CPython
//! (strings, tuples) have no address of their own, so `id` of them is
//! refused rather than made up.

use super::*;

impl Checker {
    /// `hash(v)` or `id(v)` (`name` says which) of a checked argument.
    pub(super) fn identity_builtin(&mut self, name: &str, v: Expr, span: Span) -> R<Expr> {
        let ty = self.resolve(&v.ty);
        if name == "hash" {
            self.hashable(&ty, v.span)?;
            return Ok(rt(
                Ty::Int,
                span,
                "mg_hash",
                vec![RtArg::Type(ty), RtArg::Slot(v)],
            ));
        }
        match ty {
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Class(_) | Ty::Func(_) => {
                Ok(rt(Ty::Int, span, "mg_id", vec![RtArg::Slot(v)]))
            }
            t => err(
                Kind::Unsupported,
                v.span,
                format!("id() of a {t} value is not supported by multigen (it keeps such values without an identity of their own)"),
            ),
        }
    }
}
