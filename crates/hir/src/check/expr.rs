//! Expressions: type expectations and hints, conversions, conditions and
//! truth, and the dispatch of every expression kind.

use super::*;

impl Checker {
    /// Checks that a value stored into a variable, parameter or return slot
    /// has the slot's type. Python performs no conversion there: an `int`
    /// stored in a `float` variable stays an `int` (and prints as one), so
    /// it is boxed rather than converted (`numtower.rs`); a `bool` where an
    /// `int` or `float` is declared is rejected with a hint.
    pub(super) fn expect(&mut self, e: Expr, ty: &Ty, what: &str) -> R<Expr> {
        if &e.ty == ty || self.unify(&e.ty, ty) {
            return Ok(e);
        }
        if let Some(e) = self.dyn_convert(e.clone(), ty)? {
            return Ok(e);
        }
        if let Some(e) = self.convert_object(e.clone(), ty) {
            return Ok(e);
        }
        if let Some(e) = self.convert_display(&e, ty) {
            return Ok(e);
        }
        // A fixed-size tuple whose fields all have the element type is a
        // `tuple[T, ...]` too: it is boxed.
        if let (Ty::Tuple(ts), Ty::VarTuple(et)) = (self.resolve(&e.ty), self.resolve(ty)) {
            if ts.iter().all(|t| self.unify(t, &et)) {
                let span = e.span;
                return Ok(mk(Ty::VarTuple(et), span, ExprKind::BoxTuple(Box::new(e))));
            }
        }
        // An object with `__call__` where a function is expected: its bound
        // `__call__`.
        if let (Ty::Class(c), Ty::Func(_)) = (self.resolve(&e.ty), self.resolve(ty)) {
            if let Some((_, m)) = self.find_method(c, "__call__") {
                let span = e.span;
                let f = self.method_value(Some(e.clone()), c, "__call__", m, span)?;
                if self.unify(&f.ty, ty) {
                    return Ok(f);
                }
            }
        }
        let (found, ty) = (self.resolve(&e.ty), &self.resolve(ty));
        let hint = match (&e.ty, ty) {
            (Ty::Bool, Ty::Int) => {
                " (CPython keeps a bool here, which prints as True/False; convert it with int(...))"
                    .to_string()
            }
            (Ty::Bool, Ty::Float) => {
                " (CPython keeps a bool here, which prints as True/False; convert it with float(...))"
                    .to_string()
            }
            // `Iterable[T]`/`Iterator[T]` where nothing is compiled per
            // call (a method's parameter, a variable) holds a generator.
            (_, Ty::Gen(..)) if !matches!(found, Ty::Gen(..) | Ty::Var(_)) => {
                " (an Iterable or Iterator parameter of a method, or a variable of that type, holds only generators in multigen yet; module-level functions take any iterable, or pass a generator expression such as `(x for x in xs)`)"
                    .to_string()
            }
            _ => String::new(),
        };
        // mypy accepts any iterable there: a limit of multigen's, not an
        // error of the program's.
        let kind = if matches!(ty, Ty::Gen(..)) && !hint.is_empty() {
            Kind::Unsupported
        } else {
            Kind::Type
        };
        err(
            kind,
            e.span,
            format!("{what} has type {found}, expected {ty}{hint}"),
        )
    }

    /// Checks `e` where a value of type `hint` is expected (an annotated
    /// assignment, a `return`): a comprehension then builds a container of
    /// that type, converting its elements (`xs: list[int | None] = [n for
    /// ...]`), as `expect` converts a display.
    pub(super) fn expr_hinted(&mut self, e: &ast::Expr, hint: &Ty, scope: &mut Scope) -> R<Expr> {
        // A generic class called where one of its instances is expected.
        if let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        {
            if let ast::ExprKind::Name(n) = &func.kind {
                if self.generic_classes.contains_key(n)
                    && scope.binding(n).is_none()
                    && self.lookup(n, scope).is_none()
                {
                    let n = n.clone();
                    return self.generic_construct(&n, args, keywords, e.span, Some(hint), scope);
                }
            }
        }
        match e.kind {
            ast::ExprKind::Lambda { .. } => self.lambda_hinted(e, hint, scope),
            // A function, built-in or class used as a function value of
            // the expected type.
            ast::ExprKind::Name(ref n)
                if matches!(self.resolve(hint), Ty::Func(_) | Ty::Optional(_))
                    && scope.binding(n).is_none()
                    && !self.enclosing.iter().any(|s| s.binding(n).is_some())
                    && (matches!(
                        self.lookup(n, scope),
                        Some(Binding::Func(_) | Binding::Class(_))
                    ) || (self.lookup(n, scope).is_none()
                        && BUILTINS.contains(&n.as_str()))) =>
            {
                let ft = match self.resolve(hint) {
                    Ty::Func(ft) => *ft,
                    Ty::Optional(t) => match *t {
                        Ty::Func(ft) => *ft,
                        _ => return self.expr(e, scope),
                    },
                    _ => unreachable!(),
                };
                self.callable_value(n, Some(ft), e.span, scope)
            }
            ast::ExprKind::Generator { .. } => self.genexpr_value(e, Some(hint), scope),
            ast::ExprKind::ListComp { .. }
            | ast::ExprKind::SetComp { .. }
            | ast::ExprKind::DictComp { .. } => self.comprehension_into(e, Some(hint), scope),
            ast::ExprKind::IfExp {
                ref test,
                ref body,
                ref orelse,
            } => self.if_exp(test, body, orelse, e.span, Some(hint), scope),
            // Displays pass the expected element types to their elements.
            ast::ExprKind::List(ref xs) => match self.resolve(hint) {
                Ty::List(t) => self.list_display(xs, Some(&t), e.span, scope),
                Ty::Dyn(_) => self.list_display(xs, Some(&Ty::Dyn(Dyn::Any)), e.span, scope),
                _ => self.expr(e, scope),
            },
            ast::ExprKind::Set(ref xs) => match self.resolve(hint) {
                Ty::Set(t) => self.set_display(xs, Some(&t), e.span, scope),
                Ty::Dyn(_) => self.set_display(xs, Some(&Ty::Dyn(Dyn::Any)), e.span, scope),
                _ => self.expr(e, scope),
            },
            ast::ExprKind::Dict(ref items) => match self.resolve(hint) {
                Ty::Dict(k, v) => self.dict_display(items, Some((&k, &v)), e.span, scope),
                Ty::Dyn(_) => {
                    let any = Ty::Dyn(Dyn::Any);
                    self.dict_display(items, Some((&any, &any)), e.span, scope)
                }
                _ => self.expr(e, scope),
            },
            ast::ExprKind::Subscript(ref base, ref idx)
                if matches!(idx.kind, ast::ExprKind::Slice { .. }) =>
            {
                self.subscript(base, idx, e.span, Some(hint), scope)
            }
            // `sorted([...])`: the display is the list sorted, with the
            // expected type.
            ast::ExprKind::Call {
                ref func,
                ref args,
                ref keywords,
            } if matches!(&func.kind, ast::ExprKind::Name(n) if n == "sorted" && self.is_builtin(n, scope))
                && args.len() == 1
                && matches!(
                    args[0].kind,
                    ast::ExprKind::List(_) | ast::ExprKind::ListComp { .. }
                )
                && matches!(self.resolve(hint), Ty::List(_)) =>
            {
                let list = self.expr_hinted(&args[0], hint, scope)?;
                self.sort_fresh_list(list, keywords, e.span, scope)
            }
            // A repeated list display (`[Sub()] * 3`, `2 * [...]`) has the
            // display's type.
            ast::ExprKind::Binary(ast::BinOp::Mul, ref l, ref r)
                if matches!(self.resolve(hint), Ty::List(_)) =>
            {
                let display = |x: &ast::Expr| {
                    matches!(
                        x.kind,
                        ast::ExprKind::List(_) | ast::ExprKind::ListComp { .. }
                    )
                };
                let lv = if display(l) {
                    self.expr_hinted(l, hint, scope)?
                } else {
                    self.expr(l, scope)?
                };
                let rv = if display(r) {
                    self.expr_hinted(r, hint, scope)?
                } else {
                    self.expr(r, scope)?
                };
                self.binary(ast::BinOp::Mul, lv, rv, e.span, scope)
            }
            _ => self.expr(e, scope),
        }
    }

    /// `a or b or ... or z` used as a value where some operands are
    /// `Optional` of `z`'s scalar type (`opt or 0`): None and zero are
    /// falsy, so the value is always a `z`. Lowered to
    /// `t if (t := a) else (...)` with `t` unwrapped, since a boxed
    /// `Optional[int]` is not represented like an `int`. `None` when no
    /// operand is such an Optional or one has another type.
    pub(super) fn or_of_optional_scalars(
        &mut self,
        vals: &[Expr],
        last: &Ty,
        span: Span,
        scope: &mut Scope,
    ) -> Option<Expr> {
        let mut any = false;
        for v in &vals[..vals.len() - 1] {
            match self.resolve(&v.ty) {
                Ty::Optional(inner) if *inner == *last => any = true,
                t if t == *last => {}
                _ => return None,
            }
        }
        if !any || !self.unify(&vals[vals.len() - 1].ty, last) {
            return None;
        }
        let mut acc = vals[vals.len() - 1].clone();
        for v in vals[..vals.len() - 1].iter().rev() {
            let vty = self.resolve(&v.ty);
            let tmp = self.hidden(scope, "or", vty.clone());
            let load = mk(vty.clone(), v.span, ExprKind::Load(Place::Local(tmp)));
            let test = mk(Ty::Bool, v.span, ExprKind::Truth(Box::new(load.clone())));
            // A truthy Optional is not None: no check needed.
            let value = if matches!(vty, Ty::Optional(_)) {
                mk(last.clone(), v.span, ExprKind::Unwrap(Box::new(load), None))
            } else {
                load
            };
            acc = mk(
                last.clone(),
                span,
                ExprKind::Block(
                    vec![Stmt::Assign(Target::Place(Place::Local(tmp)), v.clone())],
                    Box::new(mk(
                        last.clone(),
                        span,
                        ExprKind::IfExp(Box::new(test), Box::new(value), Box::new(acc)),
                    )),
                ),
            );
        }
        Some(acc)
    }

    /// `body if test else orelse`; with `hint`, the type expected of it,
    /// which both branches are checked against (see `expr_hinted`).
    pub(super) fn if_exp(
        &mut self,
        test: &ast::Expr,
        body: &ast::Expr,
        orelse: &ast::Expr,
        span: Span,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        let c = self.cond(test, scope)?;
        let (t, f) = self.facts(test, scope);
        let saved = scope.narrow.clone();
        scope.narrow.extend(t);
        let a = match hint {
            Some(h) => self.expr_hinted(body, h, scope),
            None => self.expr(body, scope),
        };
        scope.narrow = saved.clone();
        scope.narrow.extend(f);
        let b = match hint {
            Some(h) => self.expr_hinted(orelse, h, scope),
            None => self.expr(orelse, scope),
        };
        scope.narrow = saved;
        let (a, b) = (a?, b?);
        let Some(j) = self.join(&a.ty, &b.ty) else {
            // One branch may convert to the other's type: a display of
            // subclass instances where the other is a list of the base.
            let (ta, tb) = (self.resolve(&a.ty), self.resolve(&b.ty));
            let converted = match self.convert_to(&b, &ta) {
                Some(b) => Some((a.clone(), b)),
                None => self.convert_to(&a, &tb).map(|a| (a, b.clone())),
            };
            if let Some((a, b)) = converted {
                return Ok(mk(
                    a.ty.clone(),
                    span,
                    ExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
                ));
            }
            return err(
                Kind::Type,
                span,
                format!(
                    "both branches of a conditional expression must have one type; found {ta} and {tb}"
                ),
            );
        };
        let a = self.convert_all(vec![a], &j)?.pop().unwrap();
        let b = self.convert_all(vec![b], &j)?.pop().unwrap();
        Ok(mk(
            a.ty.clone(),
            span,
            ExprKind::IfExp(Box::new(c), Box::new(a), Box::new(b)),
        ))
    }

    /// A display (list, set, dict or tuple) whose elements each convert to
    /// the element type expected of it: `xs: list[int | None] = [1, 2]`
    /// builds a list of `int | None`, although the display alone is typed
    /// from its elements (`list[int]`). The display is rebuilt with the
    /// elements converted.
    pub(super) fn convert_display(&mut self, e: &Expr, to: &Ty) -> Option<Expr> {
        let to = self.resolve(to);
        let kind = match (&e.kind, &to) {
            (ExprKind::List(xs), Ty::List(t)) => ExprKind::List(self.convert_elems(xs, t)?),
            (ExprKind::Set(xs), Ty::Set(t)) => ExprKind::Set(self.convert_elems(xs, t)?),
            (ExprKind::Dict(kvs), Ty::Dict(kt, vt)) => {
                let mut out = Vec::with_capacity(kvs.len());
                for (k, v) in kvs {
                    out.push((self.convert_elem(k, kt)?, self.convert_elem(v, vt)?));
                }
                ExprKind::Dict(out)
            }
            (ExprKind::Tuple(xs), Ty::Tuple(ts)) if xs.len() == ts.len() => {
                let mut out = Vec::with_capacity(xs.len());
                for (x, t) in xs.iter().zip(ts) {
                    out.push(self.convert_elem(x, t)?);
                }
                ExprKind::Tuple(out)
            }
            _ => return None,
        };
        Some(mk(to, e.span, kind))
    }

    /// `e` converted to type `t` by `convert_object` or `convert_display`.
    pub(super) fn convert_to(&mut self, e: &Expr, t: &Ty) -> Option<Expr> {
        self.convert_object(e.clone(), t)
            .or_else(|| self.convert_display(e, t))
    }

    pub(super) fn convert_elems(&mut self, xs: &[Expr], t: &Ty) -> Option<Vec<Expr>> {
        xs.iter().map(|x| self.convert_elem(x, t)).collect()
    }

    /// One element of a display as type `t`, if it has that type or
    /// converts to it.
    pub(super) fn convert_elem(&mut self, x: &Expr, t: &Ty) -> Option<Expr> {
        if &x.ty == t || self.unify(&x.ty, t) {
            return Some(x.clone());
        }
        self.convert_to(x, t)
    }

    pub(super) fn cond(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        // In a condition, `and`/`or` operands may have different types: only
        // their truth values matter.
        if let ast::ExprKind::BoolOp(op, vals) = &e.kind {
            // Later operands see what earlier ones established.
            let saved = scope.narrow.clone();
            let mut out = Vec::new();
            for v in vals {
                let c = self.cond(v, scope);
                let (t, f) = self.facts(v, scope);
                scope
                    .narrow
                    .extend(if *op == ast::BoolOp::And { t } else { f });
                match c {
                    Ok(c) => out.push(c),
                    Err(d) => {
                        scope.narrow = saved;
                        return Err(d);
                    }
                }
            }
            scope.narrow = saved;
            let vals = out;
            let kind = match op {
                ast::BoolOp::And => ExprKind::And(vals),
                ast::BoolOp::Or => ExprKind::Or(vals),
            };
            return Ok(mk(Ty::Bool, e.span, kind));
        }
        if let ast::ExprKind::Unary(ast::UnaryOp::Not, inner) = &e.kind {
            let c = self.cond(inner, scope)?;
            return Ok(mk(
                Ty::Bool,
                e.span,
                ExprKind::Unary(UnOp::Not, Box::new(c)),
            ));
        }
        let v = self.expr(e, scope)?;
        self.obj_truth(v)
    }

    /// Truthiness, calling `__bool__` or `__len__` for objects.
    pub(super) fn obj_truth(&mut self, v: Expr) -> R<Expr> {
        if v.ty.is_dynamic() {
            self.dyn_truth_check(&v)?;
        }
        if let Ty::Class(c) = self.resolve(&v.ty) {
            // A subclass that decides its truth another way (`__bool__`
            // where the class has only `__len__` or nothing): the code
            // generator tests the object's class at run time.
            if self.truth_varies_below(c) {
                return Ok(truth(v));
            }
            let span = v.span;
            if let Some(b) = self.dunder_call("__bool__", v.clone(), vec![], span)? {
                return Ok(truth(b));
            }
            if let Some(n) = self.dunder_call("__len__", v.clone(), vec![], span)? {
                return Ok(truth(n));
            }
        }
        Ok(truth(v))
    }

    /// Whether a subclass of `c` takes its truth from another special
    /// method than `c` does (overrides of the same one dispatch through
    /// the virtual table).
    pub(super) fn truth_varies_below(&mut self, c: ClassId) -> bool {
        let kind = |cx: &Self, k: ClassId| {
            if cx.find_method(k, "__bool__").is_some() {
                1
            } else if cx.find_method(k, "__len__").is_some() {
                2
            } else {
                0
            }
        };
        let mine = kind(self, c);
        (0..self.classes.len())
            .map(|k| ClassId(k as u32))
            .any(|k| k != c && self.is_subclass(k, c) && kind(self, k) != mine)
    }

    /// Checks one expression (on a grown stack when needed; see `stmt`).
    pub(super) fn expr(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        multigen_syntax::with_stack(|| self.expr_inner(e, scope))
    }

    pub(super) fn expr_inner(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        use ast::ExprKind as K;
        let span = e.span;
        Ok(match &e.kind {
            K::Int(v) => mk(Ty::Int, span, ExprKind::Int(*v)),
            K::Float(v) => mk(Ty::Float, span, ExprKind::Float(*v)),
            K::Str(s) => mk(Ty::Str, span, ExprKind::Str(s.clone())),
            K::Bool(b) => mk(Ty::Bool, span, ExprKind::Bool(*b)),
            K::None => mk(Ty::None, span, ExprKind::None),
            K::Name(n) => self.name(n, span, scope)?,
            K::Unary(op, x) => {
                let v = self.expr(x, scope)?;
                let v = self.enum_unary_operand(*op, v);
                if v.ty.is_dynamic() && matches!(op, ast::UnaryOp::Neg | ast::UnaryOp::Invert) {
                    return self.dyn_unary(*op == ast::UnaryOp::Neg, v, span);
                }
                match op {
                    ast::UnaryOp::Not => {
                        let t = self.obj_truth(v)?;
                        mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(t)))
                    }
                    ast::UnaryOp::Pos | ast::UnaryOp::Neg | ast::UnaryOp::Invert
                        if matches!(self.resolve(&v.ty), Ty::Class(_)) =>
                    {
                        let m = match op {
                            ast::UnaryOp::Neg => "__neg__",
                            ast::UnaryOp::Invert => "__invert__",
                            _ => "__pos__",
                        };
                        let t = v.ty.clone();
                        match self.dunder_call(m, v, vec![], span)? {
                            Some(e) => e,
                            None => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!(
                                        "bad operand type for unary {}: '{t}'",
                                        match op {
                                            ast::UnaryOp::Neg => "-",
                                            ast::UnaryOp::Invert => "~",
                                            _ => "+",
                                        }
                                    ),
                                )
                            }
                        }
                    }
                    ast::UnaryOp::Pos | ast::UnaryOp::Neg => {
                        let v = match v.ty {
                            Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                            Ty::Int | Ty::Float => v,
                            _ => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!(
                                        "bad operand type for unary {}: '{}'",
                                        if *op == ast::UnaryOp::Neg { "-" } else { "+" },
                                        v.ty
                                    ),
                                )
                            }
                        };
                        if *op == ast::UnaryOp::Pos {
                            Expr { span, ..v }
                        } else if let ExprKind::Int(i) = v.kind {
                            // Fold negative literals, so that `2 ** -1` is
                            // known to have a float result.
                            match i.checked_neg() {
                                Some(n) => mk(Ty::Int, span, ExprKind::Int(n)),
                                None => mk(Ty::Int, span, ExprKind::Unary(UnOp::Neg, Box::new(v))),
                            }
                        } else if let ExprKind::Float(f) = v.kind {
                            mk(Ty::Float, span, ExprKind::Float(-f))
                        } else {
                            mk(v.ty.clone(), span, ExprKind::Unary(UnOp::Neg, Box::new(v)))
                        }
                    }
                    ast::UnaryOp::Invert => {
                        let v = match v.ty {
                            Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                            Ty::Int => v,
                            _ => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!("bad operand type for unary ~: '{}'", v.ty),
                                )
                            }
                        };
                        mk(Ty::Int, span, ExprKind::Unary(UnOp::Invert, Box::new(v)))
                    }
                }
            }
            K::Binary(op, l, r) => {
                let lv = self.expr(l, scope)?;
                let rv = self.expr(r, scope)?;
                self.binary(*op, lv, rv, span, scope)?
            }
            K::BoolOp(op, vals) => {
                // Later operands see what earlier ones established.
                let saved = scope.narrow.clone();
                let mut checked = Vec::new();
                for v in vals {
                    match self.expr(v, scope) {
                        Ok(e) => checked.push(e),
                        Err(d) => {
                            scope.narrow = saved;
                            return Err(d);
                        }
                    }
                    let (t, f) = self.facts(v, scope);
                    scope
                        .narrow
                        .extend(if *op == ast::BoolOp::And { t } else { f });
                }
                scope.narrow = saved;
                let vals = checked;
                // `opt or default`: a None operand is never the value of
                // an `or` (it is falsy), so the result has the last
                // operand's type (for pointer types, whose Optional has
                // the same representation).
                let last = self.resolve(&vals[vals.len() - 1].ty);
                let vals: Vec<Expr> =
                    if *op == ast::BoolOp::Or && last.is_heap() && !matches!(last, Ty::Optional(_))
                    {
                        vals.into_iter()
                            .map(|v| match self.resolve(&v.ty) {
                                Ty::Optional(inner) if self.unify(&inner, &last) => {
                                    let span = v.span;
                                    mk(last.clone(), span, ExprKind::Cast(Box::new(v)))
                                }
                                _ => v,
                            })
                            .collect()
                    } else {
                        vals
                    };
                if *op == ast::BoolOp::Or && matches!(last, Ty::Int | Ty::Float | Ty::Bool) {
                    if let Some(e) = self.or_of_optional_scalars(&vals, &last, span, scope) {
                        return Ok(e);
                    }
                }
                let ty = vals[0].ty.clone();
                for v in &vals[1..] {
                    if !self.unify(&v.ty, &ty) {
                        return err(Kind::Type, v.span, format!("operands of `{}` used as a value must have one type; found {} and {}", if *op == ast::BoolOp::And { "and" } else { "or" }, ty, v.ty));
                    }
                }
                let kind = match op {
                    ast::BoolOp::And => ExprKind::And(vals),
                    ast::BoolOp::Or => ExprKind::Or(vals),
                };
                mk(ty, span, kind)
            }
            K::Compare(first, rest) => self.compare(first, rest, span, scope)?,
            K::IfExp { test, body, orelse } => {
                self.if_exp(test, body, orelse, span, None, scope)?
            }
            K::Tuple(xs) if spread::has_star(xs) => self.star_tuple(xs, span, scope)?,
            K::Tuple(xs) => {
                let vals = xs
                    .iter()
                    .map(|x| self.expr(x, scope))
                    .collect::<R<Vec<_>>>()?;
                let ty = Ty::Tuple(vals.iter().map(|v| v.ty.clone()).collect());
                mk(ty, span, ExprKind::Tuple(vals))
            }
            K::Subscript(base, idx) => self.subscript(base, idx, span, None, scope)?,
            K::Attribute(base, attr) => {
                if let K::Name(m) = &base.kind {
                    if self.is_math_module(m, scope) {
                        let Some(item) = math_item(&attr.name) else {
                            return err(
                                Kind::Name,
                                attr.span,
                                format!("module 'math' has no attribute '{}'", attr.name),
                            );
                        };
                        return self.math_const(item, span);
                    }
                }
                self.attribute(base, attr, span, scope)?
            }
            K::Call {
                func,
                args,
                keywords,
            } => {
                let top = scope.is_module;
                let r = self.call(func, args, keywords, span, scope)?;
                if top
                    && matches!(
                        r.kind,
                        ExprKind::Call { .. } | ExprKind::CallValue(..) | ExprKind::CallEnv { .. }
                    )
                {
                    self.saw_call = true;
                }
                r
            }
            K::List(xs) => self.list_display(xs, None, span, scope)?,
            K::Set(xs) => self.set_display(xs, None, span, scope)?,
            K::Dict(items) => self.dict_display(items, None, span, scope)?,
            K::ListComp { .. } | K::SetComp { .. } | K::DictComp { .. } => {
                self.comprehension(e, scope)?
            }
            K::Generator { .. } => return self.genexpr_value(e, None, scope),
            K::Slice { .. } => {
                return err(Kind::Syntax, span, "a slice is only valid inside brackets")
            }
            K::Lambda { .. } => return self.lambda_unhinted(e, scope),
            K::FString(parts) => self.fstring(parts, span, scope)?,
            K::Yield(v) => self.yield_expr(v.as_deref(), span, scope)?,
            K::YieldFrom(v) => self.yield_from(v, span, scope)?,
            K::Ellipsis => {
                return err(
                    Kind::Unsupported,
                    span,
                    "`...` outside an annotation is not supported by multigen yet",
                )
            }
            K::Starred(_) => {
                return err(
                    Kind::Unsupported,
                    span,
                    "a starred expression here is not supported by multigen",
                )
            }
        })
    }

    pub(super) fn is_math_module(&self, name: &str, scope: &Scope) -> bool {
        if !scope.is_module && scope.local_map.contains_key(name) {
            return false;
        }
        self.lookup(name, scope) == Some(Binding::MathModule)
    }
}
