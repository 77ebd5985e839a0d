//! Subscripts, container methods and the built-ins that take iterables.

use super::classes::load;
use super::containers::{fn_value_ret, Sink, Source};
use super::*;

/// Bits of the `flags` argument of the runtime's slice functions: which of
/// `lower`, `upper` and `step` were omitted.
const SLICE_NO_LOWER: i64 = 1;
const SLICE_NO_UPPER: i64 = 2;
const SLICE_NO_STEP: i64 = 4;

pub(super) fn none(span: Span) -> Expr {
    mk(Ty::None, span, ExprKind::None)
}

pub(super) fn set_local(l: LocalId, e: Expr) -> Stmt {
    Stmt::Assign(Target::Place(Place::Local(l)), e)
}

impl Checker {
    /// `base[index]` and `base[lower:upper:step]`. A slice has the type of
    /// what it slices, so the type it is expected to have (`hint`) is
    /// passed on to the base (`xs += [[Sub()] for ...][:3]`).
    pub(super) fn subscript(
        &mut self,
        base: &ast::Expr,
        idx: &ast::Expr,
        span: Span,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        if let Some(e) = self.enum_getitem(base, idx, span, scope)? {
            return Ok(e);
        }
        let b = match (hint, &idx.kind) {
            (Some(h), ast::ExprKind::Slice { .. }) => self.expr_hinted(base, h, scope)?,
            _ => self.expr(base, scope)?,
        };
        let b = self.nt_as_tuple(b, scope);
        if b.ty.is_dynamic() {
            if matches!(idx.kind, ast::ExprKind::Slice { .. }) {
                return err(
                    Kind::Unsupported,
                    span,
                    "slicing a dynamic value is not supported by multigen yet",
                );
            }
            let i = self.expr(idx, scope)?;
            return self.dyn_subscript(b, i, span);
        }
        if matches!(self.resolve(&b.ty), Ty::Class(_)) {
            let i = self.expr(idx, scope)?;
            return match self.dunder_call("__getitem__", b, vec![i], span)? {
                Some(e) => Ok(e),
                None => err(
                    Kind::Type,
                    span,
                    "this object is not subscriptable (no __getitem__)",
                ),
            };
        }
        let b = self.deopt(b)?;
        let mut b = b;
        let mut bt = self.resolve(&b.ty);
        if let (ast::ExprKind::Slice { lower, upper, step }, Ty::Tuple(ts)) = (&idx.kind, &bt) {
            let literal = |p: &Option<Box<ast::Expr>>| match p.as_deref().map(|e| &e.kind) {
                None | Some(ast::ExprKind::Int(_) | ast::ExprKind::None) => true,
                Some(ast::ExprKind::Unary(ast::UnaryOp::Neg, x)) => {
                    matches!(x.kind, ast::ExprKind::Int(_))
                }
                _ => false,
            };
            let same = !ts.is_empty() && ts.iter().all(|t| *t == ts[0]);
            if [lower, upper, step].iter().all(|p| literal(p)) || !same {
                return self.tuple_slice(b, ts, [lower, upper, step], span, scope);
            }
            // Computed bounds on a tuple of one element type: slice it as
            // a `tuple[T, ...]`.
            let vt = Ty::VarTuple(Box::new(ts[0].clone()));
            b = self.expect(b, &vt, "tuple")?;
            bt = vt;
        }
        if let ast::ExprKind::Slice { lower, upper, step } = &idx.kind {
            let (args, _) = self.slice_args(lower, upper, step, scope)?;
            let name = match bt {
                Ty::List(_) => "mg_list_slice",
                Ty::VarTuple(_) => "mg_tuple_slice",
                Ty::Str => "mg_str_slice",
                _ => {
                    return err(
                        Kind::Unsupported,
                        span,
                        format!("slicing a {bt} is not supported by multigen yet"),
                    )
                }
            };
            let mut all = vec![RtArg::Value(b)];
            all.extend(args);
            return Ok(rt(bt, span, name, all));
        }
        match bt {
            Ty::Tuple(ts) => {
                let lit = match &idx.kind {
                    ast::ExprKind::Int(i) => Some(*i),
                    ast::ExprKind::Unary(ast::UnaryOp::Neg, x) => match x.kind {
                        ast::ExprKind::Int(i) => Some(-i),
                        _ => None,
                    },
                    _ => None,
                };
                let n = ts.len() as i64;
                if let Some(i) = lit {
                    let k = if i < 0 { i + n } else { i };
                    if (0..n).contains(&k) {
                        return Ok(mk(
                            ts[k as usize].clone(),
                            span,
                            ExprKind::TupleGet(Box::new(b), k as usize),
                        ));
                    }
                }
                // A computed index (or one out of range, which raises when
                // it runs) needs all elements to have one type.
                let homogeneous = !ts.is_empty() && ts.iter().all(|t| *t == ts[0]);
                if !homogeneous {
                    if lit.is_some() {
                        return err(Kind::Type, idx.span, "tuple index out of range");
                    }
                    return err(Kind::Unsupported, idx.span, "a computed index into a tuple whose elements have different types is not supported");
                }
                let i = self.index_arg(idx, "tuple", scope)?;
                Ok(mk(
                    ts[0].clone(),
                    span,
                    ExprKind::Index(Box::new(b), Box::new(i)),
                ))
            }
            Ty::List(t) => {
                let i = self.index_arg(idx, "list", scope)?;
                Ok(mk(*t, span, ExprKind::Index(Box::new(b), Box::new(i))))
            }
            Ty::VarTuple(t) => {
                let i = self.index_arg(idx, "tuple", scope)?;
                Ok(mk(*t, span, ExprKind::Index(Box::new(b), Box::new(i))))
            }
            Ty::Range => {
                let i = self.index_arg(idx, "range", scope)?;
                Ok(mk(Ty::Int, span, ExprKind::Index(Box::new(b), Box::new(i))))
            }
            Ty::Str => {
                let i = self.index_arg(idx, "string", scope)?;
                Ok(rt(
                    Ty::Str,
                    span,
                    "mg_str_getitem",
                    vec![RtArg::Value(b), RtArg::Value(i)],
                ))
            }
            Ty::Dict(k, v) => {
                let key = self.expr(idx, scope)?;
                let key = self.expect(key, &k, "dict key")?;
                Ok(mk(*v, span, ExprKind::Index(Box::new(b), Box::new(key))))
            }
            Ty::Var(_) => err(
                Kind::Type,
                span,
                "cannot infer the element type of this empty container here; annotate it",
            ),
            t => err(
                Kind::Type,
                span,
                format!("'{}' object is not subscriptable", t.class_name()),
            ),
        }
    }

    /// `t[a:b:c]` of a tuple with literal bounds: the selected fields.
    fn tuple_slice(
        &mut self,
        b: Expr,
        ts: &[Ty],
        parts: [&Option<Box<ast::Expr>>; 3],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let mut vals = [None, None, None];
        for (k, p) in parts.iter().enumerate() {
            if let Some(e) = p {
                let v = match &e.kind {
                    ast::ExprKind::Int(i) => *i,
                    ast::ExprKind::Unary(ast::UnaryOp::Neg, x)
                        if matches!(x.kind, ast::ExprKind::Int(_)) =>
                    {
                        match x.kind {
                            ast::ExprKind::Int(i) => -i,
                            _ => unreachable!(),
                        }
                    }
                    ast::ExprKind::None => continue,
                    _ => return err(
                        Kind::Unsupported,
                        e.span,
                        "slicing a tuple needs literal bounds (the result's type depends on them)",
                    ),
                };
                vals[k] = Some(v);
            }
        }
        let n = ts.len() as i64;
        let step = vals[2].unwrap_or(1);
        if step == 0 {
            return err(Kind::Type, span, "slice step cannot be zero");
        }
        // Python's slice.indices().
        let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| match v {
            None => default,
            Some(v) if v < 0 => (v + n).max(lo),
            Some(v) => v.min(hi),
        };
        let (start, stop) = if step > 0 {
            (clamp(vals[0], 0, 0, n), clamp(vals[1], n, 0, n))
        } else {
            (
                clamp(vals[0], n - 1, -1, n - 1),
                clamp(vals[1], -1, -1, n - 1),
            )
        };
        let mut idx = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            idx.push(i as usize);
            i += step;
        }
        let mut stmts = Vec::new();
        let tl = self.hoist(b, scope, &mut stmts);
        let elems: Vec<Expr> = idx
            .iter()
            .map(|&i| {
                mk(
                    ts[i].clone(),
                    span,
                    ExprKind::TupleGet(Box::new(tl.clone()), i),
                )
            })
            .collect();
        let ty = Ty::Tuple(elems.iter().map(|e| e.ty.clone()).collect());
        Ok(mk(
            ty.clone(),
            span,
            ExprKind::Block(stmts, Box::new(mk(ty, span, ExprKind::Tuple(elems)))),
        ))
    }

    fn index_arg(&mut self, idx: &ast::Expr, what: &str, scope: &mut Scope) -> R<Expr> {
        let i = self.expr(idx, scope)?;
        let i = self.enum_as_value(i);
        let i = self.index_value(i)?;
        match i.ty {
            Ty::Int | Ty::Bool => Ok(coerce(i, &Ty::Int).unwrap()),
            _ => err(
                Kind::Type,
                i.span,
                format!(
                    "{what} indices must be integers, not '{}'",
                    self.resolve(&i.ty).class_name()
                ),
            ),
        }
    }

    /// The (start, stop, step, flags) arguments of a runtime slice call.
    pub(super) fn slice_args(
        &mut self,
        lower: &Option<Box<ast::Expr>>,
        upper: &Option<Box<ast::Expr>>,
        step: &Option<Box<ast::Expr>>,
        scope: &mut Scope,
    ) -> R<(Vec<RtArg>, i64)> {
        let mut flags = 0;
        let mut args = Vec::new();
        for (part, bit) in [
            (lower, SLICE_NO_LOWER),
            (upper, SLICE_NO_UPPER),
            (step, SLICE_NO_STEP),
        ] {
            match part {
                Some(e) if !matches!(e.kind, ast::ExprKind::None) => {
                    let v = self.index_arg(e, "slice", scope)?;
                    args.push(RtArg::Value(v));
                }
                _ => {
                    flags |= bit;
                    args.push(RtArg::Const(0));
                }
            }
        }
        args.push(RtArg::Const(flags));
        Ok((args, flags))
    }

    /// `del x[i]`, `del x[a:b]`.
    pub(super) fn delete(
        &mut self,
        t: &ast::Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if let ast::ExprKind::Attribute(base, attr) = &t.kind {
            return self.delete_attr(base, attr, t.span, scope, out);
        }
        let ast::ExprKind::Subscript(base, idx) = &t.kind else {
            return err(
                Kind::Unsupported,
                t.span,
                "`del` of anything but a list or dict item or an attribute is not supported by multigen yet",
            );
        };
        let b = self.expr(base, scope)?;
        let bt = self.resolve(&b.ty);
        if let Ty::Class(_) = bt {
            return self.delitem_object(b, idx, t.span, scope, out);
        }
        if let ast::ExprKind::Slice { lower, upper, step } = &idx.kind {
            let Ty::List(_) = bt else {
                return err(
                    Kind::Type,
                    t.span,
                    format!(
                        "'{}' object does not support item deletion",
                        bt.class_name()
                    ),
                );
            };
            let (args, _) = self.slice_args(lower, upper, step, scope)?;
            let mut all = vec![RtArg::Value(b)];
            all.extend(args);
            out.push(Stmt::Expr(rt(Ty::None, t.span, "mg_list_del_slice", all)));
            return Ok(());
        }
        match bt {
            Ty::List(_) => {
                let i = self.index_arg(idx, "list", scope)?;
                out.push(Stmt::DelItem(b, i));
            }
            Ty::Dict(k, _) => {
                let key = self.expr(idx, scope)?;
                let key = self.expect(key, &k, "dict key")?;
                out.push(Stmt::DelItem(b, key));
            }
            t2 => {
                return err(
                    Kind::Type,
                    t.span,
                    format!(
                        "'{}' object does not support item deletion",
                        t2.class_name()
                    ),
                )
            }
        }
        Ok(())
    }

    /// `sorted(...)` of a list that nothing else refers to yet: sorts it in
    /// place with the `key=`/`reverse=` of `keywords`.
    pub(super) fn sort_fresh_list(
        &mut self,
        list: Expr,
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let lt = list.ty.clone();
        let elem = match self.resolve(&lt) {
            Ty::List(t) => *t,
            _ => unreachable!("a list type"),
        };
        let (key, reverse) = self.sort_options(keywords, &elem, scope)?;
        let key_ty = key.as_ref().map(fn_value_ret).unwrap_or(elem);
        let acc = self.hidden(scope, "sorted", lt.clone());
        let stmts = vec![
            set_local(acc, list),
            Stmt::Expr(rt(
                Ty::None,
                span,
                "mg_list_sort",
                vec![
                    RtArg::Value(load(acc, lt.clone(), span)),
                    RtArg::KeyFunc(key.map(Box::new)),
                    RtArg::Type(key_ty),
                    RtArg::Value(reverse),
                ],
            )),
        ];
        Ok(mk(
            lt.clone(),
            span,
            ExprKind::Block(stmts, Box::new(load(acc, lt, span))),
        ))
    }

    /// `base[index] = value` (and slice assignment).
    pub(super) fn set_item(
        &mut self,
        target: &ast::Expr,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let ast::ExprKind::Subscript(base, idx) = &target.kind else {
            unreachable!("set_item on a non-subscript")
        };
        let b = self.expr(base, scope)?;
        if b.ty.is_dynamic() {
            let i = self.expr(idx, scope)?;
            out.push(self.dyn_set_item(b, i, value, target.span)?);
            return Ok(());
        }
        if matches!(self.resolve(&b.ty), Ty::Class(_)) {
            let i = self.expr(idx, scope)?;
            let span = target.span;
            return match self.dunder_call("__setitem__", b, vec![i, value], span)? {
                Some(e) => {
                    out.push(Stmt::Expr(e));
                    Ok(())
                }
                None => err(
                    Kind::Type,
                    span,
                    "this object does not support item assignment (no __setitem__)",
                ),
            };
        }
        let b = self.deopt(b)?;
        let bt = self.resolve(&b.ty);
        if let ast::ExprKind::Slice { lower, upper, step } = &idx.kind {
            let Ty::List(_) = bt else {
                return err(
                    Kind::Type,
                    target.span,
                    format!(
                        "'{}' object does not support slice assignment",
                        bt.class_name()
                    ),
                );
            };
            let (args, _) = self.slice_args(lower, upper, step, scope)?;
            let value = self.expect(value, &bt, "assigned value")?;
            let mut all = vec![RtArg::Value(b)];
            all.extend(args);
            all.push(RtArg::Value(value));
            out.push(Stmt::Expr(rt(
                Ty::None,
                target.span,
                "mg_list_set_slice",
                all,
            )));
            return Ok(());
        }
        match bt {
            Ty::List(t) => {
                let i = self.index_arg(idx, "list", scope)?;
                let value = self.expect(value, &t, "list element")?;
                out.push(Stmt::SetItem(b, i, value));
            }
            Ty::Dict(k, v) => {
                let key = self.expr(idx, scope)?;
                let key = self.expect(key, &k, "dict key")?;
                let value = self.expect(value, &v, "dict value")?;
                out.push(Stmt::SetItem(b, key, value));
            }
            Ty::Var(_) => {
                return err(
                    Kind::Type,
                    target.span,
                    "cannot infer the type of this empty container here; annotate it",
                )
            }
            t => {
                return err(
                    Kind::Type,
                    target.span,
                    format!(
                        "'{}' object does not support item assignment",
                        t.class_name()
                    ),
                )
            }
        }
        Ok(())
    }

    /// A method call on a container or string value.
    pub(super) fn method_call(
        &mut self,
        base: &ast::Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let b = self.expr(base, scope)?;
        let bt = self.resolve(&b.ty);
        if bt.is_dynamic() {
            return self.dyn_method_call(b, name, args, keywords, span, scope);
        }
        let is_object = match &bt {
            Ty::Class(_) => true,
            Ty::Optional(t) => matches!(**t, Ty::Class(_)),
            _ => false,
        };
        if is_object {
            if let Some(e) = self.nt_method(&b, name, args, keywords, span, scope)? {
                return Ok(e);
            }
            return self.object_method_call(b, name, args, keywords, span, scope);
        }
        let (b, bt) = match bt {
            Ty::Optional(t) => (self.deopt_member(b, name)?, *t),
            t => (b, t),
        };
        match bt {
            Ty::List(t) => self.list_method(b, *t, name, args, keywords, span, scope),
            Ty::Dict(k, v) => self.dict_method(b, *k, *v, name, args, keywords, span, scope),
            Ty::Set(t) => self.set_method(b, *t, name, args, keywords, span, scope),
            Ty::Str => self.str_method(b, name, args, keywords, span, scope),
            Ty::Gen(..) => self.gen_method(b, name, args, keywords, span, scope),
            Ty::Var(_) => err(
                Kind::Type,
                base.span,
                "cannot infer the type of this empty container here; annotate it",
            ),
            t => err(
                Kind::Type,
                name.span,
                format!(
                    "'{}' object has no attribute '{}'",
                    t.class_name(),
                    name.name
                ),
            ),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn args_of(
        &mut self,
        m: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        lo: usize,
        hi: usize,
        span: Span,
        scope: &mut Scope,
    ) -> R<Vec<Expr>> {
        self.no_keywords(m, keywords)?;
        self.arity(m, args, lo, hi, span)?;
        args.iter().map(|a| self.expr(a, scope)).collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn list_method(
        &mut self,
        b: Expr,
        t: Ty,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let lt = Ty::List(Box::new(t.clone()));
        let m = name.name.as_str();
        match m {
            "sort" => {
                let (key, reverse) = self.sort_options(keywords, &t, scope)?;
                self.arity("sort", args, 0, 0, span)?;
                let key_ty = key.as_ref().map(fn_value_ret).unwrap_or(t);
                Ok(rt(
                    Ty::None,
                    span,
                    "mg_list_sort",
                    vec![
                        RtArg::Value(b),
                        RtArg::KeyFunc(key.map(Box::new)),
                        RtArg::Type(key_ty),
                        RtArg::Value(reverse),
                    ],
                ))
            }
            "extend" => {
                self.no_keywords(m, keywords)?;
                self.arity(m, args, 1, 1, span)?;
                if let ast::ExprKind::Generator { .. } = args[0].kind {
                    return self.extend_by_loop(b, &args[0], span, scope);
                }
                let other = self.expr(&args[0], scope)?;
                if matches!(self.resolve(&other.ty), Ty::List(_)) {
                    let other = self.expect(other, &lt, "argument of extend()")?;
                    return Ok(rt(
                        Ty::None,
                        span,
                        "mg_list_extend",
                        vec![RtArg::Value(b), RtArg::Value(other)],
                    ));
                }
                let tmp = self.hidden(scope, "ext", other.ty.clone());
                let (iter, elem) = self.iter_of_value(load(tmp, other.ty.clone(), span))?;
                let var = self.hidden(scope, "x", elem.clone());
                let lst = self.hidden(scope, "l", lt.clone());
                let v = self.expect(load(var, elem, span), &t, "element")?;
                let body = vec![Stmt::Expr(mk(
                    Ty::None,
                    span,
                    ExprKind::Append(Box::new(load(lst, lt.clone(), span)), Box::new(v)),
                ))];
                let stmts = vec![
                    set_local(lst, b),
                    set_local(tmp, other),
                    Stmt::For {
                        target: Target::Place(Place::Local(var)),
                        iter,
                        body,
                        orelse: vec![],
                        span: Span::default(),
                    },
                ];
                Ok(mk(
                    Ty::None,
                    span,
                    ExprKind::Block(stmts, Box::new(none(span))),
                ))
            }
            _ => {
                let vals = match m {
                    // The element type is expected (a lambda takes its
                    // parameter types from it).
                    "append" => {
                        self.no_keywords(m, keywords)?;
                        self.arity(m, args, 1, 1, span)?;
                        vec![self.expr_hinted(&args[0], &t, scope)?]
                    }
                    "remove" | "count" => self.args_of(m, args, keywords, 1, 1, span, scope)?,
                    "insert" => self.args_of(m, args, keywords, 2, 2, span, scope)?,
                    "pop" => self.args_of(m, args, keywords, 0, 1, span, scope)?,
                    "index" => self.args_of(m, args, keywords, 1, 3, span, scope)?,
                    "reverse" | "copy" | "clear" => {
                        self.args_of(m, args, keywords, 0, 0, span, scope)?
                    }
                    _ => {
                        return err(
                            Kind::Type,
                            name.span,
                            format!("'list' object has no attribute '{m}'"),
                        )
                    }
                };
                let mut it = vals.into_iter();
                let elem = |cx: &mut Self, e: Option<Expr>| -> R<Expr> {
                    cx.expect(e.unwrap(), &t, &format!("argument of {m}()"))
                };
                Ok(match m {
                    "append" => {
                        let v = elem(self, it.next())?;
                        mk(Ty::None, span, ExprKind::Append(Box::new(b), Box::new(v)))
                    }
                    "remove" => {
                        let v = elem(self, it.next())?;
                        rt(
                            Ty::None,
                            span,
                            "mg_list_remove",
                            vec![RtArg::Value(b), RtArg::Slot(v)],
                        )
                    }
                    "count" => {
                        let v = elem(self, it.next())?;
                        rt(
                            Ty::Int,
                            span,
                            "mg_list_count",
                            vec![RtArg::Value(b), RtArg::Slot(v)],
                        )
                    }
                    "index" => {
                        let v = elem(self, it.next())?;
                        // Omitted bounds are 0 and the largest int.
                        let mut a = vec![RtArg::Value(b), RtArg::Slot(v)];
                        for x in it.by_ref() {
                            let x = self.expect(
                                coerce(x.clone(), &Ty::Int).unwrap_or(x),
                                &Ty::Int,
                                "index() bound",
                            )?;
                            a.push(RtArg::Value(x));
                        }
                        if a.len() < 3 {
                            a.push(RtArg::Const(0));
                        }
                        if a.len() < 4 {
                            a.push(RtArg::Const(i64::MAX));
                        }
                        rt(Ty::Int, span, "mg_list_index", a)
                    }
                    "insert" => {
                        let i = it.next().unwrap();
                        let i = self.expect(
                            coerce(i.clone(), &Ty::Int).unwrap_or(i),
                            &Ty::Int,
                            "insert() index",
                        )?;
                        let v = elem(self, it.next())?;
                        rt(
                            Ty::None,
                            span,
                            "mg_list_insert",
                            vec![RtArg::Value(b), RtArg::Value(i), RtArg::Slot(v)],
                        )
                    }
                    "pop" => {
                        let i = match it.next() {
                            Some(i) => self.expect(
                                coerce(i.clone(), &Ty::Int).unwrap_or(i),
                                &Ty::Int,
                                "pop() index",
                            )?,
                            None => mk(Ty::Int, span, ExprKind::Int(-1)),
                        };
                        rt_slot(
                            t,
                            span,
                            "mg_list_pop",
                            vec![RtArg::Value(b), RtArg::Value(i)],
                        )
                    }
                    "reverse" => rt(Ty::None, span, "mg_list_reverse", vec![RtArg::Value(b)]),
                    "clear" => rt(Ty::None, span, "mg_list_clear", vec![RtArg::Value(b)]),
                    _ => rt(lt, span, "mg_list_copy", vec![RtArg::Value(b)]),
                })
            }
        }
    }

    fn extend_by_loop(
        &mut self,
        b: Expr,
        gen: &ast::Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let acc = self.hidden(scope, "ext", b.ty.clone());
        let mut stmts = vec![set_local(acc, b)];
        stmts.extend(self.consume(Source::of(gen), scope, &mut |_, _, _| Ok(Sink::Append(acc)))?);
        Ok(mk(
            Ty::None,
            span,
            ExprKind::Block(stmts, Box::new(none(span))),
        ))
    }

    /// `key=` and `reverse=` of `sort`/`sorted`.
    fn sort_options(
        &mut self,
        keywords: &[ast::Keyword],
        elem: &Ty,
        scope: &mut Scope,
    ) -> R<(Option<Expr>, Expr)> {
        let mut key = None;
        let mut reverse = mk(Ty::Bool, Span::default(), ExprKind::Bool(false));
        for k in keywords {
            match k.name.name.as_str() {
                "key" => {
                    if !matches!(k.value.kind, ast::ExprKind::None) {
                        key = Some(self.key_func(&k.value, elem, scope)?);
                    }
                }
                "reverse" => {
                    let v = self.expr(&k.value, scope)?;
                    reverse = truth(v);
                }
                other => {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!("'{other}' is an invalid keyword argument for sort()"),
                    )
                }
            }
        }
        if let Some(f) = &key {
            let kt = fn_value_ret(f);
            self.orderable(&kt, Span::default())?;
        } else {
            self.orderable(elem, Span::default())?;
        }
        Ok((key, reverse))
    }

    fn orderable(&self, t: &Ty, span: Span) -> R<()> {
        match self.resolve(t) {
            Ty::Dict(..) | Ty::Set(_) | Ty::None => err(
                Kind::Type,
                span,
                format!(
                    "'<' not supported between instances of '{0}' and '{0}'",
                    self.resolve(t).class_name()
                ),
            ),
            _ => Ok(()),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn dict_method(
        &mut self,
        b: Expr,
        k: Ty,
        v: Ty,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let dt = Ty::Dict(Box::new(k.clone()), Box::new(v.clone()));
        let m = name.name.as_str();
        let vals = match m {
            "get" | "pop" => self.args_of(m, args, keywords, 1, 2, span, scope)?,
            "setdefault" => self.args_of(m, args, keywords, 2, 2, span, scope)?,
            "update" => self.args_of(m, args, keywords, 1, 1, span, scope)?,
            "copy" | "clear" | "popitem" => self.args_of(m, args, keywords, 0, 0, span, scope)?,
            "items" | "keys" | "values" => {
                self.args_of(m, args, keywords, 0, 0, span, scope)?;
                let kind = match m {
                    "keys" => 0,
                    "values" => 1,
                    _ => 2,
                };
                // A view is the dict itself, seen through another type.
                return Ok(mk(
                    Ty::DictView(kind, Box::new(k), Box::new(v)),
                    span,
                    ExprKind::Builtin(Builtin::Then, vec![b]),
                ));
            }
            _ => {
                return err(
                    Kind::Type,
                    name.span,
                    format!("'dict' object has no attribute '{m}'"),
                )
            }
        };
        let mut it = vals.into_iter();
        Ok(match m {
            "get" => {
                let key = self.expect(it.next().unwrap(), &k, "dict key")?;
                self.dict_get(b, key, &k, &v, it.next(), span, scope)?
            }
            "pop" => {
                let key = self.expect(it.next().unwrap(), &k, "dict key")?;
                match it.next() {
                    Some(d) => {
                        let d = self.expect(d, &v, "default value")?;
                        rt_slot(
                            v,
                            span,
                            "mg_dict_pop_default",
                            vec![RtArg::Value(b), RtArg::Slot(key), RtArg::Slot(d)],
                        )
                    }
                    None => rt_slot(
                        v,
                        span,
                        "mg_dict_pop",
                        vec![RtArg::Value(b), RtArg::Slot(key)],
                    ),
                }
            }
            "setdefault" => {
                let key = self.expect(it.next().unwrap(), &k, "dict key")?;
                let d = self.expect(it.next().unwrap(), &v, "default value")?;
                rt_slot(
                    v,
                    span,
                    "mg_dict_setdefault",
                    vec![RtArg::Value(b), RtArg::Slot(key), RtArg::Slot(d)],
                )
            }
            "update" => {
                let other = self.expect(it.next().unwrap(), &dt, "argument of update()")?;
                rt(
                    Ty::None,
                    span,
                    "mg_dict_update",
                    vec![RtArg::Value(b), RtArg::Value(other)],
                )
            }
            "popitem" => rt_slot(
                Ty::Tuple(vec![k, v]),
                span,
                "mg_dict_popitem",
                vec![RtArg::Value(b)],
            ),
            "clear" => rt(Ty::None, span, "mg_dict_clear", vec![RtArg::Value(b)]),
            _ => rt(dt, span, "mg_dict_copy", vec![RtArg::Value(b)]),
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn set_method(
        &mut self,
        b: Expr,
        t: Ty,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let st = Ty::Set(Box::new(t.clone()));
        let m = name.name.as_str();
        let vals = match m {
            "add" | "remove" | "discard" => self.args_of(m, args, keywords, 1, 1, span, scope)?,
            "union"
            | "intersection"
            | "difference"
            | "symmetric_difference"
            | "issubset"
            | "issuperset"
            | "isdisjoint"
            | "update"
            | "intersection_update"
            | "difference_update"
            | "symmetric_difference_update" => {
                self.no_keywords(m, keywords)?;
                self.arity(m, args, 1, 1, span)?;
                if let Some(e) = self.set_update_by_items(m, &b, &t, &args[0], span, scope)? {
                    return Ok(e);
                }
                if self.is_iter_call(&args[0], scope) {
                    // `s.union(range(3))`: collect the iterable into a set.
                    let acc = self.hidden(scope, "other", st.clone());
                    let mut stmts =
                        vec![set_local(acc, mk(st.clone(), span, ExprKind::Set(vec![])))];
                    stmts.extend(self.consume(Source::of(&args[0]), scope, &mut |_, _, _| {
                        Ok(Sink::SetAdd(acc))
                    })?);
                    vec![mk(
                        st.clone(),
                        span,
                        ExprKind::Block(stmts, Box::new(load(acc, st.clone(), span))),
                    )]
                } else {
                    self.args_of(m, args, keywords, 1, 1, span, scope)?
                }
            }
            "pop" | "copy" | "clear" => self.args_of(m, args, keywords, 0, 0, span, scope)?,
            _ => {
                return err(
                    Kind::Type,
                    name.span,
                    format!("'set' object has no attribute '{m}'"),
                )
            }
        };
        let mut it = vals.into_iter();
        Ok(match m {
            "add" | "remove" | "discard" => {
                let x = self.expect(it.next().unwrap(), &t, &format!("argument of {m}()"))?;
                let f = match m {
                    "add" => "mg_set_add",
                    "remove" => "mg_set_remove",
                    _ => "mg_set_discard",
                };
                rt(Ty::None, span, f, vec![RtArg::Value(b), RtArg::Slot(x)])
            }
            "pop" => rt_slot(t, span, "mg_set_pop", vec![RtArg::Value(b)]),
            "copy" => rt(st, span, "mg_set_copy", vec![RtArg::Value(b)]),
            "clear" => rt(Ty::None, span, "mg_set_clear", vec![RtArg::Value(b)]),
            _ => {
                let other = it.next().unwrap();
                let other = match self.resolve(&other.ty) {
                    Ty::Set(_) => self.expect(other, &st, &format!("argument of {m}()"))?,
                    _ => {
                        // Any other iterable is first collected into a set.
                        let acc = self.hidden(scope, "other", st.clone());
                        let mut stmts =
                            vec![set_local(acc, mk(st.clone(), span, ExprKind::Set(vec![])))];
                        stmts.extend(self.consume_value(other, scope, Sink::SetAdd(acc))?);
                        mk(
                            st.clone(),
                            span,
                            ExprKind::Block(stmts, Box::new(load(acc, st.clone(), span))),
                        )
                    }
                };
                self.set_op(m, b, other, span)?
            }
        })
    }

    /// `s.update(it)`, `s.union(it)`, `s.difference_update(it)` and
    /// `s.difference(it)` for an iterable `it` that is not a set: CPython
    /// adds (or discards) its items one by one, which decides the order
    /// the set iterates in; so does this lowering. `None` for a set `it`
    /// and the other methods.
    #[allow(clippy::too_many_arguments)]
    fn set_update_by_items(
        &mut self,
        m: &str,
        b: &Expr,
        t: &Ty,
        arg: &ast::Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        if !matches!(m, "update" | "union" | "difference_update" | "difference") {
            return Ok(None);
        }
        let st = Ty::Set(Box::new(t.clone()));
        let source = if self.is_iter_call(arg, scope) {
            None
        } else {
            let v = self.expr(arg, scope)?;
            if let Ty::Set(_) = self.resolve(&v.ty) {
                return Ok(None);
            }
            Some(v)
        };
        let acc = self.hidden(scope, "set", st.clone());
        let start = match m {
            "update" | "difference_update" => b.clone(),
            _ => rt(
                st.clone(),
                span,
                "mg_set_copy",
                vec![RtArg::Value(b.clone())],
            ),
        };
        let sink = if m.starts_with("difference") {
            Sink::SetDiscard(acc)
        } else {
            Sink::SetAdd(acc)
        };
        let mut stmts = vec![set_local(acc, start)];
        match source {
            Some(v) => stmts.extend(self.consume_value(v, scope, sink)?),
            None => stmts.extend(self.consume(Source::of(arg), scope, &mut |_, _, _| {
                Ok(match sink {
                    Sink::SetAdd(a) => Sink::SetAdd(a),
                    _ => Sink::SetDiscard(acc),
                })
            })?),
        }
        let result = if m.ends_with("update") {
            mk(Ty::None, span, ExprKind::None)
        } else {
            load(acc, st, span)
        };
        Ok(Some(mk(
            result.ty.clone(),
            span,
            ExprKind::Block(stmts, Box::new(result)),
        )))
    }

    /// A binary set operation by method name (also used for `| & - ^`).
    pub(super) fn set_op(&mut self, m: &str, a: Expr, b: Expr, span: Span) -> R<Expr> {
        let st = a.ty.clone();
        let (name, ty): (&'static str, Ty) = match m {
            "union" => ("mg_set_union", st),
            "intersection" => ("mg_set_intersection", st),
            "difference" => ("mg_set_difference", st),
            "symmetric_difference" => ("mg_set_symmetric_difference", st),
            "issubset" => ("mg_set_issubset", Ty::Bool),
            "issuperset" => ("mg_set_issuperset", Ty::Bool),
            "isdisjoint" => ("mg_set_isdisjoint", Ty::Bool),
            "update" => ("mg_set_update", Ty::None),
            "intersection_update" => ("mg_set_intersection_update", Ty::None),
            "difference_update" => ("mg_set_difference_update", Ty::None),
            _ => ("mg_set_symmetric_difference_update", Ty::None),
        };
        if ty == Ty::Bool {
            let r = rt(Ty::Int, span, name, vec![RtArg::Value(a), RtArg::Value(b)]);
            return Ok(truth(r));
        }
        Ok(rt(ty, span, name, vec![RtArg::Value(a), RtArg::Value(b)]))
    }

    // ----- built-ins over iterables -----

    /// `sum`, `min`/`max` of one iterable, `any`, `all`, `sorted`, `list`,
    /// `set`, `dict`; `None` if `name` is not one of them (or the call is
    /// another form of it).
    pub(super) fn iterable_builtin(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let single = args.len() == 1;
        Ok(Some(match name {
            "sum" => {
                self.no_keywords("sum", keywords)?;
                self.arity("sum", args, 1, 2, span)?;
                let start = match args.get(1) {
                    Some(st) => Some(self.expr(st, scope)?),
                    None => None,
                };
                let mut init = Vec::new();
                let mut result = None;
                let loops = self.consume(Source::of(&args[0]), scope, &mut |cx, elem, scope| {
                    // The total of a float iterable is a float (for an empty
                    // one CPython returns the int 0: see the README).
                    let start = start
                        .clone()
                        .unwrap_or_else(|| mk(Ty::Int, span, ExprKind::Int(0)));
                    let acc_ty = match (cx.resolve(elem), &start.ty) {
                        (Ty::Float, _) | (_, Ty::Float) => Ty::Float,
                        (Ty::Int | Ty::Bool, Ty::Int | Ty::Bool) => Ty::Int,
                        (t, _) => {
                            return err(
                                Kind::Type,
                                span,
                                format!("sum() of {t} values is not supported"),
                            )
                        }
                    };
                    let acc = cx.hidden(scope, "sum", acc_ty.clone());
                    // CPython's int start stays an int where the program
                    // keeps ints in float slots (`numtower.rs`).
                    let start = if acc_ty == Ty::Float && start.ty == Ty::Int {
                        numtower::num(NumOp::SumStart, Ty::Float, start)
                    } else {
                        coerce(start, &acc_ty).expect("numeric start converts")
                    };
                    init.push(set_local(acc, start));
                    result = Some((acc, acc_ty));
                    Ok(Sink::Sum(acc))
                })?;
                let (acc, acc_ty) = result.expect("the sink was created");
                init.extend(loops);
                mk(
                    acc_ty.clone(),
                    span,
                    ExprKind::Block(init, Box::new(load(acc, acc_ty, span))),
                )
            }
            "any" | "all" => {
                self.no_keywords(name, keywords)?;
                self.arity(name, args, 1, 1, span)?;
                let acc = self.hidden(scope, name, Ty::Bool);
                let is_any = name == "any";
                let mut stmts = vec![set_local(acc, mk(Ty::Bool, span, ExprKind::Bool(!is_any)))];
                let sink = if is_any {
                    Sink::Any(acc)
                } else {
                    Sink::All(acc)
                };
                stmts.extend(self.consume(Source::of(&args[0]), scope, &mut |_, _, _| Ok(sink))?);
                mk(
                    Ty::Bool,
                    span,
                    ExprKind::Block(stmts, Box::new(load(acc, Ty::Bool, span))),
                )
            }
            "min" | "max" if single || !keywords.is_empty() => {
                if !single {
                    return err(Kind::Unsupported, span, format!("{name}() of several arguments with keywords is not supported by multigen yet"));
                }
                let is_max = name == "max";
                let mut init = Vec::new();
                let mut result = None;
                let mut none_default = None;
                let loops = self.consume(Source::of(&args[0]), scope, &mut |cx, elem, scope| {
                    let mut key = None;
                    let mut default = None;
                    for k in keywords {
                        match k.name.name.as_str() {
                            "key" => key = Some(cx.key_func(&k.value, elem, scope)?),
                            "default" if matches!(k.value.kind, ast::ExprKind::None) => {
                                // `default=None` makes the result optional
                                // (mypy's `Optional[T]`) unless it is already.
                                let opt = optional(elem.clone());
                                if &opt != elem {
                                    none_default = Some(opt);
                                } else {
                                    let slot = cx.hidden(scope, "default", elem.clone());
                                    init.push(set_local(
                                        slot,
                                        mk(elem.clone(), span, ExprKind::None),
                                    ));
                                    default = Some(load(slot, elem.clone(), span));
                                }
                            }
                            "default" => {
                                // An argument: CPython evaluates it before
                                // iterating, whether it is used or not.
                                let d = cx.expr(&k.value, scope)?;
                                let d = cx.expect(d, elem, "default")?;
                                let slot = cx.hidden(scope, "default", elem.clone());
                                init.push(set_local(slot, d));
                                default = Some(load(slot, elem.clone(), span));
                            }
                            o => {
                                return err(
                                    Kind::Call,
                                    k.name.span,
                                    format!("'{o}' is an invalid keyword argument for {name}()"),
                                )
                            }
                        }
                    }
                    match &key {
                        Some(f) => cx.orderable(&fn_value_ret(f), span)?,
                        None => cx.orderable(elem, span)?,
                    }
                    let best = cx.hidden(scope, "best", elem.clone());
                    let seen = cx.hidden(scope, "seen", Ty::Bool);
                    // The key function is evaluated once, before iterating.
                    let best_key = key.map(|f| {
                        let kt = fn_value_ret(&f);
                        let fl = cx.hidden(scope, "keyfn", f.ty.clone());
                        init.push(set_local(fl, f));
                        (cx.hidden(scope, "bestkey", kt), fl)
                    });
                    init.push(set_local(seen, mk(Ty::Bool, span, ExprKind::Bool(false))));
                    result = Some((best, seen, elem.clone(), default));
                    Ok(Sink::Best {
                        best,
                        best_key,
                        seen,
                        max: is_max,
                    })
                })?;
                let (best, seen, elem, default) = result.expect("the sink was created");
                let mut stmts = init;
                stmts.extend(loops);
                if let Some(opt) = none_default {
                    let out = self.hidden(scope, "best", opt.clone());
                    let found = self.expect(load(best, elem, span), &opt, "result")?;
                    stmts.push(Stmt::If(
                        load(seen, Ty::Bool, span),
                        vec![set_local(out, found)],
                        vec![set_local(out, mk(opt.clone(), span, ExprKind::None))],
                    ));
                    return Ok(Some(mk(
                        opt.clone(),
                        span,
                        ExprKind::Block(stmts, Box::new(load(out, opt, span))),
                    )));
                }
                let empty = match default {
                    Some(d) => vec![set_local(best, d)],
                    None => {
                        let msg = mk(
                            Ty::Str,
                            span,
                            ExprKind::Str(format!("{name}() arg is an empty sequence")),
                        );
                        let ty = mk(Ty::Str, span, ExprKind::Str("ValueError".into()));
                        vec![Stmt::Expr(rt(
                            Ty::None,
                            span,
                            "mg_raise",
                            vec![RtArg::Value(ty), RtArg::Value(msg)],
                        ))]
                    }
                };
                let not_seen = mk(
                    Ty::Bool,
                    span,
                    ExprKind::Unary(UnOp::Not, Box::new(load(seen, Ty::Bool, span))),
                );
                stmts.push(Stmt::If(not_seen, empty, vec![]));
                mk(
                    elem.clone(),
                    span,
                    ExprKind::Block(stmts, Box::new(load(best, elem, span))),
                )
            }
            "sorted" => {
                self.arity("sorted", args, 1, 1, span)?;
                let lt = Ty::List(Box::new(self.fresh_var()));
                let list = self.collect(&args[0], lt.clone(), Sink::Append, span, scope)?;
                self.sort_fresh_list(list, keywords, span, scope)?
            }
            "tuple" if args.is_empty() => mk(Ty::Tuple(vec![]), span, ExprKind::Tuple(vec![])),
            "tuple" if single => {
                self.no_keywords(name, keywords)?;
                if !self.is_iter_call(&args[0], scope) {
                    let v = self.expr(&args[0], scope)?;
                    let v = self.nt_as_tuple(v, scope);
                    match self.resolve(&v.ty) {
                        // A tuple (of either kind) converts to itself.
                        Ty::Tuple(_) | Ty::VarTuple(_) => return Ok(Some(v)),
                        _ => {}
                    }
                }
                let lt = Ty::List(Box::new(self.fresh_var()));
                let list = self.collect(&args[0], lt.clone(), Sink::Append, span, scope)?;
                let Ty::List(et) = self.resolve(&lt) else {
                    unreachable!("a list type")
                };
                rt(
                    Ty::VarTuple(et),
                    span,
                    "mg_tuple_from_list",
                    vec![RtArg::Value(list)],
                )
            }
            "list" | "set" if single => {
                self.no_keywords(name, keywords)?;
                if name == "list" {
                    let lt = Ty::List(Box::new(self.fresh_var()));
                    return Ok(Some(self.collect(
                        &args[0],
                        lt,
                        Sink::Append,
                        span,
                        scope,
                    )?));
                }
                let st = Ty::Set(Box::new(self.fresh_var()));
                self.collect(&args[0], st, Sink::SetAdd, span, scope)?
            }
            "dict" if single => {
                self.no_keywords(name, keywords)?;
                if !self.is_iter_call(&args[0], scope) {
                    // dict(d) copies a dict (a display or a call too).
                    let v = self.expr(&args[0], scope)?;
                    if let Ty::Dict(..) = self.resolve(&v.ty) {
                        let t = v.ty.clone();
                        return Ok(Some(rt(t, span, "mg_dict_copy", vec![RtArg::Value(v)])));
                    }
                }
                let dt = Ty::Dict(Box::new(self.fresh_var()), Box::new(self.fresh_var()));
                self.collect(&args[0], dt, Sink::DictSet, span, scope)?
            }
            "list" | "set" | "dict" if args.is_empty() => {
                self.no_keywords(name, keywords)?;
                let ty = match name {
                    "list" => Ty::List(Box::new(self.fresh_var())),
                    "set" => Ty::Set(Box::new(self.fresh_var())),
                    _ => Ty::Dict(Box::new(self.fresh_var()), Box::new(self.fresh_var())),
                };
                self.empty(&ty, span)
            }
            _ => return Ok(None),
        }))
    }

    /// Fills a new container of type `ty` from an iterable or generator.
    fn collect(
        &mut self,
        src: &ast::Expr,
        ty: Ty,
        sink: fn(LocalId) -> Sink,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let value = if let Some(v) = self.enum_members(src, scope) {
            Some(v)
        } else if self.is_iter_call(src, scope) {
            None
        } else {
            let v = self.expr(src, scope)?;
            Some(self.nt_as_tuple(v, scope))
        };
        // `list(xs)` of a list is a plain copy.
        if let Some(v) = &value {
            if let (Ty::List(_), Ty::List(_)) = (&ty, self.resolve(&v.ty)) {
                let v = self.expect(v.clone(), &ty, "argument")?;
                return Ok(rt(ty, span, "mg_list_copy", vec![RtArg::Value(v)]));
            }
        }
        let acc = self.hidden(scope, "acc", ty.clone());
        let mut stmts = vec![set_local(acc, self.empty(&ty, span))];
        match value {
            None => {
                stmts.extend(self.consume(Source::of(src), scope, &mut |_, _, _| Ok(sink(acc)))?)
            }
            Some(v) => stmts.extend(self.consume_value(v, scope, sink(acc))?),
        }
        Ok(mk(
            ty.clone(),
            span,
            ExprKind::Block(stmts, Box::new(load(acc, ty, span))),
        ))
    }
}
