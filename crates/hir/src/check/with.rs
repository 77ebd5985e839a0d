//! The `with` statement and the values it hands to `__exit__`.
//!
//! The parser delivers each context manager of a `with` as a `Try` carrying
//! an `ast::WithItem`. For a manager of a user class, this lowers it the way
//! CPython's compiler does, into the existing `try` machinery:
//!
//! ```text
//! m = <context>; v = m.__enter__(); ok = True
//! try:
//!     <target> = v; <body>
//! except BaseException as e:
//!     ok = False
//!     if not m.__exit__(type(e), e, e.__traceback__): raise
//! finally:
//!     if ok: m.__exit__(None, None, None)
//! ```
//!
//! `m`, `v`, `ok` and `e` are hidden locals (names that are not Python
//! identifiers, found through `Scope::shadow`), so every exit path of the
//! body (falling off its end, `return`, `break`, `continue`, an exception)
//! calls `__exit__` exactly once, tracebacks and exception chaining come
//! from the same landing pads as `try`, and the calls of `__enter__` and
//! `__exit__` are reported at the `with` line as CPython does. A class
//! defined by the runtime (file objects, later) plugs in by having
//! `__enter__`/`__exit__` methods like a user class. `contextlib.suppress`
//! becomes an `except` clause that does nothing, `contextlib.nullcontext`
//! the body alone.
//!
//! `type(e)` (`Ty::ExcType`) and `e.__traceback__` (`Ty::Traceback`) are
//! represented by the exception object itself: `exc_type is ValueError`,
//! `issubclass(exc_type, C)` and `exc_type.__name__` are tests and reads on
//! that object; both print through the runtime (`mg_exc_type_repr`).

use super::*;

fn name_expr(n: &str, span: Span) -> ast::Expr {
    ast::Expr {
        span,
        kind: ast::ExprKind::Name(n.to_string()),
    }
}

fn stmt(kind: ast::StmtKind, span: Span) -> ast::Stmt {
    ast::Stmt { span, kind }
}

/// `m.name(args)` as written source would spell it, at `span`.
fn method_call(m: &str, name: &str, args: Vec<ast::Expr>, at: Span, span: Span) -> ast::Expr {
    let func = ast::Expr {
        span,
        kind: ast::ExprKind::Attribute(
            Box::new(name_expr(m, at)),
            ast::Ident {
                name: name.to_string(),
                span: at,
            },
        ),
    };
    ast::Expr {
        span,
        kind: ast::ExprKind::Call {
            func: Box::new(func),
            args,
            keywords: vec![],
        },
    }
}

/// Whether a type holds an exception class or traceback value below its
/// top level (inside a tuple or container), where the runtime, which
/// knows no descriptor for them, would have to handle it.
pub(super) fn exc_value_nested(t: &Ty) -> bool {
    fn holds(t: &Ty) -> bool {
        match t {
            Ty::ExcType | Ty::Traceback => true,
            Ty::Optional(t) | Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) => holds(t),
            Ty::Tuple(ts) => ts.iter().any(holds),
            Ty::Dict(k, v) | Ty::DictView(_, k, v) => holds(k) || holds(v),
            _ => false,
        }
    }
    match t {
        Ty::Optional(t) => !matches!(**t, Ty::ExcType | Ty::Traceback) && holds(t),
        Ty::ExcType | Ty::Traceback => false,
        t => holds(t),
    }
}

/// Which `contextlib` manager a `with` item calls, if any.
enum Contextlib<'a> {
    Suppress(&'a [ast::Expr]),
    Null(Option<&'a ast::Expr>),
}

impl Checker {
    pub(super) fn with_stmt(
        &mut self,
        t: &ast::Try,
        w: &ast::WithItem,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if let ast::ExprKind::Call { func, .. } = &w.context.kind {
            if matches!(&func.kind, ast::ExprKind::Name(n) if n == "open" && self.lookup(n, scope).is_none())
                && !self.io_loaded()
            {
                return err(
                    Kind::Unsupported,
                    w.context.span,
                    "file objects (`open`) are not supported by multigen yet",
                );
            }
        }
        if let Some(c) = self.contextlib_manager(&w.context, scope)? {
            return self.contextlib_with(t, w, c, scope, out);
        }
        let m = self.expr(&w.context, scope)?;
        let Some(m) = self.cm_with(t, w, m, scope, out)? else {
            return Ok(());
        };
        let ok_class = match self.resolve(&m.ty) {
            Ty::Class(c) => {
                let exit = self.find_method(c, "__exit__");
                if let Some((_, x)) = exit {
                    if self.sigs[x.func.index()].ret == Ty::None {
                        self.quiet_with.insert(w.stmt_span);
                    }
                }
                self.find_method(c, "__enter__").is_some() && exit.is_some()
            }
            _ => false,
        };
        if !ok_class {
            return err(
                Kind::Type,
                w.context.span,
                format!(
                    "'{}' object does not support the context manager protocol",
                    self.resolve(&m.ty)
                ),
            );
        }
        let at = w.context.span;
        let base = &w.value_name;
        let (m_name, ok_name, e_name) =
            (format!("{base}m"), format!("{base}ok"), format!("{base}e"));
        let pushed = scope.shadow.len();
        let mgr = self.temp(scope, m.ty.clone());
        out.push(Stmt::Assign(Target::Place(Place::Local(mgr)), m));
        scope.shadow.push((m_name.clone(), mgr));
        let r = (|| {
            let enter = method_call(&m_name, "__enter__", vec![], at, w.stmt_span);
            let v = self.expr(&enter, scope)?;
            let val = self.temp(scope, v.ty.clone());
            out.push(Stmt::Assign(Target::Place(Place::Local(val)), v));
            scope.shadow.push((base.clone(), val));
            let ok = self.temp(scope, Ty::Bool);
            let yes = mk(Ty::Bool, w.stmt_span, ExprKind::Bool(true));
            out.push(Stmt::Assign(Target::Place(Place::Local(ok)), yes));
            scope.shadow.push((ok_name.clone(), ok));
            let sp = w.stmt_span;
            let e = || name_expr(&e_name, sp);
            let traceback = ast::Expr {
                span: sp,
                kind: ast::ExprKind::Attribute(
                    Box::new(e()),
                    ast::Ident {
                        name: "__traceback__".into(),
                        span: sp,
                    },
                ),
            };
            let type_of_e = ast::Expr {
                span: sp,
                kind: ast::ExprKind::Call {
                    func: Box::new(name_expr("type", sp)),
                    args: vec![e()],
                    keywords: vec![],
                },
            };
            let exit_exc =
                method_call(&m_name, "__exit__", vec![type_of_e, e(), traceback], at, sp);
            let none = || ast::Expr {
                span: sp,
                kind: ast::ExprKind::None,
            };
            let exit_none = method_call(&m_name, "__exit__", vec![none(), none(), none()], at, sp);
            // The body, with what holds before it (as `try_stmt` does).
            let entry = scope.narrow.clone();
            let body = self.nested(&t.body, scope);
            scope.narrow = entry;
            self.forget_assigned(&t.body, scope);
            let base_exc = self.class_named("BaseException").expect("runtime class");
            let e_local = self.temp(scope, Ty::Class(base_exc));
            scope.locals[e_local.index()].name = e_name.clone();
            scope.shadow.push((e_name.clone(), e_local));
            scope.handlers += 1;
            let not_exit = ast::Expr {
                span: sp,
                kind: ast::ExprKind::Unary(ast::UnaryOp::Not, Box::new(exit_exc)),
            };
            let test = self.expr(&not_exit, scope);
            scope.handlers -= 1;
            let test = test?;
            let no = mk(Ty::Bool, sp, ExprKind::Bool(false));
            let handler = vec![
                Stmt::Assign(Target::Place(Place::Local(ok)), no),
                Stmt::If(
                    test,
                    vec![Stmt::Raise {
                        exc: None,
                        cause: None,
                        span: sp,
                    }],
                    vec![],
                ),
            ];
            let exit_none = self.expr(&exit_none, scope)?;
            let still_ok = mk(Ty::Bool, sp, ExprKind::Load(Place::Local(ok)));
            let finalbody = vec![Stmt::If(still_ok, vec![Stmt::Expr(exit_none)], vec![])];
            out.push(Stmt::Try(Box::new(Try {
                body,
                handlers: vec![Handler {
                    classes: vec![base_exc],
                    var: Some(Place::Local(e_local)),
                    body: handler,
                }],
                orelse: vec![],
                finalbody,
            })));
            Ok(())
        })();
        scope.shadow.truncate(pushed);
        r
    }

    /// `contextlib.suppress(...)` or `contextlib.nullcontext(...)` (also
    /// imported by name).
    fn contextlib_manager<'a>(
        &mut self,
        e: &'a ast::Expr,
        scope: &Scope,
    ) -> R<Option<Contextlib<'a>>> {
        let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        else {
            return Ok(None);
        };
        let which = match &func.kind {
            ast::ExprKind::Name(n) => match self.lookup(n, scope) {
                Some(Binding::ContextlibItem(item)) => item,
                _ => return Ok(None),
            },
            ast::ExprKind::Attribute(m, attr) => match &m.kind {
                ast::ExprKind::Name(n)
                    if self.lookup(n, scope) == Some(Binding::ContextlibModule) =>
                {
                    match attr.name.as_str() {
                        "suppress" => "suppress",
                        "nullcontext" => "nullcontext",
                        other => {
                            return err(
                                Kind::Unsupported,
                                attr.span,
                                format!("contextlib.{other} is not supported by multigen yet"),
                            )
                        }
                    }
                }
                _ => return Ok(None),
            },
            _ => return Ok(None),
        };
        if let Some(k) = keywords.first() {
            return err(
                Kind::Call,
                k.name.span,
                format!(
                    "{which}() got an unexpected keyword argument '{}'",
                    k.name.name
                ),
            );
        }
        Ok(Some(match which {
            "suppress" => Contextlib::Suppress(args),
            _ => {
                if args.len() > 1 {
                    return err(
                        Kind::Call,
                        e.span,
                        format!(
                            "nullcontext() takes from 0 to 1 positional arguments but {} were given",
                            args.len()
                        ),
                    );
                }
                Contextlib::Null(args.first())
            }
        }))
    }

    fn contextlib_with(
        &mut self,
        t: &ast::Try,
        w: &ast::WithItem,
        c: Contextlib<'_>,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let sp = w.stmt_span;
        if matches!(c, Contextlib::Null(_)) {
            self.quiet_with.insert(sp);
        }
        // What `__enter__` returns: None for `suppress`, the argument of
        // `nullcontext`.
        let value = match &c {
            Contextlib::Null(Some(x)) => self.expr(x, scope)?,
            _ => mk(Ty::None, sp, ExprKind::None),
        };
        let pushed = scope.shadow.len();
        let val = self.temp(scope, value.ty.clone());
        out.push(Stmt::Assign(Target::Place(Place::Local(val)), value));
        scope.shadow.push((w.value_name.clone(), val));
        let r = match c {
            Contextlib::Suppress(classes) if !classes.is_empty() => {
                let ty = if classes.len() == 1 {
                    classes[0].clone()
                } else {
                    ast::Expr {
                        span: sp,
                        kind: ast::ExprKind::Tuple(classes.to_vec()),
                    }
                };
                let lowered = ast::Try {
                    body: t.body.clone(),
                    handlers: vec![ast::Handler {
                        span: sp,
                        ty: Some(ty),
                        name: None,
                        body: vec![stmt(ast::StmtKind::Pass, sp)],
                    }],
                    orelse: vec![],
                    finalbody: vec![],
                    with: None,
                };
                self.try_stmt(&lowered, scope, out)
            }
            _ => {
                let body = self.nested(&t.body, scope);
                out.extend(body);
                Ok(())
            }
        };
        scope.shadow.truncate(pushed);
        r
    }

    /// `type(e)` of an exception `e`: its class, as `__exit__` receives it.
    pub(super) fn exc_type_of(
        &mut self,
        args: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let [a] = args else {
            return err(
                Kind::Unsupported,
                span,
                "type() with other than one argument is not supported by multigen yet",
            );
        };
        let v = self.expr(a, scope)?;
        match self.resolve(&v.ty) {
            Ty::Class(c) if self.classes[c.index()].is_exception => {
                let span = v.span;
                Ok(Some(mk(Ty::ExcType, span, ExprKind::Cast(Box::new(v)))))
            }
            t => err(
                Kind::Unsupported,
                a.span,
                format!("type() of a value of type {t} is not supported by multigen yet"),
            ),
        }
    }

    /// The exception object behind an exception class or traceback value,
    /// typed as `BaseException`.
    fn exc_object(&self, v: Expr) -> Expr {
        let base = self.class_named("BaseException").expect("runtime class");
        let span = v.span;
        mk(Ty::Class(base), span, ExprKind::Cast(Box::new(v)))
    }

    /// `exc.__traceback__`, and `exc_type.__name__`.
    pub(super) fn exc_value_attr(
        &mut self,
        b: &Expr,
        attr: &ast::Ident,
        span: Span,
    ) -> R<Option<Expr>> {
        match (&self.resolve(&b.ty), attr.name.as_str()) {
            (Ty::Class(c), "__traceback__") if self.classes[c.index()].is_exception => Ok(Some(
                mk(Ty::Traceback, span, ExprKind::Cast(Box::new(b.clone()))),
            )),
            (Ty::ExcType, "__name__") => {
                let o = self.exc_object(b.clone());
                Ok(Some(mk(Ty::Str, span, ExprKind::ClassName(Box::new(o)))))
            }
            (Ty::ExcType | Ty::Traceback, _) => err(
                Kind::Unsupported,
                attr.span,
                format!(
                    "the attribute '{}' of a {} is not supported by multigen yet",
                    attr.name,
                    self.resolve(&b.ty)
                ),
            ),
            _ => Ok(None),
        }
    }

    /// The exception classes a name or tuple of names denotes, or None
    /// when `e` is not such a name.
    fn exc_class_names(&self, e: &ast::Expr, scope: &Scope) -> Option<Vec<ClassId>> {
        match &e.kind {
            ast::ExprKind::Name(n) => match self.lookup(n, scope) {
                Some(Binding::Class(c)) if self.classes[c.index()].is_exception => Some(vec![c]),
                _ => None,
            },
            ast::ExprKind::Tuple(xs) => {
                let mut out = Vec::new();
                for x in xs {
                    out.extend(self.exc_class_names(x, scope)?);
                }
                Some(out)
            }
            _ => None,
        }
    }

    /// `issubclass(exc_type, C)` (or a tuple of classes).
    pub(super) fn exc_issubclass(
        &mut self,
        args: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let [a, c] = args else {
            return err(
                Kind::Call,
                span,
                format!("issubclass expected 2 arguments, got {}", args.len()),
            );
        };
        let Some(classes) = self.exc_class_names(c, scope) else {
            return err(
                Kind::Unsupported,
                c.span,
                "issubclass() is only supported with exception classes by multigen",
            );
        };
        let v = self.expr(a, scope)?;
        match self.resolve(&v.ty) {
            Ty::ExcType => {
                let o = self.exc_object(v);
                Ok(Some(mk(
                    Ty::Bool,
                    span,
                    ExprKind::IsInstance(Box::new(o), classes),
                )))
            }
            t => err(
                Kind::Type,
                a.span,
                format!("issubclass() arg 1 must be a class, not {t}"),
            ),
        }
    }

    /// `exc_type is C`, `exc_type is not C` (also `==`, `!=`) for an
    /// exception class `C`: whether the class is exactly `C`, that is the
    /// object is an instance of `C` but of none of its direct subclasses.
    pub(super) fn exc_type_compare(
        &mut self,
        first: &ast::Expr,
        rest: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let [(op, rhs)] = rest else {
            return Ok(None);
        };
        use ast::CmpOp as C;
        if !matches!(op, C::Is | C::IsNot | C::Eq | C::NotEq) {
            return Ok(None);
        }
        let Some(classes) = self.exc_class_names(rhs, scope) else {
            return Ok(None);
        };
        let &[cls] = classes.as_slice() else {
            return Ok(None);
        };
        let v = self.expr(first, scope)?;
        let t = self.resolve(&v.ty);
        if !matches!(&t, Ty::ExcType) && !matches!(&t, Ty::Optional(i) if **i == Ty::ExcType) {
            return err(
                Kind::Unsupported,
                rhs.span,
                "an exception class as a value is only supported in `except`, `raise` and comparisons with type(e) by multigen",
            );
        }
        let tmp = self.temp(scope, t.clone());
        let load = || mk(t.clone(), span, ExprKind::Load(Place::Local(tmp)));
        let mut pre = vec![Stmt::Assign(Target::Place(Place::Local(tmp)), v)];
        let obj = if t == Ty::ExcType {
            self.exc_object(load())
        } else {
            let inner = mk(Ty::ExcType, span, ExprKind::Unwrap(Box::new(load()), None));
            self.exc_object(inner)
        };
        let subs: Vec<ClassId> = (0..self.classes.len())
            .map(|i| ClassId(i as u32))
            .filter(|&s| self.classes[s.index()].parent == Some(cls))
            .collect();
        let mut tests = Vec::new();
        if t != Ty::ExcType {
            let none = mk(Ty::Bool, span, ExprKind::IsNone(Box::new(load())));
            tests.push(mk(
                Ty::Bool,
                span,
                ExprKind::Unary(UnOp::Not, Box::new(none)),
            ));
        }
        tests.push(mk(
            Ty::Bool,
            span,
            ExprKind::IsInstance(Box::new(obj.clone()), vec![cls]),
        ));
        if !subs.is_empty() {
            let sub = mk(Ty::Bool, span, ExprKind::IsInstance(Box::new(obj), subs));
            tests.push(mk(
                Ty::Bool,
                span,
                ExprKind::Unary(UnOp::Not, Box::new(sub)),
            ));
        }
        let mut test = if tests.len() == 1 {
            tests.pop().unwrap()
        } else {
            mk(Ty::Bool, span, ExprKind::And(tests))
        };
        if matches!(op, C::IsNot | C::NotEq) {
            test = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(test)));
        }
        let block = mk(
            Ty::Bool,
            span,
            ExprKind::Block(std::mem::take(&mut pre), Box::new(test)),
        );
        Ok(Some(block))
    }
}
