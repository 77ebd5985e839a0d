//! Direct calls of generic functions, by monomorphisation.
//!
//! A module-level function is a template (`Checker::generics`) when its
//! annotations mention a `TypeVar` (`def first(xs: list[T]) -> T`) or when
//! a parameter has an abstract collection type (`Sequence[int]`,
//! `Mapping[str, V]`, `Collection[T]`...), which no single representation
//! covers: a `Sequence[int]` may be a list, a tuple, a range or a string.
//! Each call checks its arguments first, binds every type parameter from
//! the argument types (`list[int]` against `Sequence[T]` binds `T = int`),
//! gives each abstract parameter the argument's own type, and calls the
//! instance of the function for that binding, made once per distinct
//! binding (`generics.rs`). So `first([1, 2])` and `first(("a", "b"))` are
//! two functions, each as fast as a hand-written one; the cost is code size
//! and that a template cannot be used as a value (that is refused).
//!
//! Parameters typed `Iterable[T]` or `Iterator[T]` take generators as
//! ordinary functions do, so a function is not made a template for them
//! alone; in a template they are abstract like the others.

use super::*;
use generics::TyArg;

/// Abstract collection types: a parameter with one of these at the top of
/// its annotation takes the argument's own type in an instance.
const ABSTRACT: [&str; 14] = [
    "Sequence",
    "MutableSequence",
    "Collection",
    "Container",
    "Reversible",
    "Sized",
    "Mapping",
    "MutableMapping",
    "AbstractSet",
    "MutableSet",
    "Iterable",
    "Iterator",
    "Hashable",
    "KeysView",
];

/// The name of an annotation's outermost type, `Sequence` for
/// `Sequence[int]` or `collections.abc.Sequence`.
fn head(e: &ast::Expr) -> Option<&str> {
    match &e.kind {
        ast::ExprKind::Name(n) => Some(n),
        ast::ExprKind::Attribute(_, a) => Some(&a.name),
        ast::ExprKind::Subscript(b, _) => head(b),
        _ => None,
    }
}

/// Whether an annotation is an abstract collection type at its top.
pub(super) fn is_abstract(e: &ast::Expr) -> bool {
    head(e).is_some_and(is_abstract_name)
}

/// Whether `n` names an abstract collection type.
pub(super) fn is_abstract_name(n: &str) -> bool {
    ABSTRACT.contains(&n)
}

/// Whether an annotation makes its function a template on its own (the
/// abstract types but `Iterable` and `Iterator`).
pub(super) fn makes_template(e: &ast::Expr) -> bool {
    head(e).is_some_and(|h| ABSTRACT.contains(&h) && !matches!(h, "Iterable" | "Iterator"))
}

/// The type arguments of a subscripted annotation.
fn type_args(e: &ast::Expr) -> Vec<&ast::Expr> {
    match &e.kind {
        ast::ExprKind::Subscript(_, arg) => match &arg.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![&**arg],
        },
        _ => vec![],
    }
}

/// The name of the parameter standing for the `i`-th parameter's type in
/// an instance (not a Python name).
fn param_slot(i: usize) -> String {
    format!("param.{i}")
}

impl Checker {
    /// A call of the generic function `name`.
    pub(super) fn generic_call(
        &mut self,
        name: &str,
        name_span: Span,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if scope.is_module && !self.generics_defined.contains(name) {
            return err(
                Kind::Name,
                name_span,
                format!("name '{name}' is not defined (the call runs before its `def`)"),
            );
        }
        let def = self.generics[name].clone();
        self.template_call(name, &def, args, keywords, span, scope)
    }

    /// A call of `def` (a template, or a function with `Iterable`
    /// parameters) through the instance for its arguments' types.
    pub(super) fn template_call(
        &mut self,
        name: &str,
        def: &ast::FunctionDef,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        // `def f(fn: Callable[..., R], *args: Any)`: the function passed
        // first binds the `...`, and `*args` becomes one parameter per type.
        let mut env: HashMap<String, TyArg> = HashMap::new();
        let mut pre: Option<Expr> = None;
        let expanded;
        let def = if def.params.iter().any(|p| p.variadic != ast::Variadic::No)
            && !spread_call::has_spread(args, keywords)
            && def
                .params
                .first()
                .and_then(|p| p.annotation.as_ref())
                .is_some_and(|a| {
                    let mut e = false;
                    generics::names_in(a, &mut |n| e |= n == generics::ELLIPSIS);
                    e
                })
            && !args.is_empty()
        {
            let f = self.arg_expr(&args[0], None, scope)?;
            let ann = def.params[0].annotation.as_ref().expect("checked above");
            let t = self.resolve(&f.ty);
            self.bind_structure(ann, &t, &mut env);
            if !env.contains_key(generics::ELLIPSIS) {
                return err(
                    Kind::Type,
                    f.span,
                    format!(
                        "argument '{}' of {name}() has type {t}, expected {}",
                        def.params[0].name.name,
                        ann_text(ann)
                    ),
                );
            }
            let mut d = def.clone();
            generics::expand_def(&mut d, &env);
            pre = Some(f);
            expanded = d;
            &expanded
        } else {
            def
        };
        if spread_call::has_spread(args, keywords)
            || def.params.iter().any(|p| p.variadic != ast::Variadic::No)
        {
            return err(
                Kind::Unsupported,
                span,
                format!("calling the generic function '{name}' with `*`/`**` arguments or parameters is not supported by multigen yet"),
            );
        }
        // The arguments, checked in the order written (in the calling
        // module, `arg_expr`), and the parameter
        // each one binds. A lambda or a name passed for a `Callable`
        // parameter is checked after the binding, with the parameter's type
        // as its hint (evaluating either has no effect, so the order of
        // evaluation stays CPython's).
        let mut written: Vec<(usize, Option<Expr>)> = Vec::new();
        // A local variable already has its type (which may be None, for
        // an optional function passed on).
        let locals: HashSet<String> = if scope.is_module {
            HashSet::new()
        } else {
            scope.local_map.keys().cloned().collect()
        };
        let deferred = |k: usize, a: &ast::Expr| {
            let candidate = match &a.kind {
                ast::ExprKind::Lambda { .. } => true,
                ast::ExprKind::Name(n) => !locals.contains(n),
                _ => false,
            };
            candidate
                && def.params[k]
                    .annotation
                    .as_ref()
                    .is_some_and(|p| head(module_templates::strip_optional(p)) == Some("Callable"))
        };
        let mut later: Vec<&ast::Expr> = Vec::new();
        for (i, a) in args.iter().enumerate() {
            if let Some(f) = pre.take() {
                written.push((0, Some(f)));
                continue;
            }
            let Some(p) = def.params.get(i).filter(|p| !p.keyword_only) else {
                return err(
                    Kind::Call,
                    span,
                    format!(
                        "{name}() takes {} positional arguments but {} were given",
                        def.params.iter().filter(|p| !p.keyword_only).count(),
                        args.len()
                    ),
                );
            };
            let _ = p;
            if deferred(i, a) {
                written.push((i, None));
                later.push(a);
            } else {
                written.push((i, Some(self.arg_expr(a, None, scope)?)));
            }
        }
        for kw in keywords {
            let Some(k) = def.params.iter().position(|p| p.name.name == kw.name.name) else {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{name}() got an unexpected keyword argument '{}'",
                        kw.name.name
                    ),
                );
            };
            if written.iter().any(|(j, _)| *j == k) {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{name}() got multiple values for argument '{}'",
                        kw.name.name
                    ),
                );
            }
            if deferred(k, &kw.value) {
                written.push((k, None));
                later.push(&kw.value);
            } else {
                written.push((k, Some(self.arg_expr(&kw.value, None, scope)?)));
            }
        }
        // Bind the type parameters, then give abstract parameters their
        // argument's type.
        for (k, v) in &written {
            if let (Some(a), Some(v)) = (&def.params[*k].annotation, v) {
                // What nothing constrains (the elements of `[]`) is `None`,
                // as everywhere else.
                let t = self.resolve(&v.ty);
                let fixed = finish::default_vars(&t);
                self.unify(&t, &fixed);
                self.bind_structure(a, &fixed, &mut env);
            }
        }
        // A function passed by name whose type parameters nothing else
        // binds (`U` of `Callable[[T], U]`) binds them itself.
        let mut rest = Vec::new();
        for (k, v) in written.iter_mut() {
            if v.is_some() {
                continue;
            }
            let a = later.remove(0);
            let ann = module_templates::strip_optional(
                def.params[*k]
                    .annotation
                    .as_ref()
                    .expect("a Callable annotation"),
            );
            let mut unbound = Vec::new();
            generics::names_in(ann, &mut |n| {
                if (self.type_params.contains_key(n) || n == generics::ELLIPSIS)
                    && !env.contains_key(n)
                {
                    unbound.push(n.to_string());
                }
            });
            if unbound.is_empty() {
                rest.push(a);
                continue;
            }
            // `Callable[..., R]`: only a function's own type can say what
            // the `...` stands for.
            if unbound.iter().any(|n| n == generics::ELLIPSIS) {
                let e = self.arg_expr(a, None, scope)?;
                let t = self.resolve(&e.ty);
                self.bind_structure(ann, &t, &mut env);
                *v = Some(e);
                continue;
            }
            // Check it now, with inference variables for what is unbound
            // (`str` for `Callable[[int], U]` then binds `U = str`).
            let mut partial = env.clone();
            for n in unbound {
                let var = self.fresh_var();
                partial.insert(n, TyArg::Ty(var));
            }
            self.ty_env.push(partial);
            let hint = self.annotation(ann);
            self.ty_env.pop();
            let e = self.arg_expr(a, Some(&hint?), scope)?;
            let t = self.resolve(&e.ty);
            self.bind_structure(ann, &t, &mut env);
            *v = Some(e);
        }
        let later = rest;
        let mut inst = def.clone();
        for (k, v) in &written {
            let Some(a) = def.params[*k]
                .annotation
                .as_ref()
                .filter(|a| is_abstract(a) || self.protocol_ann(a).is_some())
            else {
                continue;
            };
            let Some(v) = v else { continue };
            let t = self.resolve(&v.ty);
            let param = &def.params[*k].name.name;
            if self.protocol_ann(a).is_some() {
                self.protocol_fits(name, *k, *k < args.len(), param, a, &t, v.span)?;
            } else {
                self.abstract_fits(name, param, a, &t, &env, v.span)?;
            }
            let slot = param_slot(*k);
            env.insert(slot.clone(), TyArg::Ty(t));
            inst.params[*k].annotation = Some(ast::Expr {
                span: a.span,
                kind: ast::ExprKind::Name(slot),
            });
        }
        let given: Vec<(usize, Option<Ty>)> = written
            .iter()
            .map(|(k, v)| (*k, v.as_ref().map(|v| self.resolve(&v.ty))))
            .collect();
        self.specialise_optionals(def, &given, &mut inst, &mut env);
        let id = self.instance_for(name, inst, env, span)?;
        // Convert the arguments to the instance's parameter types; the
        // parameters not given take their defaults.
        let sig = self.sigs[id.index()].clone();
        let mut slots: Vec<Option<ArgSource>> = vec![None; sig.params.len()];
        let mut exprs = Vec::new();
        let mut later = later.into_iter();
        for (k, v) in written {
            let v = match v {
                Some(v) => v,
                None => {
                    let a = later.next().expect("a deferred argument");
                    self.arg_expr(a, Some(&sig.params[k].ty), scope)?
                }
            };
            let v = self.expect(
                v,
                &sig.params[k].ty,
                &format!("argument '{}' of {name}()", sig.params[k].name),
            )?;
            slots[k] = Some(ArgSource::Written(exprs.len()));
            exprs.push(v);
        }
        let mut map = Vec::new();
        let mut missing = Vec::new();
        for (k, s) in slots.into_iter().enumerate() {
            match s {
                Some(s) => map.push(s),
                None => match &def.params[k].default {
                    Some(d) => {
                        let d = self.expr(d, scope)?;
                        let d = self.expect(d, &sig.params[k].ty, "default value")?;
                        if !is_const(&d) {
                            return err(Kind::Unsupported, d.span, "a default value of a generic function must be a constant in multigen");
                        }
                        map.push(ArgSource::Default(Box::new(d)));
                    }
                    None => missing.push(format!("'{}'", sig.params[k].name)),
                },
            }
        }
        if !missing.is_empty() {
            return err(
                Kind::Call,
                span,
                format!(
                    "{name}() missing {} required argument{}: {}",
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(" and ")
                ),
            );
        }
        Ok(mk(
            sig.ret.clone(),
            span,
            ExprKind::Call {
                func: id,
                args: exprs,
                map,
            },
        ))
    }

    /// The instance of template `name` (as rewritten in `inst`) for the
    /// binding `env`, made on first use (also for generic decorators).
    pub(super) fn instance_for(
        &mut self,
        name: &str,
        inst: ast::FunctionDef,
        env: HashMap<String, TyArg>,
        span: Span,
    ) -> R<FuncId> {
        let mut missing = None;
        let mut look = |e: &ast::Expr| {
            generics::names_in(e, &mut |n| {
                if self.type_params.contains_key(n) && !env.contains_key(n) && missing.is_none() {
                    missing = Some(n.to_string());
                }
            })
        };
        for p in &inst.params {
            if let Some(a) = &p.annotation {
                look(a);
            }
        }
        if let Some(r) = &inst.returns {
            look(r);
        }
        if let Some(m) = missing {
            return err(
                Kind::Type,
                span,
                format!("cannot infer the type parameter '{m}' of '{name}' from this call"),
            );
        }
        self.check_restrictions(name, &env, span)?;
        let key = format!("{name}{:?}", generics::sorted_env(&env));
        if let Some(&id) = self.instances.get(&key) {
            return Ok(id);
        }
        let id = FuncId(self.functions.len() as u32);
        self.functions.push(None);
        self.sigs.push(Sig {
            name: inst.name.name.clone(),
            params: vec![],
            ret: Ty::None,
        });
        self.ty_env.push(env.clone());
        let sig = self.signature(&inst);
        self.ty_env.pop();
        self.sigs[id.index()] = sig?;
        self.instance_env.insert(id, env);
        self.instances.insert(key, id);
        self.defined.insert(id);
        self.defs.push((id, inst));
        Ok(id)
    }

    /// Binds the type parameters that annotation `pat` mentions from the
    /// type `t` of an argument matched with it, looking through containers,
    /// `Optional` and the abstract collection types.
    pub(super) fn bind_structure(&self, pat: &ast::Expr, t: &Ty, env: &mut HashMap<String, TyArg>) {
        if let ast::ExprKind::Name(n) = &pat.kind {
            if self.type_params.get(n) == Some(&false) {
                env.entry(n.clone()).or_insert_with(|| TyArg::Ty(t.clone()));
                return;
            }
        }
        if let ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) = &pat.kind {
            let inner = match t {
                Ty::Optional(i) => (**i).clone(),
                t => t.clone(),
            };
            for x in [a, b] {
                if !matches!(x.kind, ast::ExprKind::None) {
                    self.bind_structure(x, &inner, env);
                }
            }
            return;
        }
        let Some(h) = head(pat) else { return };
        let targs = type_args(pat);
        if self.protocols.contains_key(h) {
            self.bind_protocol(h, &targs, t, env);
            return;
        }
        // `Node[T]` against an instance of `Node`: its type arguments.
        if let Ty::Class(c) = t {
            if self.class_template.get(c).map(String::as_str) == Some(h) {
                if let Some(args) = self.class_args.get(c).cloned() {
                    for (p, a) in targs.iter().zip(&args) {
                        self.bind_structure(p, a, env);
                    }
                }
                return;
            }
        }
        match (h, t) {
            ("Callable", Ty::Func(_)) => self.bind_type_params(pat, t, env),
            ("Optional", t) if targs.len() == 1 => {
                let inner = match t {
                    Ty::Optional(i) => (**i).clone(),
                    t => t.clone(),
                };
                self.bind_structure(targs[0], &inner, env);
            }
            ("list" | "List", Ty::List(e)) | ("set" | "Set" | "frozenset", Ty::Set(e))
                if targs.len() == 1 =>
            {
                self.bind_structure(targs[0], e, env)
            }
            ("dict" | "Dict" | "Mapping" | "MutableMapping", Ty::Dict(k, v))
                if targs.len() == 2 =>
            {
                self.bind_structure(targs[0], k, env);
                self.bind_structure(targs[1], v, env);
            }
            ("tuple" | "Tuple", Ty::VarTuple(e))
                if targs.len() == 2 && matches!(targs[1].kind, ast::ExprKind::Ellipsis) =>
            {
                self.bind_structure(targs[0], e, env)
            }
            ("tuple" | "Tuple", Ty::Tuple(ts))
                if targs.len() == 2 && matches!(targs[1].kind, ast::ExprKind::Ellipsis) =>
            {
                if let Some(t0) = ts.first() {
                    self.bind_structure(targs[0], t0, env)
                }
            }
            ("tuple" | "Tuple", Ty::Tuple(ts)) if targs.len() == ts.len() => {
                for (p, t) in targs.iter().zip(ts) {
                    self.bind_structure(p, t, env);
                }
            }
            (h, t) if ABSTRACT.contains(&h) && targs.len() == 1 => {
                if let Some(e) = element_of(h, t) {
                    self.bind_structure(targs[0], &e, env);
                }
            }
            _ => {}
        }
    }

    /// Checks that an argument of type `t` fits parameter `param`'s
    /// abstract annotation `ann` (with the type parameters bound by `env`).
    fn abstract_fits(
        &mut self,
        func: &str,
        param: &str,
        ann: &ast::Expr,
        t: &Ty,
        env: &HashMap<String, TyArg>,
        span: Span,
    ) -> R<()> {
        let h = head(ann).unwrap_or_default();
        let targs = type_args(ann);
        let mismatch = |cx: &Checker| -> R<()> {
            let _ = cx;
            err(
                Kind::Type,
                span,
                format!(
                    "argument '{param}' of {func}() has type {t}, expected {}",
                    ann_text(ann)
                ),
            )
        };
        self.ty_env.push(env.clone());
        let expected: R<Vec<Ty>> = targs.iter().map(|a| self.annotation(a)).collect();
        self.ty_env.pop();
        // A type parameter left unbound means the argument has not the
        // expected shape.
        let Ok(expected) = expected else {
            return mismatch(self);
        };
        let fits = match (h, t) {
            ("Mapping" | "MutableMapping", Ty::Dict(k, v)) => {
                expected.len() == 2 && self.same(&expected[0], k) && self.same(&expected[1], v)
            }
            ("Mapping" | "MutableMapping", _) => false,
            ("MutableSequence", t) if !matches!(t, Ty::List(_)) => false,
            ("MutableSet" | "AbstractSet", t) if !matches!(t, Ty::Set(_)) => false,
            ("Sequence" | "Reversible", Ty::Set(_) | Ty::Dict(..) | Ty::Gen(..)) => false,
            ("Sized" | "Hashable", _) => true,
            (h, t) => match (element_of(h, t), expected.first()) {
                // Read-only collections are covariant: a `list[Dog]` is a
                // `Sequence[Animal]`.
                (Some(Ty::Class(e)), Some(Ty::Class(x))) if !h.starts_with("Mutable") => {
                    self.is_subclass(e, *x)
                }
                (Some(e), Some(x)) => self.same(x, &e),
                (Some(_), None) => true,
                (None, _) => false,
            },
        };
        if fits {
            Ok(())
        } else {
            mismatch(self)
        }
    }

    fn same(&mut self, a: &Ty, b: &Ty) -> bool {
        a == b || self.unify(a, b)
    }
}

/// The element type that iterating over a value of type `t` gives, as
/// the abstract type `h` sees it (a dict's keys; `None` for types that are
/// not such a collection).
fn element_of(h: &str, t: &Ty) -> Option<Ty> {
    Some(match t {
        Ty::List(e) | Ty::Set(e) | Ty::VarTuple(e) => (**e).clone(),
        Ty::Tuple(ts) => {
            let first = ts.first()?.clone();
            if ts.iter().any(|x| *x != first) {
                return None;
            }
            first
        }
        Ty::Str => Ty::Str,
        Ty::Range => Ty::Int,
        Ty::Dict(k, _) => (**k).clone(),
        Ty::Gen(y, ..) if matches!(h, "Iterable" | "Iterator") => (**y).clone(),
        _ => return None,
    })
}

/// An annotation as written, for messages.
pub(super) fn ann_text(e: &ast::Expr) -> String {
    match &e.kind {
        ast::ExprKind::Name(n) => n.clone(),
        ast::ExprKind::Attribute(b, a) => format!("{}.{}", ann_text(b), a.name),
        ast::ExprKind::Subscript(b, a) => format!("{}[{}]", ann_text(b), ann_text(a)),
        ast::ExprKind::Tuple(xs) => xs.iter().map(ann_text).collect::<Vec<_>>().join(", "),
        ast::ExprKind::List(xs) => format!(
            "[{}]",
            xs.iter().map(ann_text).collect::<Vec<_>>().join(", ")
        ),
        ast::ExprKind::None => "None".into(),
        ast::ExprKind::Ellipsis => "...".into(),
        ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) => {
            format!("{} | {}", ann_text(a), ann_text(b))
        }
        ast::ExprKind::Str(s) => s.clone(),
        _ => "?".into(),
    }
}
