//! Calls of user functions and `math` functions: argument binding
//! (positional, keyword, defaults) and arity errors.

use super::*;

impl Checker {
    pub(super) fn call(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if spread_call::has_spread(args, keywords) {
            return self.spread_call(func, args, keywords, span, scope);
        }
        self.call_plain(func, args, keywords, span, scope)
    }

    /// A call, once the built-in functions taking unpacked arguments
    /// (`spread_call.rs`) are set aside.
    pub(super) fn call_plain(
        &mut self,
        func: &ast::Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        match &func.kind {
            ast::ExprKind::Name(n) => {
                let is_local = (!scope.is_module
                    && scope.local_map.contains_key(n)
                    && !scope.global_decls.contains(n))
                    || scope.shadow_lookup(n).is_some();
                if is_local {
                    return self.call_local(n, func.span, args, keywords, span, scope);
                }
                if !scope.global_decls.contains(n) && self.capture(n, func.span, scope)?.is_some() {
                    return self.call_local(n, func.span, args, keywords, span, scope);
                }
                if let Some(c) = scope.cls_param(n) {
                    return self.construct(c, args, keywords, span, scope);
                }
                match self.lookup(n, scope) {
                    Some(Binding::Func(id)) => match self.iterable_defs.get(n).cloned() {
                        Some(def)
                            if (!scope.is_module || self.defined.contains(&id))
                                && !spread_call::has_spread(args, keywords) =>
                        {
                            self.template_call(n, &def, args, keywords, span, scope)
                        }
                        _ => self.user_call(id, func.span, args, keywords, span, scope),
                    },
                    Some(Binding::MathItem(item)) => {
                        self.math_call(item, args, keywords, span, scope)
                    }
                    Some(Binding::Global(_)) => {
                        let callee = self.name(n, func.span, scope)?;
                        self.call_value(callee, args, keywords, span, scope)
                    }
                    Some(
                        Binding::MathModule | Binding::DataclassesModule | Binding::Module(_),
                    ) => {
                        err(Kind::Type, func.span, "'module' object is not callable")
                    }
                    Some(Binding::FunctoolsModule | Binding::FunctoolsItem(_)) => err(
                        Kind::Unsupported,
                        func.span,
                        "functools.wraps is only supported as a decorator by multigen yet",
                    ),
                    Some(Binding::ContextlibModule | Binding::ContextlibItem(_)) => err(
                        Kind::Unsupported,
                        func.span,
                        "contextlib's managers are only supported directly in a `with` statement by multigen",
                    ),
                    Some(Binding::Class(c)) => {
                        let e = self.construct(c, args, keywords, span, scope)?;
                        Ok(self.class_name_use(c, func.span, scope, e))
                    }
                    None if n == "open" && self.io_loaded() => {
                        self.open_call(func, args, keywords, span, scope)
                    }
                    None if n == "isinstance" => self.isinstance(args, span, scope),
                    None if n == typing_surface::CAST => {
                        self.cast_call(args, keywords, span, scope)
                    }
                    None if n == "hasattr" || n == "getattr" => {
                        self.attr_builtin(n, args, keywords, span, scope)
                    }
                    None if BUILTINS.contains(&n.as_str()) => {
                        self.builtin_call(n, args, keywords, span, scope)
                    }
                    None if self.generics.contains_key(n) => {
                        self.generic_call(n, func.span, args, keywords, span, scope)
                    }
                    None if self.generic_classes.contains_key(n) => {
                        self.generic_construct(n, args, keywords, span, None, scope)
                    }
                    None => match self.foreign_template_of(n) {
                        Some((m, name)) => self
                            .foreign_generic_call(m, &name, func.span, args, keywords, span, scope),
                        None => Err(self.undefined(n, func.span)),
                    },
                }
            }
            // `Stack[int](...)`: an instance of a generic class.
            ast::ExprKind::Subscript(base, targs) if matches!(&base.kind, ast::ExprKind::Name(b) if self.generic_classes.contains_key(b)) =>
            {
                let ast::ExprKind::Name(b) = &base.kind else {
                    unreachable!()
                };
                let Ty::Class(c) = self.generic_class_annotation(b, targs, func.span)? else {
                    unreachable!()
                };
                self.construct(c, args, keywords, span, scope)
            }
            ast::ExprKind::Attribute(base, attr) => {
                if let ast::ExprKind::Name(m) = &base.kind {
                    if self.is_math_module(m, scope) {
                        let Some(item) = math_item(&attr.name) else {
                            return err(
                                Kind::Name,
                                attr.span,
                                format!("module 'math' has no attribute '{}'", attr.name),
                            );
                        };
                        return self.math_call(item, args, keywords, span, scope);
                    }
                }
                if let Some(e) = self.class_method_call(base, attr, args, keywords, span, scope)? {
                    return Ok(e);
                }
                self.method_call(base, attr, args, keywords, span, scope)
            }
            _ => {
                let callee = self.expr(func, scope)?;
                self.call_value(callee, args, keywords, span, scope)
            }
        }
    }

    pub(super) fn user_call(
        &mut self,
        id: FuncId,
        name_span: Span,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if scope.is_module && !self.defined.contains(&id) {
            return err(
                Kind::Name,
                name_span,
                format!(
                    "name '{}' is not defined (the call runs before its `def`)",
                    self.sigs[id.index()].name
                ),
            );
        }
        let sig = self.sigs[id.index()].clone();
        let (written, map) = self.bind_args(id, &sig, 0, args, keywords, span, scope)?;
        Ok(mk(
            sig.ret.clone(),
            span,
            ExprKind::Call {
                func: id,
                args: written,
                map,
            },
        ))
    }

    /// Matches the arguments of a call with the parameters of `sig` from
    /// the `skip`-th on (a method's receiver is passed separately):
    /// the checked arguments as written, and the source of each parameter.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bind_args(
        &mut self,
        id: FuncId,
        sig: &Sig,
        skip: usize,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<(Vec<Expr>, Vec<ArgSource>)> {
        if spread_call::has_spread(args, keywords)
            || sig.params.iter().any(|p| p.variadic != ast::Variadic::No)
        {
            return self.bind_variadic(id, sig, skip, args, keywords, span, scope);
        }
        let mut written = Vec::new();
        let mut slots: Vec<Option<ArgSource>> = vec![None; sig.params.len()];
        let positional: Vec<usize> = (skip..sig.params.len())
            .filter(|&k| !sig.params[k].keyword_only)
            .collect();
        for (i, a) in args.iter().enumerate() {
            let Some(&k) = positional.get(i) else {
                return err(
                    Kind::Call,
                    span,
                    format!(
                        "{}() takes {} positional arguments but {} were given",
                        sig.name,
                        positional.len() + skip,
                        args.len() + skip
                    ),
                );
            };
            let v = self.expr_hinted(a, &sig.params[k].ty, scope)?;
            let v = self.expect(
                v,
                &sig.params[k].ty,
                &format!("argument '{}' of {}()", sig.params[k].name, sig.name),
            )?;
            slots[k] = Some(ArgSource::Written(written.len()));
            written.push(v);
        }
        for kw in keywords {
            let Some(k) = (skip..sig.params.len()).find(|&k| sig.params[k].name == kw.name.name)
            else {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{}() got an unexpected keyword argument '{}'",
                        sig.name, kw.name.name
                    ),
                );
            };
            if sig.params[k].positional_only {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{}() got a positional-only argument passed as keyword: '{}'",
                        sig.name, kw.name.name
                    ),
                );
            }
            if slots[k].is_some() {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!(
                        "{}() got multiple values for argument '{}'",
                        sig.name, kw.name.name
                    ),
                );
            }
            let v = self.expr_hinted(&kw.value, &sig.params[k].ty, scope)?;
            let v = self.expect(
                v,
                &sig.params[k].ty,
                &format!("argument '{}' of {}()", sig.params[k].name, sig.name),
            )?;
            slots[k] = Some(ArgSource::Written(written.len()));
            written.push(v);
        }
        let mut map = Vec::new();
        let mut missing = Vec::new();
        for (k, s) in slots.into_iter().enumerate().skip(skip) {
            match s {
                Some(s) => map.push(s),
                None => match &sig.params[k].default {
                    Some(d) => map.push(ArgSource::Default(Box::new(d.clone()))),
                    None => {
                        missing.push(format!("'{}'", sig.params[k].name));
                    }
                },
            }
        }
        if !missing.is_empty() {
            return err(
                Kind::Call,
                span,
                format!(
                    "{}() missing {} required argument{}: {}",
                    sig.name,
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    missing.join(" and ")
                ),
            );
        }
        Ok((written, map))
    }

    pub(super) fn no_keywords(&self, name: &str, keywords: &[ast::Keyword]) -> R<()> {
        match keywords.first() {
            Some(k) => err(
                Kind::Call,
                k.name.span,
                format!("{name}() takes no keyword arguments"),
            ),
            None => Ok(()),
        }
    }

    pub(super) fn arity(
        &self,
        name: &str,
        args: &[ast::Expr],
        lo: usize,
        hi: usize,
        span: Span,
    ) -> R<()> {
        if args.len() < lo || args.len() > hi {
            let want = if lo == hi {
                format!("{lo}")
            } else {
                format!("{lo} to {hi}")
            };
            return err(
                Kind::Call,
                span,
                format!(
                    "{name}() takes {want} argument{} ({} given)",
                    if hi == 1 { "" } else { "s" },
                    args.len()
                ),
            );
        }
        Ok(())
    }

    pub(super) fn math_call(
        &mut self,
        item: &'static str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let Some(&(name, sym, msig)) = MATH_FUNCS.iter().find(|m| m.0 == item) else {
            return err(
                Kind::Type,
                span,
                format!("'float' object ({item}) is not callable"),
            );
        };
        self.no_keywords(name, keywords)?;
        let vals = args
            .iter()
            .map(|a| self.expr(a, scope))
            .collect::<R<Vec<_>>>()?;
        let float_arg = |c: &mut Self, v: Expr| -> R<Expr> {
            if !is_numeric(&v.ty) {
                return err(
                    Kind::Type,
                    v.span,
                    format!("must be real number, not {}", v.ty),
                );
            }
            let _ = c;
            Ok(coerce(v, &Ty::Float).expect("numeric values convert to float"))
        };
        let int_arg = |v: Expr| -> R<Expr> {
            match v.ty {
                Ty::Int | Ty::Bool => Ok(coerce(v, &Ty::Int).unwrap()),
                _ => err(
                    Kind::Type,
                    v.span,
                    format!("'{}' object cannot be interpreted as an integer", v.ty),
                ),
            }
        };
        if name == "log" {
            self.arity(name, args, 1, 2, span)?;
            let mut it = vals.into_iter();
            let x = float_arg(self, it.next().unwrap())?;
            return Ok(match it.next() {
                Some(b) => {
                    let b = float_arg(self, b)?;
                    mk(
                        Ty::Float,
                        span,
                        ExprKind::Runtime("mg_math_log_base", vec![x, b]),
                    )
                }
                None => mk(Ty::Float, span, ExprKind::Runtime(sym, vec![x])),
            });
        }
        let n = match msig {
            MathSig::F | MathSig::FI | MathSig::FB | MathSig::I => 1,
            MathSig::FF | MathSig::II => 2,
        };
        self.arity(name, args, n, n, span)?;
        let mut it = vals.into_iter();
        Ok(match msig {
            MathSig::F => mk(
                Ty::Float,
                span,
                ExprKind::Runtime(sym, vec![float_arg(self, it.next().unwrap())?]),
            ),
            MathSig::FF => {
                let a = float_arg(self, it.next().unwrap())?;
                let b = float_arg(self, it.next().unwrap())?;
                mk(Ty::Float, span, ExprKind::Runtime(sym, vec![a, b]))
            }
            MathSig::FI => {
                let v = it.next().unwrap();
                if matches!(v.ty, Ty::Int | Ty::Bool) {
                    coerce(v, &Ty::Int).unwrap()
                } else {
                    mk(
                        Ty::Int,
                        span,
                        ExprKind::Runtime(sym, vec![float_arg(self, v)?]),
                    )
                }
            }
            MathSig::FB => {
                let v = mk(
                    Ty::Int,
                    span,
                    ExprKind::Runtime(sym, vec![float_arg(self, it.next().unwrap())?]),
                );
                truth(v)
            }
            MathSig::I => mk(
                Ty::Int,
                span,
                ExprKind::Runtime(sym, vec![int_arg(it.next().unwrap())?]),
            ),
            MathSig::II => {
                let a = int_arg(it.next().unwrap())?;
                let b = int_arg(it.next().unwrap())?;
                mk(Ty::Int, span, ExprKind::Runtime(sym, vec![a, b]))
            }
        })
    }
}
