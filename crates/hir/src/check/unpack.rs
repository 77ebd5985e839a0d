//! Starred assignment targets: `first, *rest = xs`, `a, *mid, z = t`, also
//! nested and as `for` targets.
//!
//! A starred pattern unpacks a list in code generation (`Target::Star`:
//! length check with CPython's `ValueError`, elements before and after the
//! starred target, the middle sliced into a new list). The value is made a
//! list first: a fixed-shape tuple is unpacked statically instead (its
//! length is known, and its fields may have different types), any other
//! iterable is copied into a new list, as CPython's `UNPACK_EX` does.

use super::*;

/// The elements of a tuple or list target, if one of them is starred.
fn starred_elems(e: &ast::Expr) -> Option<&[ast::Expr]> {
    match &e.kind {
        ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs)
            if xs
                .iter()
                .any(|x| matches!(x.kind, ast::ExprKind::Starred(_))) =>
        {
            Some(xs)
        }
        _ => None,
    }
}

/// The index of the one starred element; CPython refuses two of them at
/// compile time.
fn star_index(e: &ast::Expr, xs: &[ast::Expr]) -> R<usize> {
    let stars: Vec<usize> = (0..xs.len())
        .filter(|&i| matches!(xs[i].kind, ast::ExprKind::Starred(_)))
        .collect();
    if stars.len() > 1 {
        return err(
            Kind::Syntax,
            e.span,
            "multiple starred expressions in assignment",
        );
    }
    Ok(stars[0])
}

impl Checker {
    /// Prepares the value of an assignment to `target` when the target is
    /// a starred pattern: a fixed-shape tuple is split statically into a
    /// tuple of one value per target (the starred one a list display), with
    /// the star-free target to assign it to; any other iterable but a list
    /// is copied into a new list. Other targets keep their value.
    pub(super) fn star_value(
        &mut self,
        target: &ast::Expr,
        v: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<(Option<ast::Expr>, Expr)> {
        let Some(xs) = starred_elems(target) else {
            return Ok((None, v));
        };
        let star = star_index(target, xs)?;
        match self.resolve(&v.ty) {
            Ty::List(_) => Ok((None, v)),
            Ty::Tuple(ts) => {
                let want = xs.len() - 1;
                if ts.len() < want {
                    return err(
                        Kind::Type,
                        target.span,
                        format!(
                            "not enough values to unpack (expected at least {want}, got {})",
                            ts.len()
                        ),
                    );
                }
                let span = v.span;
                let t = self.hoist(v, scope, out);
                let field = |i: usize| {
                    mk(
                        ts[i].clone(),
                        span,
                        ExprKind::TupleGet(Box::new(t.clone()), i),
                    )
                };
                let middle = ts.len() - want;
                let mids: Vec<Expr> = (star..star + middle).map(field).collect();
                let et = self.common_ty(&mids, "starred target's list")?;
                let mids = self.convert_all(mids, &et)?;
                let lt = Ty::List(Box::new(et));
                let mut vals: Vec<Expr> = (0..star).map(field).collect();
                vals.push(mk(lt, span, ExprKind::List(mids)));
                vals.extend((star + middle..ts.len()).map(field));
                let ty = Ty::Tuple(vals.iter().map(|v| v.ty.clone()).collect());
                let mut plain = target.clone();
                if let ast::ExprKind::Tuple(ys) | ast::ExprKind::List(ys) = &mut plain.kind {
                    if let ast::ExprKind::Starred(inner) = &ys[star].kind {
                        ys[star] = (**inner).clone();
                    }
                }
                Ok((Some(plain), mk(ty, span, ExprKind::Tuple(vals))))
            }
            _ => {
                let (_, elem) = self.iter_of_value(v.clone())?;
                let list = self.list_of_value(v, elem, scope)?;
                Ok((None, list))
            }
        }
    }

    /// `Target::Star` for a starred pattern assigned a value of type
    /// `value_ty`, which `star_value` made a list unless the pattern is
    /// nested in another one.
    pub(super) fn star_target(
        &mut self,
        e: &ast::Expr,
        value_ty: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Option<Target>> {
        let Some(xs) = starred_elems(e) else {
            return Ok(None);
        };
        let star = star_index(e, xs)?;
        let et = match value_ty.map(|t| self.resolve(t)) {
            Some(Ty::List(et)) => *et,
            Some(t) => {
                return err(
                    Kind::Unsupported,
                    e.span,
                    format!("a starred target unpacking a {t} inside another target is not supported by multigen yet"),
                )
            }
            None => {
                return err(
                    Kind::Type,
                    e.span,
                    "cannot infer the types of these targets",
                )
            }
        };
        let lt = Ty::List(Box::new(et.clone()));
        let mut ts = Vec::new();
        for (i, x) in xs.iter().enumerate() {
            let (x, want) = match &x.kind {
                ast::ExprKind::Starred(inner) if i == star => (&**inner, &lt),
                _ => (x, &et),
            };
            let t = self.target(x, Some(want), scope)?;
            let tt = target_ty(&t, self, scope);
            if !self.unify(&tt, want) {
                return err(
                    Kind::Type,
                    x.span,
                    format!("cannot assign a value of type {want} to a target of type {tt}"),
                );
            }
            ts.push(t);
        }
        Ok(Some(Target::Star(ts, star, et, e.span)))
    }

    /// The target of a `for` loop whose target is a starred pattern over
    /// elements that are not lists: each element goes to a hidden variable
    /// and the statements returned, put first in the body, unpack it.
    pub(super) fn star_loop_target(
        &mut self,
        target: &ast::Expr,
        elem: &Ty,
        scope: &mut Scope,
    ) -> R<Option<(Target, Vec<Stmt>)>> {
        if starred_elems(target).is_none() || matches!(self.resolve(elem), Ty::List(_)) {
            return Ok(None);
        }
        let tmp = self.hidden(scope, "row", elem.clone());
        let load = mk(elem.clone(), target.span, ExprKind::Load(Place::Local(tmp)));
        let mut body = Vec::new();
        let (plain, v) = self.star_value(target, load, scope, &mut body)?;
        let t = self.target(plain.as_ref().unwrap_or(target), Some(&v.ty), scope)?;
        let v = self.expect(v, &target_ty(&t, self, scope), "loop element")?;
        forget_target(&t, scope);
        body.push(Stmt::Assign(t, v));
        Ok(Some((Target::Place(Place::Local(tmp)), body)))
    }
}
