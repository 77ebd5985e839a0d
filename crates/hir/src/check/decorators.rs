//! Decorators on functions: `@deco`, decorator factories (`@repeat(3)`),
//! stacked decorators and `functools.wraps`.
//!
//! A decorated function is checked like any other under its own name,
//! but the name is bound, when the `def` runs, to the value the
//! decorators return: a module-level decorated function becomes a global
//! holding a function value, a nested one a local. Calls of it are calls
//! through that value. The decorator expressions are evaluated first, top
//! to bottom, then applied to the function bottom-up, as CPython does.

use super::*;

/// One decorator, evaluated.
enum Deco {
    /// A function value taking the function (`@deco`, `@factory(...)`).
    Value(Expr, Span),
    /// `@functools.wraps(f)`: the wrapper shows the name of `f`.
    Wraps(Expr, Span),
    /// A generic function (`generics.rs`), instantiated for the function
    /// it decorates.
    Generic(String, Span),
}

impl Checker {
    /// The value of a decorated function: `f` (the undecorated function as
    /// a value) passed through the decorators of `def`.
    pub(super) fn decorate(
        &mut self,
        def: &ast::FunctionDef,
        f: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<Expr> {
        let mut decos = Vec::new();
        for d in &def.decorators {
            if let Some(w) = self.wraps_decorator(d, scope)? {
                let w = self.hoist(w, scope, out);
                decos.push(Deco::Wraps(w, d.span));
                continue;
            }
            if let ast::ExprKind::Name(n) = &d.kind {
                if self.generics.contains_key(n)
                    && scope.binding(n).is_none()
                    && self.lookup(n, scope).is_none()
                {
                    decos.push(Deco::Generic(n.clone(), d.span));
                    continue;
                }
                if matches!(n.as_str(), "staticmethod" | "classmethod" | "property")
                    && self.lookup(n, scope).is_none()
                {
                    return err(
                        Kind::Unsupported,
                        d.span,
                        format!("@{n} outside a class body is not supported"),
                    );
                }
            }
            let v = self.expr(d, scope)?;
            let v = self.hoist(v, scope, out);
            decos.push(Deco::Value(v, d.span));
        }
        let mut v = f;
        for d in decos.into_iter().rev() {
            v = match d {
                Deco::Wraps(w, span) => {
                    if !matches!(self.resolve(&v.ty), Ty::Func(_)) {
                        return err(
                            Kind::Type,
                            span,
                            format!("functools.wraps applies to a function, not to {}", v.ty),
                        );
                    }
                    mk(
                        v.ty.clone(),
                        span,
                        ExprKind::Runtime("mg_func_wraps", vec![v, w]),
                    )
                }
                Deco::Value(d, span) => self.apply_decorator(d, v, span)?,
                Deco::Generic(name, span) => {
                    let id = self.instantiate(&name, &v.ty.clone(), span)?;
                    let d = self.direct_value(id, span)?;
                    self.apply_decorator(d, v, span)?
                }
            };
        }
        Ok(v)
    }

    /// `deco(f)` for a decorator value `deco`.
    fn apply_decorator(&mut self, deco: Expr, f: Expr, span: Span) -> R<Expr> {
        let ft = match self.resolve(&deco.ty) {
            Ty::Func(ft) if ft.params.len() == 1 => ft,
            t => {
                return err(
                    Kind::Type,
                    span,
                    format!("a decorator must be a function taking one function; this one is {t}"),
                )
            }
        };
        let found = self.resolve(&f.ty);
        let f = self
            .expect(f, &ft.params[0], "the decorated function")
            .map_err(|_| {
                Diagnostic::new(
                    Kind::Type,
                    span,
                    format!(
                        "this decorator takes {}, but the decorated function is {found}",
                        ft.params[0]
                    ),
                )
            })?;
        if !matches!(self.resolve(&ft.ret), Ty::Func(_)) {
            return err(
                Kind::Type,
                span,
                format!(
                    "this decorator returns {}, which cannot be called like the decorated function",
                    ft.ret
                ),
            );
        }
        Ok(mk(
            ft.ret.clone(),
            span,
            ExprKind::CallValue(Box::new(deco), vec![f]),
        ))
    }

    /// The function that `@functools.wraps(f)` or `@wraps(f)` names, if
    /// `d` is that decorator.
    fn wraps_decorator(&mut self, d: &ast::Expr, scope: &mut Scope) -> R<Option<Expr>> {
        let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &d.kind
        else {
            return Ok(None);
        };
        let is_wraps = match &func.kind {
            ast::ExprKind::Name(n) => {
                self.lookup(n, scope) == Some(Binding::FunctoolsItem("wraps"))
            }
            ast::ExprKind::Attribute(m, attr) => {
                attr.name == "wraps"
                    && matches!(&m.kind, ast::ExprKind::Name(n)
                        if self.lookup(n, scope) == Some(Binding::FunctoolsModule))
            }
            _ => false,
        };
        if !is_wraps {
            return Ok(None);
        }
        if args.len() != 1 || !keywords.is_empty() {
            return err(
                Kind::Unsupported,
                d.span,
                "functools.wraps with other than one argument is not supported by multigen yet",
            );
        }
        let w = self.expr(&args[0], scope)?;
        if !matches!(self.resolve(&w.ty), Ty::Func(_)) {
            return err(
                Kind::Type,
                args[0].span,
                format!("functools.wraps takes a function, not {}", w.ty),
            );
        }
        Ok(Some(w))
    }

    /// `from functools import ...`: the names multigen knows.
    pub(super) fn functools_item(name: &str) -> Option<&'static str> {
        match name {
            "wraps" => Some("wraps"),
            _ => None,
        }
    }
}

impl Checker {
    /// Declares a method with user-defined decorators: the method itself,
    /// under a key no attribute finds, and the class constant that will
    /// hold the decorated function.
    pub(super) fn declare_decorated_method(&mut self, c: ClassId, f: &ast::FunctionDef) -> R<()> {
        let name = &f.name.name;
        let info = &self.classes[c.index()];
        if info.methods.contains_key(name) || info.decorated.contains_key(name) {
            return err(
                Kind::Unsupported,
                f.name.span,
                format!("redefinition of method '{name}' is not supported"),
            );
        }
        let key = classes::undecorated_key(name);
        let fid = self.declare_method_as(c, f, classes::MethodKind::Instance, &key)?;
        let g = self.new_global(&format!("{}.{name}", self.classes[c.index()].name), None);
        self.classes[c.index()]
            .decorated
            .insert(name.clone(), (fid, g));
        Ok(())
    }

    /// In the class body: the decorated function, stored in its class
    /// constant.
    pub(super) fn decorated_method_value(
        &mut self,
        c: ClassId,
        f: &ast::FunctionDef,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let name = &f.name.name;
        let (fid, g) = self.classes[c.index()].decorated[name];
        let what = format!("{}.{name}", self.classes[c.index()].name);
        if let Some(def) = self
            .method_defs
            .iter()
            .find(|d| d.0 == fid)
            .map(|d| d.2.clone())
        {
            self.eval_defaults(fid, &def, &what, scope, out)?;
        }
        let m = classes::Method {
            func: fid,
            kind: classes::MethodKind::Instance,
        };
        let v = self.method_value(None, c, &classes::undecorated_key(name), m, f.name.span)?;
        if let ExprKind::MakeFunc { func, .. } = &v.kind {
            self.functions[func.index()].as_mut().unwrap().qualname = what;
        }
        let v = self.decorate(f, v, scope, out)?;
        self.globals[g.index()].ty = Some(v.ty.clone());
        self.module_assigned.insert(g);
        out.push(Stmt::Assign(Target::Place(Place::Global(g)), v));
        Ok(())
    }

    /// The decorated method `name` that objects of class `c` have: the
    /// class constant holding it. A method of the same name elsewhere in
    /// the hierarchy (overriding across a decorator) is not supported.
    pub(super) fn find_decorated(&self, c: ClassId, name: &str, span: Span) -> R<Option<GlobalId>> {
        let mut k = Some(c);
        let mut found = None;
        while let Some(x) = k {
            if let Some(&(_, g)) = self.classes[x.index()].decorated.get(name) {
                found = Some(g);
                break;
            }
            k = self.classes[x.index()].parent;
        }
        let Some(g) = found else {
            return Ok(None);
        };
        let clash = self.classes.iter().enumerate().any(|(i, k)| {
            let related =
                self.is_subclass(ClassId(i as u32), c) || self.is_subclass(c, ClassId(i as u32));
            related
                && (k.methods.contains_key(name) || k.decorated.get(name).is_some_and(|d| d.1 != g))
        });
        if clash {
            return err(
                Kind::Unsupported,
                span,
                format!("overriding the decorated method '{name}' (or overriding a method with a decorated one) is not supported by multigen yet"),
            );
        }
        Ok(Some(g))
    }
}

impl Checker {
    /// `obj.m` for a decorated method `m`: the decorated function (in
    /// class constant `g`) bound to the object, which the function object
    /// carries.
    pub(super) fn decorated_bound_value(&mut self, recv: Expr, g: GlobalId, span: Span) -> R<Expr> {
        let fty = self.globals[g.index()].ty.clone().unwrap_or(Ty::None);
        let Ty::Func(ft) = self.resolve(&fty) else {
            return err(
                Kind::Type,
                span,
                format!("a decorated method of type {fty} cannot be bound to an object"),
            );
        };
        let Some((self_ty, rest)) = ft.params.split_first() else {
            return err(
                Kind::Type,
                span,
                format!("the decorated method has type {fty}, which takes no object"),
            );
        };
        let recv = self.expect(recv, self_ty, "the object")?;
        let mut locals: Vec<Local> = rest
            .iter()
            .enumerate()
            .map(|(i, t)| Local {
                name: format!(".a{i}"),
                ty: t.clone(),
                is_param: true,
                str_builder: false,
                cell: CellKind::None,
            })
            .collect();
        let me = LocalId(locals.len() as u32);
        locals.push(Local {
            name: ".self".into(),
            ty: self_ty.clone(),
            is_param: false,
            str_builder: false,
            cell: CellKind::Copy,
        });
        let load = |l: LocalId, t: &Ty| mk(t.clone(), span, ExprKind::Load(Place::Local(l)));
        let mut args = vec![load(me, self_ty)];
        args.extend(
            rest.iter()
                .enumerate()
                .map(|(i, t)| load(LocalId(i as u32), t)),
        );
        let callee = mk(fty.clone(), span, ExprKind::Load(Place::Global(g)));
        let call = mk(
            ft.ret.clone(),
            span,
            ExprKind::CallValue(Box::new(callee), args),
        );
        let body = if ft.ret == Ty::None {
            vec![Stmt::Expr(call), Stmt::Return(None)]
        } else {
            vec![Stmt::Return(Some(call))]
        };
        let id = FuncId(self.functions.len() as u32);
        self.sigs.push(Sig {
            name: self.globals[g.index()].name.clone(),
            params: vec![],
            ret: ft.ret.clone(),
        });
        self.functions.push(Some(Function {
            name: format!("bound.{}", id.0),
            class: None,
            exact_other: false,
            params: (0..rest.len() as u32).map(LocalId).collect(),
            ret: ft.ret.clone(),
            locals,
            body,
            span,
            env: Some(vec![me]),
            qualname: self.globals[g.index()].name.clone(),
            frame: false,
        }));
        let ty = Ty::Func(Box::new(FuncTy {
            params: rest.to_vec(),
            ret: ft.ret.clone(),
        }));
        Ok(mk(
            ty,
            span,
            ExprKind::MakeFunc {
                func: id,
                captures: vec![Capture::Value(recv)],
            },
        ))
    }
}
