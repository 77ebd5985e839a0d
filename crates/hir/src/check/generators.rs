//! Generators: `yield`, `yield from`, and the operations on generator
//! objects (`next`, `send`, `throw`, `close`, iteration).
//!
//! A function whose body contains `yield` is a generator function; it must
//! be annotated `Iterator[Y]`, `Iterable[Y]` or `Generator[Y, S, R]`, which
//! all check as `Ty::Gen(Y, S, R)` (the first two with `None` for `S` and
//! `R`). Inside its body `return` takes a value of type `R`, and `yield`
//! takes a `Y` and produces an `S`. The IR keeps the function's declared
//! return type; the code generator recognises a generator function by the
//! `Yield`/`YieldFrom` nodes in its body (`Function::is_generator`).

use super::*;

/// The types of the generator function being checked.
#[derive(Clone, Debug)]
pub(super) struct GenCtx {
    pub yield_ty: Ty,
    pub send: Ty,
}

impl Function {
    /// Whether the function is a generator function (its body yields).
    pub fn is_generator(&self) -> bool {
        let mut found = false;
        crate::visit::exprs(&self.body, &mut |e| {
            if matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                found = true;
            }
        });
        found
    }
}

impl Checker {
    /// The generator context of a function: `None` for an ordinary
    /// function. A generator function whose return annotation is not a
    /// generator type is reported here.
    pub(super) fn generator_ctx(&mut self, def: &ast::FunctionDef, ret: &Ty) -> Option<GenCtx> {
        let at = first_yield(&def.body)?;
        match ret {
            Ty::Gen(y, s, _) => Some(GenCtx {
                yield_ty: (**y).clone(),
                send: (**s).clone(),
            }),
            _ => {
                let span = def.returns.as_ref().map_or(at, |r| r.span);
                self.report(Diagnostic::new(
                    Kind::Type,
                    span,
                    format!(
                        "generator function '{}' must be annotated to return Iterator[T], Iterable[T] or Generator[Y, S, R], not {ret}",
                        def.name.name
                    ),
                ));
                None
            }
        }
    }

    /// `yield` / `yield value`.
    pub(super) fn yield_expr(
        &mut self,
        v: Option<&ast::Expr>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let g = self.gen_scope(span, scope, "yield")?;
        let v = match v {
            Some(v) => self.expr_hinted(v, &g.yield_ty, scope)?,
            None => mk(Ty::None, span, ExprKind::None),
        };
        let v = self.expect(v, &g.yield_ty, "yielded value")?;
        Ok(mk(g.send, span, ExprKind::Yield(Box::new(v))))
    }

    /// `yield from iterable`: another generator (whose return value is the
    /// expression's value), or any iterable (then the value is `None`).
    pub(super) fn yield_from(&mut self, v: &ast::Expr, span: Span, scope: &mut Scope) -> R<Expr> {
        let g = self.gen_scope(span, scope, "yield from")?;
        let e = self.expr(v, scope)?;
        if let Ty::Gen(y, s, r) = self.resolve(&e.ty) {
            if *y != g.yield_ty || *s != g.send {
                return err(
                    Kind::Type,
                    v.span,
                    format!(
                        "`yield from` a generator of {} in a generator of {}",
                        Ty::Gen(y, s, r.clone()),
                        Ty::Gen(Box::new(g.yield_ty), Box::new(g.send), r)
                    ),
                );
            }
            return Ok(mk(*r, span, ExprKind::YieldFrom(Box::new(e))));
        }
        if g.send != Ty::None {
            return err(
                Kind::Unsupported,
                v.span,
                "`yield from` a non-generator iterable in a generator that receives values with send() is not supported by multigen yet",
            );
        }
        // Any other iterable: `for x in it: yield x`.
        let (it, elem) = self.iter_of_value(e)?;
        let t = self.hidden(scope, "yield_from", elem.clone());
        let load = mk(elem, v.span, ExprKind::Load(Place::Local(t)));
        let load = self.expect(load, &g.yield_ty, "yielded value")?;
        let y = mk(g.send, span, ExprKind::Yield(Box::new(load)));
        let body = vec![Stmt::For {
            target: Target::Place(Place::Local(t)),
            iter: it,
            body: vec![Stmt::Expr(y)],
            orelse: vec![],
            span: Span::default(),
        }];
        Ok(mk(
            Ty::None,
            span,
            ExprKind::Block(body, Box::new(mk(Ty::None, span, ExprKind::None))),
        ))
    }

    /// The generator context of the function around a `yield`.
    fn gen_scope(&self, span: Span, scope: &Scope, what: &str) -> R<GenCtx> {
        // Comprehension variables are hidden locals named `.c.NAME.`.
        let in_comprehension = scope
            .shadow
            .iter()
            .any(|(_, l)| scope.locals[l.index()].name.starts_with(".c."));
        if in_comprehension {
            return err(
                Kind::Syntax,
                span,
                format!("'{what}' inside a comprehension"),
            );
        }
        match &scope.gen {
            Some(g) => Ok(g.clone()),
            None if scope.is_module => err(Kind::Syntax, span, format!("'{what}' outside function")),
            None => err(
                Kind::Unsupported,
                span,
                format!("`{what}` here (in a lambda, a comprehension or a class body) is not supported by multigen"),
            ),
        }
    }

    /// `next(g)`, `next(g, default)` and `iter(g)` of a generator; `None`
    /// for other built-ins.
    pub(super) fn gen_builtin(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        if name != "next" && name != "iter" {
            return Ok(None);
        }
        self.no_keywords(name, keywords)?;
        if name == "iter" {
            self.arity(name, args, 1, 1, span)?;
        } else {
            self.arity(name, args, 1, 2, span)?;
        }
        let g = self.expr(&args[0], scope)?;
        if let Ty::Class(_) = self.resolve(&g.ty) {
            // `dunders.rs`.
            return self
                .object_iter_next(name, g, args.len() > 1, span)
                .map(Some);
        }
        let Ty::Gen(y, _, _) = self.resolve(&g.ty) else {
            return err(
                Kind::Unsupported,
                args[0].span,
                format!(
                    "{name}() of a {} is not supported by multigen yet (only of a generator)",
                    g.ty
                ),
            );
        };
        if name == "iter" {
            return Ok(Some(g));
        }
        let Some(d) = args.get(1) else {
            return Ok(Some(rt_slot(
                *y,
                span,
                "mg_gen_next",
                vec![RtArg::Value(g)],
            )));
        };
        let d = self.expr_hinted(d, &y, scope)?;
        let ty = if d.ty == Ty::None && !matches!(*y, Ty::None | Ty::Optional(_)) {
            // `next(g, None)`: an `Optional` of the item type, which for
            // a pointer type is the same slot (null is None).
            if !y.is_heap() {
                return err(
                    Kind::Unsupported,
                    d.span,
                    format!("next() with a None default for a generator of {y} is not supported by multigen yet"),
                );
            }
            optional(*y)
        } else {
            *y
        };
        let d = self.expect(d, &ty, "default of next()")?;
        Ok(Some(rt_slot(
            ty,
            span,
            "mg_gen_next_default",
            vec![RtArg::Value(g), RtArg::Slot(d)],
        )))
    }

    /// `g.send(v)`, `g.throw(exc)`, `g.close()`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn gen_method(
        &mut self,
        g: Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let Ty::Gen(y, s, _) = self.resolve(&g.ty) else {
            unreachable!("gen_method of a generator")
        };
        let n = name.name.as_str();
        self.no_keywords(n, keywords)?;
        match n {
            "send" => {
                self.arity(n, args, 1, 1, span)?;
                let v = self.expr_hinted(&args[0], &s, scope)?;
                let v = self.expect(v, &s, "argument of send()")?;
                let is_none = i64::from(v.ty == Ty::None);
                Ok(rt_slot(
                    *y,
                    span,
                    "mg_gen_send",
                    vec![RtArg::Value(g), RtArg::Slot(v), RtArg::Const(is_none)],
                ))
            }
            "close" => {
                self.arity(n, args, 0, 0, span)?;
                Ok(rt(Ty::None, span, "mg_gen_close", vec![RtArg::Value(g)]))
            }
            "throw" => {
                self.arity(n, args, 1, 1, span)?;
                let e = self.expr(&args[0], scope)?;
                match self.resolve(&e.ty) {
                    Ty::Class(c) if self.classes[c.index()].is_exception => {}
                    _ => {
                        return err(
                            Kind::Unsupported,
                            args[0].span,
                            "throw() takes an exception instance in multigen (not a class or other value)",
                        )
                    }
                }
                Ok(rt_slot(
                    *y,
                    span,
                    "mg_gen_throw",
                    vec![RtArg::Value(g), RtArg::Value(e)],
                ))
            }
            _ => err(
                Kind::Unsupported,
                name.span,
                format!("the generator attribute '{n}' is not supported by multigen yet"),
            ),
        }
    }

    /// `Iterator[T]`, `Iterable[T]`, `Generator[Y, S, R]`; `None` for other
    /// names.
    pub(super) fn gen_annotation(
        &mut self,
        name: &str,
        elems: &[&ast::Expr],
        span: Span,
    ) -> R<Option<Ty>> {
        let n = match name {
            "Iterator" | "Iterable" => 1,
            "Generator" => 3,
            _ => return Ok(None),
        };
        if elems.len() != n {
            return err(
                Kind::Type,
                span,
                format!(
                    "'{name}' takes {n} type argument{}",
                    if n == 1 { "" } else { "s" }
                ),
            );
        }
        let y = self.annotation(elems[0])?;
        let (s, r) = if n == 3 {
            (self.annotation(elems[1])?, self.annotation(elems[2])?)
        } else {
            (Ty::None, Ty::None)
        };
        Ok(Some(Ty::Gen(Box::new(y), Box::new(s), Box::new(r))))
    }
}

/// Whether `from typing import NAME` / `from collections.abc import NAME`
/// names a generator annotation.
pub(super) fn is_gen_annotation(name: &str) -> bool {
    matches!(name, "Iterator" | "Iterable" | "Generator")
}

/// The span of the first `yield` or `yield from` of a function body (not
/// of nested functions, classes or lambdas), if any.
pub(super) fn first_yield(stmts: &[ast::Stmt]) -> Option<Span> {
    let mut found = None;
    for s in stmts {
        stmt_exprs(s, &mut |e| {
            if found.is_none() {
                found = expr_yield(e);
            }
        });
        if found.is_some() {
            break;
        }
    }
    found
}

/// Calls `f` on every expression of a statement and of the statements
/// nested in it (not in nested definitions).
fn stmt_exprs(s: &ast::Stmt, f: &mut dyn FnMut(&ast::Expr)) {
    use ast::StmtKind as K;
    let block = |b: &[ast::Stmt], f: &mut dyn FnMut(&ast::Expr)| {
        b.iter().for_each(|s| stmt_exprs(s, f));
    };
    match &s.kind {
        K::Return(Some(e)) | K::Expr(e) => f(e),
        K::Assign { targets, value } => {
            targets.iter().for_each(&mut *f);
            f(value);
        }
        K::AnnAssign { target, value, .. } => {
            f(target);
            value.iter().for_each(f);
        }
        K::AugAssign { target, value, .. } => {
            f(target);
            f(value);
        }
        K::If { test, body, orelse } | K::While { test, body, orelse } => {
            f(test);
            block(body, f);
            block(orelse, f);
        }
        K::For {
            target,
            iter,
            body,
            orelse,
        } => {
            f(target);
            f(iter);
            block(body, f);
            block(orelse, f);
        }
        K::Assert { test, msg } => {
            f(test);
            msg.iter().for_each(f);
        }
        K::Delete(xs) => xs.iter().for_each(f),
        K::Raise { exc, cause } => {
            exc.iter().for_each(&mut *f);
            cause.iter().for_each(f);
        }
        K::Try(t) => {
            block(&t.body, f);
            for h in &t.handlers {
                h.ty.iter().for_each(&mut *f);
                block(&h.body, f);
            }
            block(&t.orelse, f);
            block(&t.finalbody, f);
        }
        K::Match(m) => {
            f(&m.subject);
            for c in &m.cases {
                c.guard.iter().for_each(&mut *f);
                block(&c.body, f);
            }
        }
        _ => {}
    }
}

/// The span of a `yield` in an expression (not inside a lambda).
pub(super) fn expr_yield(e: &ast::Expr) -> Option<Span> {
    use ast::ExprKind as K;
    let any = |xs: &mut dyn Iterator<Item = &ast::Expr>| {
        for x in xs {
            if let Some(s) = expr_yield(x) {
                return Some(s);
            }
        }
        None
    };
    match &e.kind {
        K::Yield(_) | K::YieldFrom(_) => Some(e.span),
        K::Unary(_, x) | K::Attribute(x, _) => expr_yield(x),
        K::Binary(_, a, b) | K::Subscript(a, b) => expr_yield(a).or_else(|| expr_yield(b)),
        K::BoolOp(_, xs) | K::Tuple(xs) | K::List(xs) | K::Set(xs) => any(&mut xs.iter()),
        K::Compare(a, rest) => expr_yield(a).or_else(|| any(&mut rest.iter().map(|r| &r.1))),
        K::Call {
            func,
            args,
            keywords,
        } => expr_yield(func)
            .or_else(|| any(&mut args.iter()))
            .or_else(|| any(&mut keywords.iter().map(|k| &k.value))),
        K::IfExp { test, body, orelse } => any(&mut [&**test, body, orelse].into_iter()),
        K::Dict(items) => any(&mut items.iter().flat_map(|(k, v)| [k, v])),
        K::Slice { lower, upper, step } => {
            any(&mut [lower, upper, step].into_iter().flatten().map(|b| &**b))
        }
        K::ListComp { elt, generators }
        | K::SetComp { elt, generators }
        | K::Generator { elt, generators } => expr_yield(elt).or_else(|| {
            any(&mut generators
                .iter()
                .flat_map(|g| std::iter::once(&g.iter).chain(&g.ifs)))
        }),
        K::DictComp {
            key,
            value,
            generators,
        } => expr_yield(key).or_else(|| expr_yield(value)).or_else(|| {
            any(&mut generators
                .iter()
                .flat_map(|g| std::iter::once(&g.iter).chain(&g.ifs)))
        }),
        K::FString(parts) => parts.iter().find_map(|p| match p {
            ast::FPart::Field { value, .. } => expr_yield(value),
            ast::FPart::Literal(_) => None,
        }),
        _ => None,
    }
}
