//! Generator expressions as first-class values.
//!
//! Where a generator expression is consumed at once (`sum(x for x in xs)`,
//! `list(...)`, `str.join`), `containers.rs` lowers it to a plain loop.
//! Anywhere else it is a generator object, made as CPython's compiler
//! makes it: a nested generator function named `<genexpr>` whose body is
//! the comprehension's loops around `yield elt`, called with the first
//! iterable. So the first iterable is evaluated where the expression
//! stands, everything else (the other iterables, the conditions, the
//! element) when the generator runs, and free variables are read through
//! cells at that time; tracebacks show a `<genexpr>` frame. The function is
//! checked like any nested function (`closures.rs`), its yield type being
//! inferred from the element (or taken from the expected type).
//!
//! The first iterable may be a call that only makes sense as an iterable
//! (`enumerate(xs)`, `zip(a, b)`, `d.items()`, `map(f, xs)`): then its
//! arguments are evaluated at once and passed in, and the call itself is
//! made in the generator, which is observably the same.

use super::*;

/// The prefix of the internal names of `<genexpr>` functions (frames
/// show `<genexpr>`).
pub const GENEXPR_PREFIX: &str = "genexpr.";

impl Checker {
    /// A generator expression as a value (`hint`: the type expected, if
    /// any).
    pub(super) fn genexpr_value(
        &mut self,
        e: &ast::Expr,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        let ast::ExprKind::Generator { elt, generators } = &e.kind else {
            unreachable!("not a generator expression")
        };
        let span = e.span;
        let yields = std::iter::once(&**elt)
            .chain(
                generators
                    .iter()
                    .flat_map(|g| g.ifs.iter().chain([&g.iter])),
            )
            .find_map(generators::expr_yield);
        if let Some(at) = yields {
            return err(Kind::Syntax, at, "'yield' inside generator expression");
        }
        // Evaluate the first iterable (or the arguments of an iterator
        // call standing for it) here; the generator receives them as its
        // parameters `.0`, `.1`...
        let mut args: Vec<Expr> = Vec::new();
        let first = self.genexpr_hoist(&generators[0].iter, &mut args, scope)?;
        let yield_ty = match hint.map(|h| self.resolve(h)) {
            Some(Ty::Gen(y, _, _)) => *y,
            Some(Ty::Optional(t)) => match *t {
                Ty::Gen(y, _, _) => *y,
                _ => self.fresh_var(),
            },
            _ => self.fresh_var(),
        };
        let id = FuncId(self.functions.len() as u32);
        let name = format!("{GENEXPR_PREFIX}{}", id.0);
        self.functions.push(None);
        let params: Vec<ParamSig> = args
            .iter()
            .enumerate()
            .map(|(i, a)| ParamSig {
                name: format!(".{i}"),
                ty: a.ty.clone(),
                default: None,
                keyword_only: false,
                positional_only: false,
                variadic: ast::Variadic::No,
            })
            .collect();
        self.sigs.push(Sig {
            name: name.clone(),
            params: params.clone(),
            ret: Ty::Gen(
                Box::new(yield_ty.clone()),
                Box::new(Ty::None),
                Box::new(Ty::None),
            ),
        });
        // The body: `for t0 in <first>: if c...: for t1 in it1: ... yield elt`.
        let stmt = |kind| ast::Stmt { span, kind };
        let mut body = vec![stmt(ast::StmtKind::Expr(ast::Expr {
            span: elt.span,
            kind: ast::ExprKind::Yield(Some(elt.clone())),
        }))];
        for (k, g) in generators.iter().enumerate().rev() {
            for c in g.ifs.iter().rev() {
                body = vec![stmt(ast::StmtKind::If {
                    test: c.clone(),
                    body,
                    orelse: vec![],
                })];
            }
            let iter = if k == 0 {
                first.clone()
            } else {
                g.iter.clone()
            };
            body = vec![stmt(ast::StmtKind::For {
                target: g.target.clone(),
                iter,
                body,
                orelse: vec![],
            })];
        }
        let def = ast::FunctionDef {
            name: ast::Ident { name, span },
            decorators: vec![],
            params: params
                .iter()
                .map(|p| ast::Param {
                    name: ast::Ident {
                        name: p.name.clone(),
                        span,
                    },
                    annotation: None,
                    default: None,
                    keyword_only: false,
                    positional_only: false,
                    variadic: ast::Variadic::No,
                })
                .collect(),
            returns: None,
            body,
        };
        let qualname = format!("{}<genexpr>", scope.locals_prefix());
        let errors = self.errors.len();
        let (mut f, parents) =
            self.with_enclosing(scope, |cx| cx.nested_function(id, &def, qualname));
        if self.errors.len() > errors {
            // The body's errors are reported; the value is not needed.
            return Err(self.errors.pop().expect("an error was reported"));
        }
        let y = self.resolve(&yield_ty);
        if matches!(y, Ty::Var(_)) {
            return err(
                Kind::Type,
                elt.span,
                "cannot infer the element type of this generator expression; annotate the variable it is stored in",
            );
        }
        let ty = Ty::Gen(Box::new(y), Box::new(Ty::None), Box::new(Ty::None));
        f.ret = ty.clone();
        self.sigs[id.index()].ret = ty.clone();
        self.functions[id.index()] = Some(f);
        let fty = Ty::Func(Box::new(FuncTy {
            params: args.iter().map(|a| a.ty.clone()).collect(),
            ret: ty.clone(),
        }));
        let make = mk(
            fty,
            span,
            ExprKind::MakeFunc {
                func: id,
                captures: parents.into_iter().map(Capture::Cell).collect(),
            },
        );
        Ok(mk(ty, span, ExprKind::CallValue(Box::new(make), args)))
    }

    /// The first iterable of a generator expression as the generator's
    /// body reads it: a value computed here becomes the next parameter
    /// (`.k`); the arguments of an iterator call are computed here and the
    /// call is left to the body.
    fn genexpr_hoist(
        &mut self,
        e: &ast::Expr,
        args: &mut Vec<Expr>,
        scope: &mut Scope,
    ) -> R<ast::Expr> {
        let iter_call =
            self.is_iter_call(e, scope) && !matches!(e.kind, ast::ExprKind::Generator { .. });
        if let (
            true,
            ast::ExprKind::Call {
                func,
                args: a,
                keywords,
            },
        ) = (iter_call, &e.kind)
        {
            if let ast::ExprKind::Attribute(base, attr) = &func.kind {
                // `d.items()` of a dict: the dict is evaluated here.
                let b = self.expr(base, scope)?;
                if matches!(self.resolve(&b.ty), Ty::Dict(..)) {
                    let base = self.genexpr_param(b, args, base.span);
                    return Ok(ast::Expr {
                        span: e.span,
                        kind: ast::ExprKind::Call {
                            func: Box::new(ast::Expr {
                                span: func.span,
                                kind: ast::ExprKind::Attribute(Box::new(base), attr.clone()),
                            }),
                            args: vec![],
                            keywords: vec![],
                        },
                    });
                }
            } else {
                let is_map =
                    matches!(&func.kind, ast::ExprKind::Name(n) if n == "map" || n == "filter");
                let mut new_args = Vec::new();
                for (i, a) in a.iter().enumerate() {
                    // The function of `map`/`filter` (a lambda, or a
                    // function or class by name) is made in the body,
                    // where it gets its type from the call.
                    let inline = matches!(a.kind, ast::ExprKind::Lambda { .. })
                        || (is_map && i == 0 && matches!(a.kind, ast::ExprKind::Name(_)));
                    new_args.push(if inline {
                        a.clone()
                    } else {
                        self.genexpr_hoist(a, args, scope)?
                    });
                }
                let mut new_kw = Vec::new();
                for k in keywords {
                    new_kw.push(ast::Keyword {
                        name: k.name.clone(),
                        value: self.genexpr_hoist(&k.value, args, scope)?,
                    });
                }
                return Ok(ast::Expr {
                    span: e.span,
                    kind: ast::ExprKind::Call {
                        func: func.clone(),
                        args: new_args,
                        keywords: new_kw,
                    },
                });
            }
        }
        let v = self.expr(e, scope)?;
        Ok(self.genexpr_param(v, args, e.span))
    }

    /// Passes `v` as the next parameter of a `<genexpr>` function; the
    /// name that reads it in the body.
    fn genexpr_param(&mut self, v: Expr, args: &mut Vec<Expr>, span: Span) -> ast::Expr {
        let name = format!(".{}", args.len());
        args.push(v);
        ast::Expr {
            span,
            kind: ast::ExprKind::Name(name),
        }
    }
}
