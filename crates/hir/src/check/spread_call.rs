//! Calls with argument unpacking: `print(*xs, sep=", ")`, `max(*xs)`,
//! `min(*xs)`, `zip(*matrix)`.
//!
//! Every call whose arguments contain `*x` or `**m` comes here first (see
//! `Checker::call`), so that no other call path sees a starred argument.
//! The supported forms are rewritten into calls the checker already knows,
//! over hidden variables (names no program can spell, found through
//! `Scope::shadow`) holding the evaluated operands:
//! - `print(a, *xs, b, sep=s, end=e)` prints `s.join([str(a), *[str(v)
//!   for v in xs], str(b)])` with `end=e`, which is what `print` writes;
//! - `max(*xs)` copies `xs` into a list and takes its maximum, raising
//!   CPython's `TypeError` when it holds fewer than two elements (one
//!   argument would be iterated itself);
//! - `zip(*m)` over a list of indexable rows is the list of tuples
//!   `[tuple([r[j] for r in m]) for j in range(shortest row)]`.
//!
//! Anything else (user functions and methods among them) is refused.

use super::*;

/// A synthesized expression at `span`.
pub(super) fn node(span: Span, kind: ast::ExprKind) -> ast::Expr {
    ast::Expr { span, kind }
}

pub(super) fn name(span: Span, n: &str) -> ast::Expr {
    node(span, ast::ExprKind::Name(n.to_string()))
}

fn call(span: Span, f: ast::Expr, args: Vec<ast::Expr>, keywords: Vec<ast::Keyword>) -> ast::Expr {
    node(
        span,
        ast::ExprKind::Call {
            func: Box::new(f),
            args,
            keywords,
        },
    )
}

/// Whether a call has a `*` argument or a `**` keyword.
pub(super) fn has_spread(args: &[ast::Expr], keywords: &[ast::Keyword]) -> bool {
    args.iter()
        .any(|a| matches!(a.kind, ast::ExprKind::Starred(_)))
        || keywords.iter().any(|k| k.name.name == "**")
}

impl Checker {
    /// A call with argument unpacking (see the module documentation).
    pub(super) fn spread_call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let builtin = match &func.kind {
            ast::ExprKind::Name(n) if self.is_builtin(n, scope) => Some(n.as_str()),
            _ => None,
        };
        if builtin.is_none() {
            // User functions, methods, constructors and function values
            // bind unpacked arguments themselves (`varargs.rs`).
            return self.call_plain(func, args, keywords, span, scope);
        }
        if let Some(k) = keywords.iter().find(|k| k.name.name == "**") {
            return err(
                Kind::Unsupported,
                k.name.span,
                "argument unpacking with `**` in a call is not supported by multigen yet",
            );
        }
        match builtin {
            Some("print") => self.spread_print(func, args, keywords, span, scope),
            Some(m @ ("max" | "min")) if args.len() == 1 && keywords.is_empty() => {
                self.spread_max(m, func, &args[0], span, scope)
            }
            Some("zip") if args.len() == 1 && keywords.is_empty() => {
                self.spread_zip(&args[0], span, scope)
            }
            _ => {
                let star = args
                    .iter()
                    .find(|a| matches!(a.kind, ast::ExprKind::Starred(_)))
                    .map_or(span, |a| a.span);
                err(
                    Kind::Unsupported,
                    star,
                    "argument unpacking with `*` in a call of this function is not supported by multigen yet",
                )
            }
        }
    }

    /// Evaluates `e` into a new hidden variable that the synthesized code
    /// reads as `label` (the caller drops the binding afterwards).
    fn bind_hidden(&mut self, label: &str, v: Expr, scope: &mut Scope, out: &mut Vec<Stmt>) {
        let l = self.hidden(scope, label, v.ty.clone());
        out.push(Stmt::Assign(Target::Place(Place::Local(l)), v));
        scope.shadow.push((label.to_string(), l));
    }

    fn spread_print(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let mut sep = node(span, ast::ExprKind::Str(" ".to_string()));
        let mut rest = Vec::new();
        for k in keywords {
            if k.name.name == "sep" {
                // `sep` is evaluated after the arguments in CPython; the
                // rewrite evaluates it first, which only a constant or a
                // variable makes harmless.
                match &k.value.kind {
                    ast::ExprKind::None => {}
                    ast::ExprKind::Str(_) | ast::ExprKind::Name(_) => sep = k.value.clone(),
                    _ => {
                        return err(
                            Kind::Unsupported,
                            k.value.span,
                            "a computed `sep` with `*` arguments of print() is not supported by multigen yet; use a variable",
                        )
                    }
                }
            } else {
                rest.push(k.clone());
            }
        }
        let str_of = |e: &ast::Expr| call(e.span, name(e.span, "str"), vec![e.clone()], vec![]);
        let mut parts = Vec::new();
        for a in args {
            match &a.kind {
                ast::ExprKind::Starred(inner) => {
                    let v = name(a.span, "print#v");
                    let comp = node(
                        a.span,
                        ast::ExprKind::ListComp {
                            elt: Box::new(str_of(&v)),
                            generators: vec![ast::Comprehension {
                                target: v.clone(),
                                iter: (**inner).clone(),
                                ifs: vec![],
                            }],
                        },
                    );
                    parts.push(node(a.span, ast::ExprKind::Starred(Box::new(comp))));
                }
                _ => parts.push(str_of(a)),
            }
        }
        let list = node(span, ast::ExprKind::List(parts));
        let join = node(
            span,
            ast::ExprKind::Attribute(
                Box::new(sep),
                ast::Ident {
                    name: "join".to_string(),
                    span,
                },
            ),
        );
        let line = call(span, join, vec![list], vec![]);
        self.call(func, &[line], &rest, span, scope)
    }

    fn spread_max(
        &mut self,
        m: &str,
        func: &ast::Expr,
        arg: &ast::Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let ast::ExprKind::Starred(inner) = &arg.kind else {
            return err(Kind::Unsupported, arg.span, "this call is not supported");
        };
        let v = self.expr(inner, scope)?;
        let (_, elem) = self.iter_of_value(v.clone())?;
        if !matches!(self.resolve(&elem), Ty::Int | Ty::Float | Ty::Bool) {
            return err(
                Kind::Unsupported,
                arg.span,
                format!("{m}(*xs) over elements of type {elem} is not supported by multigen yet"),
            );
        }
        let list = match self.resolve(&v.ty) {
            Ty::List(_) => v,
            _ => self.list_of_value(v, elem.clone(), scope)?,
        };
        let mut stmts = Vec::new();
        let depth = scope.shadow.len();
        self.bind_hidden("max#xs", list, scope, &mut stmts);
        let xs = name(arg.span, "max#xs");
        let len = call(span, name(span, "len"), vec![xs.clone()], vec![]);
        // The errors are raised by a runtime call located at the call, so
        // that tracebacks mark it as CPython's do.
        let raise = |msg: String| {
            let ty = mk(Ty::Str, span, ExprKind::Str("TypeError".into()));
            let msg = mk(Ty::Str, span, ExprKind::Str(msg));
            Stmt::Expr(rt(
                Ty::None,
                span,
                "mg_raise",
                vec![RtArg::Value(ty), RtArg::Value(msg)],
            ))
        };
        let test = |n: i64| {
            node(
                span,
                ast::ExprKind::Compare(
                    Box::new(len.clone()),
                    vec![(ast::CmpOp::Eq, node(span, ast::ExprKind::Int(n)))],
                ),
            )
        };
        let none = raise(format!("{m} expected at least 1 argument, got 0"));
        let one = raise(format!(
            "'{}' object is not iterable",
            self.resolve(&elem).class_name()
        ));
        let checks = self.expr(&test(0), scope).and_then(|t0| {
            let t1 = self.expr(&test(1), scope)?;
            Ok(Stmt::If(
                t0,
                vec![none],
                vec![Stmt::If(t1, vec![one], vec![])],
            ))
        });
        let r = checks.and_then(|c| {
            stmts.push(c);
            let e = call(span, func.clone(), vec![xs.clone()], vec![]);
            self.expr(&e, scope)
        });
        scope.shadow.truncate(depth);
        let e = r?;
        Ok(mk(e.ty.clone(), span, ExprKind::Block(stmts, Box::new(e))))
    }

    fn spread_zip(&mut self, arg: &ast::Expr, span: Span, scope: &mut Scope) -> R<Expr> {
        let ast::ExprKind::Starred(inner) = &arg.kind else {
            return err(Kind::Unsupported, arg.span, "this call is not supported");
        };
        let v = self.expr(inner, scope)?;
        let ok = match self.resolve(&v.ty) {
            Ty::List(r) => matches!(*r, Ty::List(_) | Ty::Str | Ty::VarTuple(_)),
            _ => false,
        };
        if !ok {
            return err(
                Kind::Unsupported,
                arg.span,
                format!("zip(*m) over a {} is not supported by multigen yet (a list of lists, strings or tuple[T, ...] is)", v.ty),
            );
        }
        let mut stmts = Vec::new();
        let depth = scope.shadow.len();
        self.bind_hidden("zip#m", v, scope, &mut stmts);
        let s = arg.span;
        let m = name(s, "zip#m");
        let (r, j) = (name(s, "zip#r"), name(s, "zip#j"));
        let comp = |elt: ast::Expr, target: ast::Expr, iter: ast::Expr| {
            node(
                s,
                ast::ExprKind::ListComp {
                    elt: Box::new(elt),
                    generators: vec![ast::Comprehension {
                        target,
                        iter,
                        ifs: vec![],
                    }],
                },
            )
        };
        let len = |e: ast::Expr| call(s, name(s, "len"), vec![e], vec![]);
        let column = comp(
            node(
                s,
                ast::ExprKind::Subscript(Box::new(r.clone()), Box::new(j.clone())),
            ),
            r.clone(),
            m.clone(),
        );
        let shortest = node(
            s,
            ast::ExprKind::IfExp {
                test: Box::new(node(
                    s,
                    ast::ExprKind::Compare(
                        Box::new(len(m.clone())),
                        vec![(ast::CmpOp::Gt, node(s, ast::ExprKind::Int(0)))],
                    ),
                )),
                body: Box::new(call(
                    s,
                    name(s, "min"),
                    vec![comp(len(r.clone()), r.clone(), m.clone())],
                    vec![],
                )),
                orelse: Box::new(node(s, ast::ExprKind::Int(0))),
            },
        );
        let rows = comp(
            call(s, name(s, "tuple"), vec![column], vec![]),
            j,
            call(s, name(s, "range"), vec![shortest], vec![]),
        );
        let r = self.expr(&rows, scope);
        scope.shadow.truncate(depth);
        let e = r?;
        Ok(mk(e.ty.clone(), span, ExprKind::Block(stmts, Box::new(e))))
    }
}
