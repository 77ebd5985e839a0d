//! Operators: binary arithmetic and the comparison kinds, with their
//! dispatch to special methods of classes.

use super::*;

impl Checker {
    pub(super) fn binary(
        &mut self,
        op: ast::BinOp,
        l: Expr,
        r: Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        self.binary_as(op, l, r, span, scope, op.symbol())
    }

    /// `l op r`, where error messages show the operator as `sym` (`+=` for
    /// an augmented assignment).
    pub(super) fn binary_as(
        &mut self,
        op: ast::BinOp,
        l: Expr,
        r: Expr,
        span: Span,
        scope: &mut Scope,
        sym: &str,
    ) -> R<Expr> {
        use ast::BinOp as B;
        let (l, r) = self.enum_operands(op, l, r);
        // Objects: their special methods, reflected ones included
        // (`dunders.rs`); `"%s" % obj` stays str formatting.
        let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
        let str_format = lt == Ty::Str && op == B::Mod;
        // (A dynamic left operand is dispatched at run time, below.)
        if matches!(lt, Ty::Class(_))
            || (matches!(rt_, Ty::Class(_)) && !str_format && !lt.is_dynamic())
        {
            let e = self.object_binary(op, l, r, span, scope, sym)?;
            return Ok(e.expect("an operand is an object"));
        }
        let bad = |l: &Ty, r: &Ty| {
            Diagnostic::new(
                Kind::Type,
                span,
                format!("unsupported operand type(s) for {sym}: '{l}' and '{r}'"),
            )
        };
        let hop = match op {
            B::Add => BinOp::Add,
            B::Sub => BinOp::Sub,
            B::Mul => BinOp::Mul,
            B::Div => BinOp::Div,
            B::FloorDiv => BinOp::FloorDiv,
            B::Mod => BinOp::Mod,
            B::Pow => BinOp::Pow,
            B::LShift => BinOp::LShift,
            B::RShift => BinOp::RShift,
            B::BitAnd => BinOp::BitAnd,
            B::BitOr => BinOp::BitOr,
            B::BitXor => BinOp::BitXor,
            B::MatMult => return Err(bad(&lt, &rt_)),
        };
        let bin = |ty: Ty, l: Expr, r: Expr| {
            mk(ty, span, ExprKind::Binary(hop, Box::new(l), Box::new(r)))
        };
        if l.ty.is_dynamic() || r.ty.is_dynamic() {
            return self.dyn_binary(hop, l, r, span);
        }
        let l = self.deopt(l)?;
        let r = self.deopt(r)?;
        // Containers.
        match (self.resolve(&l.ty), self.resolve(&r.ty), op) {
            (a @ (Ty::VarTuple(_) | Ty::List(_)), Ty::VarTuple(_) | Ty::List(_), B::Add) => {
                let (mut l, mut r) = (l, r);
                if !self.unify(&l.ty, &r.ty) {
                    // A new list of subclass instances joins a list of
                    // their base (`[sub] + items`).
                    let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
                    if let Some(c) = self.convert_to(&l, &rt_) {
                        l = c;
                    } else if let Some(c) = self.convert_to(&r, &lt) {
                        r = c;
                    } else {
                        return Err(bad(&lt, &rt_));
                    }
                }
                let name = if matches!(a, Ty::List(_)) {
                    "mg_list_concat"
                } else {
                    "mg_tuple_concat"
                };
                let t = l.ty.clone();
                return Ok(rt(t, span, name, vec![RtArg::Value(l), RtArg::Value(r)]));
            }
            (Ty::List(_), Ty::Int | Ty::Bool, B::Mul)
            | (Ty::Int | Ty::Bool, Ty::List(_), B::Mul) => {
                let (list, n) = if matches!(self.resolve(&l.ty), Ty::List(_)) {
                    (l, r)
                } else {
                    (r, l)
                };
                let n = coerce(n, &Ty::Int).unwrap();
                let t = list.ty.clone();
                return Ok(rt(
                    t,
                    span,
                    "mg_list_repeat",
                    vec![RtArg::Value(list), RtArg::Value(n)],
                ));
            }
            (Ty::Set(_), Ty::Set(_), B::BitOr | B::BitAnd | B::Sub | B::BitXor) => {
                if !self.unify(&l.ty, &r.ty) {
                    return Err(bad(&self.resolve(&l.ty), &self.resolve(&r.ty)));
                }
                let m = match op {
                    B::BitOr => "union",
                    B::BitAnd => "intersection",
                    B::Sub => "difference",
                    _ => "symmetric_difference",
                };
                return self.set_op(m, l, r, span);
            }
            (Ty::Str, _, B::Mod) => {
                let ExprKind::Str(fmt) = &l.kind else {
                    // A format string known only at run time is interpreted
                    // by the runtime, with the operand's type descriptor.
                    let t = self.resolve(&r.ty);
                    return Ok(rt(
                        Ty::Str,
                        span,
                        "mg_percent_format",
                        vec![RtArg::Value(l), RtArg::Slot(r), RtArg::Type(t)],
                    ));
                };
                let fmt = fmt.clone();
                return self.percent_format(&fmt, r, span, scope);
            }
            (a @ (Ty::List(_) | Ty::Dict(..) | Ty::Set(_)), b, _)
            | (b, a @ (Ty::List(_) | Ty::Dict(..) | Ty::Set(_)), _) => {
                return Err(bad(&a, &b));
            }
            _ => {}
        }
        // Strings.
        match (l.ty.clone(), r.ty.clone(), op) {
            (Ty::Str, Ty::Str, B::Add) => return Ok(bin(Ty::Str, l, r)),
            (Ty::Str, Ty::Int | Ty::Bool, B::Mul) => {
                let r = coerce(r, &Ty::Int).unwrap();
                return Ok(mk(
                    Ty::Str,
                    span,
                    ExprKind::Runtime("mg_str_repeat", vec![l, r]),
                ));
            }
            (Ty::Int | Ty::Bool, Ty::Str, B::Mul) => {
                let l = coerce(l, &Ty::Int).unwrap();
                return Ok(mk(
                    Ty::Str,
                    span,
                    ExprKind::Runtime("mg_str_repeat", vec![r, l]),
                ));
            }
            (Ty::Tuple(a), Ty::Tuple(b), B::Add) => {
                // A new tuple of the fields of both operands, each operand
                // evaluated once, in order.
                let ty = Ty::Tuple(a.iter().chain(b.iter()).cloned().collect());
                if let (ExprKind::Tuple(xs), ExprKind::Tuple(ys)) = (&l.kind, &r.kind) {
                    let elems = xs.iter().chain(ys).cloned().collect();
                    return Ok(mk(ty, span, ExprKind::Tuple(elems)));
                }
                let mut stmts = Vec::new();
                let la = self.hoist(l, scope, &mut stmts);
                let lb = self.hoist(r, scope, &mut stmts);
                let mut elems: Vec<Expr> = (0..a.len())
                    .map(|i| {
                        mk(
                            a[i].clone(),
                            span,
                            ExprKind::TupleGet(Box::new(la.clone()), i),
                        )
                    })
                    .collect();
                elems.extend((0..b.len()).map(|i| {
                    mk(
                        b[i].clone(),
                        span,
                        ExprKind::TupleGet(Box::new(lb.clone()), i),
                    )
                }));
                return Ok(mk(
                    ty.clone(),
                    span,
                    ExprKind::Block(stmts, Box::new(mk(ty, span, ExprKind::Tuple(elems)))),
                ));
            }
            (Ty::Tuple(a), Ty::Int, B::Mul) | (Ty::Int, Ty::Tuple(a), B::Mul) => {
                let (t, n) = if matches!(l.ty, Ty::Tuple(_)) {
                    (l, r)
                } else {
                    (r, l)
                };
                let ExprKind::Int(n) = n.kind else {
                    return err(Kind::Unsupported, n.span, "repeating a tuple a number of times that is not a literal is not supported (the result's type depends on it)");
                };
                let n = n.max(0) as usize;
                let mut stmts = Vec::new();
                let tl = self.hoist(t, scope, &mut stmts);
                let elems: Vec<Expr> = (0..n)
                    .flat_map(|_| {
                        (0..a.len())
                            .map(|i| {
                                mk(
                                    a[i].clone(),
                                    span,
                                    ExprKind::TupleGet(Box::new(tl.clone()), i),
                                )
                            })
                            .collect::<Vec<_>>()
                    })
                    .collect();
                let ty = Ty::Tuple(elems.iter().map(|e| e.ty.clone()).collect());
                return Ok(mk(
                    ty.clone(),
                    span,
                    ExprKind::Block(stmts, Box::new(mk(ty, span, ExprKind::Tuple(elems)))),
                ));
            }
            _ => {}
        }
        if !is_numeric(&l.ty) || !is_numeric(&r.ty) {
            return Err(bad(&l.ty, &r.ty));
        }
        match op {
            B::BitAnd | B::BitOr | B::BitXor if l.ty == Ty::Bool && r.ty == Ty::Bool => {
                Ok(bin(Ty::Bool, l, r))
            }
            B::LShift | B::RShift | B::BitAnd | B::BitOr | B::BitXor => {
                if l.ty == Ty::Float || r.ty == Ty::Float {
                    return Err(bad(&l.ty, &r.ty));
                }
                Ok(bin(
                    Ty::Int,
                    coerce(l, &Ty::Int).unwrap(),
                    coerce(r, &Ty::Int).unwrap(),
                ))
            }
            // `int / int` keeps its operands as ints: its zero-division
            // message differs from the float one.
            B::Div if l.ty != Ty::Float && r.ty != Ty::Float => Ok(bin(
                Ty::Float,
                coerce(l, &Ty::Int).unwrap(),
                coerce(r, &Ty::Int).unwrap(),
            )),
            B::Div => Ok(bin(
                Ty::Float,
                numtower::promote(l, &Ty::Float),
                numtower::promote(r, &Ty::Float),
            )),
            B::Pow => {
                let neg_literal = matches!(r.kind, ExprKind::Int(v) if v < 0);
                if l.ty == Ty::Float || r.ty == Ty::Float || neg_literal {
                    Ok(bin(
                        Ty::Float,
                        numtower::promote(l, &Ty::Float),
                        numtower::promote(r, &Ty::Float),
                    ))
                } else {
                    Ok(bin(
                        Ty::Int,
                        coerce(l, &Ty::Int).unwrap(),
                        coerce(r, &Ty::Int).unwrap(),
                    ))
                }
            }
            _ => {
                let ty = if l.ty == Ty::Float || r.ty == Ty::Float {
                    Ty::Float
                } else {
                    Ty::Int
                };
                Ok(bin(
                    ty.clone(),
                    numtower::promote(l, &ty),
                    numtower::promote(r, &ty),
                ))
            }
        }
    }

    pub(super) fn cmp_kind(
        &mut self,
        op: ast::CmpOp,
        l: &Ty,
        r: &Ty,
        span: Span,
    ) -> R<(CmpOp, CmpKind)> {
        let (l, r) = (&self.resolve(l), &self.resolve(r));
        if l.is_dynamic() || r.is_dynamic() {
            return self.dyn_cmp_kind(op, l, r, span);
        }
        if let Some(k) = self.dyn_container_cmp(op, l, r) {
            return Ok(k);
        }
        use ast::CmpOp as C;
        let hop = cmp_op(op);
        let bad = || {
            Diagnostic::new(
                Kind::Type,
                span,
                format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    op.symbol(),
                    l,
                    r
                ),
            )
        };
        let is_opt = |t: &Ty| matches!(t, Ty::Optional(_));
        let is_obj = |t: &Ty| match t {
            Ty::Class(_) => true,
            Ty::Optional(x) => matches!(**x, Ty::Class(_)),
            _ => false,
        };
        if matches!(op, C::Is | C::IsNot | C::Eq | C::NotEq)
            && ((is_opt(l) && *r == Ty::None) || (is_opt(r) && *l == Ty::None))
        {
            return Ok((hop, CmpKind::NoneCheck));
        }
        if matches!(op, C::Is | C::IsNot) && is_obj(l) && is_obj(r) {
            return Ok((hop, CmpKind::Identity));
        }
        if !matches!(op, C::Is | C::IsNot | C::In | C::NotIn) {
            match (l, r) {
                (Ty::Class(_), Ty::Class(_)) => return Ok((hop, CmpKind::Generic(l.clone()))),
                (Ty::Optional(a), b) | (b, Ty::Optional(a))
                    if self.unify(a, b) || (is_opt(b) && self.unify(l, r)) =>
                {
                    let t = Ty::Optional(a.clone());
                    if !matches!(op, C::Eq | C::NotEq) {
                        return err(Kind::Unsupported, span, format!("'{}' with an Optional operand is not supported by multigen; narrow it first", op.symbol()));
                    }
                    return Ok((hop, CmpKind::Generic(t)));
                }
                _ => {}
            }
        }
        if matches!(op, C::Is | C::IsNot) {
            // Only identity with None is meaningful for the value types we have.
            if *l == Ty::None || *r == Ty::None {
                let same = l == r;
                return Ok((hop, CmpKind::Const(if op == C::Is { same } else { !same })));
            }
            // `True` and `False` are singletons: identity is equality.
            if *l == Ty::Bool && *r == Ty::Bool {
                let eq = if op == C::Is { C::Eq } else { C::NotEq };
                return self.cmp_kind(eq, l, r, span);
            }
            // Mutable containers have identity: the same object or not.
            if matches!(l, Ty::List(_) | Ty::Dict(..) | Ty::Set(_)) && self.unify(l, r) {
                return Ok((hop, CmpKind::Identity));
            }
            return err(
                Kind::Unsupported,
                span,
                "`is` is only supported with None and between lists, dicts or sets by multigen yet",
            );
        }
        if matches!(op, C::In | C::NotIn) {
            let elem = match r {
                Ty::List(t) | Ty::Set(t) | Ty::Dict(t, _) | Ty::VarTuple(t) => Some((**t).clone()),
                Ty::Range => Some(Ty::Int),
                Ty::DictView(0, k, _) => Some((**k).clone()),
                Ty::DictView(1, _, v) => Some((**v).clone()),
                Ty::DictView(_, k, v) => Some(Ty::Tuple(vec![(**k).clone(), (**v).clone()])),
                Ty::Tuple(ts) if !ts.is_empty() && ts.iter().all(|t| *t == ts[0]) => {
                    Some(ts[0].clone())
                }
                _ => None,
            };
            if let Some(elem) = elem {
                let ok = self.unify(l, &elem)
                    || matches!(&elem, Ty::Optional(inner) if *l == Ty::None || self.unify(l, inner))
                    || (is_numeric(l)
                        && is_numeric(&elem)
                        && !(*l == Ty::Float && elem != Ty::Float));
                if !ok {
                    return err(Kind::Type, span, format!("`in` between a {l} and a {r} is not supported (the item type differs from the element type)"));
                }
                return Ok((hop, CmpKind::Contains(r.clone())));
            }
            return match (l, r) {
                (Ty::Str, Ty::Str) => Ok((hop, CmpKind::Str)),
                _ => err(
                    Kind::Type,
                    span,
                    format!("`in` is not supported between '{l}' and '{r}'"),
                ),
            };
        }
        let equality = matches!(op, C::Eq | C::NotEq);
        let kind = match (l, r) {
            (a, b) if is_numeric(a) && is_numeric(b) => {
                if *a == Ty::Float || *b == Ty::Float {
                    CmpKind::Float
                } else {
                    CmpKind::Int
                }
            }
            (Ty::Str, Ty::Str) => CmpKind::Str,
            (Ty::Range, Ty::Range) if equality => CmpKind::Generic(Ty::Range),
            (Ty::None, Ty::None) if equality => CmpKind::Const(true),
            (Ty::Tuple(a), Ty::Tuple(b)) if equality && a.len() == b.len() => {
                let mut kinds = Vec::new();
                for (x, y) in a.iter().zip(b) {
                    let (_, k) = self.cmp_kind(ast::CmpOp::Eq, x, y, span)?;
                    kinds.push(k);
                }
                CmpKind::Tuple(kinds)
            }
            (Ty::Tuple(_), Ty::Tuple(_)) if equality => CmpKind::Const(false),
            (Ty::Tuple(a), Ty::Tuple(b)) => {
                // Lexicographic: the first differing element decides, else
                // the shorter tuple is smaller.
                let mut kinds = Vec::new();
                for (x, y) in a.iter().zip(b) {
                    let (_, k) = self.cmp_kind(op, x, y, span)?;
                    kinds.push(k);
                }
                CmpKind::TupleOrder(kinds, a.len(), b.len())
            }
            (Ty::List(_) | Ty::Dict(..) | Ty::Set(_) | Ty::Tuple(_) | Ty::VarTuple(_), _)
                if self.unify(l, r) =>
            {
                let t = self.resolve(l);
                if !equality
                    && !matches!(t, Ty::List(_) | Ty::Tuple(_) | Ty::Set(_) | Ty::VarTuple(_))
                {
                    return err(
                        Kind::Unsupported,
                        span,
                        format!(
                            "'{}' between {} values is not supported by multigen yet",
                            op.symbol(),
                            t.class_name()
                        ),
                    );
                }
                CmpKind::Generic(t)
            }
            (Ty::List(_) | Ty::Dict(..) | Ty::Set(_), Ty::List(_) | Ty::Dict(..) | Ty::Set(_))
                if l.class_name() == r.class_name() =>
            {
                return err(
                    Kind::Type,
                    span,
                    format!("comparing {l} with {r} is not supported (element types differ)"),
                );
            }
            _ if equality => CmpKind::Const(false),
            _ => return Err(bad()),
        };
        // Values of unrelated types are never equal.
        let kind = match (kind, hop) {
            (CmpKind::Const(v), CmpOp::Ne) => CmpKind::Const(!v),
            (k, _) => k,
        };
        Ok((hop, kind))
    }

    pub(super) fn compare(
        &mut self,
        first: &ast::Expr,
        rest: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if let Some(e) = self.dyn_type_compare(first, rest, span, scope)? {
            return Ok(e);
        }
        if let Some(e) = self.class_type_compare(first, rest, span, scope)? {
            return Ok(e);
        }
        if let Some(e) = self.type_pair_compare(first, rest, span, scope)? {
            return Ok(e);
        }
        if let Some(e) = self.exc_type_compare(first, rest, span, scope)? {
            return Ok(e);
        }
        // `[...] in xs`: a display or comprehension looked for in a
        // container is built with the container's element type (lists of a
        // subclass among lists of the base). Checking the container first
        // changes nothing at run time: the IR evaluates the item first.
        let mut container = None;
        let first_v = match (rest, &first.kind) {
            (
                [(ast::CmpOp::In | ast::CmpOp::NotIn, e)],
                ast::ExprKind::List(_)
                | ast::ExprKind::ListComp { .. }
                | ast::ExprKind::Set(_)
                | ast::ExprKind::SetComp { .. }
                | ast::ExprKind::Dict(_)
                | ast::ExprKind::DictComp { .. },
            ) => {
                let v = self.expr(e, scope)?;
                let elem = match self.resolve(&v.ty) {
                    Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Dict(t, _) => Some(*t),
                    _ => None,
                };
                container = Some(v);
                match elem {
                    Some(t) => self.expr_hinted(first, &t, scope)?,
                    None => self.expr(first, scope)?,
                }
            }
            _ => self.expr(first, scope)?,
        };
        // `IntEnum` members compare as their values.
        let value_cmp = rest.iter().all(|(op, _)| {
            !matches!(
                op,
                ast::CmpOp::Is | ast::CmpOp::IsNot | ast::CmpOp::In | ast::CmpOp::NotIn
            )
        });
        let first_v = if value_cmp {
            let v = self.nt_as_tuple(first_v, scope);
            self.enum_as_value(v)
        } else {
            first_v
        };
        let mut operands = vec![first_v];
        let mut ops = Vec::new();
        if let [(op @ (ast::CmpOp::In | ast::CmpOp::NotIn), e)] = rest {
            // `x in obj` calls `obj.__contains__(x)`.
            let v = match container {
                Some(v) => v,
                None => match self.enum_members(e, scope) {
                    Some(v) => v,
                    None => self.expr(e, scope)?,
                },
            };
            let v = self.nt_as_tuple(v, scope);
            let item = operands.pop().unwrap();
            if item.ty.is_dynamic() || v.ty.is_dynamic() {
                return self.dyn_contains(item, v, *op == ast::CmpOp::NotIn, span, scope);
            }
            if let Some(e) = self.contains_dyn_elem(&item, &v) {
                // Looked for among dynamic elements: the item is boxed.
                let hop = if *op == ast::CmpOp::NotIn {
                    CmpOp::NotIn
                } else {
                    CmpOp::In
                };
                let kind = CmpKind::Contains(v.ty.clone());
                let item = self.box_dyn(item, &e);
                return Ok(mk(
                    Ty::Bool,
                    span,
                    ExprKind::Compare(vec![item, v], vec![(hop, kind)]),
                ));
            }
            operands.push(self.enum_in_item(item, &v.ty));
            if matches!(self.resolve(&v.ty), Ty::Class(_)) {
                let item = operands.pop().unwrap();
                let Some(call) = self.dunder_call("__contains__", v, vec![item], span)? else {
                    return err(
                        Kind::Type,
                        span,
                        "argument of type object is not iterable (no __contains__)",
                    );
                };
                let call = truth(call);
                return Ok(if *op == ast::CmpOp::NotIn {
                    mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(call)))
                } else {
                    call
                });
            }
            let prev = operands.last().unwrap().ty.clone();
            let (hop, kind) = self.cmp_kind(*op, &prev, &v.ty, span)?;
            // An item looked for among Optional elements is wrapped.
            if let CmpKind::Contains(ct) = &kind {
                let elem = match self.resolve(ct) {
                    Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Dict(t, _) => Some(*t),
                    _ => None,
                };
                if let Some(elem @ Ty::Optional(_)) = elem {
                    let item = operands.pop().unwrap();
                    let item = if item.ty == Ty::None {
                        mk(elem.clone(), item.span, ExprKind::None)
                    } else {
                        self.expect(item, &elem, "item")?
                    };
                    operands.push(item);
                }
            }
            operands.push(v);
            return Ok(mk(
                Ty::Bool,
                span,
                ExprKind::Compare(operands, vec![(hop, kind)]),
            ));
        }
        for (op, e) in rest {
            let mut v = self.expr(e, scope)?;
            if value_cmp {
                v = self.nt_as_tuple(v, scope);
                v = self.enum_as_value(v);
            }
            // A fixed-size tuple meets a `tuple[T, ...]` as one (boxed).
            let prev_ty = self.resolve(&operands.last().unwrap().ty);
            match (&prev_ty, self.resolve(&v.ty)) {
                (Ty::VarTuple(_), Ty::Tuple(_)) => v = self.expect(v, &prev_ty, "operand")?,
                (Ty::Tuple(_), Ty::VarTuple(_)) if rest.len() == 1 => {
                    let vt = v.ty.clone();
                    let p = operands.pop().unwrap();
                    operands.push(self.expect(p, &vt, "operand")?);
                }
                _ => {}
            }
            // Ordering an Optional operand: None raises CPython's TypeError.
            if matches!(
                op,
                ast::CmpOp::Lt | ast::CmpOp::LtE | ast::CmpOp::Gt | ast::CmpOp::GtE
            ) {
                let lt = self.resolve(&operands.last().unwrap().ty);
                let rt_ = self.resolve(&v.ty);
                let name = |t: &Ty| match t {
                    Ty::Optional(x) => x.class_name().to_string(),
                    t => t.class_name().to_string(),
                };
                if let Ty::Optional(x) = &rt_ {
                    let msg = format!(
                        "'{}' not supported between instances of '{}' and 'NoneType'",
                        op.symbol(),
                        name(&lt)
                    );
                    // Reported at the comparison, as CPython does.
                    v = mk(
                        (**x).clone(),
                        span,
                        ExprKind::Unwrap(Box::new(v), Some(("TypeError", msg))),
                    );
                }
                if let Ty::Optional(x) = &lt {
                    let msg = format!(
                        "'{}' not supported between instances of 'NoneType' and '{}'",
                        op.symbol(),
                        name(&rt_)
                    );
                    let p = operands.pop().unwrap();
                    operands.push(mk(
                        (**x).clone(),
                        span,
                        ExprKind::Unwrap(Box::new(p), Some(("TypeError", msg))),
                    ));
                }
            }
            // A user-defined `__ne__` (`dunders.rs`).
            if *op == ast::CmpOp::NotEq {
                let prev = operands.last().unwrap();
                if let Some(call) = self.user_ne(prev, &v, rest.len() == 1, span)? {
                    return Ok(call);
                }
            }
            let prev = &operands.last().unwrap().ty;
            let (hop, kind) = self.cmp_kind(*op, prev, &v.ty, span)?;
            ops.push((hop, kind));
            operands.push(v);
        }
        let (operands, ops) = self.dyn_compare_operands(operands, ops, span)?;
        Ok(mk(Ty::Bool, span, ExprKind::Compare(operands, ops)))
    }

    pub(super) fn stringify(&mut self, e: Expr) -> Expr {
        if e.ty == Ty::Str {
            return e;
        }
        let span = e.span;
        mk(Ty::Str, span, ExprKind::Builtin(Builtin::ToStr, vec![e]))
    }
}

/// The IR operator of a comparison (`is` compares like `==`, by a kind the
/// checker picks).
pub(super) fn cmp_op(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq | C::Is => CmpOp::Eq,
        C::NotEq | C::IsNot => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}
