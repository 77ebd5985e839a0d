//! Assignments: targets (names, tuples, items, fields), augmented
//! assignment with its in-place forms, and the bookkeeping of which
//! variables are assigned.

use super::*;

impl Checker {
    /// Evaluates a value into a hidden local now (unless it is a constant or
    /// a variable), so that later evaluation order cannot change its value.
    pub(super) fn hoist(&mut self, v: Expr, scope: &mut Scope, out: &mut Vec<Stmt>) -> Expr {
        if is_const(&v) || matches!(v.kind, ExprKind::Load(_)) {
            return v;
        }
        let t = self.temp(scope, v.ty.clone());
        let l = mk(v.ty.clone(), v.span, ExprKind::Load(Place::Local(t)));
        out.push(Stmt::Assign(Target::Place(Place::Local(t)), v));
        l
    }

    /// `base[idx] op= value`: the container and the index are evaluated once.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn aug_assign_item(
        &mut self,
        base: &ast::Expr,
        idx: &ast::Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        if let ast::ExprKind::Slice { .. } = idx.kind {
            return err(
                Kind::Unsupported,
                idx.span,
                "augmented assignment to a slice is not supported by multigen yet",
            );
        }
        let b = self.expr(base, scope)?;
        let b = self.hoist(b, scope, out);
        if let Ty::Class(_) = self.resolve(&b.ty) {
            // `obj[i] op= v`: __getitem__, the operator, __setitem__.
            let i = self.expr(idx, scope)?;
            let i = self.hoist(i, scope, out);
            let Some(cur) = self.dunder_call("__getitem__", b.clone(), vec![i.clone()], span)?
            else {
                return err(
                    Kind::Type,
                    span,
                    "this object is not subscriptable (no __getitem__)",
                );
            };
            let rhs = self.aug_operand(&cur, op, value, scope)?;
            let res = if self.is_inplace(&cur.ty, op, &rhs.ty) {
                let cur = self.hoist(cur, scope, out);
                let e = self.inplace_call(cur.clone(), op, rhs, span)?;
                out.push(Stmt::Expr(e));
                cur
            } else {
                self.aug_binary(op, cur, rhs, span, scope)?
            };
            let Some(set) = self.dunder_call("__setitem__", b, vec![i, res], span)? else {
                return err(
                    Kind::Type,
                    span,
                    "this object does not support item assignment (no __setitem__)",
                );
            };
            out.push(Stmt::Expr(set));
            return Ok(());
        }
        let (i, elem) = match self.resolve(&b.ty) {
            Ty::List(t) => {
                let i = self.expr(idx, scope)?;
                let i = match i.ty {
                    Ty::Int | Ty::Bool => coerce(i, &Ty::Int).unwrap(),
                    _ => return err(Kind::Type, i.span, "list indices must be integers"),
                };
                (i, *t)
            }
            Ty::Dict(k, v) => {
                let i = self.expr(idx, scope)?;
                (self.expect(i, &k, "dict key")?, *v)
            }
            t => {
                return err(
                    Kind::Type,
                    base.span,
                    format!(
                        "'{}' object does not support item assignment",
                        t.class_name()
                    ),
                )
            }
        };
        let i = self.hoist(i, scope, out);
        let cur = mk(
            elem.clone(),
            span,
            ExprKind::Index(Box::new(b.clone()), Box::new(i.clone())),
        );
        let rhs = self.aug_operand(&cur, op, value, scope)?;
        if self.is_inplace(&cur.ty, op, &rhs.ty) {
            // `xs[i] += ys` extends the list `xs[i]` in place, then stores
            // it back, as CPython's `__iadd__` does.
            let cur = self.hoist(cur, scope, out);
            let e = self.inplace_call(cur.clone(), op, rhs, span)?;
            out.push(Stmt::Expr(e));
            out.push(Stmt::SetItem(b, i, cur));
            return Ok(());
        }
        let res = self.aug_binary(op, cur, rhs, span, scope)?;
        let res = self.expect(res, &elem, "result of augmented assignment")?;
        out.push(Stmt::SetItem(b, i, res));
        Ok(())
    }

    /// The value of `name[index] = value` seen as an element of the
    /// container, before it is hoisted: a new display or comprehension of
    /// subclass instances is one of the base class (`d[k] = {... : node}`
    /// into a `dict[str, dict[str, Item]]`).
    pub(super) fn item_value(&mut self, target: &ast::Expr, v: Expr, scope: &mut Scope) -> Expr {
        let ast::ExprKind::Subscript(base, idx) = &target.kind else {
            return v;
        };
        let ast::ExprKind::Name(n) = &base.kind else {
            return v;
        };
        if matches!(idx.kind, ast::ExprKind::Slice { .. }) {
            return v;
        }
        let Ok(b) = self.name(n, base.span, scope) else {
            return v;
        };
        let elem = match self.resolve(&b.ty) {
            Ty::List(t) | Ty::Dict(_, t) => *t,
            _ => return v,
        };
        if self.resolve(&v.ty) == self.resolve(&elem) {
            return v;
        }
        self.convert_object(v.clone(), &elem).unwrap_or(v)
    }

    /// The right operand of `target op= value`: for `xs += [...]` on a
    /// list, the display or comprehension is built with the list's type
    /// (elements of a subclass).
    pub(super) fn aug_operand(
        &mut self,
        cur: &Expr,
        op: ast::BinOp,
        value: &ast::Expr,
        scope: &mut Scope,
    ) -> R<Expr> {
        match (self.resolve(&cur.ty), op) {
            (Ty::List(_), ast::BinOp::Add) => self.expr_hinted(value, &cur.ty, scope),
            _ => self.expr(value, scope),
        }
    }

    /// Whether `cur op= rhs` changes `cur` in place: `+=` and `*=` (by an
    /// int) on a list, `|= &= -= ^=` on a set.
    pub(super) fn is_inplace(&self, cur: &Ty, op: ast::BinOp, rhs: &Ty) -> bool {
        use ast::BinOp::*;
        match (self.resolve(cur), op) {
            (Ty::List(_), Add) => true,
            (Ty::List(_), Mul) => matches!(rhs, Ty::Int | Ty::Bool),
            (Ty::Set(_), BitOr | BitAnd | Sub | BitXor) => true,
            _ => false,
        }
    }

    /// The runtime call that does `cur op= rhs` in place (see
    /// [`Checker::is_inplace`]); `cur` is evaluated once, by the call.
    pub(super) fn inplace_call(
        &mut self,
        cur: Expr,
        op: ast::BinOp,
        rhs: Expr,
        span: Span,
    ) -> R<Expr> {
        match (self.resolve(&cur.ty), op) {
            (Ty::List(_), ast::BinOp::Add) => {
                let rhs = self.expect(rhs, &cur.ty, "right operand of +=")?;
                Ok(rt(
                    Ty::None,
                    span,
                    "mg_list_extend",
                    vec![RtArg::Value(cur), RtArg::Value(rhs)],
                ))
            }
            (Ty::List(_), ast::BinOp::Mul) => {
                let n = coerce(rhs, &Ty::Int).expect("checked by is_inplace");
                Ok(rt(
                    Ty::None,
                    span,
                    "mg_list_imul",
                    vec![RtArg::Value(cur), RtArg::Value(n)],
                ))
            }
            _ => {
                let rhs = self.expect(rhs, &cur.ty, "right operand")?;
                let m = match op {
                    ast::BinOp::BitOr => "update",
                    ast::BinOp::BitAnd => "intersection_update",
                    ast::BinOp::Sub => "difference_update",
                    _ => "symmetric_difference_update",
                };
                self.set_op(m, cur, rhs, span)
            }
        }
    }

    pub(super) fn temp(&mut self, scope: &mut Scope, ty: Ty) -> LocalId {
        let lid = LocalId(scope.locals.len() as u32);
        scope.locals.push(Local {
            name: format!(".t{}", lid.0),
            ty: ty.clone(),
            is_param: false,
            str_builder: false,
            cell: CellKind::None,
        });
        scope.local_types.push(Some(ty));
        lid
    }

    /// Assigns `value` (a side-effect-free load) to target `t`, converting
    /// it to the target's type: element by element where a tuple pattern
    /// meets a tuple whose fields convert one by one (`for a, b in pairs`
    /// with `a: Optional[int]` over `tuple[int, int]`). Each assignment
    /// (target, converted value) comes with the type of the value before
    /// its conversion, which is what the variable is narrowed to.
    pub(super) fn assign_converted(
        &mut self,
        t: Target,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<(Target, Expr, Ty)>,
    ) -> R<()> {
        let tt = target_ty(&t, self, scope);
        if self.unify(&tt, &value.ty) {
            let vty = value.ty.clone();
            out.push((t, value, vty));
            return Ok(());
        }
        match (t, self.resolve(&value.ty)) {
            (Target::Tuple(ts), Ty::Tuple(es)) if ts.len() == es.len() => {
                for (i, (t, e)) in ts.into_iter().zip(es).enumerate() {
                    let field = mk(
                        e,
                        value.span,
                        ExprKind::TupleGet(Box::new(value.clone()), i),
                    );
                    self.assign_converted(t, field, scope, out)?;
                }
                Ok(())
            }
            (t, vty) => {
                let v = self.expect(value, &tt, "loop element")?;
                out.push((t, v, vty));
                Ok(())
            }
        }
    }

    /// After an assignment of a value of type `vty` to place `p`: what was
    /// known about `p` no longer holds; a non-None value narrows an
    /// `Optional` variable.
    pub(super) fn assigned_place(&mut self, p: Place, vty: &Ty, scope: &mut Scope) {
        scope.narrow.retain(|f| f.0 != p);
        if matches!(p, Place::Global(_)) {
            return;
        }
        let declared = self.place_ty(p, scope).map(|t| self.resolve(&t));
        if let Some(Ty::Optional(inner)) = declared {
            if !matches!(self.resolve(vty), Ty::Optional(_) | Ty::None) {
                scope.narrow.push((p, *inner));
            }
        } else if let Some(Ty::Union(_)) = declared {
            // A union variable holds what was assigned, as mypy narrows.
            let vty = self.resolve(vty);
            if !matches!(vty, Ty::Optional(_) | Ty::Var(_)) && !vty.is_dynamic() {
                scope.narrow.push((p, vty));
            }
        }
    }

    /// `assigned_place` for every variable of target `t` assigned a value
    /// of type `vty`, element by element in a tuple pattern (`o, s = s, o`
    /// narrows `o` if `s` is a `str`).
    pub(super) fn narrow_target(&mut self, t: &Target, vty: &Ty, scope: &mut Scope) {
        match (t, self.resolve(vty)) {
            (Target::Place(p), _) => self.assigned_place(*p, vty, scope),
            (Target::Tuple(ts), Ty::Tuple(es)) if ts.len() == es.len() => {
                for (t, e) in ts.iter().zip(&es) {
                    self.narrow_target(t, e, scope);
                }
            }
            _ => {}
        }
    }

    pub(super) fn note_assigned(&mut self, t: &Target, scope: &mut Scope) {
        // Every variable of the target, also inside a tuple or list
        // pattern (`o, n = None, 1`), loses what was known about it.
        forget_target(t, scope);
        if !(scope.is_module && scope.conditional == 0) {
            return;
        }
        match t {
            Target::Place(Place::Global(g)) => {
                self.module_assigned.insert(*g);
            }
            Target::Place(Place::Local(_)) | Target::Item(..) | Target::Field(..) => {}
            Target::List(ts, _) | Target::Star(ts, ..) => {
                ts.iter().for_each(|t| self.note_assigned(t, scope))
            }
            Target::Tuple(ts) => ts.iter().for_each(|t| self.note_assigned(t, scope)),
        }
    }

    // ----- names and places -----

    /// What a name refers to when read, other than a local.
    pub(super) fn lookup(&self, name: &str, scope: &Scope) -> Option<Binding> {
        if let Some(b) = scope.imports.get(name) {
            return Some(*b);
        }
        self.global_binding(name)
    }

    pub(super) fn place_ty(&self, p: Place, scope: &Scope) -> Option<Ty> {
        match p {
            Place::Local(l) => scope.local_types[l.index()].clone(),
            Place::Global(g) => self.globals[g.index()].ty.clone(),
        }
    }

    pub(super) fn set_place_ty(&mut self, p: Place, ty: Ty, scope: &mut Scope) {
        match p {
            Place::Local(l) => scope.local_types[l.index()] = Some(ty),
            Place::Global(g) => self.globals[g.index()].ty = Some(ty),
        }
    }

    /// The place a name is stored in when assigned.
    pub(super) fn place(
        &mut self,
        name: &str,
        span: Span,
        scope: &Scope,
        _annotated: bool,
    ) -> R<Place> {
        if !scope.is_module && !scope.global_decls.contains(name) {
            if let Some(l) = scope.local_map.get(name) {
                return Ok(Place::Local(*l));
            }
        }
        match self.global_binding(name) {
            Some(Binding::Global(g)) => Ok(Place::Global(g)),
            _ => err(
                Kind::Unsupported,
                span,
                format!("cannot assign to '{name}'"),
            ),
        }
    }

    /// Resolves an assignment target, fixing the types of variables that are
    /// assigned for the first time.
    pub(super) fn target(
        &mut self,
        e: &ast::Expr,
        value_ty: Option<&Ty>,
        scope: &mut Scope,
    ) -> R<Target> {
        match &e.kind {
            ast::ExprKind::Name(n) => {
                let p = self.place(n, e.span, scope, false)?;
                match self.place_ty(p, scope) {
                    Some(_) => {}
                    None => match value_ty {
                        Some(Ty::None) => {
                            let t = self.partial_first(e.span);
                            self.set_place_ty(p, t, scope);
                        }
                        Some(t) => self.set_place_ty(p, t.clone(), scope),
                        None => {
                            return err(
                                Kind::Type,
                                e.span,
                                format!("cannot infer the type of '{n}'"),
                            )
                        }
                    },
                }
                Ok(Target::Place(p))
            }
            // `[a, b] = ...` unpacks exactly like `a, b = ...`.
            ast::ExprKind::Tuple(elems) | ast::ExprKind::List(elems) => {
                if let Some(t) = self.star_target(e, value_ty, scope)? {
                    return Ok(t);
                }
                let resolved = value_ty.map(|t| self.resolve(t));
                let tys = match resolved.as_ref() {
                    Some(Ty::Tuple(ts)) if ts.len() == elems.len() => ts.clone(),
                    Some(Ty::Tuple(ts)) => {
                        return err(
                            Kind::Type,
                            e.span,
                            format!(
                                "cannot unpack a tuple of {} values into {} targets",
                                ts.len(),
                                elems.len()
                            ),
                        )
                    }
                    Some(Ty::List(et)) => {
                        let et = (**et).clone();
                        let ts = elems
                            .iter()
                            .map(|x| self.target(x, Some(&et), scope))
                            .collect::<R<Vec<_>>>()?;
                        for t in &ts {
                            let tt = target_ty(t, self, scope);
                            if !self.unify(&tt, &et) {
                                return err(Kind::Type, e.span, format!("cannot unpack list elements of type {et} into a target of type {tt}"));
                            }
                        }
                        return Ok(Target::List(ts, et));
                    }
                    Some(t) => {
                        return err(
                            Kind::Type,
                            e.span,
                            format!("cannot unpack a value of type {t}"),
                        )
                    }
                    None => {
                        return err(
                            Kind::Type,
                            e.span,
                            "cannot infer the types of these targets",
                        )
                    }
                };
                let ts = elems
                    .iter()
                    .zip(&tys)
                    .map(|(x, t)| self.target(x, Some(t), scope))
                    .collect::<R<Vec<_>>>()?;
                Ok(Target::Tuple(ts))
            }
            ast::ExprKind::Subscript(base, idx) => {
                if let ast::ExprKind::Slice { .. } = idx.kind {
                    return err(Kind::Unsupported, e.span, "assigning to a slice inside a tuple target is not supported by multigen yet");
                }
                let b = self.expr(base, scope)?;
                match self.resolve(&b.ty) {
                    Ty::List(_) => {
                        let i = self.expr(idx, scope)?;
                        let i = match i.ty {
                            Ty::Int | Ty::Bool => coerce(i, &Ty::Int).unwrap(),
                            _ => return err(Kind::Type, i.span, "list indices must be integers"),
                        };
                        Ok(Target::Item(Box::new(b), Box::new(i)))
                    }
                    Ty::Dict(k, _) => {
                        let i = self.expr(idx, scope)?;
                        let i = self.expect(i, &k, "dict key")?;
                        Ok(Target::Item(Box::new(b), Box::new(i)))
                    }
                    t => err(
                        Kind::Type,
                        e.span,
                        format!(
                            "'{}' object does not support item assignment",
                            t.class_name()
                        ),
                    ),
                }
            }
            ast::ExprKind::Attribute(base, attr) => {
                let b = self.expr(base, scope)?;
                let b = self.deopt_member(b, attr)?;
                let Ty::Class(c) = self.resolve(&b.ty) else {
                    return err(
                        Kind::Type,
                        attr.span,
                        format!(
                            "'{}' object has no attribute '{}'",
                            b.ty.class_name(),
                            attr.name
                        ),
                    );
                };
                self.check_slot_assign(c, attr, e.span)?;
                let is_self = matches!(&base.kind, ast::ExprKind::Name(n) if n == "self");
                let in_init = self.may_create_field(c, scope, is_self);
                if !in_init {
                    self.ensure_fields(c);
                    if self.frozen_class(c).is_some() {
                        return err(Kind::Unsupported, e.span, "assigning to a field of a frozen dataclass inside a tuple target is not supported by multigen");
                    }
                }
                let (i, t) = match (self.field(c, &attr.name), value_ty) {
                    (Some(f), _) => f,
                    (None, Some(t)) if in_init && *t != Ty::None => {
                        self.classes[c.index()].fields.push((attr.name.clone(), t.clone()));
                        (self.classes[c.index()].fields.len() - 1, t.clone())
                    }
                    _ => return err(Kind::Type, attr.span, format!("'{}' has no attribute '{}' (attributes must be assigned in __init__ or declared in the class body)", self.classes[c.index()].name, attr.name)),
                };
                Ok(Target::Field(Box::new(b), i, t))
            }
            ast::ExprKind::Starred(_) => err(
                Kind::Syntax,
                e.span,
                "starred assignment target must be in a list or tuple",
            ),
            _ => err(Kind::Syntax, e.span, "cannot assign to expression"),
        }
    }
}
