//! Containers: type inference for empty displays, iteration, comprehensions
//! and reductions over iterables, subscripts, and container methods.
//!
//! Comprehensions and reductions (`sum`, `min`, `any`, `sorted`, ...) are
//! lowered here into ordinary loops inside a [`ExprKind::Block`], so the code
//! generator only knows `for` loops over [`Iter`]s.

use super::*;

/// What to do with each element a comprehension or reduction produces.
#[derive(Clone, Copy)]
pub(super) enum Sink {
    /// `acc.append(elem)`.
    Append(LocalId),
    /// `acc.add(elem)`.
    SetAdd(LocalId),
    /// `acc.discard(elem)`.
    SetDiscard(LocalId),
    /// `acc[key] = value` (the element is a key/value pair).
    DictSet(LocalId),
    /// `acc = acc + elem`.
    Sum(LocalId),
    /// `if elem: acc = True; leave` (any), `if not elem: acc = False; leave` (all).
    Any(LocalId),
    All(LocalId),
    /// Keeps the first smallest (`Lt`) or largest (`Gt`) element, comparing
    /// the key (a lambda/function) or the element itself; `seen` records
    /// whether any element arrived.
    Best {
        best: LocalId,
        /// The local holding the best key, and the one holding the key
        /// function.
        best_key: Option<(LocalId, LocalId)>,
        seen: LocalId,
        max: bool,
    },
}

/// Where the elements come from: a generator expression (checked in its own
/// scope) or any other iterable.
pub(super) enum Source<'a> {
    Comp {
        elt: &'a ast::Expr,
        generators: &'a [ast::Comprehension],
        /// The name of the frame CPython runs it in (`<listcomp>`...).
        frame: &'static str,
        /// The whole comprehension (where the enclosing frame reports it).
        span: Span,
    },
    DictComp {
        key: &'a ast::Expr,
        value: &'a ast::Expr,
        generators: &'a [ast::Comprehension],
        span: Span,
    },
    Iterable(&'a ast::Expr),
}

impl<'a> Source<'a> {
    pub(super) fn of(e: &'a ast::Expr) -> Source<'a> {
        match &e.kind {
            ast::ExprKind::Generator { elt, generators } => Source::Comp {
                elt,
                generators,
                frame: "<genexpr>",
                span: e.span,
            },
            _ => Source::Iterable(e),
        }
    }
}

impl Checker {
    // ----- inference variables -----

    pub(super) fn fresh_var(&mut self) -> Ty {
        self.vars.push(None);
        Ty::Var(self.vars.len() as u32 - 1)
    }

    /// A type with every solved variable replaced by its solution.
    pub(super) fn resolve(&self, t: &Ty) -> Ty {
        match t {
            Ty::Var(v) => match &self.vars[*v as usize] {
                Some(t) => self.resolve(t),
                None => t.clone(),
            },
            Ty::Tuple(ts) => Ty::Tuple(ts.iter().map(|t| self.resolve(t)).collect()),
            Ty::List(t) => Ty::List(Box::new(self.resolve(t))),
            Ty::DictView(n, k, v) => {
                Ty::DictView(*n, Box::new(self.resolve(k)), Box::new(self.resolve(v)))
            }
            Ty::VarTuple(t) => Ty::VarTuple(Box::new(self.resolve(t))),
            Ty::Set(t) => Ty::Set(Box::new(self.resolve(t))),
            Ty::Dict(k, v) => Ty::Dict(Box::new(self.resolve(k)), Box::new(self.resolve(v))),
            Ty::Optional(t) => Ty::Optional(Box::new(self.resolve(t))),
            Ty::Gen(y, s, r) => Ty::Gen(
                Box::new(self.resolve(y)),
                Box::new(self.resolve(s)),
                Box::new(self.resolve(r)),
            ),
            Ty::Func(f) => Ty::Func(Box::new(FuncTy {
                params: f.params.iter().map(|t| self.resolve(t)).collect(),
                ret: self.resolve(&f.ret),
            })),
            t => t.clone(),
        }
    }

    fn occurs(&self, v: u32, t: &Ty) -> bool {
        match self.resolve(t) {
            Ty::Var(w) => v == w,
            Ty::Tuple(ts) => ts.iter().any(|t| self.occurs(v, t)),
            Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Optional(t) => self.occurs(v, &t),
            Ty::Dict(k, x) => self.occurs(v, &k) || self.occurs(v, &x),
            Ty::Func(f) => f.params.iter().any(|t| self.occurs(v, t)) || self.occurs(v, &f.ret),
            _ => false,
        }
    }

    /// Makes two types equal by solving variables; false if they differ.
    pub(super) fn unify(&mut self, a: &Ty, b: &Ty) -> bool {
        let (a, b) = (self.resolve(a), self.resolve(b));
        match (&a, &b) {
            (Ty::Var(x), Ty::Var(y)) if x == y => true,
            (Ty::Var(x), t) | (t, Ty::Var(x)) => {
                if self.occurs(*x, t) {
                    return false;
                }
                self.vars[*x as usize] = Some(t.clone());
                true
            }
            (Ty::Tuple(xs), Ty::Tuple(ys)) => {
                xs.len() == ys.len() && xs.iter().zip(ys).all(|(x, y)| self.unify(x, y))
            }
            (Ty::List(x), Ty::List(y))
            | (Ty::Set(x), Ty::Set(y))
            | (Ty::VarTuple(x), Ty::VarTuple(y))
            | (Ty::Optional(x), Ty::Optional(y)) => self.unify(x, y),
            (Ty::Dict(k1, v1), Ty::Dict(k2, v2)) => self.unify(k1, k2) && self.unify(v1, v2),
            (Ty::Gen(y1, s1, r1), Ty::Gen(y2, s2, r2)) => {
                self.unify(y1, y2) && self.unify(s1, s2) && self.unify(r1, r2)
            }
            (Ty::Func(f), Ty::Func(g)) => {
                f.params.len() == g.params.len()
                    && f.params
                        .iter()
                        .zip(&g.params)
                        .all(|(x, y)| self.unify(x, y))
                    && self.unify(&f.ret, &g.ret)
            }
            _ => a == b,
        }
    }

    // ----- displays -----

    /// The common type of the elements of a display (all must agree).
    fn common(&mut self, elems: &[Expr], what: &str) -> R<Ty> {
        self.common_ty(elems, what)
    }

    /// The join of two element types: equal types, a common base class,
    /// or `Optional` of a type and `None`.
    pub(super) fn join(&mut self, a: &Ty, b: &Ty) -> Option<Ty> {
        if self.unify(a, b) {
            return Some(self.resolve(a));
        }
        let (a, b) = (self.resolve(a), self.resolve(b));
        let strip = |t: &Ty| match t {
            Ty::Optional(x) => ((**x).clone(), true),
            t => (t.clone(), false),
        };
        match (&a, &b) {
            (Ty::None, t) | (t, Ty::None) => Some(match t {
                Ty::Optional(_) => t.clone(),
                t => Ty::Optional(Box::new(t.clone())),
            }),
            _ => {
                let ((x, ox), (y, oy)) = (strip(&a), strip(&b));
                let j = match (&x, &y) {
                    // mypy joins `int` and `float` to `float`; the ints are
                    // boxed where they are converted (`numtower.rs`).
                    (Ty::Int, Ty::Float) | (Ty::Float, Ty::Int) => Some(Ty::Float),
                    (Ty::Class(p), Ty::Class(q)) => {
                        let mut c = *p;
                        loop {
                            if self.is_subclass(*q, c) {
                                break Some(Ty::Class(c));
                            }
                            match self.classes[c.index()].parent {
                                Some(up) => c = up,
                                None => break None,
                            }
                        }
                    }
                    _ if self.unify(&x, &y) => Some(self.resolve(&x)),
                    _ => None,
                }?;
                Some(if ox || oy {
                    Ty::Optional(Box::new(j))
                } else {
                    j
                })
            }
        }
    }

    /// The common type of some values (see [`Checker::join`]).
    pub(super) fn common_ty(&mut self, elems: &[Expr], what: &str) -> R<Ty> {
        let mut ty = self.fresh_var();
        for e in elems {
            if let Some(j) = self.join(&ty, &e.ty) {
                ty = j;
                continue;
            }
            if !self.unify(&ty, &e.ty) {
                return err(
                    Kind::Type,
                    e.span,
                    format!(
                        "the elements of a {what} must have one type; found {} and {}",
                        self.resolve(&ty),
                        self.resolve(&e.ty)
                    ),
                );
            }
        }
        Ok(ty)
    }

    /// The elements of a display, each checked against `hint` (the
    /// element type the context expects) when there is one.
    fn display_elems(
        &mut self,
        xs: &[ast::Expr],
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Vec<Expr>> {
        xs.iter()
            .map(|x| self.display_elem(x, hint, scope))
            .collect()
    }

    /// One element (or dict key or value) of a display; see `display_elems`.
    fn display_elem(&mut self, x: &ast::Expr, hint: Option<&Ty>, scope: &mut Scope) -> R<Expr> {
        match hint {
            Some(h) => self.expr_hinted(x, h, scope),
            None => self.expr(x, scope),
        }
    }

    /// The element type of a display: the expected one (`hint`) if every
    /// element has it or converts to it (`[Sub() for ...]` as an element of
    /// a `list[list[Base]]`), else the elements' common type.
    fn display_ty(&mut self, vals: &[Expr], hint: Option<&Ty>, what: &str) -> R<Ty> {
        if let Some(h) = hint {
            let h = self.resolve(h);
            if !matches!(h, Ty::Var(_))
                && vals
                    .iter()
                    .all(|v| self.resolve(&v.ty) == h || self.convert_to(v, &h).is_some())
            {
                return Ok(h);
            }
        }
        self.common(vals, what)
    }

    /// A list display; `hint` is the element type the context expects.
    pub(super) fn list_display(
        &mut self,
        xs: &[ast::Expr],
        hint: Option<&Ty>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if spread::has_star(xs) {
            return self.star_display(xs, hint, false, span, scope);
        }
        let vals = self.display_elems(xs, hint, scope)?;
        let t = self.display_ty(&vals, hint, "list")?;
        let vals = self.convert_all(vals, &t)?;
        Ok(mk(Ty::List(Box::new(t)), span, ExprKind::List(vals)))
    }

    /// A set display; `hint` is the element type the context expects.
    pub(super) fn set_display(
        &mut self,
        xs: &[ast::Expr],
        hint: Option<&Ty>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if spread::has_star(xs) {
            return self.star_display(xs, hint, true, span, scope);
        }
        let vals = self.display_elems(xs, hint, scope)?;
        let t = self.display_ty(&vals, hint, "set")?;
        let vals = self.convert_all(vals, &t)?;
        self.hashable(&t, span)?;
        // Code generation builds a display of constants the way CPython
        // builds its folded frozenset constant, which iterates in another
        // order. The checker folds some calls into literals (`float(3)` is
        // `3.0`) that CPython leaves as calls: such elements are marked as
        // not constant by an empty block around them.
        let vals = xs
            .iter()
            .zip(vals)
            .map(|(x, v)| {
                if cpython_constant(x) {
                    v
                } else {
                    let (ty, span) = (v.ty.clone(), v.span);
                    mk(ty, span, ExprKind::Block(Vec::new(), Box::new(v)))
                }
            })
            .collect();
        Ok(mk(Ty::Set(Box::new(t)), span, ExprKind::Set(vals)))
    }

    /// A dict display; `hint` is the key and value types the context
    /// expects.
    pub(super) fn dict_display(
        &mut self,
        items: &[(ast::Expr, ast::Expr)],
        hint: Option<(&Ty, &Ty)>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if items
            .iter()
            .any(|(k, _)| matches!(k.kind, ast::ExprKind::Starred(_)))
        {
            return self.star_dict(items, hint, span, scope);
        }
        let mut pairs = Vec::new();
        for (k, v) in items {
            let k = self.display_elem(k, hint.map(|h| h.0), scope)?;
            let v = self.display_elem(v, hint.map(|h| h.1), scope)?;
            pairs.push((k, v));
        }
        let keys: Vec<Expr> = pairs.iter().map(|p| p.0.clone()).collect();
        let vals: Vec<Expr> = pairs.iter().map(|p| p.1.clone()).collect();
        let kt = self.display_ty(&keys, hint.map(|h| h.0), "dict's keys")?;
        let vt = self.display_ty(&vals, hint.map(|h| h.1), "dict's values")?;
        let pairs = if keys.iter().chain(&vals).any(|e| e.ty != kt && e.ty != vt) {
            let keys = self.convert_all(keys, &kt)?;
            let vals = self.convert_all(vals, &vt)?;
            keys.into_iter().zip(vals).collect()
        } else {
            pairs
        };
        self.hashable(&kt, span)?;
        Ok(mk(
            Ty::Dict(Box::new(kt), Box::new(vt)),
            span,
            ExprKind::Dict(pairs),
        ))
    }

    /// Converts values to a common element type (upcasts, `Optional`).
    pub(super) fn convert_all(&mut self, vals: Vec<Expr>, t: &Ty) -> R<Vec<Expr>> {
        let t = self.resolve(t);
        vals.into_iter()
            .map(|v| {
                if self.resolve(&v.ty) == t || matches!(t, Ty::Var(_)) {
                    Ok(v)
                } else {
                    self.expect(v, &t, "element")
                }
            })
            .collect()
    }

    /// Dict keys and set elements must be hashable (not lists, dicts, sets).
    pub(super) fn hashable(&self, t: &Ty, span: Span) -> R<()> {
        match self.resolve(t) {
            Ty::List(_) | Ty::Dict(..) | Ty::Set(_) => err(
                Kind::Type,
                span,
                format!("unhashable type: '{}'", self.resolve(t).class_name()),
            ),
            Ty::Tuple(ts) => ts.iter().try_for_each(|t| self.hashable(t, span)),
            Ty::VarTuple(t) | Ty::Optional(t) => self.hashable(&t, span),
            Ty::Class(c) if self.classes[c.index()].unhashable => err(
                Kind::Type,
                span,
                format!("unhashable type: '{}'", self.classes[c.index()].name),
            ),
            _ => Ok(()),
        }
    }

    // ----- iteration -----

    /// A hidden local (always assigned before use, never checked).
    pub(super) fn hidden(&mut self, scope: &mut Scope, name: &str, ty: Ty) -> LocalId {
        let lid = LocalId(scope.locals.len() as u32);
        scope.locals.push(Local {
            name: format!(".{name}{}", lid.0),
            ty: ty.clone(),
            is_param: false,
            str_builder: false,
            cell: CellKind::None,
        });
        scope.local_types.push(Some(ty));
        lid
    }

    /// What a `for` loop iterates over, and the type of its elements.
    pub(super) fn iterable(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<(Iter, Ty)> {
        if let Some(v) = self.enum_members(e, scope) {
            return self.iter_of_value(v);
        }
        if let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        {
            if let ast::ExprKind::Name(n) = &func.kind {
                if self.is_builtin(n, scope) {
                    if let Some(r) = self.builtin_iterable(n, args, keywords, e.span, scope)? {
                        return Ok(r);
                    }
                }
            }
            if let ast::ExprKind::Attribute(base, attr) = &func.kind {
                if args.is_empty()
                    && keywords.is_empty()
                    && matches!(attr.name.as_str(), "items" | "keys" | "values")
                {
                    let b = self.expr(base, scope)?;
                    if b.ty.is_dynamic() {
                        return self.dyn_dict_iter(b, &attr.name);
                    }
                    if let Ty::Dict(k, v) = self.resolve(&b.ty) {
                        return Ok(match attr.name.as_str() {
                            "items" => (Iter::DictItems(b), Ty::Tuple(vec![*k, *v])),
                            "keys" => (Iter::DictKeys(b), *k),
                            _ => (Iter::DictValues(b), *v),
                        });
                    }
                }
            }
        }
        let v = self.expr(e, scope)?;
        let v = self.nt_as_tuple(v, scope);
        if v.ty == Ty::Range && !matches!(v.kind, ExprKind::Load(_)) {
            // The three fields are read separately: evaluate the range once.
            let t = self.hidden(scope, "range", Ty::Range);
            let span = v.span;
            let l = mk(Ty::Range, span, ExprKind::Load(Place::Local(t)));
            let first = mk(
                Ty::Range,
                span,
                ExprKind::Block(
                    vec![Stmt::Assign(Target::Place(Place::Local(t)), v)],
                    Box::new(l),
                ),
            );
            return self.iter_of_value(first);
        }
        self.iter_of_value(v)
    }

    pub(super) fn iter_of_value(&mut self, v: Expr) -> R<(Iter, Ty)> {
        let span = v.span;
        if v.ty.is_dynamic() {
            return self.dyn_iter(v);
        }
        if let Ty::Class(_) = self.resolve(&v.ty) {
            return self.protocol_iter(v);
        }
        match self.resolve(&v.ty) {
            // An optional iterable not narrowed here (a field tested by
            // `if self.left:`) is checked when the loop starts.
            Ty::Optional(t) => {
                // CPython's traceback shows the line without markers.
                let v = mk(
                    *t,
                    Span::new(span.start, span.start),
                    ExprKind::Unwrap(
                        Box::new(v),
                        Some(("TypeError", "'NoneType' object is not iterable".into())),
                    ),
                );
                self.iter_of_value(v)
            }
            Ty::Gen(y, ..) => Ok((Iter::Gen(v), *y)),
            Ty::List(t) => Ok((Iter::List(v), *t)),
            Ty::Str => Ok((Iter::Str(v), Ty::Str)),
            Ty::VarTuple(t) => Ok((Iter::VarTuple(v), *t)),
            Ty::DictView(kind, k, val) => {
                let d = mk(
                    Ty::Dict(k.clone(), val.clone()),
                    span,
                    ExprKind::Builtin(Builtin::Then, vec![v]),
                );
                Ok(match kind {
                    0 => (Iter::DictKeys(d), *k),
                    1 => (Iter::DictValues(d), *val),
                    _ => (Iter::DictItems(d), Ty::Tuple(vec![*k, *val])),
                })
            }
            Ty::Range => {
                // `v` is a variable or a block that assigns one (see
                // `iterable`): later fields read the variable again.
                let again = match &v.kind {
                    ExprKind::Block(_, l) => (**l).clone(),
                    _ => v.clone(),
                };
                let field =
                    |e: Expr, i: usize| mk(Ty::Int, span, ExprKind::TupleGet(Box::new(e), i));
                Ok((
                    Iter::Range {
                        start: field(v, 0),
                        stop: field(again.clone(), 1),
                        step: field(again, 2),
                        call: span,
                    },
                    Ty::Int,
                ))
            }
            Ty::Dict(k, _) => Ok((Iter::DictKeys(v), *k)),
            Ty::Set(t) => Ok((Iter::Set(v), *t)),
            Ty::Tuple(ts) => {
                let first = ts.first().cloned().unwrap_or(Ty::None);
                if ts.iter().all(|t| *t == first) {
                    Ok((Iter::Tuple(v), first))
                } else {
                    err(Kind::Unsupported, span, "iterating over a tuple whose elements have different types is not supported")
                }
            }
            Ty::Var(_) => err(
                Kind::Type,
                span,
                "cannot infer the element type of this empty container here; annotate it",
            ),
            t => err(
                Kind::Type,
                span,
                format!("'{}' object is not iterable", t.class_name()),
            ),
        }
    }

    /// Whether an expression is a call that only makes sense as an iterable
    /// (`range`, `enumerate`, `zip`, `reversed`, `map`, `filter`, dict views).
    pub(super) fn is_iter_call(&self, e: &ast::Expr, scope: &Scope) -> bool {
        match &e.kind {
            ast::ExprKind::Call { func, args, .. } => match &func.kind {
                ast::ExprKind::Name(n) => {
                    matches!(
                        n.as_str(),
                        "range" | "enumerate" | "zip" | "reversed" | "map" | "filter"
                    ) && self.is_builtin(n, scope)
                }
                ast::ExprKind::Attribute(_, attr) => {
                    args.is_empty() && matches!(attr.name.as_str(), "keys" | "values" | "items")
                }
                _ => false,
            },
            ast::ExprKind::Generator { .. } => true,
            _ => false,
        }
    }

    /// A new list of the elements of an iterable value.
    pub(super) fn list_of_value(&mut self, v: Expr, elem: Ty, scope: &mut Scope) -> R<Expr> {
        let span = v.span;
        let lt = Ty::List(Box::new(elem));
        let acc = self.hidden(scope, "elems", lt.clone());
        let mut stmts = vec![Stmt::Assign(
            Target::Place(Place::Local(acc)),
            mk(lt.clone(), span, ExprKind::List(vec![])),
        )];
        stmts.extend(self.consume_value(v, scope, Sink::Append(acc))?);
        Ok(mk(
            lt.clone(),
            span,
            ExprKind::Block(
                stmts,
                Box::new(mk(lt, span, ExprKind::Load(Place::Local(acc)))),
            ),
        ))
    }

    /// Loops over an already evaluated iterable value (held in a hidden
    /// local), feeding each element to `sink`.
    pub(super) fn consume_value(&mut self, v: Expr, scope: &mut Scope, sink: Sink) -> R<Vec<Stmt>> {
        let span = v.span;
        let tmp = self.hidden(scope, "src", v.ty.clone());
        let (iter, elem) =
            self.iter_of_value(mk(v.ty.clone(), span, ExprKind::Load(Place::Local(tmp))))?;
        let var = self.hidden(scope, "it", elem.clone());
        let value = mk(elem, span, ExprKind::Load(Place::Local(var)));
        let body = self.sink_stmts(sink, value, None, 0, scope)?;
        Ok(vec![
            Stmt::Assign(Target::Place(Place::Local(tmp)), v),
            Stmt::For {
                target: Target::Place(Place::Local(var)),
                iter,
                body,
                orelse: vec![],
                span: Span::default(),
            },
        ])
    }

    pub(super) fn is_builtin(&self, n: &str, scope: &Scope) -> bool {
        self.lookup(n, scope).is_none()
            && !scope.local_map.contains_key(n)
            && scope.shadow_lookup(n).is_none()
    }

    /// `range`, `enumerate`, `zip`, `reversed`, `map`, `filter` as iterables.
    fn builtin_iterable(
        &mut self,
        n: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<(Iter, Ty)>> {
        let r = match n {
            "range" => {
                let (start, stop, step) = self.range_args(args, keywords, span, scope)?;
                (
                    Iter::Range {
                        start,
                        stop,
                        step,
                        call: span,
                    },
                    Ty::Int,
                )
            }
            "enumerate" => {
                let mut start = mk(Ty::Int, span, ExprKind::Int(0));
                for k in keywords {
                    if k.name.name != "start" {
                        return err(
                            Kind::Call,
                            k.name.span,
                            format!(
                                "enumerate() got an unexpected keyword argument '{}'",
                                k.name.name
                            ),
                        );
                    }
                    start = self.int_arg(&k.value, scope)?;
                }
                if args.is_empty() || args.len() > 2 || (args.len() == 2 && !keywords.is_empty()) {
                    return err(
                        Kind::Call,
                        span,
                        "enumerate() takes an iterable and an optional start",
                    );
                }
                if args.len() == 2 {
                    start = self.int_arg(&args[1], scope)?;
                }
                let (inner, t) = self.iterable(&args[0], scope)?;
                (
                    Iter::Enumerate(Box::new(inner), start),
                    Ty::Tuple(vec![Ty::Int, t]),
                )
            }
            // `zip(*m)` is a list built by `spread_call`.
            "zip" if spread_call::has_spread(args, keywords) => return Ok(None),
            "zip" => {
                self.no_keywords("zip", keywords)?;
                if args.is_empty() {
                    return err(
                        Kind::Unsupported,
                        span,
                        "zip() without arguments is not supported",
                    );
                }
                let mut iters = Vec::new();
                let mut tys = Vec::new();
                for a in args {
                    let (it, t) = self.iterable(a, scope)?;
                    iters.push(it);
                    tys.push(t);
                }
                (Iter::Zip(iters), Ty::Tuple(tys))
            }
            "reversed" => {
                self.no_keywords("reversed", keywords)?;
                self.arity("reversed", args, 1, 1, span)?;
                if let ast::ExprKind::Call {
                    func,
                    args: rargs,
                    keywords: rk,
                } = &args[0].kind
                {
                    if matches!(&func.kind, ast::ExprKind::Name(r) if r == "range" && self.is_builtin(r, scope))
                    {
                        // reversed(range(a, b, s)) is materialised as a list.
                        let (start, stop, step) =
                            self.range_args(rargs, rk, args[0].span, scope)?;
                        let list = self.range_list(start, stop, step, args[0].span, scope);
                        return Ok(Some((Iter::ListReversed(list), Ty::Int)));
                    }
                }
                let v = self.expr(&args[0], scope)?;
                match self.resolve(&v.ty) {
                    Ty::List(t) => (Iter::ListReversed(v), *t),
                    Ty::Range => {
                        let t = self.hidden(scope, "range", Ty::Range);
                        let l = mk(Ty::Range, span, ExprKind::Load(Place::Local(t)));
                        let field = |i: usize| {
                            mk(Ty::Int, span, ExprKind::TupleGet(Box::new(l.clone()), i))
                        };
                        let list = self.range_list(field(0), field(1), field(2), span, scope);
                        let lt = list.ty.clone();
                        let list = mk(
                            lt,
                            span,
                            ExprKind::Block(
                                vec![Stmt::Assign(Target::Place(Place::Local(t)), v)],
                                Box::new(list),
                            ),
                        );
                        (Iter::ListReversed(list), Ty::Int)
                    }
                    Ty::Class(_) => return self.reversed_object(v, span).map(Some),
                    Ty::Str | Ty::Tuple(_) | Ty::VarTuple(_) | Ty::Dict(..) => {
                        // Collected into a list first, then walked backwards.
                        let (_, elem) = self.iter_of_value(v.clone())?;
                        let l = self.list_of_value(v, elem.clone(), scope)?;
                        (Iter::ListReversed(l), elem)
                    }
                    t => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("'{}' object is not reversible", t.class_name()),
                        )
                    }
                }
            }
            "map" | "filter" => {
                self.no_keywords(n, keywords)?;
                self.arity(n, args, 2, 2, span)?;
                let (inner, t) = self.iterable(&args[1], scope)?;
                if n == "filter" {
                    if matches!(args[0].kind, ast::ExprKind::None) {
                        return Ok(Some((Iter::Filter(None, Box::new(inner)), t)));
                    }
                    let f = self.key_func(&args[0], &t, scope)?;
                    (Iter::Filter(Some(Box::new(f)), Box::new(inner)), t)
                } else {
                    let f = self.key_func(&args[0], &t, scope)?;
                    let rt = fn_value_ret(&f);
                    (Iter::Map(Box::new(f), Box::new(inner)), rt)
                }
            }
            _ => return Ok(None),
        };
        Ok(Some(r))
    }

    fn int_arg(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        let v = self.expr(e, scope)?;
        let v = self.enum_as_value(v);
        let v = self.index_value(v)?;
        match v.ty {
            Ty::Int | Ty::Bool => Ok(coerce(v, &Ty::Int).unwrap()),
            _ => err(
                Kind::Type,
                v.span,
                format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.resolve(&v.ty).class_name()
                ),
            ),
        }
    }

    pub(super) fn range_args(
        &mut self,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<(Expr, Expr, Expr)> {
        if let Some(k) = keywords.first() {
            return err(
                Kind::Call,
                k.name.span,
                "range() takes no keyword arguments",
            );
        }
        let mut vals = Vec::new();
        for a in args {
            vals.push(self.int_arg(a, scope)?);
        }
        let zero = mk(Ty::Int, span, ExprKind::Int(0));
        let one = mk(Ty::Int, span, ExprKind::Int(1));
        let mut it = vals.into_iter();
        Ok(match args.len() {
            1 => (zero, it.next().unwrap(), one),
            2 => {
                let a = it.next().unwrap();
                (a, it.next().unwrap(), one)
            }
            3 => {
                let a = it.next().unwrap();
                let b = it.next().unwrap();
                (a, b, it.next().unwrap())
            }
            n => {
                return err(
                    Kind::Call,
                    span,
                    format!("range expected at most 3 arguments, got {n}"),
                )
            }
        })
    }

    /// `list(range(...))` as a block that fills a list.
    fn range_list(
        &mut self,
        start: Expr,
        stop: Expr,
        step: Expr,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let lt = Ty::List(Box::new(Ty::Int));
        let acc = self.hidden(scope, "range", lt.clone());
        let i = self.hidden(scope, "ri", Ty::Int);
        let load = |l: LocalId, t: Ty| mk(t, span, ExprKind::Load(Place::Local(l)));
        let stmts = vec![
            Stmt::Assign(
                Target::Place(Place::Local(acc)),
                mk(lt.clone(), span, ExprKind::List(vec![])),
            ),
            Stmt::For {
                target: Target::Place(Place::Local(i)),
                iter: Iter::Range {
                    start,
                    stop,
                    step,
                    call: span,
                },
                body: vec![Stmt::Expr(mk(
                    Ty::None,
                    span,
                    ExprKind::Append(Box::new(load(acc, lt.clone())), Box::new(load(i, Ty::Int))),
                ))],
                orelse: vec![],
                span: Span::default(),
            },
        ];
        mk(
            lt.clone(),
            span,
            ExprKind::Block(stmts, Box::new(load(acc, lt))),
        )
    }

    // ----- comprehensions and reductions -----

    /// Lowers the loops of `source` feeding a sink; returns the statements.
    /// `sink_for` is called once with the element type, when it is known,
    /// and returns the sink (creating its accumulators).
    pub(super) fn consume(
        &mut self,
        source: Source,
        scope: &mut Scope,
        sink_for: &mut dyn FnMut(&mut Self, &Ty, &mut Scope) -> R<Sink>,
    ) -> R<Vec<Stmt>> {
        match source {
            Source::Iterable(e) => {
                let (iter, elem) = self.iterable(e, scope)?;
                let var = self.hidden(scope, "it", elem.clone());
                let value = mk(elem.clone(), e.span, ExprKind::Load(Place::Local(var)));
                let sink = sink_for(self, &elem, scope)?;
                let body = self.sink_stmts(sink, value, None, 0, scope)?;
                Ok(vec![Stmt::For {
                    target: Target::Place(Place::Local(var)),
                    iter,
                    body,
                    orelse: vec![],
                    span: Span::default(),
                }])
            }
            Source::Comp {
                elt,
                generators,
                frame,
                span,
            } => {
                let depth = scope.shadow.len();
                let r = self.comp_loops(
                    generators,
                    0,
                    &mut |cx, scope, loops| {
                        let v = cx.expr(elt, scope)?;
                        let sink = sink_for(cx, &v.ty, scope)?;
                        cx.sink_stmts(sink, v, None, loops, scope)
                    },
                    scope,
                );
                scope.shadow.truncate(depth);
                Ok(vec![Stmt::Frame {
                    name: frame.to_string(),
                    span,
                    body: r?,
                }])
            }
            Source::DictComp {
                key,
                value,
                generators,
                span,
            } => {
                let depth = scope.shadow.len();
                let r = self.comp_loops(
                    generators,
                    0,
                    &mut |cx, scope, loops| {
                        let k = cx.expr(key, scope)?;
                        let v = cx.expr(value, scope)?;
                        let sink = sink_for(cx, &k.ty, scope)?;
                        cx.sink_stmts(sink, k, Some(v), loops, scope)
                    },
                    scope,
                );
                scope.shadow.truncate(depth);
                Ok(vec![Stmt::Frame {
                    name: "<dictcomp>".to_string(),
                    span,
                    body: r?,
                }])
            }
        }
    }

    #[allow(clippy::type_complexity)]
    fn comp_loops(
        &mut self,
        gens: &[ast::Comprehension],
        i: usize,
        inner: &mut dyn FnMut(&mut Self, &mut Scope, u32) -> R<Vec<Stmt>>,
        scope: &mut Scope,
    ) -> R<Vec<Stmt>> {
        let g = &gens[i];
        // The iterable is evaluated before this clause's variables exist.
        let (iter, elem) = self.iterable(&g.iter, scope)?;
        let target = self.comp_target(&g.target, &elem, scope)?;
        // The conditions are checked first: what they establish
        // (`isinstance`, `is not None`) holds in the rest of the clause.
        let saved = scope.narrow.clone();
        let mut conds = Vec::new();
        for c in &g.ifs {
            match self.cond(c, scope) {
                Ok(e) => conds.push(e),
                Err(d) => {
                    scope.narrow = saved;
                    return Err(d);
                }
            }
            let facts = self.facts(c, scope).0;
            scope.narrow.extend(facts);
        }
        let body = if i + 1 < gens.len() {
            self.comp_loops(gens, i + 1, inner, scope)
        } else {
            inner(self, scope, i as u32)
        };
        scope.narrow = saved;
        let mut body = body?;
        for c in conds.into_iter().rev() {
            body = vec![Stmt::If(c, body, vec![])];
        }
        Ok(vec![Stmt::For {
            target,
            iter,
            body,
            orelse: vec![],
            span: Span::default(),
        }])
    }

    /// Binds a comprehension variable (or tuple of them) to fresh locals
    /// visible only inside the comprehension.
    fn comp_target(&mut self, t: &ast::Expr, ty: &Ty, scope: &mut Scope) -> R<Target> {
        match &t.kind {
            ast::ExprKind::Name(n) => {
                let lid = self.hidden(scope, &format!("c.{n}."), ty.clone());
                scope.shadow.push((n.clone(), lid));
                Ok(Target::Place(Place::Local(lid)))
            }
            ast::ExprKind::Tuple(xs) => {
                let ts = match self.resolve(ty) {
                    Ty::Tuple(ts) if ts.len() == xs.len() => ts,
                    found => {
                        return err(
                            Kind::Type,
                            t.span,
                            format!("cannot unpack {found} into {} targets", xs.len()),
                        )
                    }
                };
                let targets = xs
                    .iter()
                    .zip(&ts)
                    .map(|(x, t)| self.comp_target(x, t, scope))
                    .collect::<R<Vec<_>>>()?;
                Ok(Target::Tuple(targets))
            }
            _ => err(
                Kind::Unsupported,
                t.span,
                "this comprehension target is not supported",
            ),
        }
    }

    fn sink_stmts(
        &mut self,
        sink: Sink,
        v: Expr,
        second: Option<Expr>,
        loops: u32,
        scope: &mut Scope,
    ) -> R<Vec<Stmt>> {
        let span = v.span;
        let load = |scope: &Scope, l: LocalId| -> Expr {
            let ty = scope.local_types[l.index()].clone().unwrap_or(Ty::None);
            mk(ty, span, ExprKind::Load(Place::Local(l)))
        };
        Ok(match sink {
            Sink::Append(acc) => {
                let l = load(scope, acc);
                let Ty::List(et) = self.resolve(&l.ty) else {
                    unreachable!("append sink on a non-list")
                };
                let v = self.expect(v, &et, "list element")?;
                vec![Stmt::Expr(mk(
                    Ty::None,
                    span,
                    ExprKind::Append(Box::new(l), Box::new(v)),
                ))]
            }
            Sink::SetAdd(acc) | Sink::SetDiscard(acc) => {
                let l = load(scope, acc);
                let Ty::Set(et) = self.resolve(&l.ty) else {
                    unreachable!("add sink on a non-set")
                };
                let v = self.expect(v, &et, "set element")?;
                self.hashable(&v.ty, span)?;
                let f = if matches!(sink, Sink::SetAdd(_)) {
                    "mg_set_add"
                } else {
                    "mg_set_discard"
                };
                vec![Stmt::Expr(rt(
                    Ty::None,
                    span,
                    f,
                    vec![RtArg::Value(l), RtArg::Slot(v)],
                ))]
            }
            Sink::DictSet(acc) => {
                let l = load(scope, acc);
                let Ty::Dict(kt, vt) = self.resolve(&l.ty) else {
                    unreachable!("dict sink on a non-dict")
                };
                let (k, val) = match second {
                    Some(val) => (v, val),
                    None => {
                        // dict(pairs): each element is a 2-tuple.
                        match self.resolve(&v.ty) {
                            Ty::Tuple(ts) if ts.len() == 2 => {
                                let tmp = self.hidden(scope, "pair", v.ty.clone());
                                let tl = mk(v.ty.clone(), span, ExprKind::Load(Place::Local(tmp)));
                                let k = mk(
                                    ts[0].clone(),
                                    span,
                                    ExprKind::TupleGet(Box::new(tl.clone()), 0),
                                );
                                let val =
                                    mk(ts[1].clone(), span, ExprKind::TupleGet(Box::new(tl), 1));
                                let k = self.expect(k, &kt, "dict key")?;
                                let val = self.expect(val, &vt, "dict value")?;
                                self.hashable(&k.ty, span)?;
                                return Ok(vec![
                                    Stmt::Assign(Target::Place(Place::Local(tmp)), v),
                                    Stmt::SetItem(l, k, val),
                                ]);
                            }
                            t => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!(
                                    "cannot convert a sequence of {t} to a dict (pairs expected)"
                                ),
                                )
                            }
                        }
                    }
                };
                let k = self.expect(k, &kt, "dict key")?;
                let val = self.expect(val, &vt, "dict value")?;
                self.hashable(&k.ty, span)?;
                vec![Stmt::SetItem(l, k, val)]
            }
            Sink::Sum(acc) => {
                let l = load(scope, acc);
                let sum = self.binary(ast::BinOp::Add, l.clone(), v, span, scope)?;
                let sum = self.expect(sum, &l.ty, "sum")?;
                vec![Stmt::Assign(Target::Place(Place::Local(acc)), sum)]
            }
            Sink::Any(acc) | Sink::All(acc) => {
                let is_any = matches!(sink, Sink::Any(_));
                let t = truth(v);
                let c = if is_any {
                    t
                } else {
                    mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(t)))
                };
                let set = Stmt::Assign(
                    Target::Place(Place::Local(acc)),
                    mk(Ty::Bool, span, ExprKind::Bool(is_any)),
                );
                vec![Stmt::If(c, vec![set, Stmt::BreakOuter(loops)], vec![])]
            }
            Sink::Best {
                best,
                best_key,
                seen,
                max,
            } => {
                let bl = load(scope, best);
                let v = self.expect(v, &bl.ty, "element")?;
                let tmp = self.hidden(scope, "cand", v.ty.clone());
                let cand = mk(v.ty.clone(), span, ExprKind::Load(Place::Local(tmp)));
                let mut stmts = vec![Stmt::Assign(Target::Place(Place::Local(tmp)), v)];
                let op = if max { ast::CmpOp::Gt } else { ast::CmpOp::Lt };
                let (better, take): (Expr, Vec<Stmt>) = match best_key {
                    None => {
                        let (hop, kind) =
                            self.cmp_kind(op, &cand.ty.clone(), &bl.ty.clone(), span)?;
                        (
                            mk(
                                Ty::Bool,
                                span,
                                ExprKind::Compare(vec![cand.clone(), bl], vec![(hop, kind)]),
                            ),
                            vec![],
                        )
                    }
                    Some((bk, f)) => {
                        let fv = load(scope, f);
                        let kt = fn_value_ret(&fv);
                        let key = mk(
                            kt.clone(),
                            span,
                            ExprKind::CallValue(Box::new(fv), vec![cand.clone()]),
                        );
                        let ktmp = self.hidden(scope, "ckey", kt.clone());
                        let kl = mk(kt.clone(), span, ExprKind::Load(Place::Local(ktmp)));
                        stmts.push(Stmt::Assign(Target::Place(Place::Local(ktmp)), key));
                        let bkl = mk(kt.clone(), span, ExprKind::Load(Place::Local(bk)));
                        let (hop, kind) = self.cmp_kind(op, &kt, &kt, span)?;
                        (
                            mk(
                                Ty::Bool,
                                span,
                                ExprKind::Compare(vec![kl.clone(), bkl], vec![(hop, kind)]),
                            ),
                            vec![Stmt::Assign(Target::Place(Place::Local(bk)), kl)],
                        )
                    }
                };
                let mut assign = vec![Stmt::Assign(Target::Place(Place::Local(best)), cand)];
                assign.extend(take);
                assign.push(Stmt::Assign(
                    Target::Place(Place::Local(seen)),
                    mk(Ty::Bool, span, ExprKind::Bool(true)),
                ));
                let seen_l = mk(Ty::Bool, span, ExprKind::Load(Place::Local(seen)));
                let not_seen = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(seen_l)));
                let c = mk(Ty::Bool, span, ExprKind::Or(vec![not_seen, better]));
                stmts.push(Stmt::If(c, assign, vec![]));
                stmts
            }
        })
    }

    /// `[elt for ...]`, `{elt for ...}`, `{k: v for ...}`.
    pub(super) fn comprehension(&mut self, e: &ast::Expr, scope: &mut Scope) -> R<Expr> {
        self.comprehension_into(e, None, scope)
    }

    /// A comprehension; with `hint`, the container type expected of it when
    /// it is of the comprehension's kind: its elements are then converted
    /// to that type's element type.
    pub(super) fn comprehension_into(
        &mut self,
        e: &ast::Expr,
        hint: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Expr> {
        let span = e.span;
        let hint = hint.map(|t| self.resolve(t));
        let (ty, sink_of): (Ty, fn(LocalId) -> Sink) = match (&e.kind, hint) {
            (ast::ExprKind::ListComp { .. }, Some(t @ Ty::List(_))) => (t, Sink::Append),
            (ast::ExprKind::ListComp { .. }, _) => {
                (Ty::List(Box::new(self.fresh_var())), Sink::Append)
            }
            (ast::ExprKind::SetComp { .. }, Some(t @ Ty::Set(_))) => (t, Sink::SetAdd),
            (ast::ExprKind::SetComp { .. }, _) => {
                (Ty::Set(Box::new(self.fresh_var())), Sink::SetAdd)
            }
            (_, Some(t @ Ty::Dict(..))) => (t, Sink::DictSet),
            _ => (
                Ty::Dict(Box::new(self.fresh_var()), Box::new(self.fresh_var())),
                Sink::DictSet,
            ),
        };
        let acc = self.hidden(scope, "comp", ty.clone());
        let source = match &e.kind {
            ast::ExprKind::ListComp { elt, generators } => Source::Comp {
                elt,
                generators,
                frame: "<listcomp>",
                span,
            },
            ast::ExprKind::SetComp { elt, generators } => Source::Comp {
                elt,
                generators,
                frame: "<setcomp>",
                span,
            },
            ast::ExprKind::DictComp {
                key,
                value,
                generators,
            } => Source::DictComp {
                key,
                value,
                generators,
                span,
            },
            _ => unreachable!("comprehension() called on a non-comprehension"),
        };
        let mut stmts = vec![Stmt::Assign(
            Target::Place(Place::Local(acc)),
            self.empty(&ty, span),
        )];
        stmts.extend(self.consume(source, scope, &mut |_, _, _| Ok(sink_of(acc)))?);
        Ok(mk(
            ty.clone(),
            span,
            ExprKind::Block(
                stmts,
                Box::new(mk(ty, span, ExprKind::Load(Place::Local(acc)))),
            ),
        ))
    }

    /// An empty container of a (possibly not yet known) type.
    pub(super) fn empty(&self, ty: &Ty, span: Span) -> Expr {
        let kind = match self.resolve(ty) {
            Ty::List(_) => ExprKind::List(vec![]),
            Ty::Set(_) => ExprKind::Set(vec![]),
            _ => ExprKind::Dict(vec![]),
        };
        mk(ty.clone(), span, kind)
    }

    // ----- functions as values -----

    /// A one-argument function usable as `key=`, `map` or `filter`, as a
    /// function value taking `param`: a lambda (whose result type is
    /// inferred), a module-level function, a built-in, a class, or any
    /// expression holding a function value.
    pub(super) fn key_func(&mut self, e: &ast::Expr, param: &Ty, scope: &mut Scope) -> R<Expr> {
        let param = self.resolve(param);
        match &e.kind {
            ast::ExprKind::Lambda {
                params,
                defaults,
                body,
            } => {
                if params.len() != 1 && defaults.iter().filter(|d| d.is_none()).count() != 1 {
                    return err(
                        Kind::Type,
                        e.span,
                        format!(
                            "this lambda takes {} arguments but is called with 1",
                            params.len()
                        ),
                    );
                }
                self.lambda_value(params, defaults, body, &[param], None, e.span, scope)
            }
            ast::ExprKind::Name(n)
                if scope.binding(n).is_none()
                    && !self.enclosing.iter().any(|s| s.binding(n).is_some()) =>
            {
                match self.lookup(n, scope) {
                    Some(Binding::Func(f)) => {
                        let sig = &self.sigs[f.index()];
                        if sig.params.len() != 1 {
                            return err(
                                Kind::Type,
                                e.span,
                                format!(
                                    "{n}() takes {} arguments but is called with 1",
                                    sig.params.len()
                                ),
                            );
                        }
                        let pt = sig.params[0].ty.clone();
                        if !self.unify(&pt, &param) {
                            return err(
                                Kind::Type,
                                e.span,
                                format!("{n}() takes {pt} but is called with {param}"),
                            );
                        }
                        self.callable_value(n, None, e.span, scope)
                    }
                    Some(Binding::Global(_)) => self.key_value(e, &param, scope),
                    Some(Binding::Class(_)) | None
                        if matches!(self.lookup(n, scope), Some(Binding::Class(_)))
                            || BUILTINS.contains(&n.as_str()) =>
                    {
                        // A built-in or a class used as a function: wrap it
                        // in a lambda, whose result type is inferred.
                        let arg = ast::Ident {
                            name: ".x".into(),
                            span: e.span,
                        };
                        let call = ast::Expr {
                            span: e.span,
                            kind: ast::ExprKind::Call {
                                func: Box::new(e.clone()),
                                args: vec![ast::Expr {
                                    span: e.span,
                                    kind: ast::ExprKind::Name(".x".into()),
                                }],
                                keywords: vec![],
                            },
                        };
                        let saved = std::mem::take(&mut self.enclosing);
                        let mut top = Scope::module();
                        top.is_module = false;
                        let v =
                            self.lambda_value(&[arg], &[], &call, &[param], None, e.span, &mut top);
                        self.enclosing = saved;
                        let v = v?;
                        if let ExprKind::MakeFunc { func, .. } = &v.kind {
                            self.functions[func.index()].as_mut().unwrap().frame = false;
                        }
                        Ok(v)
                    }
                    _ => err(
                        Kind::Unsupported,
                        e.span,
                        "only a function, a lambda or a function value can be used here",
                    ),
                }
            }
            // `str.lower`, `list.copy`...: a method of a built-in type,
            // called on the element.
            ast::ExprKind::Attribute(base, m)
                if matches!(&base.kind, ast::ExprKind::Name(t)
                    if matches!(t.as_str(), "str" | "list" | "dict" | "set" | "tuple" | "int" | "float")
                        && scope.binding(t).is_none()
                        && self.lookup(t, scope).is_none()) =>
            {
                let arg = ast::Ident {
                    name: ".x".into(),
                    span: e.span,
                };
                let call = ast::Expr {
                    span: e.span,
                    kind: ast::ExprKind::Call {
                        func: Box::new(ast::Expr {
                            span: e.span,
                            kind: ast::ExprKind::Attribute(
                                Box::new(ast::Expr {
                                    span: base.span,
                                    kind: ast::ExprKind::Name(".x".into()),
                                }),
                                m.clone(),
                            ),
                        }),
                        args: vec![],
                        keywords: vec![],
                    },
                };
                let ast::ExprKind::Name(t) = &base.kind else {
                    unreachable!()
                };
                let want = match t.as_str() {
                    "str" => Ty::Str,
                    "int" => Ty::Int,
                    "float" => Ty::Float,
                    _ => param.clone(),
                };
                if self.resolve(&param).class_name() != want.class_name() {
                    return err(
                        Kind::Type,
                        e.span,
                        format!("{t}.{} applies to {t} values, not to {param}", m.name),
                    );
                }
                let saved = std::mem::take(&mut self.enclosing);
                let mut top = Scope::module();
                top.is_module = false;
                let v = self.lambda_value(&[arg], &[], &call, &[param], None, e.span, &mut top);
                self.enclosing = saved;
                let v = v?;
                if let ExprKind::MakeFunc { func, .. } = &v.kind {
                    self.functions[func.index()].as_mut().unwrap().frame = false;
                }
                Ok(v)
            }
            _ => self.key_value(e, &param, scope),
        }
    }

    /// An expression holding a function value, used as a one-argument
    /// function of `param`.
    fn key_value(&mut self, e: &ast::Expr, param: &Ty, scope: &mut Scope) -> R<Expr> {
        let v = self.expr(e, scope)?;
        match self.resolve(&v.ty) {
            Ty::Func(ft) if ft.params.len() == 1 && self.unify(&ft.params[0], param) => Ok(v),
            t => err(
                Kind::Type,
                e.span,
                format!("expected a function taking {param} (Callable[[{param}], ...]), found {t}"),
            ),
        }
    }
}

/// The result type of a function value.
pub(super) fn fn_value_ret(f: &Expr) -> Ty {
    match &f.ty {
        Ty::Func(ft) => ft.ret.clone(),
        _ => unreachable!("not a function value"),
    }
}

/// Whether CPython's AST optimiser turns `e` into a constant: a literal, or
/// a tuple, unary or binary operation of such (calls are never folded).
fn cpython_constant(e: &ast::Expr) -> bool {
    match &e.kind {
        ast::ExprKind::Int(_)
        | ast::ExprKind::Float(_)
        | ast::ExprKind::Str(_)
        | ast::ExprKind::Bool(_)
        | ast::ExprKind::None => true,
        ast::ExprKind::Unary(_, x) => cpython_constant(x),
        ast::ExprKind::Binary(_, a, b) => cpython_constant(a) && cpython_constant(b),
        ast::ExprKind::Tuple(xs) => xs.iter().all(cpython_constant),
        _ => false,
    }
}
