//! `print(..., file=f, flush=b)`.
//!
//! CPython's `print` writes `str(a)` of each argument, `sep` between them
//! and `end` after them, each with a call of `file.write` (`sys.stdout`
//! when `file` is None or omitted), and then calls `file.flush()` if
//! `flush` is true, having evaluated all its arguments first. A call with
//! `file=` is lowered to exactly that over the syntax tree (the arguments
//! into hidden locals, then one `write` per piece), so any object with a `write(str)`
//! method works, the library's `sys.stdout` and `sys.stderr` included
//! (`lib/sys.py`); without `file=`, the text goes to the runtime's stdout
//! buffer as an ordinary `print` and `flush=True` flushes that buffer.

use super::*;

impl Checker {
    /// A `print` call with a `file=` or `flush=` keyword.
    pub(super) fn print_to_file(
        &mut self,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let node = |kind: ast::ExprKind| ast::Expr { span, kind };
        let (mut sep, mut end, mut file, mut flush) = (None, None, None, None);
        for k in keywords {
            let v = Some(&k.value).filter(|v| !matches!(v.kind, ast::ExprKind::None));
            match k.name.name.as_str() {
                "sep" => sep = v,
                "end" => end = v,
                "file" => file = v,
                "flush" => flush = Some(&k.value),
                other => {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!("'{other}' is an invalid keyword argument for print()"),
                    )
                }
            }
        }
        let mut stmts = Vec::new();
        match file {
            None => {
                let mut kws = Vec::new();
                for (name, v) in [("sep", sep), ("end", end)] {
                    if let Some(v) = v {
                        let name = ast::Ident {
                            name: name.into(),
                            span,
                        };
                        kws.push(ast::Keyword {
                            name,
                            value: v.clone(),
                        });
                    }
                }
                let call = node(ast::ExprKind::Call {
                    func: Box::new(node(ast::ExprKind::Name("print".into()))),
                    args: args.to_vec(),
                    keywords: kws,
                });
                stmts.push(Stmt::Expr(self.expr(&call, scope)?));
            }
            Some(f) => {
                // CPython evaluates every argument before it writes
                // anything (`print('a', g(), file=f)` runs `g` before
                // writing `a`), then converts and writes them one by one:
                // the arguments go into hidden locals first (names that
                // are not Python identifiers, found through
                // `Scope::shadow`), and `str` of each is taken at its turn.
                let pushed = scope.shadow.len();
                let starred = args
                    .iter()
                    .any(|a| matches!(a.kind, ast::ExprKind::Starred(_)));
                let mut held = Vec::new();
                for a in args {
                    if starred {
                        held.push(a.clone());
                        continue;
                    }
                    let v = match self.expr(a, scope) {
                        Ok(v) => v,
                        Err(e) => {
                            scope.shadow.truncate(pushed);
                            return Err(e);
                        }
                    };
                    let l = self.temp(scope, v.ty.clone());
                    stmts.push(Stmt::Assign(Target::Place(Place::Local(l)), v));
                    let name = format!(".print{}", l.0);
                    scope.shadow.push((name.clone(), l));
                    held.push(ast::Expr {
                        span: a.span,
                        kind: ast::ExprKind::Name(name),
                    });
                }
                let strs: Vec<ast::Expr> = held
                    .iter()
                    .map(|a| {
                        node(ast::ExprKind::Call {
                            func: Box::new(node(ast::ExprKind::Name("str".into()))),
                            args: vec![a.clone()],
                            keywords: vec![],
                        })
                    })
                    .collect();
                let sep = sep
                    .cloned()
                    .unwrap_or_else(|| node(ast::ExprKind::Str(" ".into())));
                let end = end
                    .cloned()
                    .unwrap_or_else(|| node(ast::ExprKind::Str("\n".into())));
                let method = |base: &ast::Expr, name: &str, args: Vec<ast::Expr>| {
                    node(ast::ExprKind::Call {
                        func: Box::new(node(ast::ExprKind::Attribute(
                            Box::new(base.clone()),
                            ast::Ident {
                                name: name.into(),
                                span,
                            },
                        ))),
                        args,
                        keywords: vec![],
                    })
                };
                // One `write` per piece, as CPython's `print` makes them.
                let mut pieces = Vec::new();
                for (i, a) in strs.into_iter().enumerate() {
                    if i > 0 {
                        pieces.push(sep.clone());
                    }
                    pieces.push(a);
                }
                pieces.push(end);
                for p in pieces {
                    let w = self.expr(&method(f, "write", vec![p]), scope);
                    match w {
                        Ok(w) => stmts.push(Stmt::Expr(w)),
                        Err(e) => {
                            scope.shadow.truncate(pushed);
                            return Err(e);
                        }
                    }
                }
                scope.shadow.truncate(pushed);
            }
        }
        if let Some(b) = flush {
            let flushing = match file {
                Some(f) => {
                    let call = node(ast::ExprKind::Call {
                        func: Box::new(node(ast::ExprKind::Attribute(
                            Box::new(f.clone()),
                            ast::Ident {
                                name: "flush".into(),
                                span,
                            },
                        ))),
                        args: vec![],
                        keywords: vec![],
                    });
                    self.expr(&call, scope)?
                }
                None => rt(Ty::None, span, "mg_flush", vec![]),
            };
            let c = self.cond(b, scope)?;
            stmts.push(Stmt::If(c, vec![Stmt::Expr(flushing)], vec![]));
        }
        Ok(mk(
            Ty::None,
            span,
            ExprKind::Block(stmts, Box::new(mk(Ty::None, span, ExprKind::None))),
        ))
    }
}
