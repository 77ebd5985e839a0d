//! Calls of another module's generic functions (`heapq.heappush(h, x)`,
//! or `heappush` after `from heapq import heappush`).
//!
//! A generic function is a template instantiated per binding of its type
//! parameters (`generic_calls.rs`), and everything the instantiation
//! consults belongs to the template's module: its type variables, its
//! protocols, the names its annotations use, its table of instances. So
//! such a call is bound in the template's module (`enter_module`), while
//! its arguments, which are the caller's expressions, are checked in the
//! caller's module (`arg_expr`, through `Checker::foreign_caller`). The
//! instance's body is checked later in its own module too
//! (`check_def_bodies`), and belongs to that module's LLVM module. This
//! is what lets the library's `heapq` and `bisect` be ordinary generic
//! Python, compiled per element type for each program that uses them.

use super::*;

impl Checker {
    /// The module and name of the generic function of another module that
    /// `n` names in the current one, if it does.
    pub(super) fn foreign_template_of(&self, n: &str) -> Option<(usize, String)> {
        if let Some(found) = self.foreign_templates.get(n) {
            return Some(found.clone());
        }
        let (module, attr) = n.split_once(':')?;
        let m = *self.modules.index.get(module)?;
        (m != self.modules.cur && self.template_in(m, attr) == Some(GENERIC_FUNCTION))
            .then(|| (m, attr.to_string()))
    }

    /// `from <module m> import <name> as <bind>` of a generic function.
    pub(super) fn bind_foreign_template(&mut self, bind: String, m: usize, name: &str) {
        self.foreign_templates.insert(bind, (m, name.to_string()));
    }

    /// A call of generic function `name` of module `m` from the current
    /// module.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn foreign_generic_call(
        &mut self,
        m: usize,
        name: &str,
        name_span: Span,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let caller = self.modules.cur;
        let outer = self.foreign_caller.replace(caller);
        self.enter_module(m);
        let r = self.generic_call(name, name_span, args, keywords, span, scope);
        self.enter_module(caller);
        self.foreign_caller = outer;
        r
    }

    /// An argument of a call of a generic function, checked in the
    /// calling module when the template is another module's (see the
    /// module documentation), with an expected type if given.
    pub(super) fn arg_expr(
        &mut self,
        a: &ast::Expr,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        let check = |cx: &mut Checker, scope: &mut Scope| match hint {
            Some(h) => cx.expr_hinted(a, h, scope),
            None => cx.expr(a, scope),
        };
        let Some(caller) = self.foreign_caller.take() else {
            return check(self, scope);
        };
        let here = self.modules.cur;
        self.enter_module(caller);
        let r = check(self, scope);
        self.enter_module(here);
        self.foreign_caller = Some(caller);
        r
    }
}

/// What `Checker::template_in` calls a generic function.
pub(super) const GENERIC_FUNCTION: &str = "the generic function";

impl Checker {
    /// In an instance of a template, the outcome of an `if` test that the
    /// instance's parameter types decide: `p is None` / `p is not None`
    /// (or their `not`) for a parameter `p` whose type in the instance is
    /// `None` (its argument was omitted and defaults to None) or cannot be
    /// None. Only the branch that runs is then checked, as mypy does not
    /// check unreachable code; this is what lets one generic function
    /// take an optional `key=` (`bisect.bisect_left(a, x, key=None)`):
    /// each instance sees only the comparisons it makes.
    pub(super) fn static_none_test(&self, test: &ast::Expr, scope: &Scope) -> Option<bool> {
        if self.ty_env.is_empty() || scope.is_module {
            return None;
        }
        match &test.kind {
            ast::ExprKind::Unary(ast::UnaryOp::Not, x) => {
                self.static_none_test(x, scope).map(|b| !b)
            }
            ast::ExprKind::Compare(a, rest) => {
                let [(op @ (ast::CmpOp::Is | ast::CmpOp::IsNot), b)] = rest.as_slice() else {
                    return None;
                };
                let (ast::ExprKind::Name(n), ast::ExprKind::None) = (&a.kind, &b.kind) else {
                    return None;
                };
                let l = scope.local_map.get(n)?;
                if !scope.locals[l.index()].is_param {
                    return None;
                }
                let is_none = match scope.local_types[l.index()].as_ref()? {
                    Ty::None => true,
                    Ty::Optional(_) | Ty::Dyn(_) | Ty::Union(_) | Ty::Var(_) => return None,
                    _ => false,
                };
                Some(is_none == (*op == ast::CmpOp::Is))
            }
            _ => None,
        }
    }
}

/// Whether a parameter's annotation is `X | None` or `Optional[X]`.
pub(super) fn is_optional_ann(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) => {
            matches!(a.kind, ast::ExprKind::None) || matches!(b.kind, ast::ExprKind::None)
        }
        ast::ExprKind::Subscript(b, _) => {
            matches!(&b.kind, ast::ExprKind::Name(n) if n == "Optional")
        }
        _ => false,
    }
}

impl Checker {
    /// Gives each parameter of template `def` annotated `X | None` with
    /// the default `None` its type in the instance `inst`: `None` when the
    /// call omits it or passes a None, `X` (bound by `env`) when the call passes a value
    /// that is not optional (`given`: the parameters written, with the
    /// argument's type once known). The binding records the choice, so
    /// the two kinds of call get two instances; `static_none_test` then
    /// checks only the branches each one runs.
    pub(super) fn specialise_optionals(
        &mut self,
        def: &ast::FunctionDef,
        given: &[(usize, Option<Ty>)],
        inst: &mut ast::FunctionDef,
        env: &mut HashMap<String, generics::TyArg>,
    ) {
        for (k, p) in def.params.iter().enumerate() {
            let (Some(ann), Some(d)) = (&p.annotation, &p.default) else {
                continue;
            };
            if !matches!(d.kind, ast::ExprKind::None) || !is_optional_ann(ann) {
                continue;
            }
            let ty = match given.iter().find(|(j, _)| *j == k) {
                None => Ty::None,
                Some((_, Some(Ty::None))) => Ty::None,
                Some((_, t)) => {
                    if t.as_ref().is_some_and(|t| {
                        matches!(t, Ty::Optional(_) | Ty::None | Ty::Dyn(_) | Ty::Union(_))
                    }) {
                        continue;
                    }
                    self.ty_env.push(env.clone());
                    let full = self.annotation(ann);
                    self.ty_env.pop();
                    match full {
                        Ok(Ty::Optional(inner)) => *inner,
                        _ => continue,
                    }
                }
            };
            let slot = format!("param.{k}");
            env.insert(slot.clone(), generics::TyArg::Ty(ty));
            inst.params[k].annotation = Some(ast::Expr {
                span: ann.span,
                kind: ast::ExprKind::Name(slot),
            });
        }
    }
}

/// `X` for an annotation `X | None` (or `None | X`, `Optional[X]`), the
/// annotation itself otherwise.
pub(super) fn strip_optional(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Subscript(b, x) if matches!(&b.kind, ast::ExprKind::Name(n) if n == "Optional") => {
            x
        }
        ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) if matches!(b.kind, ast::ExprKind::None) => {
            a
        }
        ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) if matches!(a.kind, ast::ExprKind::None) => {
            b
        }
        _ => e,
    }
}
