//! Nested functions, closures and function values.
//!
//! A function body is checked with the scopes of the functions around it
//! kept in `Checker::enclosing` (innermost last). A name that is not bound
//! in the function itself but is bound in an enclosing function is a free
//! variable: the variable becomes a *cell* of the function that owns it
//! (`CellKind::Own`, allocated when that function starts), and every
//! function between the owner and the reader receives the cell through its
//! function object (`CellKind::Free`), as CPython's closures do. Variables
//! that no nested function uses stay plain locals, so a program without
//! closures compiles as before.
//!
//! A function value (`Callable[[A, B], R]`) is a pointer to a function
//! object: the code, a descriptor, then the captured cells and values
//! (`ExprKind::MakeFunc`). Every function reached through an object takes
//! the object as a hidden first parameter. Module-level functions, builtins
//! and classes used as values are wrapped in a small lambda of the value's
//! signature, which also performs the argument conversions Python does
//! implicitly (an `int` passed where the function takes a `float`).

use super::*;

impl Scope {
    /// The local a name is bound to in this scope (a comprehension
    /// variable, or a variable of a function), if any.
    pub(super) fn binding(&self, n: &str) -> Option<LocalId> {
        if let Some(l) = self.shadow_lookup(n) {
            return Some(l);
        }
        if self.is_module || self.global_decls.contains(n) {
            return None;
        }
        self.local_map.get(n).copied()
    }

    /// Makes `n`, a variable of an enclosing function whose cell is
    /// `parent` in the enclosing scope, a free variable of this one.
    fn add_free(&mut self, n: &str, ty: Ty, parent: LocalId, checked: bool) -> LocalId {
        if let Some(&l) = self.local_map.get(n) {
            return l;
        }
        let lid = LocalId(self.locals.len() as u32);
        self.locals.push(Local {
            name: n.to_string(),
            ty: ty.clone(),
            is_param: false,
            str_builder: false,
            cell: CellKind::Free { checked },
        });
        self.local_types.push(Some(ty));
        self.local_map.insert(n.to_string(), lid);
        self.captures.push((lid, parent));
        lid
    }

    /// The prefix of the qualified names of functions defined here.
    pub(super) fn locals_prefix(&self) -> String {
        if self.qualname.is_empty() {
            String::new()
        } else {
            format!("{}.<locals>.", self.qualname)
        }
    }
}

impl Checker {
    /// Resolves `n` as a free variable: a variable of an enclosing
    /// function, which becomes a cell there. `None` if no enclosing
    /// function binds it.
    pub(super) fn capture(&mut self, n: &str, span: Span, scope: &mut Scope) -> R<Option<LocalId>> {
        let Some(k) = (0..self.enclosing.len())
            .rev()
            .find(|&k| self.enclosing[k].binding(n).is_some())
        else {
            return Ok(None);
        };
        let outer = &mut self.enclosing[k];
        let src = outer.binding(n).unwrap();
        let Some(ty) = outer.local_types[src.index()].clone() else {
            return err(
                Kind::Unsupported,
                span,
                format!(
                    "'{n}' is a variable of the enclosing function that is first assigned after this point; multigen needs it assigned before the nested function is defined"
                ),
            );
        };
        // A parameter always has a value; another variable may not have
        // one yet when the nested function runs.
        let checked = match outer.locals[src.index()].cell {
            // A variable the enclosing function itself received from
            // further out: as checked as it is there.
            CellKind::Free { checked } => checked,
            _ => !outer.locals[src.index()].is_param,
        };
        if outer.locals[src.index()].cell == CellKind::None {
            outer.locals[src.index()].cell = CellKind::Own;
        }
        let def = outer
            .def_funcs
            .get(n)
            .copied()
            .filter(|_| !outer.local_defaults.contains(n));
        let mut parent = src;
        for j in k + 1..self.enclosing.len() {
            let s = &mut self.enclosing[j];
            parent = s.add_free(n, ty.clone(), parent, checked);
            if let Some(d) = def {
                s.def_funcs.insert(n.to_string(), d);
            }
        }
        let l = scope.add_free(n, ty, parent, checked);
        if let Some(d) = def {
            scope.def_funcs.insert(n.to_string(), d);
        }
        Ok(Some(l))
    }

    /// Runs `f` on a fresh scope for a function nested in `scope`, with
    /// `scope` pushed on the enclosing stack meanwhile.
    pub(super) fn with_enclosing<T>(
        &mut self,
        scope: &mut Scope,
        f: impl FnOnce(&mut Checker) -> T,
    ) -> T {
        let outer = std::mem::replace(scope, Scope::module());
        self.enclosing.push(outer);
        let r = f(self);
        *scope = self.enclosing.pop().expect("enclosing scope");
        r
    }

    /// The names bound by `def` statements in a function body (not inside
    /// nested functions) that nothing else assigns, with their
    /// definitions: each is given its function id and type up front, so
    /// that nested functions can call each other in any order and calls by
    /// name are direct.
    pub(super) fn predeclare_defs(&mut self, body: &[ast::Stmt], scope: &mut Scope) {
        let mut defs: Vec<&ast::FunctionDef> = Vec::new();
        nested_defs(body, &mut defs);
        let mut assigned = Vec::new();
        assigned_names(body, &mut assigned);
        for def in &defs {
            let n = &def.name.name;
            let count = defs.iter().filter(|d| &d.name.name == n).count();
            if count != 1
                || assigned.iter().any(|(m, _)| m == n)
                || scope.global_decls.contains(n)
                || scope.nonlocal_decls.contains(n)
                || !def.decorators.is_empty()
            {
                continue;
            }
            let Ok(sig) = self.signature(def) else {
                // Reported again when the `def` itself is checked.
                continue;
            };
            let id = FuncId(self.functions.len() as u32);
            self.functions.push(None);
            self.note_cm(def, id);
            let ty = fn_ty(&sig);
            self.sigs.push(sig);
            self.qualnames
                .insert(id, format!("{}{n}", scope.locals_prefix()));
            if let Some(&l) = scope.local_map.get(n) {
                scope.local_types[l.index()] = Some(ty);
            }
            scope.def_funcs.insert(n.clone(), id);
        }
    }

    /// A `def` statement inside a function: checks the nested function and
    /// binds its name to a new function object.
    pub(super) fn nested_def(
        &mut self,
        def: &ast::FunctionDef,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let name = &def.name.name;
        let Some(local) = scope.binding(name) else {
            return err(
                Kind::Unsupported,
                def.name.span,
                format!("a nested `def` of '{name}' declared `global` or `nonlocal` is not supported by multigen yet"),
            );
        };
        let id = match scope.def_funcs.get(name) {
            Some(&id) => id,
            None => {
                let sig = self.signature(def)?;
                let id = FuncId(self.functions.len() as u32);
                self.functions.push(None);
                self.note_cm(def, id);
                self.sigs.push(sig);
                id
            }
        };
        // Default values are evaluated when the `def` runs.
        for (i, p) in def.params.iter().enumerate() {
            let Some(d) = &p.default else { continue };
            let pty = self.sigs[id.index()].params[i].ty.clone();
            let v = self.expr_hinted(d, &pty, scope)?;
            let v = self.expect(v, &pty, "default value")?;
            let v = if is_const(&v) {
                v
            } else {
                // Evaluated when the `def` runs, into a variable of this
                // function, which direct calls from here pass. (Calls
                // through the value pass every argument.)
                let l = self.hidden(scope, "default", pty.clone());
                out.push(Stmt::Assign(Target::Place(Place::Local(l)), v));
                scope.local_defaults.insert(name.clone());
                mk(pty, d.span, ExprKind::Load(Place::Local(l)))
            };
            self.sigs[id.index()].params[i].default = Some(v);
        }
        let qualname = format!("{}{name}", scope.locals_prefix());
        self.qualnames.insert(id, qualname.clone());
        // The body is checked when the enclosing function's is done, so
        // that it may use variables assigned after the `def` (their types
        // are known by then); the captures are filled in then too.
        scope.deferred.push((id, def.clone(), qualname));
        let ty = fn_ty(&self.sigs[id.index()]);
        match scope.local_types[local.index()].clone() {
            _ if !def.decorators.is_empty() => {}
            None => scope.local_types[local.index()] = Some(ty.clone()),
            Some(t) if self.unify(&t, &ty) => {}
            Some(t) => {
                return err(
                    Kind::Type,
                    def.name.span,
                    format!("'{name}' has type {t}, but this `def` gives it type {ty}"),
                )
            }
        }
        let value = mk(
            ty,
            def.name.span,
            ExprKind::MakeFunc {
                func: id,
                captures: vec![],
            },
        );
        let value = if def.decorators.is_empty() {
            value
        } else {
            let v = self.decorate(def, value, scope, out)?;
            scope.local_types[local.index()] = Some(v.ty.clone());
            v
        };
        out.push(Stmt::Assign(Target::Place(Place::Local(local)), value));
        Ok(())
    }

    /// Checks the nested functions whose `def` the body of the function of
    /// `scope` contains (see `nested_def`), and gives their function
    /// objects their captures.
    pub(super) fn finish_nested(&mut self, scope: &mut Scope, body: &mut [Stmt]) {
        let mut captures = HashMap::new();
        while !scope.deferred.is_empty() {
            let (id, def, qualname) = scope.deferred.remove(0);
            let (f, parents) =
                self.with_enclosing(scope, |cx| cx.nested_function(id, &def, qualname));
            self.functions[id.index()] = Some(f);
            captures.insert(id, parents);
        }
        if !captures.is_empty() {
            set_captures(body, &captures);
        }
    }

    /// Checks the body of a nested function; returns it with the cells of
    /// the enclosing function that its object must carry.
    pub(super) fn nested_function(
        &mut self,
        id: FuncId,
        def: &ast::FunctionDef,
        qualname: String,
    ) -> (Function, Vec<LocalId>) {
        let (mut f, captures) = self.function_with(id, def, None, Some(qualname));
        f.env = Some(captures.iter().map(|c| c.0).collect());
        (f, captures.into_iter().map(|c| c.1).collect())
    }

    /// A lambda as a value: its first parameters get the types `ptys`
    /// (from the `Callable` it is stored into); the others must have
    /// default values, which are evaluated here, where the lambda is, and
    /// carried by the function object (so `lambda i=i: i` keeps the value
    /// `i` has now). Its body's type is the result (or must convert to
    /// `want_ret`).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn lambda_value(
        &mut self,
        params: &[ast::Ident],
        defaults: &[Option<ast::Expr>],
        body: &ast::Expr,
        ptys: &[Ty],
        want_ret: Option<&Ty>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let n = ptys.len();
        let mut dvals = Vec::new();
        for (i, d) in defaults.iter().enumerate() {
            match d {
                Some(d) if i < n => {
                    let v = self.expr_hinted(d, &ptys[i], scope)?;
                    dvals.push((i, self.expect(v, &ptys[i], "default value")?));
                }
                Some(d) => dvals.push((i, self.expr(d, scope)?)),
                None if i >= n => {
                    return err(
                        Kind::Type,
                        params[i].span,
                        format!(
                            "the lambda's parameter '{}' has no default value, and the expected type passes {n} argument{}",
                            params[i].name,
                            if n == 1 { "" } else { "s" }
                        ),
                    )
                }
                None => {}
            }
        }
        let id = FuncId(self.functions.len() as u32);
        self.functions.push(None);
        self.sigs.push(Sig {
            name: "<lambda>".into(),
            params: vec![],
            ret: Ty::None,
        });
        let qualname = format!("{}<lambda>", scope.locals_prefix());
        let mut copies = Vec::new();
        let (v, inner) = self.with_enclosing(scope, |cx| {
            let mut inner = Scope::module();
            inner.is_module = false;
            inner.qualname = qualname.clone();
            let local = |inner: &mut Scope, name: &str, t: &Ty, cell: CellKind| {
                let lid = LocalId(inner.locals.len() as u32);
                inner.locals.push(Local {
                    name: name.to_string(),
                    ty: t.clone(),
                    is_param: cell == CellKind::None,
                    str_builder: false,
                    cell,
                });
                inner.local_types.push(Some(t.clone()));
                // (A dropped default has no name.)
                if !name.starts_with(".default") {
                    inner.local_map.insert(name.to_string(), lid);
                }
                lid
            };
            for (p, t) in params.iter().zip(ptys) {
                local(&mut inner, &p.name, t, CellKind::None);
            }
            // The defaults: a parameter the value is called without is
            // the object's copy of its default; the default of one it is
            // called with is evaluated (above) and dropped.
            for (i, v) in &dvals {
                let name = if *i >= n {
                    params[*i].name.clone()
                } else {
                    format!(".default{i}")
                };
                copies.push(local(&mut inner, &name, &v.ty, CellKind::Copy));
            }
            let v = match want_ret {
                Some(r) => cx
                    .expr_hinted(body, r, &mut inner)
                    .and_then(|v| cx.expect(v, r, "the lambda's result")),
                None => cx.expr(body, &mut inner),
            };
            (v, inner)
        });
        let v = v?;
        let ret = v.ty.clone();
        self.sigs[id.index()] = Sig {
            name: "<lambda>".into(),
            params: params
                .iter()
                .zip(ptys)
                .map(|(p, t)| ParamSig {
                    name: p.name.clone(),
                    ty: t.clone(),
                    default: None,
                    keyword_only: false,
                    positional_only: false,
                    variadic: ast::Variadic::No,
                })
                .collect(),
            ret: ret.clone(),
        };
        let mut locals = inner.locals;
        for (l, t) in locals.iter_mut().zip(inner.local_types) {
            if let Some(t) = t {
                l.ty = t;
            }
        }
        let body = if ret == Ty::None {
            vec![Stmt::Expr(v), Stmt::Return(None)]
        } else {
            vec![Stmt::Return(Some(v))]
        };
        let mut env = copies.clone();
        env.extend(inner.captures.iter().map(|c| c.0));
        self.functions[id.index()] = Some(Function {
            name: format!("lambda.{}", id.0),
            class: None,
            exact_other: false,
            params: (0..n as u32).map(LocalId).collect(),
            ret: ret.clone(),
            locals,
            body,
            span,
            env: Some(env),
            qualname,
            frame: true,
        });
        let ty = Ty::Func(Box::new(FuncTy {
            params: ptys.to_vec(),
            ret,
        }));
        let mut captures: Vec<Capture> =
            dvals.into_iter().map(|(_, v)| Capture::Value(v)).collect();
        captures.extend(inner.captures.into_iter().map(|c| Capture::Cell(c.1)));
        Ok(mk(ty, span, ExprKind::MakeFunc { func: id, captures }))
    }

    /// A lambda whose parameter types come from the `Callable` type it is
    /// used as.
    pub(super) fn lambda_hinted(&mut self, e: &ast::Expr, hint: &Ty, scope: &mut Scope) -> R<Expr> {
        let ast::ExprKind::Lambda {
            params,
            defaults,
            body,
        } = &e.kind
        else {
            unreachable!("not a lambda")
        };
        let hint = match self.resolve(hint) {
            Ty::Optional(t) => *t,
            t => t,
        };
        match hint {
            Ty::Func(ref ft) => {
                let required = defaults.iter().filter(|d| d.is_none()).count();
                if ft.params.len() > params.len() || ft.params.len() < required {
                    return err(
                        Kind::Type,
                        e.span,
                        format!(
                            "this lambda takes {} argument{} but the expected type {hint} takes {}",
                            params.len(),
                            if params.len() == 1 { "" } else { "s" },
                            ft.params.len()
                        ),
                    );
                }
                self.lambda_value(
                    params,
                    defaults,
                    body,
                    &ft.params,
                    Some(&ft.ret),
                    e.span,
                    scope,
                )
            }
            _ => self.lambda_unhinted(e, scope),
        }
    }

    /// A lambda where nothing says what its parameters are: only one
    /// whose parameters all have default values can be typed (it is then
    /// a function of no arguments).
    pub(super) fn lambda_unhinted(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        let ast::ExprKind::Lambda {
            params,
            defaults,
            body,
        } = &e.kind
        else {
            unreachable!("not a lambda")
        };
        if defaults.iter().any(|d| d.is_none()) {
            return err(
                Kind::Type,
                e.span,
                "cannot infer the parameter types of this lambda; use it where a Callable[[...], ...] type is expected (an annotated variable, parameter or return)",
            );
        }
        self.lambda_value(params, defaults, body, &[], None, e.span, scope)
    }

    /// A module-level function, a built-in or a class used as a value of
    /// type `ft` (or of the function's own signature): a lambda calling
    /// it, which converts the arguments where Python does implicitly.
    pub(super) fn callable_value(
        &mut self,
        name: &str,
        ft: Option<FuncTy>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let ft = match ft {
            Some(ft) => ft,
            None => match self.lookup(name, scope) {
                Some(Binding::Func(id)) => fn_ty_of(&self.sigs[id.index()]),
                _ => {
                    return err(
                        Kind::Type,
                        span,
                        format!("cannot infer the type of '{name}' as a value here; use it where a Callable[[...], ...] type is expected"),
                    )
                }
            },
        };
        if let Some(Binding::Func(id)) = self.lookup(name, scope) {
            if scope.is_module && !self.defined.contains(&id) {
                return err(
                    Kind::Name,
                    span,
                    format!("name '{name}' is not defined (it is used before its `def`)"),
                );
            }
            if let Some(&(f, ref t)) = self.func_values.get(&id) {
                if **t == ft {
                    return Ok(mk(
                        Ty::Func(Box::new(ft)),
                        span,
                        ExprKind::MakeFunc {
                            func: f,
                            captures: vec![],
                        },
                    ));
                }
            }
        }
        let params: Vec<ast::Ident> = (0..ft.params.len())
            .map(|i| ast::Ident {
                name: format!(".a{i}"),
                span,
            })
            .collect();
        let name_expr = ast::Expr {
            span,
            kind: ast::ExprKind::Name(name.to_string()),
        };
        let body = ast::Expr {
            span,
            kind: ast::ExprKind::Call {
                func: Box::new(name_expr),
                args: params
                    .iter()
                    .map(|p| ast::Expr {
                        span,
                        kind: ast::ExprKind::Name(p.name.clone()),
                    })
                    .collect(),
                keywords: vec![],
            },
        };
        // The wrapper refers to nothing local: check it outside the
        // enclosing functions, so that it captures nothing.
        let saved = std::mem::take(&mut self.enclosing);
        let mut top = Scope::module();
        top.is_module = false;
        let v = self.lambda_value(
            &params,
            &[],
            &body,
            &ft.params,
            Some(&ft.ret),
            span,
            &mut top,
        );
        self.enclosing = saved;
        // A function that cannot be called as the expected type: say so
        // with both signatures.
        let mut v = v.map_err(|d| match self.lookup(name, scope) {
            Some(Binding::Func(id)) => Diagnostic::new(
                Kind::Type,
                span,
                format!(
                    "'{name}' has type {}, which cannot be used as {}",
                    Ty::Func(Box::new(fn_ty_of(&self.sigs[id.index()]))),
                    Ty::Func(Box::new(ft.clone()))
                ),
            ),
            _ => d,
        })?;
        // Name the wrapper like the function it stands for.
        if let ExprKind::MakeFunc { func, .. } = &v.kind {
            let f = self.functions[func.index()].as_mut().unwrap();
            f.qualname = name.to_string();
            f.frame = false;
            if let Some(Binding::Func(id)) = self.lookup(name, scope) {
                self.func_values.insert(id, (*func, Box::new(ft.clone())));
            }
        }
        v.span = span;
        Ok(v)
    }

    /// A method as a value: `obj.method` (bound: `recv` is the object,
    /// which the function object carries) or `Cls.method` (unbound:
    /// `recv` is `None` and the object is the first parameter). Static
    /// and class methods need no receiver. The value's parameters are the
    /// method's positional ones; keyword-only ones take their defaults.
    pub(super) fn method_value(
        &mut self,
        recv: Option<Expr>,
        c: ClassId,
        name: &str,
        m: classes::Method,
        span: Span,
    ) -> R<Expr> {
        let sig = self.sigs[m.func.index()].clone();
        let has_self = m.kind == classes::MethodKind::Instance;
        let self_ty = sig.params.first().map(|p| p.ty.clone()).unwrap_or(Ty::None);
        let local = |name: &str, ty: &Ty, cell: CellKind| Local {
            name: name.to_string(),
            ty: ty.clone(),
            is_param: cell == CellKind::None,
            str_builder: false,
            cell,
        };
        let load = |l: usize, ty: &Ty| {
            mk(
                ty.clone(),
                span,
                ExprKind::Load(Place::Local(LocalId(l as u32))),
            )
        };
        let mut locals = Vec::new();
        let mut ptys = Vec::new();
        let mut args = Vec::new();
        let mut map = Vec::new();
        let (bound, effect) = match recv {
            Some(r) if has_self => (Some(r), None),
            // The receiver of a static or class method is evaluated for
            // its effects only.
            r => (None, r),
        };
        if has_self && bound.is_none() {
            // `Cls.method(obj, ...)`: the object is the first argument.
            locals.push(local(".self", &self_ty, CellKind::None));
            ptys.push(self_ty.clone());
            map.push(ArgSource::Written(0));
            args.push(load(0, &self_ty));
        } else if has_self {
            // The object is the function object's copy, the last local;
            // its argument is filled in below.
            map.push(ArgSource::Written(0));
            args.push(mk(Ty::None, span, ExprKind::None));
        }
        let what = format!("the method '{name}'");
        let rest = &sig.params[usize::from(has_self)..];
        ptys.extend(value_params(
            rest,
            &what,
            span,
            &mut locals,
            &mut args,
            &mut map,
        )?);
        let params = (0..locals.len() as u32).map(LocalId).collect();
        let mut env = Vec::new();
        let mut captures = Vec::new();
        if let Some(r) = bound {
            args[0] = load(locals.len(), &self_ty);
            env.push(LocalId(locals.len() as u32));
            locals.push(local(".self", &self_ty, CellKind::Copy));
            captures.push(Capture::Value(self.upcast(r, &self_ty)));
        }
        let call = self.method_expr(c, name, m, args, map, span);
        let ret = sig.ret.clone();
        let body = if ret == Ty::None {
            vec![Stmt::Expr(call), Stmt::Return(None)]
        } else {
            vec![Stmt::Return(Some(call))]
        };
        let id = FuncId(self.functions.len() as u32);
        self.sigs.push(Sig {
            name: name.to_string(),
            params: vec![],
            ret: ret.clone(),
        });
        self.functions.push(Some(Function {
            name: format!("method.{}", id.0),
            class: None,
            exact_other: false,
            params,
            ret: ret.clone(),
            locals,
            body,
            span,
            env: Some(env),
            qualname: format!("{}.{name}", self.classes[c.index()].name),
            frame: false,
        }));
        let ty = Ty::Func(Box::new(FuncTy { params: ptys, ret }));
        let value = mk(ty.clone(), span, ExprKind::MakeFunc { func: id, captures });
        Ok(match effect {
            Some(e) => mk(
                ty,
                span,
                ExprKind::Block(vec![Stmt::Expr(e)], Box::new(value)),
            ),
            None => value,
        })
    }

    /// The value of user function `id` itself (before its decorators
    /// apply): a wrapper calling it directly, without a frame of its own.
    pub(super) fn direct_value(&mut self, id: FuncId, span: Span) -> R<Expr> {
        let sig = self.sigs[id.index()].clone();
        let mut locals = Vec::new();
        let mut args = Vec::new();
        let mut map = Vec::new();
        let what = format!("'{}'", sig.name);
        value_params(&sig.params, &what, span, &mut locals, &mut args, &mut map)?;
        let ft = fn_ty_of(&sig);
        let call = mk(
            sig.ret.clone(),
            span,
            ExprKind::Call {
                func: id,
                args,
                map,
            },
        );
        let body = if sig.ret == Ty::None {
            vec![Stmt::Expr(call), Stmt::Return(None)]
        } else {
            vec![Stmt::Return(Some(call))]
        };
        let wid = FuncId(self.functions.len() as u32);
        self.sigs.push(Sig {
            name: sig.name.clone(),
            params: vec![],
            ret: sig.ret.clone(),
        });
        self.functions.push(Some(Function {
            name: format!("value.{}", wid.0),
            class: None,
            exact_other: false,
            params: (0..locals.len() as u32).map(LocalId).collect(),
            ret: sig.ret.clone(),
            locals,
            body,
            span,
            env: Some(vec![]),
            qualname: sig.name.clone(),
            frame: false,
        }));
        Ok(mk(
            Ty::Func(Box::new(ft)),
            span,
            ExprKind::MakeFunc {
                func: wid,
                captures: vec![],
            },
        ))
    }

    /// A call through a function value: positional arguments only, each
    /// converted to the parameter's type.
    pub(super) fn call_value(
        &mut self,
        callee: Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        self.call_value_recv(callee, None, args, keywords, span, scope)
    }

    /// `call_value` with a first argument already checked (the object a
    /// decorated method is called on).
    pub(super) fn call_value_recv(
        &mut self,
        callee: Expr,
        recv: Option<Expr>,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        // Calling an `Optional` function value that is None raises what
        // CPython raises.
        let callee = match self.resolve(&callee.ty) {
            Ty::Optional(t) if matches!(*t, Ty::Func(_)) => {
                let span = callee.span;
                mk(
                    *t,
                    span,
                    ExprKind::Unwrap(
                        Box::new(callee),
                        Some(("TypeError", "'NoneType' object is not callable".into())),
                    ),
                )
            }
            _ => callee,
        };
        let ft = match self.resolve(&callee.ty) {
            Ty::Func(ft) => ft,
            // An instance of a class with `__call__`.
            Ty::Class(c) if self.find_method(c, "__call__").is_some() => {
                let name = ast::Ident {
                    name: "__call__".into(),
                    span: callee.span,
                };
                return self.object_method_call(callee, &name, args, keywords, span, scope);
            }
            t => {
                let name = match t {
                    Ty::Class(c) => self.classes[c.index()].name.clone(),
                    t => t.class_name().to_string(),
                };
                return err(
                    Kind::Type,
                    callee.span,
                    format!("'{name}' object is not callable"),
                );
            }
        };
        if recv.is_none() && spread_call::has_spread(args, keywords) {
            return self.call_value_spread(callee, &ft, args, keywords, span, scope);
        }
        if let Some(k) = keywords.first() {
            return err(
                Kind::Type,
                k.name.span,
                format!(
                    "a function value of type {} takes positional arguments only",
                    callee.ty
                ),
            );
        }
        let first = usize::from(recv.is_some());
        if args.len() + first != ft.params.len() {
            return err(
                Kind::Type,
                span,
                format!(
                    "a function of type {} takes {} argument{} but {} were given",
                    callee.ty,
                    ft.params.len() - first,
                    if ft.params.len() - first == 1 {
                        ""
                    } else {
                        "s"
                    },
                    args.len()
                ),
            );
        }
        let mut vals = Vec::new();
        if let Some(r) = recv {
            vals.push(self.expect(r, &ft.params[0], "the object")?);
        }
        for (i, (a, t)) in args.iter().zip(&ft.params[first..]).enumerate() {
            let v = self.expr_hinted(a, t, scope)?;
            vals.push(self.expect(
                v,
                t,
                &format!("argument {} of a function of type {}", i + 1, callee.ty),
            )?);
        }
        Ok(mk(
            ft.ret.clone(),
            span,
            ExprKind::CallValue(Box::new(callee), vals),
        ))
    }

    /// A call by name of a variable holding a function: direct when the
    /// name is bound only by a nested `def` (keywords and defaults work as
    /// in any call), through the value otherwise.
    pub(super) fn call_local(
        &mut self,
        n: &str,
        name_span: Span,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let callee = self.name(n, name_span, scope)?;
        if let Some(&id) = scope.def_funcs.get(n) {
            if scope.shadow_lookup(n).is_none() {
                let sig = self.sigs[id.index()].clone();
                let (written, map) = self.bind_args(id, &sig, 0, args, keywords, span, scope)?;
                return Ok(mk(
                    sig.ret.clone(),
                    span,
                    ExprKind::CallEnv {
                        func: id,
                        env: Box::new(callee),
                        args: written,
                        map,
                    },
                ));
            }
        }
        self.call_value(callee, args, keywords, span, scope)
    }
}

/// The parameters of a wrapper that calls a function (`what`, for
/// messages) with the parameters `ps` of its signature: a local per
/// positional parameter (appended to `locals`, its read to `args`); the
/// variadic ones get empty values and the keyword-only ones their
/// defaults (in `map`, the call's argument sources). Returns the types of
/// the wrapper's parameters.
fn value_params(
    ps: &[ParamSig],
    what: &str,
    span: Span,
    locals: &mut Vec<Local>,
    args: &mut Vec<Expr>,
    map: &mut Vec<ArgSource>,
) -> R<Vec<Ty>> {
    let mut tys = Vec::new();
    for p in ps {
        if p.variadic != ast::Variadic::No {
            map.push(ArgSource::Default(Box::new(varargs::empty(p, span))));
            continue;
        }
        if p.keyword_only {
            let Some(d) = &p.default else {
                return err(
                    Kind::Unsupported,
                    span,
                    format!("{what} has a keyword-only parameter without a default; it cannot be used as a function value"),
                );
            };
            map.push(ArgSource::Default(Box::new(d.clone())));
            continue;
        }
        let l = LocalId(locals.len() as u32);
        map.push(ArgSource::Written(args.len()));
        args.push(mk(p.ty.clone(), span, ExprKind::Load(Place::Local(l))));
        locals.push(Local {
            name: p.name.clone(),
            ty: p.ty.clone(),
            is_param: true,
            str_builder: false,
            cell: CellKind::None,
        });
        tys.push(p.ty.clone());
    }
    Ok(tys)
}

/// Fills in the captures of the function objects that `def` statements
/// create.
fn set_captures(stmts: &mut [Stmt], captures: &HashMap<FuncId, Vec<LocalId>>) {
    // The object is the assigned value, or inside the decorator calls
    // applied to it.
    fn value(e: &mut Expr, captures: &HashMap<FuncId, Vec<LocalId>>) {
        match &mut e.kind {
            ExprKind::MakeFunc { func, captures: c } => {
                if let Some(p) = captures.get(func) {
                    *c = p.iter().copied().map(Capture::Cell).collect();
                }
            }
            ExprKind::CallValue(_, args) | ExprKind::Runtime(_, args) => {
                args.iter_mut().for_each(|a| value(a, captures))
            }
            _ => {}
        }
    }
    for s in stmts {
        if let Stmt::Assign(_, e) = s {
            value(e, captures);
        }
        for b in s.blocks_mut() {
            set_captures(b, captures);
        }
    }
}

/// The type of a function value of a signature: its positional
/// parameters (keyword-only ones cannot be passed through a value).
pub(super) fn fn_ty_of(sig: &Sig) -> FuncTy {
    FuncTy {
        params: sig
            .params
            .iter()
            .filter(|p| !p.keyword_only && p.variadic == ast::Variadic::No)
            .map(|p| p.ty.clone())
            .collect(),
        ret: sig.ret.clone(),
    }
}

fn fn_ty(sig: &Sig) -> Ty {
    Ty::Func(Box::new(fn_ty_of(sig)))
}

/// The `def` statements of a function body, outside nested functions and
/// classes.
pub(super) fn nested_defs<'a>(stmts: &'a [ast::Stmt], out: &mut Vec<&'a ast::FunctionDef>) {
    each_stmt(stmts, &mut |s| {
        if let ast::StmtKind::FunctionDef(d) = &s.kind {
            out.push(d);
        }
    });
}

/// The names declared `nonlocal` in a function body (outside nested
/// functions).
pub(super) fn nonlocal_names(stmts: &[ast::Stmt], out: &mut Vec<(String, Span)>) {
    each_stmt(stmts, &mut |s| {
        if let ast::StmtKind::Nonlocal(ns) = &s.kind {
            out.extend(ns.iter().map(|n| (n.name.clone(), n.span)));
        }
    });
}
