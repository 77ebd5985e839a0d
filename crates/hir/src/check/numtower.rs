//! The numeric tower in the checker: an `int` where a `float` is declared.
//!
//! mypy accepts an `int` wherever a `float` is expected, and CPython keeps
//! the `int` there. The conversions that store one (`convert_object`,
//! the join of `int` and `float` in displays and conditional expressions)
//! make an `ExprKind::NumBox`; the operations whose answer depends on
//! whether a float slot holds an int (`isinstance`, `type(x).__name__`,
//! `float(x)`, a read narrowed by `isinstance(x, int)`, the start of
//! `sum`) become `ExprKind::Num`, which the code generator lowers to what a
//! real float makes of them unless the program boxes ints somewhere
//! ([`stores_ints_in_floats`], `Program::numtower`).

use super::*;

/// Whether any function of the program stores an `int` where a `float` is
/// declared: the whole-program flag that turns on the checks for boxed
/// ints in float operations.
pub(super) fn stores_ints_in_floats(p: &Program) -> bool {
    let mut found = false;
    for f in &p.functions {
        crate::visit::exprs(&f.body, &mut |e| {
            found |= matches!(e.kind, ExprKind::NumBox(_));
        });
        if found {
            return true;
        }
    }
    false
}

/// A numeric-tower operation of type `ty` on `x`.
pub(super) fn num(op: NumOp, ty: Ty, x: Expr) -> Expr {
    let span = x.span;
    mk(ty, span, ExprKind::Num(op, vec![x]))
}

impl Checker {
    /// `isinstance(x, ...)` for a `float` operand, naming `int` and/or
    /// `float` among the classes (`None` when neither is named).
    pub(super) fn float_isinstance(v: Expr, int: bool, float: bool) -> Option<Expr> {
        match (int, float) {
            (true, true) | (false, false) => None,
            (true, false) => Some(num(NumOp::IsInt, Ty::Bool, v)),
            (false, true) => Some(num(NumOp::IsFloat, Ty::Bool, v)),
        }
    }

    /// The fact `isinstance(x, int)` establishes for a `float` local `x`:
    /// reads of it are its int (`narrowed_read`).
    pub(super) fn float_narrowed_to_int(&self, p: Place, scope: &Scope) -> bool {
        matches!(
            self.place_ty(p, scope).map(|t| self.resolve(&t)),
            Some(Ty::Float)
        )
    }
}

/// An operand of a numeric operator as type `to`: an `int` operand of a
/// `float` operation is promoted (`NumOp::Promote`) rather than converted,
/// so that it stays an int where the other operand holds one.
pub(super) fn promote(e: Expr, to: &Ty) -> Expr {
    if *to != Ty::Float || e.ty == Ty::Float {
        return coerce(e, to).expect("numeric operands convert");
    }
    let i = coerce(e, &Ty::Int).expect("numeric operands convert");
    num(NumOp::Promote, Ty::Float, i)
}
