//! Conversions of objects and containers of objects to the types they are
//! expected as: a subclass instance as its base class, and tuples, lists,
//! dicts and sets of such values (covariant where Python's values allow).

use super::classes::fresh_container;
use super::*;

impl Checker {
    /// The implicit conversions between object and `Optional` types: an
    /// upcast to a base class, `T` or `None` to `Optional[T]`, and (with a
    /// run-time check) `Optional[T]` to `T`.
    pub(super) fn convert_object(&mut self, e: Expr, to: &Ty) -> Option<Expr> {
        let from = self.resolve(&e.ty);
        let to = self.resolve(to);
        let span = e.span;
        if from.is_dynamic() || to.is_dynamic() {
            return self.dyn_convert(e, &to).ok().flatten();
        }
        match (&from, &to) {
            // CPython keeps an int stored where a float is declared: it is
            // boxed, not converted (`numtower.rs`).
            (Ty::Int, Ty::Float) => Some(mk(Ty::Float, span, ExprKind::NumBox(Box::new(e)))),
            (Ty::Class(a), Ty::Class(b)) if self.is_subclass(*a, *b) => {
                Some(mk(to.clone(), span, ExprKind::Cast(Box::new(e))))
            }
            // A new container of subclass instances (a display or a
            // comprehension, which nothing else refers to) may be seen as
            // a container of the base class.
            (Ty::List(x), Ty::List(y)) | (Ty::Set(x), Ty::Set(y))
                if fresh_container(&e) && self.elem_upcast(x, y) =>
            {
                Some(mk(to.clone(), span, ExprKind::Cast(Box::new(e))))
            }
            (Ty::Dict(k1, x), Ty::Dict(k2, y))
                if fresh_container(&e) && k1 == k2 && self.elem_upcast(x, y) =>
            {
                Some(mk(to.clone(), span, ExprKind::Cast(Box::new(e))))
            }
            // Tuples are immutable: one holding subclass instances is one
            // of the base classes (the fields are the same pointers).
            (Ty::Tuple(_), Ty::Tuple(_)) if self.tuple_upcast(&from, &to) => {
                Some(mk(to.clone(), span, ExprKind::Cast(Box::new(e))))
            }
            (Ty::None, Ty::Optional(_)) => Some(mk(to.clone(), span, ExprKind::None)),
            (Ty::Optional(a), Ty::Optional(b)) => match (&**a, &**b) {
                (Ty::Class(x), Ty::Class(y)) if self.is_subclass(*x, *y) => {
                    Some(mk(to.clone(), span, ExprKind::Cast(Box::new(e))))
                }
                _ => None,
            },
            (_, Ty::Optional(inner)) => {
                let v = if self.unify(&from, inner) {
                    e
                } else {
                    self.convert_object(e, inner)?
                };
                Some(mk(to.clone(), span, ExprKind::Wrap(Box::new(v))))
            }
            (Ty::Optional(inner), _) => {
                let un = mk(
                    (**inner).clone(),
                    span,
                    ExprKind::Unwrap(
                        Box::new(e),
                        Some(("TypeError", "'NoneType' object is not usable here".into())),
                    ),
                );
                if self.unify(inner, &to) {
                    Some(un)
                } else {
                    self.convert_object(un, &to)
                }
            }
            _ => None,
        }
    }

    /// Whether elements of type `x` may be seen as `y`: a subclass as its
    /// base. (Not as `Optional` of it: the container's run-time element
    /// type would still say that its elements are never None, and printing
    /// one that is crashed. A display is rebuilt with converted elements
    /// instead, by `convert_display`.)
    /// Whether a value of type `x` is one of type `y` as it is, `x` being
    /// `y` with some classes replaced by subclasses, only inside tuples
    /// and `Optional`s of classes (which are never stored into).
    pub(super) fn tuple_upcast(&self, x: &Ty, y: &Ty) -> bool {
        match (x, y) {
            (Ty::Class(a), Ty::Class(b)) => self.is_subclass(*a, *b),
            (Ty::Optional(a), Ty::Optional(b)) => {
                matches!((&**a, &**b), (Ty::Class(a), Ty::Class(b)) if self.is_subclass(*a, *b))
            }
            (Ty::Tuple(xs), Ty::Tuple(ys)) => {
                xs.len() == ys.len()
                    && xs
                        .iter()
                        .zip(ys)
                        .all(|(x, y)| x == y || self.tuple_upcast(x, y))
            }
            _ => false,
        }
    }

    pub(super) fn elem_upcast(&self, x: &Ty, y: &Ty) -> bool {
        match (x, y) {
            (Ty::Class(a), Ty::Class(b)) => self.is_subclass(*a, *b),
            _ => false,
        }
    }
}
