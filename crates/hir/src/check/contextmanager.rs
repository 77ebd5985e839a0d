//! `contextlib.contextmanager`: generator functions used as context
//! managers in `with` statements.
//!
//! Before checking, `strip_decorators` removes a lone `@contextmanager` (or
//! `@contextlib.contextmanager`) from module-level and nested generator
//! functions, which are then checked as ordinary generator functions
//! (`Checker::cm_funcs` remembers them). A `with` whose manager is a call
//! of one is lowered like any `with` (`with.rs`), with the generator in the
//! manager's place and three runtime functions (`runtime/src/
//! contextmanager.rs`) in place of `__enter__`/`__exit__`:
//!
//! ```text
//! g = f(args); v = mg_cm_enter(g); ok = True
//! try:
//!     <target> = v; <body>
//! except BaseException as e:
//!     ok = False
//!     if not mg_cm_exit_exc(g, e): raise
//! finally:
//!     if ok: mg_cm_exit_ok(g)
//! ```
//!
//! The runtime reproduces CPython's `_GeneratorContextManager`, including
//! the frames of `contextlib.py` in tracebacks. What CPython's decorator
//! returns is an object this lowering does not build, so any other use of
//! such a function (a call outside `with`, the function as a value) is
//! refused after checking (`refuse_other_uses`).

use super::*;

/// Removes a lone `@contextmanager` from the generator functions of the
/// module (at module level and nested in functions, at any depth) and
/// returns the module with the name spans of those functions, and the
/// diagnostics for the uses of the decorator that are not supported (on a
/// method, on a function that does not yield, among other decorators).
pub(super) fn strip_decorators(
    module: &ast::Module,
) -> (ast::Module, HashSet<Span>, Vec<Diagnostic>) {
    let mut names = Names::default();
    for s in &module.body {
        match &s.kind {
            ast::StmtKind::ImportFrom {
                module,
                names: ns,
                level: 0,
            } if module.name == "contextlib" => {
                for (n, alias) in ns {
                    if n.name == "contextmanager" {
                        names.items.push(alias.as_ref().unwrap_or(n).name.clone());
                    }
                }
            }
            ast::StmtKind::Import(ns) => {
                for (n, alias) in ns {
                    if n.name == "contextlib" {
                        names.modules.push(alias.as_ref().unwrap_or(n).name.clone());
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = module.clone();
    let mut found = HashSet::new();
    let mut errors = Vec::new();
    if !names.items.is_empty() || !names.modules.is_empty() {
        strip_in(&mut out.body, &names, false, &mut found, &mut errors);
    }
    (out, found, errors)
}

/// The names under which a module imports `contextmanager` (`items`) and
/// `contextlib` (`modules`).
#[derive(Default)]
struct Names {
    items: Vec<String>,
    modules: Vec<String>,
}

impl Names {
    fn is_decorator(&self, d: &ast::Expr) -> bool {
        match &d.kind {
            ast::ExprKind::Name(n) => self.items.contains(n),
            ast::ExprKind::Attribute(m, attr) => {
                attr.name == "contextmanager"
                    && matches!(&m.kind, ast::ExprKind::Name(n) if self.modules.contains(n))
            }
            _ => false,
        }
    }
}

fn strip_in(
    body: &mut [ast::Stmt],
    names: &Names,
    in_class: bool,
    found: &mut HashSet<Span>,
    errors: &mut Vec<Diagnostic>,
) {
    for s in body {
        let def = match &mut s.kind {
            ast::StmtKind::FunctionDef(def) => def,
            ast::StmtKind::ClassDef(c) => {
                strip_in(&mut c.body, names, true, found, errors);
                continue;
            }
            // A `def` may sit in any block of a function body.
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => {
                strip_in(body, names, in_class, found, errors);
                strip_in(orelse, names, in_class, found, errors);
                continue;
            }
            ast::StmtKind::Try(t) => {
                strip_in(&mut t.body, names, in_class, found, errors);
                for h in &mut t.handlers {
                    strip_in(&mut h.body, names, in_class, found, errors);
                }
                strip_in(&mut t.orelse, names, in_class, found, errors);
                strip_in(&mut t.finalbody, names, in_class, found, errors);
                continue;
            }
            ast::StmtKind::Match(m) => {
                for c in &mut m.cases {
                    strip_in(&mut c.body, names, in_class, found, errors);
                }
                continue;
            }
            _ => continue,
        };
        if let Some(d) = def.decorators.iter().find(|d| names.is_decorator(d)) {
            let why = if in_class {
                Some("@contextmanager on a method is not supported by multigen yet")
            } else if def.decorators.len() > 1 {
                Some("@contextmanager together with other decorators is not supported by multigen yet")
            } else if generators::first_yield(&def.body).is_none() {
                Some("@contextmanager on a function that does not yield is not supported by multigen")
            } else {
                None
            };
            match why {
                Some(why) => errors.push(Diagnostic::new(Kind::Unsupported, d.span, why)),
                None => {
                    found.insert(def.name.span);
                }
            }
            def.decorators.clear();
        }
        strip_in(&mut def.body, names, false, found, errors);
    }
}

impl Checker {
    /// Records `id` as a `@contextmanager` function if `def` is one.
    pub(super) fn note_cm(&mut self, def: &ast::FunctionDef, id: FuncId) {
        if self.cm_defs.contains(&def.name.span) {
            self.cm_funcs.insert(id);
        }
    }

    /// A `with` item whose manager `m` (checked) is a call of a
    /// `@contextmanager` function: lowered as the module doc shows. Returns
    /// `m` back when it is something else.
    pub(super) fn cm_with(
        &mut self,
        t: &ast::Try,
        w: &ast::WithItem,
        m: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<Option<Expr>> {
        let is_cm = match &m.kind {
            ExprKind::Call { func, .. } | ExprKind::CallEnv { func, .. } => {
                self.cm_funcs.contains(func)
            }
            _ => false,
        };
        let gty = self.resolve(&m.ty);
        let (true, Ty::Gen(y, _, _)) = (is_cm, &gty) else {
            return Ok(Some(m));
        };
        let y = (**y).clone();
        self.cm_allowed.insert(m.span);
        let sp = w.stmt_span;
        let gen = self.temp(scope, gty.clone());
        out.push(Stmt::Assign(Target::Place(Place::Local(gen)), m));
        let load_g = || mk(gty.clone(), sp, ExprKind::Load(Place::Local(gen)));
        let enter = rt_slot(y.clone(), sp, "mg_cm_enter", vec![RtArg::Value(load_g())]);
        let pushed = scope.shadow.len();
        let val = self.temp(scope, y);
        out.push(Stmt::Assign(Target::Place(Place::Local(val)), enter));
        scope.shadow.push((w.value_name.clone(), val));
        let ok = self.temp(scope, Ty::Bool);
        let yes = mk(Ty::Bool, sp, ExprKind::Bool(true));
        out.push(Stmt::Assign(Target::Place(Place::Local(ok)), yes));
        // The body, with what holds before it (as `try_stmt` does).
        let entry = scope.narrow.clone();
        let body = self.nested(&t.body, scope);
        scope.narrow = entry;
        self.forget_assigned(&t.body, scope);
        scope.shadow.truncate(pushed);
        let base_exc = self.class_named("BaseException").expect("runtime class");
        let e = self.temp(scope, Ty::Class(base_exc));
        let load_e = mk(Ty::Class(base_exc), sp, ExprKind::Load(Place::Local(e)));
        let exit_exc = rt(
            Ty::Bool,
            sp,
            "mg_cm_exit_exc",
            vec![RtArg::Value(load_g()), RtArg::Value(load_e)],
        );
        let not_exit = mk(Ty::Bool, sp, ExprKind::Unary(UnOp::Not, Box::new(exit_exc)));
        let no = mk(Ty::Bool, sp, ExprKind::Bool(false));
        let handler = vec![
            Stmt::Assign(Target::Place(Place::Local(ok)), no),
            Stmt::If(
                not_exit,
                vec![Stmt::Raise {
                    exc: None,
                    cause: None,
                    span: sp,
                }],
                vec![],
            ),
        ];
        let exit_ok = rt(Ty::None, sp, "mg_cm_exit_ok", vec![RtArg::Value(load_g())]);
        let still_ok = mk(Ty::Bool, sp, ExprKind::Load(Place::Local(ok)));
        out.push(Stmt::Try(Box::new(Try {
            body,
            handlers: vec![Handler {
                classes: vec![base_exc],
                var: Some(Place::Local(e)),
                body: handler,
            }],
            orelse: vec![],
            finalbody: vec![Stmt::If(still_ok, vec![Stmt::Expr(exit_ok)], vec![])],
        })));
        Ok(None)
    }

    /// Refuses every use of a `@contextmanager` function other than as the
    /// manager of a `with` (and its own nested `def`).
    pub(super) fn refuse_other_uses(&mut self) {
        if self.cm_funcs.is_empty() {
            return;
        }
        // A nested one is a variable holding its function object: reads of
        // it other than as the callee of a call are refused by name (also
        // in functions nested deeper, where it is a free variable; a
        // function of the same name elsewhere used as a value is refused
        // too, which is safe).
        let names: HashSet<&str> = self
            .cm_funcs
            .iter()
            .map(|f| self.sigs[f.index()].name.as_str())
            .collect();
        let mut envs = HashSet::new();
        for f in self.functions.iter().flatten() {
            crate::visit::exprs(&f.body, &mut |e| {
                // The calls of other functions are fine; those of the
                // `@contextmanager` ones outside `with` are refused below.
                if let ExprKind::CallEnv { env, .. } = &e.kind {
                    envs.insert(env.span);
                }
            });
        }
        let mut bad = Vec::new();
        for f in self.functions.iter().flatten() {
            crate::visit::exprs(&f.body, &mut |e| {
                if let ExprKind::Load(Place::Local(l)) = &e.kind {
                    let local = &f.locals[l.index()];
                    if names.contains(local.name.as_str())
                        && matches!(local.ty, Ty::Func(_))
                        && !envs.contains(&e.span)
                    {
                        bad.push(e.span);
                    }
                    return;
                }
                let func = match &e.kind {
                    ExprKind::Call { func, .. }
                    | ExprKind::CallEnv { func, .. }
                    | ExprKind::MakeFunc { func, .. } => *func,
                    _ => return,
                };
                if self.cm_funcs.contains(&func)
                    && !self.cm_allowed.contains(&e.span)
                    && !self.cm_defs.contains(&e.span)
                {
                    bad.push(e.span);
                }
            });
        }
        bad.sort_by_key(|s| s.start);
        bad.dedup();
        for span in bad {
            self.report(Diagnostic::new(
                Kind::Unsupported,
                span,
                "a @contextmanager function is only supported as the manager of a `with` statement by multigen (`with f(...) as x:`)",
            ));
        }
    }
}
