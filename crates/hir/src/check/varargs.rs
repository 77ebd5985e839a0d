//! Variadic parameters (`*args: T`, `**kwargs: T`) and calls of user
//! functions, methods and constructors with argument unpacking (`f(*t)`,
//! `f(*xs)`, `f(**d)`, mixed with ordinary arguments).
//!
//! `Checker::bind_args` sends such calls here. Every argument is evaluated
//! in source order into a hidden local (CPython evaluates all arguments
//! before binding any), in one block that becomes the first argument
//! "written" at the call; the parameters then receive expressions over
//! those locals, as `ArgSource::Default` values, which the code generator
//! evaluates after the written arguments:
//! - a fixed-shape tuple `*t` is split statically into its fields;
//! - any other iterable `*xs` (one per call, after the other positional
//!   arguments) is copied into a list whose length is known at run time:
//!   parameter `i` is `xs[j] if len(xs) > j else <keyword, d[name] or
//!   default>`;
//! - a `**d` of type `dict[str, T]` supplies `d[name] if name in d else
//!   <default>` for each parameter it may name;
//! - `*args` is the tuple of the extra positional arguments, `**kwargs`
//!   the dict of the extra keywords (and of `d`'s keys naming no
//!   parameter).
//!
//! When `*xs` or `**d` leaves the binding to run time, the runtime's
//! `mg_check_args` (`runtime/src/args.rs`) first raises CPython's
//! `TypeError` for a call that does not bind (too many or missing
//! arguments, unexpected or repeated keywords), located at the call, so
//! that every value read afterwards exists. Everything decidable at
//! compile time is reported as an error then, as for ordinary calls.

use super::*;

/// The value a variadic parameter gets when nothing is passed to it: an
/// empty tuple or dict (for function values, which pass only the fixed
/// positional parameters).
pub(super) fn empty(p: &ParamSig, span: Span) -> Expr {
    match &p.ty {
        Ty::VarTuple(t) => rt(
            p.ty.clone(),
            span,
            "mg_tuple_from_list",
            vec![RtArg::Value(mk(
                Ty::List(t.clone()),
                span,
                ExprKind::List(vec![]),
            ))],
        ),
        _ => mk(p.ty.clone(), span, ExprKind::Dict(vec![])),
    }
}

/// The element type of a variadic parameter's tuple or dict.
fn elem_of(p: &ParamSig) -> Ty {
    match &p.ty {
        Ty::VarTuple(t) | Ty::Dict(_, t) => (**t).clone(),
        t => t.clone(),
    }
}

fn load(l: LocalId, ty: &Ty, span: Span) -> Expr {
    mk(ty.clone(), span, ExprKind::Load(Place::Local(l)))
}

fn int(n: usize, span: Span) -> Expr {
    mk(Ty::Int, span, ExprKind::Int(n as i64))
}

fn string(s: &str, span: Span) -> Expr {
    mk(Ty::Str, span, ExprKind::Str(s.to_string()))
}

impl Checker {
    /// The `__qualname__` CPython's argument errors name.
    fn qualname_of(&self, id: FuncId) -> String {
        if let Some(q) = self.qualnames.get(&id) {
            return q.clone();
        }
        match self.functions.get(id.index()) {
            Some(Some(f)) if !f.qualname.is_empty() => f.qualname.clone(),
            _ => self.sigs[id.index()].name.clone(),
        }
    }

    /// Evaluates `v` into a new hidden local (see the module
    /// documentation), returning a read of it.
    fn stash(&mut self, v: Expr, scope: &mut Scope, out: &mut Vec<Stmt>) -> Expr {
        if is_const(&v) {
            return v;
        }
        let t = self.temp(scope, v.ty.clone());
        let l = load(t, &v.ty, v.span);
        out.push(Stmt::Assign(Target::Place(Place::Local(t)), v));
        l
    }

    /// Binds a call with variadic parameters or unpacked arguments (see the
    /// module documentation).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn bind_variadic(
        &mut self,
        id: FuncId,
        sig: &Sig,
        skip: usize,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<(Vec<Expr>, Vec<ArgSource>)> {
        let n = sig.params.len();
        let pos: Vec<usize> = (skip..n)
            .filter(|&k| !sig.params[k].keyword_only && sig.params[k].variadic == ast::Variadic::No)
            .collect();
        let star_p = (skip..n).find(|&k| sig.params[k].variadic == ast::Variadic::Args);
        let kw_p = (skip..n).find(|&k| sig.params[k].variadic == ast::Variadic::Kwargs);
        let what = |k: usize| format!("argument '{}' of {}()", sig.params[k].name, sig.name);
        let mut pre = Vec::new();
        let mut vals: Vec<Option<Expr>> = vec![None; n];
        let mut extras: Vec<Expr> = Vec::new();
        let mut overflow = 0;
        let mut extra_kw: Vec<(String, Expr)> = Vec::new();
        let mut written_names: Vec<String> = Vec::new();
        // The list a run-time `*xs` was copied into, with its element type.
        let mut dynamic: Option<(Expr, Ty)> = None;
        let mut dict: Option<(Expr, Ty)> = None;
        let mut given = 0;
        // Places one statically known positional argument.
        let mut place = |cx: &mut Self,
                         v: Expr,
                         given: &mut usize,
                         pre: &mut Vec<Stmt>,
                         scope: &mut Scope|
         -> R<()> {
            if let Some(&k) = pos.get(*given) {
                let v = cx.expect(v, &sig.params[k].ty, &what(k))?;
                vals[k] = Some(cx.stash(v, scope, pre));
            } else if let Some(k) = star_p {
                let v = cx.expect(v, &elem_of(&sig.params[k]), &what(k))?;
                extras.push(cx.stash(v, scope, pre));
            } else {
                overflow += 1;
            }
            *given += 1;
            Ok(())
        };
        for a in args {
            if let ast::ExprKind::Starred(inner) = &a.kind {
                if dynamic.is_some() {
                    return err(
                        Kind::Unsupported,
                        a.span,
                        "a second `*` of a list or other iterable in one call is not supported by multigen yet",
                    );
                }
                let v = self.expr(inner, scope)?;
                match self.resolve(&v.ty) {
                    Ty::Tuple(ts) => {
                        let t = self.stash(v, scope, &mut pre);
                        for (j, ft) in ts.into_iter().enumerate() {
                            let f = mk(ft, a.span, ExprKind::TupleGet(Box::new(t.clone()), j));
                            place(self, f, &mut given, &mut pre, scope)?;
                        }
                    }
                    ty => {
                        let (_, elem) = self.iter_of_value(v.clone())?;
                        let list = match ty {
                            Ty::List(_) => v,
                            _ => self.list_of_value(v, elem.clone(), scope)?,
                        };
                        let l = self.temp(scope, list.ty.clone());
                        let h = load(l, &list.ty, a.span);
                        pre.push(Stmt::Assign(Target::Place(Place::Local(l)), list));
                        dynamic = Some((h, elem));
                    }
                }
                continue;
            }
            if dynamic.is_some() {
                return err(
                    Kind::Unsupported,
                    a.span,
                    "a positional argument after `*` of a list or other iterable is not supported by multigen yet",
                );
            }
            let hint = match pos.get(given) {
                Some(&k) => sig.params[k].ty.clone(),
                None => star_p.map_or(Ty::None, |k| elem_of(&sig.params[k])),
            };
            let v = self.expr_hinted(a, &hint, scope)?;
            place(self, v, &mut given, &mut pre, scope)?;
        }
        if overflow > 0 {
            return err(
                Kind::Call,
                span,
                format!(
                    "{}() takes {} positional arguments but {} were given",
                    sig.name,
                    pos.len() + skip,
                    given + skip
                ),
            );
        }
        for kw in keywords {
            if kw.name.name == "**" {
                if dict.is_some() {
                    return err(
                        Kind::Unsupported,
                        kw.value.span,
                        "a second `**` in one call is not supported by multigen yet",
                    );
                }
                let inner = match &kw.value.kind {
                    ast::ExprKind::Starred(m) => &**m,
                    _ => &kw.value,
                };
                let v = self.expr(inner, scope)?;
                let Ty::Dict(k, t) = self.resolve(&v.ty) else {
                    return err(
                        Kind::Type,
                        kw.value.span,
                        format!(
                            "{}() argument after ** must be a mapping, not {}",
                            sig.name,
                            v.ty.class_name()
                        ),
                    );
                };
                if self.resolve(&k) != Ty::Str {
                    return err(
                        Kind::Type,
                        kw.value.span,
                        format!("keywords must be strings (the keys of {} are not)", v.ty),
                    );
                }
                let l = self.temp(scope, v.ty.clone());
                let h = load(l, &v.ty, kw.value.span);
                pre.push(Stmt::Assign(Target::Place(Place::Local(l)), v));
                dict = Some((h, (*t).clone()));
                continue;
            }
            let name = &kw.name.name;
            let found = (skip..n).find(|&k| {
                sig.params[k].name == *name
                    && sig.params[k].variadic == ast::Variadic::No
                    && !sig.params[k].positional_only
            });
            let k = match (found, kw_p) {
                (Some(k), _) => k,
                (None, Some(k)) => k,
                (None, None) => {
                    let posonly = (skip..n).any(|k| sig.params[k].name == *name);
                    let msg = if posonly {
                        format!(
                            "{}() got a positional-only argument passed as keyword: '{name}'",
                            sig.name
                        )
                    } else {
                        format!("{}() got an unexpected keyword argument '{name}'", sig.name)
                    };
                    return err(Kind::Call, kw.name.span, msg);
                }
            };
            if written_names.contains(name) || (found.is_some() && vals[k].is_some()) {
                return err(
                    Kind::Call,
                    kw.name.span,
                    format!("{}() got multiple values for argument '{name}'", sig.name),
                );
            }
            written_names.push(name.clone());
            let ty = if found.is_some() {
                sig.params[k].ty.clone()
            } else {
                elem_of(&sig.params[k])
            };
            let v = self.expr_hinted(&kw.value, &ty, scope)?;
            let v = self.expect(v, &ty, &what(k))?;
            let v = self.stash(v, scope, &mut pre);
            if found.is_some() {
                vals[k] = Some(v);
            } else {
                extra_kw.push((name.clone(), v));
            }
        }
        if dynamic.is_some() || dict.is_some() {
            let check = self.arg_check(
                id,
                sig,
                skip,
                given,
                &written_names,
                &dynamic,
                &dict,
                span,
                scope,
            );
            pre.push(Stmt::Expr(check));
        }
        // The value of every parameter.
        let mut map = Vec::new();
        let mut missing = Vec::new();
        #[allow(clippy::needless_range_loop)]
        for k in skip..n {
            let p = &sig.params[k];
            let v = match p.variadic {
                ast::Variadic::Args => self.rest_tuple(
                    p,
                    &extras,
                    pos.len().saturating_sub(given),
                    &dynamic,
                    span,
                    scope,
                )?,
                ast::Variadic::Kwargs => {
                    self.rest_dict(p, sig, skip, &extra_kw, &dict, span, scope)?
                }
                ast::Variadic::No => match vals[k].take() {
                    Some(v) => v,
                    None => {
                        let mut v = p.default.clone();
                        if let (Some((d, t)), false) = (&dict, p.positional_only) {
                            let key = string(&p.name, span);
                            let get = mk(
                                t.clone(),
                                span,
                                ExprKind::Index(Box::new(d.clone()), Box::new(key.clone())),
                            );
                            let get = self.expect(get, &p.ty, &what(k))?;
                            v = Some(match v {
                                Some(dv) => {
                                    let has = mk(
                                        Ty::Bool,
                                        span,
                                        ExprKind::Contains(Box::new(d.clone()), Box::new(key)),
                                    );
                                    mk(
                                        p.ty.clone(),
                                        span,
                                        ExprKind::IfExp(Box::new(has), Box::new(get), Box::new(dv)),
                                    )
                                }
                                None => get,
                            });
                        }
                        let i = pos.iter().position(|&q| q == k);
                        if let (Some((h, t)), Some(i)) = (&dynamic, i) {
                            let j = int(i - given, span);
                            let get = mk(
                                t.clone(),
                                span,
                                ExprKind::Index(Box::new(h.clone()), Box::new(j.clone())),
                            );
                            let get = self.expect(get, &p.ty, &what(k))?;
                            v = Some(match v {
                                Some(other) => {
                                    let len = mk(Ty::Int, span, ExprKind::Len(Box::new(h.clone())));
                                    let has = self.compare_gt(len, j);
                                    mk(
                                        p.ty.clone(),
                                        span,
                                        ExprKind::IfExp(
                                            Box::new(has),
                                            Box::new(get),
                                            Box::new(other),
                                        ),
                                    )
                                }
                                None => get,
                            });
                        }
                        match v {
                            Some(v) => v,
                            None => {
                                missing.push(format!("'{}'", p.name));
                                continue;
                            }
                        }
                    }
                },
            };
            map.push(ArgSource::Default(Box::new(v)));
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
        let prelude = mk(
            Ty::None,
            span,
            ExprKind::Block(pre, Box::new(mk(Ty::None, span, ExprKind::None))),
        );
        Ok((vec![prelude], map))
    }

    /// `a > b` on two ints.
    fn compare_gt(&mut self, a: Expr, b: Expr) -> Expr {
        let span = a.span;
        mk(
            Ty::Bool,
            span,
            ExprKind::Compare(vec![a, b], vec![(CmpOp::Gt, CmpKind::Int)]),
        )
    }

    /// The call of `mg_check_args` for a binding left to run time.
    #[allow(clippy::too_many_arguments)]
    fn arg_check(
        &mut self,
        id: FuncId,
        sig: &Sig,
        skip: usize,
        given: usize,
        written: &[String],
        dynamic: &Option<(Expr, Ty)>,
        dict: &Option<(Expr, Ty)>,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let ps = &sig.params;
        let positional: Vec<&ParamSig> = ps
            .iter()
            .filter(|p| !p.keyword_only && p.variadic == ast::Variadic::No)
            .collect();
        let names: Vec<&str> = positional.iter().map(|p| p.name.as_str()).collect();
        let kwonly: Vec<String> = ps
            .iter()
            .filter(|p| p.keyword_only && p.variadic == ast::Variadic::No)
            .map(|p| format!("{}{}", p.name, if p.default.is_some() { "=" } else { "" }))
            .collect();
        let mut flags = String::new();
        if ps.iter().any(|p| p.variadic == ast::Variadic::Args) {
            flags.push('a');
        }
        if ps.iter().any(|p| p.variadic == ast::Variadic::Kwargs) {
            flags.push('k');
        }
        let spec = format!(
            "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}",
            self.qualname_of(id),
            positional.len(),
            positional.iter().filter(|p| p.default.is_some()).count(),
            positional.iter().filter(|p| p.positional_only).count(),
            flags,
            names.join(","),
            kwonly.join(","),
            written.join(",")
        );
        let fixed = int(given + skip, span);
        let npos = match dynamic {
            Some((h, _)) => mk(
                Ty::Int,
                span,
                ExprKind::Binary(
                    BinOp::Add,
                    Box::new(fixed),
                    Box::new(mk(Ty::Int, span, ExprKind::Len(Box::new(h.clone())))),
                ),
            ),
            None => fixed,
        };
        let str_list = Ty::List(Box::new(Ty::Str));
        let keys = match dict {
            Some((d, _)) => self
                .list_of_value(d.clone(), Ty::Str, scope)
                .expect("a dict iterates over its keys"),
            None => mk(str_list, span, ExprKind::List(vec![])),
        };
        rt(
            Ty::None,
            span,
            "mg_check_args",
            vec![
                RtArg::Value(string(&spec, span)),
                RtArg::Value(npos),
                RtArg::Value(keys),
            ],
        )
    }

    /// The `*args` tuple: the extra positional arguments known statically,
    /// then the items of a run-time `*xs` from index `from` on.
    fn rest_tuple(
        &mut self,
        p: &ParamSig,
        extras: &[Expr],
        from: usize,
        dynamic: &Option<(Expr, Ty)>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let et = elem_of(p);
        let lt = Ty::List(Box::new(et.clone()));
        let list = mk(lt.clone(), span, ExprKind::List(extras.to_vec()));
        let list = match dynamic {
            None => list,
            Some((h, t)) => {
                let acc = self.temp(scope, lt.clone());
                let mut stmts = vec![Stmt::Assign(Target::Place(Place::Local(acc)), list)];
                let slice = rt(
                    h.ty.clone(),
                    span,
                    "mg_list_slice",
                    vec![
                        RtArg::Value(h.clone()),
                        RtArg::Value(int(from, span)),
                        RtArg::Value(int(0, span)),
                        RtArg::Value(int(0, span)),
                        // No stop and no step: `h[from:]`.
                        RtArg::Value(int(6, span)),
                    ],
                );
                let _ = t;
                let slice = self.expect(slice, &lt, &format!("*{}", p.name))?;
                stmts.push(Stmt::Expr(rt(
                    Ty::None,
                    span,
                    "mg_list_extend",
                    vec![RtArg::Value(load(acc, &lt, span)), RtArg::Value(slice)],
                )));
                mk(
                    lt.clone(),
                    span,
                    ExprKind::Block(stmts, Box::new(load(acc, &lt, span))),
                )
            }
        };
        Ok(rt(
            p.ty.clone(),
            span,
            "mg_tuple_from_list",
            vec![RtArg::Value(list)],
        ))
    }

    /// The `**kwargs` dict: the extra keywords written at the call, then
    /// the items of a `**d` naming no parameter.
    #[allow(clippy::too_many_arguments)]
    fn rest_dict(
        &mut self,
        p: &ParamSig,
        sig: &Sig,
        skip: usize,
        extra: &[(String, Expr)],
        dict: &Option<(Expr, Ty)>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let items: Vec<(Expr, Expr)> = extra
            .iter()
            .map(|(k, v)| (string(k, span), v.clone()))
            .collect();
        let display = mk(p.ty.clone(), span, ExprKind::Dict(items));
        let Some((d, t)) = dict else {
            return Ok(display);
        };
        // `{**extra, **{k: v for k, v in d.items() if k not in params}}`,
        // over hidden names.
        let _ = t;
        let depth = scope.shadow.len();
        let mut stmts = Vec::new();
        let acc = self.temp(scope, p.ty.clone());
        stmts.push(Stmt::Assign(Target::Place(Place::Local(acc)), display));
        scope.shadow.push((
            "kwargs#d".to_string(),
            match &d.kind {
                ExprKind::Load(Place::Local(l)) => *l,
                _ => unreachable!("the dict is in a hidden local"),
            },
        ));
        let node = |kind: ast::ExprKind| ast::Expr { span, kind };
        let name = |n: &str| node(ast::ExprKind::Name(n.to_string()));
        let params: Vec<ast::Expr> = sig.params[skip..]
            .iter()
            .filter(|q| q.variadic == ast::Variadic::No && !q.positional_only)
            .map(|q| node(ast::ExprKind::Str(q.name.clone())))
            .collect();
        let comp = node(ast::ExprKind::DictComp {
            key: Box::new(name("kwargs#k")),
            value: Box::new(node(ast::ExprKind::Subscript(
                Box::new(name("kwargs#d")),
                Box::new(name("kwargs#k")),
            ))),
            generators: vec![ast::Comprehension {
                target: name("kwargs#k"),
                iter: name("kwargs#d"),
                ifs: if params.is_empty() {
                    vec![]
                } else {
                    vec![node(ast::ExprKind::Compare(
                        Box::new(name("kwargs#k")),
                        vec![(ast::CmpOp::NotIn, node(ast::ExprKind::Tuple(params)))],
                    ))]
                },
            }],
        });
        let rest = self.expr_hinted(&comp, &p.ty, scope);
        scope.shadow.truncate(depth);
        let rest = self.expect(rest?, &p.ty, &format!("**{}", p.name))?;
        stmts.push(Stmt::Expr(rt(
            Ty::None,
            span,
            "mg_dict_update",
            vec![RtArg::Value(load(acc, &p.ty, span)), RtArg::Value(rest)],
        )));
        Ok(mk(
            p.ty.clone(),
            span,
            ExprKind::Block(stmts, Box::new(load(acc, &p.ty, span))),
        ))
    }
}

impl Checker {
    /// A call through a function value with `*t` arguments: a fixed-shape
    /// tuple is split into its fields. The value's own parameters (names,
    /// defaults) are not part of its type, so a `*xs` whose length is only
    /// known at run time could not get CPython's error message and is
    /// refused.
    pub(super) fn call_value_spread(
        &mut self,
        callee: Expr,
        ft: &FuncTy,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
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
        let mut pre = Vec::new();
        let fty = callee.ty.clone();
        // The callee is evaluated before the arguments.
        let callee = self.stash(callee, scope, &mut pre);
        let mut vals: Vec<Expr> = Vec::new();
        for a in args {
            if let ast::ExprKind::Starred(inner) = &a.kind {
                let v = self.expr(inner, scope)?;
                let Ty::Tuple(ts) = self.resolve(&v.ty) else {
                    return err(
                        Kind::Unsupported,
                        a.span,
                        format!("`*` of a {} in a call through a function value is not supported by multigen yet (a tuple of fixed shape is)", v.ty),
                    );
                };
                let t = self.stash(v, scope, &mut pre);
                for (j, ft) in ts.into_iter().enumerate() {
                    vals.push(mk(ft, a.span, ExprKind::TupleGet(Box::new(t.clone()), j)));
                }
                continue;
            }
            let hint = ft.params.get(vals.len()).cloned().unwrap_or(Ty::None);
            let v = self.expr_hinted(a, &hint, scope)?;
            vals.push(self.stash(v, scope, &mut pre));
        }
        if vals.len() != ft.params.len() {
            return err(
                Kind::Type,
                span,
                format!(
                    "a function of type {fty} takes {} argument{} but {} were given",
                    ft.params.len(),
                    if ft.params.len() == 1 { "" } else { "s" },
                    vals.len()
                ),
            );
        }
        let vals = vals
            .into_iter()
            .zip(&ft.params)
            .enumerate()
            .map(|(i, (v, t))| {
                self.expect(
                    v,
                    t,
                    &format!("argument {} of a function of type {fty}", i + 1),
                )
            })
            .collect::<R<Vec<_>>>()?;
        let call = mk(
            ft.ret.clone(),
            span,
            ExprKind::CallValue(Box::new(callee), vals),
        );
        Ok(mk(
            ft.ret.clone(),
            span,
            ExprKind::Block(pre, Box::new(call)),
        ))
    }
}
