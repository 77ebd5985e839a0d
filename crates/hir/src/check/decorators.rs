//! Decorators on functions: `@deco`, decorator factories (`@repeat(3)`),
//! stacked decorators and `functools.wraps`.
//!
//! A decorated function is checked like any other under its own name,
//! but the name is bound, when the `def` runs, to the value the
//! decorators return: a module-level decorated function becomes a global
//! holding a function value, a nested one a local. Calls of it are calls
//! through that value. The decorator expressions are evaluated first, top
//! to bottom, then applied to the function bottom-up, as CPython does.

use super::*;

/// One decorator, evaluated.
enum Deco {
    /// A function value taking the function (`@deco`, `@factory(...)`).
    Value(Expr, Span),
    /// `@functools.wraps(f)`: the wrapper shows the name of `f`.
    Wraps(Expr, Span),
}

impl Checker {
    /// The value of a decorated function: `f` (the undecorated function as
    /// a value) passed through the decorators of `def`.
    pub(super) fn decorate(
        &mut self,
        def: &ast::FunctionDef,
        f: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let mut decos = Vec::new();
        for d in &def.decorators {
            if let Some(w) = self.wraps_decorator(d, scope)? {
                let w = self.hoist(w, scope, out);
                decos.push(Deco::Wraps(w, d.span));
                continue;
            }
            if let ast::ExprKind::Name(n) = &d.kind {
                if matches!(n.as_str(), "staticmethod" | "classmethod" | "property")
                    && self.lookup(n, scope).is_none()
                {
                    return err(
                        Kind::Unsupported,
                        d.span,
                        format!("@{n} outside a class body is not supported"),
                    );
                }
            }
            let v = self.expr(d, scope)?;
            let v = self.hoist(v, scope, out);
            decos.push(Deco::Value(v, d.span));
        }
        let mut v = f;
        for d in decos.into_iter().rev() {
            v = match d {
                Deco::Wraps(w, span) => {
                    if !matches!(self.resolve(&v.ty), Ty::Func(_)) {
                        return err(
                            Kind::Type,
                            span,
                            format!("functools.wraps applies to a function, not to {}", v.ty),
                        );
                    }
                    mk(
                        v.ty.clone(),
                        span,
                        ExprKind::Runtime("mg_func_wraps", vec![v, w]),
                    )
                }
                Deco::Value(d, span) => self.apply_decorator(d, v, span)?,
            };
        }
        Ok(v)
    }

    /// `deco(f)` for a decorator value `deco`.
    fn apply_decorator(&mut self, deco: Expr, f: Expr, span: Span) -> R<Expr> {
        let ft = match self.resolve(&deco.ty) {
            Ty::Func(ft) if ft.params.len() == 1 => ft,
            t => {
                return err(
                    Kind::Type,
                    span,
                    format!("a decorator must be a function taking one function; this one is {t}"),
                )
            }
        };
        let found = self.resolve(&f.ty);
        let f = self
            .expect(f, &ft.params[0], "the decorated function")
            .map_err(|_| {
                Diagnostic::new(
                    Kind::Type,
                    span,
                    format!(
                        "this decorator takes {}, but the decorated function is {found}",
                        ft.params[0]
                    ),
                )
            })?;
        if !matches!(self.resolve(&ft.ret), Ty::Func(_)) {
            return err(
                Kind::Type,
                span,
                format!(
                    "this decorator returns {}, which cannot be called like the decorated function",
                    ft.ret
                ),
            );
        }
        Ok(mk(
            ft.ret.clone(),
            span,
            ExprKind::CallValue(Box::new(deco), vec![f]),
        ))
    }

    /// The function that `@functools.wraps(f)` or `@wraps(f)` names, if
    /// `d` is that decorator.
    fn wraps_decorator(&mut self, d: &ast::Expr, scope: &mut Scope) -> R<Option<Expr>> {
        let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &d.kind
        else {
            return Ok(None);
        };
        let is_wraps = match &func.kind {
            ast::ExprKind::Name(n) => {
                self.lookup(n, scope) == Some(Binding::FunctoolsItem("wraps"))
            }
            ast::ExprKind::Attribute(m, attr) => {
                attr.name == "wraps"
                    && matches!(&m.kind, ast::ExprKind::Name(n)
                        if self.lookup(n, scope) == Some(Binding::FunctoolsModule))
            }
            _ => false,
        };
        if !is_wraps {
            return Ok(None);
        }
        if args.len() != 1 || !keywords.is_empty() {
            return err(
                Kind::Unsupported,
                d.span,
                "functools.wraps with other than one argument is not supported by multigen yet",
            );
        }
        let w = self.expr(&args[0], scope)?;
        if !matches!(self.resolve(&w.ty), Ty::Func(_)) {
            return err(
                Kind::Type,
                args[0].span,
                format!("functools.wraps takes a function, not {}", w.ty),
            );
        }
        Ok(Some(w))
    }

    /// `from functools import ...`: the names multigen knows.
    pub(super) fn functools_item(name: &str) -> Option<&'static str> {
        match name {
            "wraps" => Some("wraps"),
            _ => None,
        }
    }
}
