//! `dict.get(key)` and `dict.get(key, default)`.
//!
//! The result is the value type when the default is one, and `Optional`
//! of it without a default, with an explicit `None`, or with an
//! `Optional` default (mypy's overloads). A pointer value is its own
//! `Optional`, so the runtime's lookup with a default serves it directly;
//! a scalar is boxed, as `Wrap(d[k]) if k in d else default`.

use super::classes::load;
use super::methods::{none, set_local};
use super::*;

impl Checker {
    /// `b.get(key, default)` on a `dict[k, v]`, the key already checked.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn dict_get(
        &mut self,
        b: Expr,
        key: Expr,
        k: &Ty,
        v: &Ty,
        default: Option<Expr>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let rv = self.resolve(v);
        let plain = !matches!(rv, Ty::None | Ty::Optional(_) | Ty::Var(_));
        // `d.get(k, None)` is `d.get(k)`: an Optional of the values.
        let default = default.filter(|d| !(d.ty == Ty::None && plain));
        let Some(d) = default else {
            if rv == Ty::None {
                return Ok(mk(
                    v.clone(),
                    span,
                    ExprKind::DictGet(Box::new(b), Box::new(key), Some(Box::new(none(span)))),
                ));
            }
            let ot = Ty::Optional(Box::new(rv.clone()));
            if rv.is_heap() && !matches!(rv, Ty::Optional(_)) {
                let dflt = mk(ot.clone(), span, ExprKind::None);
                return Ok(mk(
                    ot,
                    span,
                    ExprKind::DictGet(Box::new(b), Box::new(key), Some(Box::new(dflt))),
                ));
            }
            let dflt = mk(ot, span, ExprKind::None);
            return Ok(self.get_or_default(b, key, k, &rv, dflt, false, span, scope));
        };
        // An `Optional` default of the value type (`d.get(k, default)`
        // with `default: str | None`) makes the result `Optional`, as mypy
        // types it; the default is evaluated before the lookup, as the
        // call's argument.
        if let Ty::Optional(inner) = self.resolve(&d.ty) {
            if plain && self.unify(&inner, &rv) {
                let ot = Ty::Optional(Box::new(rv.clone()));
                let d = mk(ot, d.span, d.kind);
                return Ok(self.get_or_default(b, key, k, &rv, d, true, span, scope));
            }
        }
        let d = self.expect(d, v, "default value")?;
        // The default may have just fixed the value type of an empty dict
        // (`counts.get(w, 0) + 1`).
        Ok(mk(
            self.resolve(v),
            span,
            ExprKind::DictGet(Box::new(b), Box::new(key), Some(Box::new(d))),
        ))
    }

    /// `Wrap(d[k]) if k in d else default`, an `Optional` of `rv`, with the
    /// dict and the key (and, if `bind_default`, the default) evaluated
    /// once and in order before the test.
    #[allow(clippy::too_many_arguments)]
    fn get_or_default(
        &mut self,
        b: Expr,
        key: Expr,
        k: &Ty,
        rv: &Ty,
        default: Expr,
        bind_default: bool,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let ot = Ty::Optional(Box::new(rv.clone()));
        let dt = b.ty.clone();
        let dl = self.hidden(scope, "getd", dt.clone());
        let kl = self.hidden(scope, "getk", k.clone());
        let dload = load(dl, dt, span);
        let kload = load(kl, k.clone(), span);
        let mut setup = vec![set_local(dl, b), set_local(kl, key)];
        let otherwise = if bind_default {
            let vl = self.hidden(scope, "getv", ot.clone());
            setup.push(set_local(vl, default));
            load(vl, ot.clone(), span)
        } else {
            default
        };
        let has = mk(
            Ty::Bool,
            span,
            ExprKind::Contains(Box::new(dload.clone()), Box::new(kload.clone())),
        );
        let item = mk(
            rv.clone(),
            span,
            ExprKind::Index(Box::new(dload), Box::new(kload)),
        );
        let value = mk(
            ot.clone(),
            span,
            ExprKind::IfExp(
                Box::new(has),
                Box::new(mk(ot.clone(), span, ExprKind::Wrap(Box::new(item)))),
                Box::new(otherwise),
            ),
        );
        mk(ot, span, ExprKind::Block(setup, Box::new(value)))
    }
}
