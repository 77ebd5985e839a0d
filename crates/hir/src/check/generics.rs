//! Generic decorators: module-level functions whose signature uses a
//! `TypeVar` or a `ParamSpec` (`def logged(f: Callable[P, R]) ->
//! Callable[P, R]`, `def register(f: F) -> F`), applied as decorators.
//!
//! Such a function is a template. Each decorator application binds its
//! type parameters from the decorated function's type (a `ParamSpec` to
//! the parameter types, a `TypeVar` to a type) and checks a copy of the
//! function with those types: one instance per distinct binding, like
//! monomorphisation. In an instance, a nested function's `*args: P.args,
//! **kwargs: P.kwargs` become ordinary parameters of the bound types, and
//! `f(*args, **kwargs)` passes them on. Other uses of a generic function
//! (calls, values) are refused for now.

use super::*;

/// What a type parameter stands for in an instance.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum TyArg {
    /// A `TypeVar`'s type.
    Ty(Ty),
    /// A `ParamSpec`'s parameter types.
    Params(Vec<Ty>),
}

impl Checker {
    /// Records `T = TypeVar("T", ...)` and `P = ParamSpec("P")` at module
    /// level (true for a `ParamSpec`).
    pub(super) fn scan_type_params(&mut self, module: &ast::Module) {
        for s in &module.body {
            if let Some((name, spec)) = type_param_decl(s) {
                self.type_params.insert(name, spec);
            }
        }
    }

    /// Whether a function's annotations mention a type parameter, or
    /// `Callable[..., R]` (whose `...` is bound like a `ParamSpec`).
    pub(super) fn is_generic(&self, def: &ast::FunctionDef) -> bool {
        let mut found = false;
        let mut look = |e: &ast::Expr| {
            names_in(e, &mut |n| {
                found |= self.type_params.contains_key(n) || n == ELLIPSIS
            });
        };
        for p in &def.params {
            if let Some(a) = &p.annotation {
                look(a);
            }
        }
        if let Some(r) = &def.returns {
            look(r);
        }
        found
            || self.has_protocol_param(def)
            || def.params.iter().any(|p| {
                p.annotation
                    .as_ref()
                    .is_some_and(generic_calls::makes_template)
            })
    }

    /// The instance of generic function `name` for an argument of type
    /// `arg` (its first parameter's type): its id, checked when function
    /// bodies are.
    pub(super) fn instantiate(&mut self, name: &str, arg: &Ty, span: Span) -> R<FuncId> {
        let def = self.generics[name].clone();
        let Some(first) = def.params.first().and_then(|p| p.annotation.as_ref()) else {
            return err(
                Kind::Unsupported,
                span,
                format!("the generic function '{name}' needs an annotated first parameter"),
            );
        };
        let mut env = HashMap::new();
        self.bind_type_params(first, &self.resolve(arg), &mut env);
        let mut missing = Vec::new();
        let mut check = |e: &ast::Expr| {
            names_in(e, &mut |n| {
                if (self.type_params.contains_key(n) || n == ELLIPSIS) && !env.contains_key(n) {
                    missing.push(n.to_string());
                }
            })
        };
        for p in &def.params {
            if let Some(a) = &p.annotation {
                check(a);
            }
        }
        if let Some(r) = &def.returns {
            check(r);
        }
        if let Some(m) = missing.first() {
            return err(
                Kind::Unsupported,
                span,
                format!("cannot tell what the type parameter '{m}' of '{name}' stands for here; multigen binds type parameters only from the decorated function's type"),
            );
        }
        let mut inst = def.clone();
        expand_param_specs(&mut inst.body, &env);
        self.instance_for(name, inst, env, span)
    }

    /// Binds the type parameters that annotation `pat` mentions from the
    /// type `t` it is matched with.
    pub(super) fn bind_type_params(
        &self,
        pat: &ast::Expr,
        t: &Ty,
        env: &mut HashMap<String, TyArg>,
    ) {
        match (&pat.kind, t) {
            (ast::ExprKind::Name(n), t) if self.type_params.get(n) == Some(&false) => {
                env.entry(n.clone()).or_insert_with(|| TyArg::Ty(t.clone()));
            }
            (ast::ExprKind::Subscript(base, arg), Ty::Func(ft)) if matches!(&base.kind, ast::ExprKind::Name(b) if b == "Callable") =>
            {
                let ast::ExprKind::Tuple(parts) = &arg.kind else {
                    return;
                };
                let [params, ret] = parts.as_slice() else {
                    return;
                };
                match &params.kind {
                    ast::ExprKind::Name(p) if self.type_params.get(p) == Some(&true) => {
                        env.entry(p.clone())
                            .or_insert_with(|| TyArg::Params(ft.params.clone()));
                    }
                    ast::ExprKind::Ellipsis => {
                        env.entry(ELLIPSIS.to_string())
                            .or_insert_with(|| TyArg::Params(ft.params.clone()));
                    }
                    ast::ExprKind::List(ps) if ps.len() == ft.params.len() => {
                        for (p, t) in ps.iter().zip(&ft.params) {
                            self.bind_type_params(p, t, env);
                        }
                    }
                    _ => {}
                }
                self.bind_type_params(ret, &ft.ret, env);
            }
            _ => {}
        }
    }

    /// What a type parameter name stands for in the instance being
    /// checked, if any.
    pub(super) fn type_arg(&self, n: &str) -> Option<&TyArg> {
        self.ty_env.last().and_then(|env| env.get(n))
    }
}

/// The binding name of the parameter list `...` of `Callable[..., R]`
/// (not a Python name).
pub(super) const ELLIPSIS: &str = "...";

/// `X = TypeVar("X", ...)` or `X = ParamSpec("X")`: the name, and whether
/// it is a `ParamSpec`.
pub(super) fn type_param_decl(s: &ast::Stmt) -> Option<(String, bool)> {
    let ast::StmtKind::Assign { targets, value } = &s.kind else {
        return None;
    };
    let [ast::Expr {
        kind: ast::ExprKind::Name(name),
        ..
    }] = targets.as_slice()
    else {
        return None;
    };
    let ast::ExprKind::Call { func, .. } = &value.kind else {
        return None;
    };
    match &func.kind {
        ast::ExprKind::Name(f) if f == "TypeVar" => Some((name.clone(), false)),
        ast::ExprKind::Name(f) if f == "ParamSpec" => Some((name.clone(), true)),
        _ => None,
    }
}

/// Calls `f` on every name an annotation mentions.
pub(super) fn names_in(e: &ast::Expr, f: &mut impl FnMut(&str)) {
    match &e.kind {
        ast::ExprKind::Name(n) => f(n),
        // `Callable[..., R]`: its `...` stands for parameters (the `...`
        // of `tuple[int, ...]` does not).
        ast::ExprKind::Subscript(base, arg) if matches!(&base.kind, ast::ExprKind::Name(b) if b == "Callable") =>
        {
            if let ast::ExprKind::Tuple(parts) = &arg.kind {
                if let Some(first) = parts.first() {
                    if matches!(first.kind, ast::ExprKind::Ellipsis) {
                        f(ELLIPSIS);
                    }
                }
            }
            names_in(arg, f);
        }
        ast::ExprKind::Subscript(a, b) | ast::ExprKind::Binary(_, a, b) => {
            names_in(a, f);
            names_in(b, f);
        }
        ast::ExprKind::Attribute(a, _) => names_in(a, f),
        ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => {
            xs.iter().for_each(|x| names_in(x, f))
        }
        _ => {}
    }
}

pub(super) fn sorted_env(env: &HashMap<String, TyArg>) -> Vec<(String, String)> {
    let mut v: Vec<(String, String)> = env
        .iter()
        .map(|(k, a)| {
            let t = match a {
                TyArg::Ty(t) => t.to_string(),
                TyArg::Params(ps) => format!("{}", Ty::Tuple(ps.clone())),
            };
            (k.clone(), t)
        })
        .collect();
    v.sort();
    v
}

/// In the nested functions of an instance: `*args: P.args, **kwargs:
/// P.kwargs` become one parameter per type `P` stands for (named
/// `args.0`, `args.1`..., which no Python name can clash with), and
/// `*args`/`**kwargs` in calls pass them on.
fn expand_param_specs(stmts: &mut [ast::Stmt], env: &HashMap<String, TyArg>) {
    for s in stmts.iter_mut() {
        match &mut s.kind {
            ast::StmtKind::FunctionDef(d) => {
                expand_def(d, env);
                expand_param_specs(&mut d.body, env);
            }
            _ => {
                for b in ast_blocks(s) {
                    expand_param_specs(b, env);
                }
            }
        }
    }
}

/// In one function: `*args: P.args, **kwargs: P.kwargs` (or `*args: Any,
/// **kwargs: Any` with the `...` of `Callable[..., R]` bound) become one
/// parameter per type, and `f(*args, **kwargs)` in its body passes them on.
pub(super) fn expand_def(d: &mut ast::FunctionDef, env: &HashMap<String, TyArg>) {
    let mut spread: Option<(String, Vec<Ty>)> = None;
    let mut kwargs = None;
    for p in &d.params {
        // `*args: Any, **kwargs: Any` pass on the `...` of
        // `Callable[..., R]`.
        if let (Some(TyArg::Params(ts)), Some(ast::ExprKind::Name(a))) =
            (env.get(ELLIPSIS), p.annotation.as_ref().map(|a| &a.kind))
        {
            if a == "Any" {
                match p.variadic {
                    ast::Variadic::Args => spread = Some((p.name.name.clone(), ts.clone())),
                    ast::Variadic::Kwargs => kwargs = Some(p.name.name.clone()),
                    ast::Variadic::No => {}
                }
                continue;
            }
        }
        let Some(ast::Expr {
            kind: ast::ExprKind::Attribute(base, attr),
            ..
        }) = &p.annotation
        else {
            continue;
        };
        let ast::ExprKind::Name(b) = &base.kind else {
            continue;
        };
        if let Some(TyArg::Params(ts)) = env.get(b) {
            match (p.variadic, attr.name.as_str()) {
                (ast::Variadic::Args, "args") => spread = Some((p.name.name.clone(), ts.clone())),
                (ast::Variadic::Kwargs, "kwargs") => kwargs = Some(p.name.name.clone()),
                _ => {}
            }
        }
    }
    if let Some((args, ts)) = &spread {
        let at = d
            .params
            .iter()
            .position(|p| &p.name.name == args)
            .expect("the *args parameter");
        let span = d.params[at].name.span;
        let new: Vec<ast::Param> = ts
            .iter()
            .enumerate()
            .map(|(i, t)| ast::Param {
                name: ast::Ident {
                    name: format!("{args}.{i}"),
                    span,
                },
                annotation: Some(ast::Expr {
                    span,
                    kind: ast::ExprKind::Str(t.to_string()),
                }),
                default: None,
                keyword_only: false,
                positional_only: false,
                variadic: ast::Variadic::No,
            })
            .collect();
        d.params.splice(at..at + 1, new);
        if let Some(k) = &kwargs {
            d.params.retain(|p| &p.name.name != k);
        }
        pass_on(&mut d.body, args, ts.len(), kwargs.as_deref());
        // Other uses of `args` see the tuple CPython would pass.
        let mut used = false;
        generics_uses(&d.body, args, &mut used);
        if used {
            let name = |n: String| ast::Expr {
                span,
                kind: ast::ExprKind::Name(n),
            };
            let tuple = (0..ts.len()).map(|i| name(format!("{args}.{i}"))).collect();
            d.body.insert(
                0,
                ast::Stmt {
                    span,
                    kind: ast::StmtKind::Assign {
                        targets: vec![name(args.clone())],
                        value: ast::Expr {
                            span,
                            kind: ast::ExprKind::Tuple(tuple),
                        },
                    },
                },
            );
        }
    }
}

/// The statement lists nested in a compound statement.
fn ast_blocks(s: &mut ast::Stmt) -> Vec<&mut Vec<ast::Stmt>> {
    match &mut s.kind {
        ast::StmtKind::If { body, orelse, .. }
        | ast::StmtKind::While { body, orelse, .. }
        | ast::StmtKind::For { body, orelse, .. } => vec![body, orelse],
        ast::StmtKind::Try(t) => {
            let mut v: Vec<&mut Vec<ast::Stmt>> =
                vec![&mut t.body, &mut t.orelse, &mut t.finalbody];
            v.extend(t.handlers.iter_mut().map(|h| &mut h.body));
            v
        }
        ast::StmtKind::Match(m) => m.cases.iter_mut().map(|c| &mut c.body).collect(),
        _ => vec![],
    }
}

/// Rewrites `g(*args, **kwargs)` in a body into `g(args.0, args.1, ...)`.
fn pass_on(stmts: &mut [ast::Stmt], args: &str, n: usize, kwargs: Option<&str>) {
    fn expr(e: &mut ast::Expr, args: &str, n: usize, kwargs: Option<&str>) {
        if let ast::ExprKind::Call {
            func,
            args: a,
            keywords,
        } = &mut e.kind
        {
            expr(func, args, n, kwargs);
            let mut out = Vec::new();
            for x in a.drain(..) {
                match &x.kind {
                    ast::ExprKind::Starred(inner) if matches!(&inner.kind, ast::ExprKind::Name(m) if m == args) =>
                    {
                        out.extend((0..n).map(|i| ast::Expr {
                            span: x.span,
                            kind: ast::ExprKind::Name(format!("{args}.{i}")),
                        }));
                    }
                    _ => out.push(x),
                }
            }
            *a = out;
            a.iter_mut().for_each(|x| expr(x, args, n, kwargs));
            keywords.retain(|k| {
                !(k.name.name == "**"
                    && matches!(&k.value.kind, ast::ExprKind::Starred(v)
                        if matches!(&v.kind, ast::ExprKind::Name(m) if Some(m.as_str()) == kwargs)))
            });
            keywords
                .iter_mut()
                .for_each(|k| expr(&mut k.value, args, n, kwargs));
            return;
        }
        match &mut e.kind {
            ast::ExprKind::Unary(_, x) | ast::ExprKind::Attribute(x, _) => expr(x, args, n, kwargs),
            ast::ExprKind::Binary(_, a, b) | ast::ExprKind::Subscript(a, b) => {
                expr(a, args, n, kwargs);
                expr(b, args, n, kwargs);
            }
            ast::ExprKind::BoolOp(_, xs)
            | ast::ExprKind::Tuple(xs)
            | ast::ExprKind::List(xs)
            | ast::ExprKind::Set(xs) => xs.iter_mut().for_each(|x| expr(x, args, n, kwargs)),
            ast::ExprKind::IfExp { test, body, orelse } => {
                expr(test, args, n, kwargs);
                expr(body, args, n, kwargs);
                expr(orelse, args, n, kwargs);
            }
            ast::ExprKind::FString(parts) => {
                for p in parts {
                    if let ast::FPart::Field { value, .. } = p {
                        expr(value, args, n, kwargs);
                    }
                }
            }
            _ => {}
        }
    }
    for s in stmts.iter_mut() {
        match &mut s.kind {
            ast::StmtKind::Return(Some(e)) | ast::StmtKind::Expr(e) => expr(e, args, n, kwargs),
            ast::StmtKind::Assign { value, .. } => expr(value, args, n, kwargs),
            ast::StmtKind::AnnAssign { value: Some(v), .. } => expr(v, args, n, kwargs),
            _ => {}
        }
        for b in ast_blocks(s) {
            pass_on(b, args, n, kwargs);
        }
    }
}

/// Whether a body reads the name `n` (after `pass_on` removed its `*n`
/// uses), nested functions included.
fn generics_uses(stmts: &[ast::Stmt], n: &str, used: &mut bool) {
    struct Find<'a>(&'a str, bool);
    impl multigen_syntax::visit::VisitMut for Find<'_> {
        fn expr(&mut self, e: &mut ast::Expr) {
            if matches!(&e.kind, ast::ExprKind::Name(m) if m == self.0) {
                self.1 = true;
            }
            multigen_syntax::visit::walk_expr(self, e);
        }
    }
    let mut f = Find(n, false);
    let mut copy = stmts.to_vec();
    multigen_syntax::visit::VisitMut::block(&mut f, &mut copy);
    *used |= f.1;
}
