//! `Generic[T]` classes, by monomorphisation.
//!
//! A module-level class with `Generic[T, ...]` among its bases is a
//! template (`Checker::generic_classes`), never declared as such. Each
//! distinct list of type arguments makes an instance: a class of its own,
//! declared from the template's definition with the type parameters bound
//! (`ty_env`), its methods checked with that binding (`instance_env`). So a
//! `Stack[int]` stores and returns plain `int`s, exactly as a hand-written
//! `IntStack` does, and costs the same. The instance is named like the
//! template (`type(s).__name__` is `Stack`, as in CPython).
//!
//! An instance comes from an annotation (`s: Stack[int]`, `-> Box[str]`),
//! from an explicit constructor call (`Stack[int]()`), from the type
//! expected where the constructor is called (`s: Stack[int] = Stack()`),
//! or from the arguments of `__init__` (`Box(3)` is a `Box[int]`; only
//! arguments without side effects, which can be looked at twice).
//!
//! What the template's class statement would run at module level for each
//! instance is limited to what needs no run time: class attributes with
//! values and non-constant default values are refused in a template.

use super::*;
use generics::TyArg;

impl Checker {
    /// Sets the `Generic[...]` classes of the module aside as templates,
    /// returning the other classes.
    pub(super) fn collect_generic_classes<'a>(
        &mut self,
        defs: Vec<&'a ast::ClassDef>,
    ) -> Vec<&'a ast::ClassDef> {
        let mut rest = Vec::new();
        for def in defs {
            match self.generic_params(def) {
                Some(Ok(params)) => {
                    self.generic_classes
                        .insert(def.name.name.clone(), (def.clone(), params));
                }
                Some(Err(d)) => self.report(d),
                None => rest.push(def),
            }
        }
        rest
    }

    /// The type parameters of a class with a `Generic[...]` base, if it has
    /// one.
    fn generic_params(&self, def: &ast::ClassDef) -> Option<R<Vec<String>>> {
        let base = def.bases.iter().find(|b| {
            matches!(&b.kind, ast::ExprKind::Subscript(g, _)
                if matches!(&g.kind, ast::ExprKind::Name(n) if n == "Generic"))
        })?;
        let ast::ExprKind::Subscript(_, arg) = &base.kind else {
            unreachable!()
        };
        let elems: Vec<&ast::Expr> = match &arg.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![&**arg],
        };
        let mut params = Vec::new();
        for e in elems {
            match &e.kind {
                ast::ExprKind::Name(n) if self.type_params.get(n) == Some(&false) => {
                    params.push(n.clone())
                }
                _ => {
                    return Some(err(
                        Kind::Type,
                        e.span,
                        "the arguments of Generic[...] must be type variables",
                    ))
                }
            }
        }
        // What an instance's class statement cannot run.
        for s in &def.body {
            let bad = match &s.kind {
                ast::StmtKind::Assign { .. } | ast::StmtKind::AnnAssign { value: Some(_), .. } => {
                    Some("a class attribute with a value in a generic class")
                }
                ast::StmtKind::FunctionDef(f)
                    if f.params.iter().any(|p| {
                        p.default.as_ref().is_some_and(|d| {
                            !matches!(
                                d.kind,
                                ast::ExprKind::Int(_)
                                    | ast::ExprKind::Float(_)
                                    | ast::ExprKind::Str(_)
                                    | ast::ExprKind::Bool(_)
                                    | ast::ExprKind::None
                            )
                        })
                    }) =>
                {
                    Some("a non-constant default value in a method of a generic class")
                }
                _ => None,
            };
            if let Some(what) = bad {
                return Some(err(
                    Kind::Unsupported,
                    s.span,
                    format!("{what} is not supported by multigen yet"),
                ));
            }
        }
        if !def.decorators.is_empty() {
            return Some(err(
                Kind::Unsupported,
                def.decorators[0].span,
                "a decorator on a generic class is not supported by multigen yet",
            ));
        }
        Some(Ok(params))
    }

    /// The instance of template `name` for the type arguments `args`,
    /// declared on first use.
    pub(super) fn class_instance(&mut self, name: &str, args: Vec<Ty>, span: Span) -> R<ClassId> {
        let (def, params) = self.generic_classes[name].clone();
        if args.len() != params.len() {
            return err(
                Kind::Type,
                span,
                format!(
                    "\"{name}\" expects {} type argument{}, but {} given",
                    params.len(),
                    if params.len() == 1 { "" } else { "s" },
                    args.len()
                ),
            );
        }
        let args: Vec<Ty> = args
            .iter()
            .map(|t| finish::default_vars(&self.resolve(t)))
            .collect();
        let key = format!("{name}{args:?}");
        if let Some(&c) = self.class_instances.get(&key) {
            return Ok(c);
        }
        let env: HashMap<String, TyArg> = params
            .iter()
            .cloned()
            .zip(args.iter().cloned().map(TyArg::Ty))
            .collect();
        let mut inst = def.clone();
        inst.bases.retain(|b| {
            !matches!(&b.kind, ast::ExprKind::Subscript(g, _)
                if matches!(&g.kind, ast::ExprKind::Name(n) if n == "Generic"))
        });
        let id = ClassId(self.classes.len() as u32);
        self.classes.push(classes::ClassInfo::new(name, None));
        self.class_instances.insert(key, id);
        self.class_template.insert(id, name.to_string());
        self.class_args.insert(id, args.clone());
        self.publish_class_names();
        let first_func = self.functions.len();
        self.ty_env.push(env.clone());
        let declared = self.declare_class_at(id, &inst);
        self.ty_env.pop();
        declared?;
        // The methods are checked with the binding, and their constant
        // default values are set now (no class statement runs for them).
        for f in first_func..self.functions.len() {
            self.instance_env.insert(FuncId(f as u32), env.clone());
        }
        let methods: Vec<(FuncId, ast::FunctionDef)> = self
            .method_defs
            .iter()
            .filter(|d| d.1 == id)
            .map(|d| (d.0, d.2.clone()))
            .collect();
        for (fid, mdef) in methods {
            let offset = self.sigs[fid.index()].params.len() - mdef.params.len();
            for (i, p) in mdef.params.iter().enumerate() {
                let Some(d) = &p.default else { continue };
                let pty = self.sigs[fid.index()].params[i + offset].ty.clone();
                let mut scratch = Scope::module();
                let v = self.expr(d, &mut scratch)?;
                let v = self.expect(v, &pty, "default value")?;
                self.sigs[fid.index()].params[i + offset].default = Some(v);
            }
        }
        Ok(id)
    }

    /// `Name[T1, T2]` as a type: an instance of a generic class.
    pub(super) fn generic_class_annotation(
        &mut self,
        name: &str,
        arg: &ast::Expr,
        span: Span,
    ) -> R<Ty> {
        let elems: Vec<&ast::Expr> = match &arg.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![arg],
        };
        let args = elems
            .into_iter()
            .map(|e| self.annotation(e))
            .collect::<R<Vec<_>>>()?;
        Ok(Ty::Class(self.class_instance(name, args, span)?))
    }

    /// A call of generic class `name` without type arguments: the instance
    /// the expected type names, or the one `__init__`'s arguments bind.
    pub(super) fn generic_construct(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        let expected = match hint.map(|h| self.resolve(h)) {
            Some(Ty::Class(c)) => Some(c),
            Some(Ty::Optional(t)) => match *t {
                Ty::Class(c) => Some(c),
                _ => None,
            },
            _ => None,
        };
        if let Some(c) =
            expected.filter(|c| self.class_template.get(c).map(String::as_str) == Some(name))
        {
            return self.construct(c, args, keywords, span, scope);
        }
        let c = self.infer_instance(name, args, keywords, span, scope)?;
        self.construct(c, args, keywords, span, scope)
    }

    /// The instance whose `__init__` takes these arguments.
    fn infer_instance(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<ClassId> {
        let (def, params) = self.generic_classes[name].clone();
        let cannot = || {
            err(
                Kind::Type,
                span,
                format!("cannot infer the type arguments of '{name}' here; write them ({name}[...](...)) or annotate the variable"),
            )
        };
        let Some(init) = def.body.iter().find_map(|s| match &s.kind {
            ast::StmtKind::FunctionDef(f) if f.name.name == "__init__" => Some(f.clone()),
            _ => None,
        }) else {
            return cannot();
        };
        let mut env: HashMap<String, TyArg> = HashMap::new();
        let pairs = args
            .iter()
            .enumerate()
            .map(|(i, a)| (init.params.get(i + 1), a))
            .chain(keywords.iter().map(|k| {
                (
                    init.params.iter().find(|p| p.name.name == k.name.name),
                    &k.value,
                )
            }));
        for (p, a) in pairs {
            let Some(ann) = p.and_then(|p| p.annotation.as_ref()) else {
                continue;
            };
            let mut mentions = false;
            generics::names_in(ann, &mut |n| mentions |= params.iter().any(|p| p == n));
            if !mentions {
                continue;
            }
            if !pure(a) {
                return cannot();
            }
            // Looked at twice (here and when the call is checked), which a
            // pure expression allows.
            let errors = self.errors.len();
            let v = self.expr(a, scope);
            self.errors.truncate(errors);
            let t = self.resolve(&v?.ty);
            self.bind_structure(ann, &t, &mut env);
        }
        let mut targs = Vec::new();
        for p in &params {
            match env.get(p) {
                Some(TyArg::Ty(t)) => targs.push(t.clone()),
                _ => return cannot(),
            }
        }
        self.class_instance(name, targs, span)
    }
}

/// Whether checking `e` twice is harmless: it has no side effect and makes
/// no function.
fn pure(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Name(_)
        | ast::ExprKind::Int(_)
        | ast::ExprKind::Float(_)
        | ast::ExprKind::Str(_)
        | ast::ExprKind::Bool(_)
        | ast::ExprKind::None => true,
        ast::ExprKind::Attribute(b, _) => pure(b),
        ast::ExprKind::Unary(_, x) => pure(x),
        ast::ExprKind::Binary(_, a, b) => pure(a) && pure(b),
        ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) | ast::ExprKind::Set(xs) => {
            xs.iter().all(pure)
        }
        ast::ExprKind::Dict(items) => items.iter().all(|(k, v)| pure(k) && pure(v)),
        _ => false,
    }
}
