//! Dynamic values in the checker: `object`, `Any` and unions (whose
//! members `unions.rs` computes). See "Dynamic values" in ARCHITECTURE.md
//! for the representation.
//!
//! A value enters a dynamic type by boxing (`mg_dyn_box`; instances are
//! their own pointer) and leaves it by unboxing: unchecked where an
//! `isinstance` test narrowed the variable (`mg_dyn_slot`), checked where
//! mypy accepts the conversion without a test (`Any` into an `int`
//! parameter: `mg_dyn_unbox` raises multigen's `TypeError` for a value of
//! another type, since the typed slot cannot hold it). Operations on
//! dynamic values become calls of the runtime's `mg_dyn_*` functions,
//! which dispatch on the run-time type with CPython's results and errors.
//! `object` admits only what mypy admits on it (`==`, `str`, `isinstance`,
//! truth...); `Any` admits everything; a union admits an operation when
//! every member does, with the union of the members' results as its type.

use super::unions::TypeTest;
use super::*;

/// `Any`, the type of what the runtime's dynamic operations return.
const ANY: Ty = Ty::Dyn(Dyn::Any);

/// The operands and comparisons of a comparison chain.
type Chain = (Vec<Expr>, Vec<(CmpOp, CmpKind)>);

/// `tmp = v`, then the value of `e` (which reads `tmp`).
fn assign_then(tmp: LocalId, v: Expr, e: Expr) -> Expr {
    let (ty, span) = (e.ty.clone(), e.span);
    mk(
        ty,
        span,
        ExprKind::Block(
            vec![Stmt::Assign(Target::Place(Place::Local(tmp)), v)],
            Box::new(e),
        ),
    )
}

/// The symbol of a binary operator, for messages.
fn bin_symbol(op: BinOp) -> &'static str {
    [
        "+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^",
    ][op as usize]
}

impl Checker {
    /// Whether some class of the program defines one of these methods (the
    /// runtime's dynamic operations do not call special methods, so such
    /// programs are refused where an instance may meet one).
    fn some_class_defines(&self, names: &[&str]) -> bool {
        (0..self.classes.len()).any(|i| {
            names
                .iter()
                .any(|n| self.find_method(ClassId(i as u32), n).is_some())
        })
    }

    /// Whether values of static type `t` can be stored in a dynamic value
    /// (ranges, dict views and exception types have no descriptor of
    /// their own).
    fn boxable(t: &Ty) -> bool {
        match t {
            Ty::Range
            | Ty::DictView(..)
            | Ty::ExcArgs
            | Ty::ExcType
            | Ty::Traceback
            | Ty::Var(_) => false,
            Ty::Tuple(ts) => ts.iter().all(Self::boxable),
            Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Optional(t) => Self::boxable(t),
            Ty::Dict(k, v) => Self::boxable(k) && Self::boxable(v),
            _ => true,
        }
    }

    /// A value as a value of dynamic type `to`: instances and dynamic
    /// values as they are, everything else boxed.
    pub(super) fn box_dyn(&self, e: Expr, to: &Ty) -> Expr {
        let span = e.span;
        match self.resolve(&e.ty) {
            Ty::Class(_) | Ty::Gen(..) | Ty::Dyn(_) | Ty::Union(_) => {
                mk(to.clone(), span, ExprKind::Cast(Box::new(e)))
            }
            t => rt(
                to.clone(),
                span,
                "mg_dyn_box",
                vec![RtArg::Type(t), RtArg::Slot(e)],
            ),
        }
    }

    /// A dynamic value known (by a test) to have static type `t`.
    pub(super) fn dyn_narrowed(&self, v: Expr, t: &Ty) -> Expr {
        let span = v.span;
        match t {
            Ty::Class(_) | Ty::Gen(..) | Ty::Dyn(_) | Ty::Union(_) => {
                mk(t.clone(), span, ExprKind::Cast(Box::new(v)))
            }
            t => rt_slot(t.clone(), span, "mg_dyn_slot", vec![RtArg::Value(v)]),
        }
    }

    /// A dynamic value converted to static type `t`, checked at run time.
    fn dyn_checked(&self, v: Expr, t: &Ty) -> R<Expr> {
        let span = v.span;
        match t {
            Ty::Class(c) => Ok(rt(
                t.clone(),
                span,
                "mg_dyn_cast_class",
                vec![RtArg::Value(v), RtArg::Class(*c)],
            )),
            // Descriptors do not tell classes or function signatures
            // apart, so the runtime could not check such a conversion.
            t if t.mentions_class() || matches!(t, Ty::Func(_) | Ty::Gen(..)) || !Self::boxable(t) => err(
                Kind::Unsupported,
                span,
                format!("converting a dynamic value to {t} is not supported by multigen yet; narrow it with isinstance()"),
            ),
            t => Ok(rt_slot(
                t.clone(),
                span,
                "mg_dyn_unbox",
                vec![RtArg::Value(v), RtArg::Type(t.clone())],
            )),
        }
    }

    /// Whether mypy accepts a value of type `m` where `t` is expected
    /// (a member of a union converted out of it).
    fn assignable(&mut self, m: &Ty, t: &Ty) -> bool {
        match (m, t) {
            _ if self.unify(m, t) => true,
            (Ty::Bool, Ty::Int) => true,
            (Ty::Class(a), Ty::Class(b)) => self.is_subclass(*a, *b),
            (Ty::None, Ty::Optional(_)) => true,
            (m, Ty::Optional(inner)) => {
                let inner = (**inner).clone();
                self.assignable(m, &inner)
            }
            (m, Ty::Union(ms)) => {
                let ms = ms.clone();
                ms.iter().any(|x| self.assignable(m, x))
            }
            _ => false,
        }
    }

    /// Whether a value of non-dynamic type `from` can be stored as a member
    /// of `members` without changing how it prints (`True` is no member of
    /// `int | str`: CPython keeps a bool, which the union would read back
    /// as an int).
    fn member_accepts(&mut self, members: &[Ty], from: &Ty) -> bool {
        match from {
            Ty::Optional(t) => {
                members.contains(&Ty::None) && {
                    let t = (**t).clone();
                    self.member_accepts(members, &t)
                }
            }
            Ty::Class(a) => members
                .iter()
                .any(|m| matches!(m, Ty::Class(b) if self.is_subclass(*a, *b))),
            from => {
                let members = members.to_vec();
                members.iter().any(|m| self.unify(m, from))
            }
        }
    }

    /// `e` converted to type `to` when either is dynamic: `Ok(None)` when
    /// neither is, or when mypy rejects the conversion (the caller reports
    /// it).
    pub(super) fn dyn_convert(&mut self, e: Expr, to: &Ty) -> R<Option<Expr>> {
        let from = self.resolve(&e.ty);
        let to = self.resolve(to);
        if !from.is_dynamic() && !to.is_dynamic() || from == to {
            return Ok(None);
        }
        let span = e.span;
        let cast = |e: Expr, t: &Ty| mk(t.clone(), span, ExprKind::Cast(Box::new(e)));
        Ok(Some(match (&from, &to) {
            // Dynamic values share one representation.
            (Ty::Dyn(_) | Ty::Union(_), Ty::Dyn(_)) => cast(e, &to),
            (Ty::Dyn(Dyn::Any), Ty::Union(_)) => cast(e, &to),
            (Ty::Union(a), Ty::Union(b)) => {
                let b = b.clone();
                if !a.iter().all(|m| self.member_accepts(&b, m)) {
                    return Ok(None);
                }
                cast(e, &to)
            }
            (Ty::Dyn(Dyn::Object), _) => return Ok(None),
            (_, Ty::Dyn(_)) => {
                self.require_boxable(&from, span)?;
                self.box_dyn(e, &to)
            }
            (_, Ty::Union(ms)) => {
                let ms = ms.clone();
                if !self.member_accepts(&ms, &from) {
                    return Ok(None);
                }
                self.box_dyn(e, &to)
            }
            (Ty::Dyn(Dyn::Any), t) => self.dyn_checked(e, t)?,
            (Ty::Union(ms), t) => {
                let ms = ms.clone();
                if !ms.iter().all(|m| self.assignable(m, t)) {
                    return Ok(None);
                }
                match t {
                    // Instances (and None) are their own dynamic values.
                    Ty::Class(_) => cast(e, t),
                    Ty::Optional(inner) if matches!(**inner, Ty::Class(_)) => cast(e, t),
                    t => self.dyn_checked(e, t)?,
                }
            }
            _ => return Ok(None),
        }))
    }

    /// `isinstance(v, tests)` for a dynamic value: a test of the value's
    /// run-time kind for built-in types, of its class for classes.
    pub(super) fn dyn_isinstance(
        &mut self,
        v: Expr,
        tests: &[TypeTest],
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        if tests.contains(&TypeTest::Object) {
            return mk(
                Ty::Bool,
                span,
                ExprKind::Block(
                    vec![Stmt::Expr(v)],
                    Box::new(mk(Ty::Bool, span, ExprKind::Bool(true))),
                ),
            );
        }
        let mask = tests
            .iter()
            .flat_map(|t| t.kinds())
            .fold(0i64, |m, k| m | (1 << k));
        let classes: Vec<ClassId> = tests
            .iter()
            .filter_map(|t| match t {
                TypeTest::Class(c) => Some(*c),
                _ => None,
            })
            .collect();
        let ty = v.ty.clone();
        let tmp = self.temp(scope, ty.clone());
        let load = || mk(ty.clone(), span, ExprKind::Load(Place::Local(tmp)));
        let mut parts = Vec::new();
        if mask != 0 {
            parts.push(rt(
                Ty::Bool,
                span,
                "mg_dyn_kind_in",
                vec![RtArg::Value(load()), RtArg::Const(mask)],
            ));
        }
        if !classes.is_empty() {
            parts.push(mk(
                Ty::Bool,
                span,
                ExprKind::IsInstance(Box::new(load()), classes),
            ));
        }
        let test = match parts.len() {
            0 => mk(Ty::Bool, span, ExprKind::Bool(false)),
            1 => parts.pop().unwrap(),
            _ => mk(Ty::Bool, span, ExprKind::Or(parts)),
        };
        assign_then(tmp, v, test)
    }

    /// The facts of `isinstance(x, tests)` (true and false branches) for a
    /// local `x` of dynamic type.
    pub(super) fn dyn_isinstance_facts(
        &self,
        x: &str,
        classes: &ast::Expr,
        scope: &Scope,
    ) -> Option<(Vec<flow::Fact>, Vec<flow::Fact>)> {
        let p = self.local_place(x, scope)?;
        let declared = self.place_ty(p, scope).map(|t| self.resolve(&t))?;
        if !declared.is_dynamic() {
            return None;
        }
        // What the variable is narrowed to already, if anything.
        let current = scope
            .narrow
            .iter()
            .rev()
            .find(|f| f.0 == p)
            .map(|f| f.1.clone())
            .unwrap_or(declared);
        if !current.is_dynamic() {
            return Some((vec![], vec![]));
        }
        let tests = self.type_tests(classes, scope)?;
        let (yes, no) = self.narrow_by_tests(&current, &tests, classes.span);
        Some((
            yes.map(|t| vec![(p, t)]).unwrap_or_default(),
            no.map(|t| vec![(p, t)]).unwrap_or_default(),
        ))
    }

    /// The facts of `x is None` / `x is not None` for a local union `x`
    /// with `None` among its members: (when None, when not None).
    pub(super) fn union_none_facts(
        &self,
        x: &str,
        scope: &Scope,
    ) -> Option<(Vec<flow::Fact>, Vec<flow::Fact>)> {
        let p = self.local_place(x, scope)?;
        let declared = self.place_ty(p, scope).map(|t| self.resolve(&t))?;
        let current = scope
            .narrow
            .iter()
            .rev()
            .find(|f| f.0 == p)
            .map(|f| f.1.clone())
            .unwrap_or(declared);
        let Ty::Union(ms) = &current else {
            return None;
        };
        if !ms.contains(&Ty::None) {
            return None;
        }
        let rest: Vec<Ty> = ms.iter().filter(|m| **m != Ty::None).cloned().collect();
        let not_none = self.union_of(rest, Span::default()).ok()?;
        Some((vec![(p, Ty::None)], vec![(p, not_none)]))
    }

    /// `(x, T, negated)` when `first op rhs` is `type(x) is T` (also `is
    /// not`, `==`, `!=`) for a variable `x` of dynamic type and a built-in
    /// type or class `T`.
    fn dyn_type_is<'e>(
        &self,
        first: &'e ast::Expr,
        op: &ast::CmpOp,
        rhs: &ast::Expr,
        scope: &Scope,
    ) -> Option<(&'e str, TypeTest, bool)> {
        use ast::CmpOp as C;
        let negate = match op {
            C::Is | C::Eq => false,
            C::IsNot | C::NotEq => true,
            _ => return None,
        };
        let ast::ExprKind::Name(x) = &Self::type_of_operand(first)?.kind else {
            return None;
        };
        let p = self.name_place(x, scope)?;
        if !self
            .place_ty(p, scope)
            .is_some_and(|t| self.resolve(&t).is_dynamic())
        {
            return None;
        }
        let [test] = self.type_tests(rhs, scope)?.try_into().ok()?;
        Some((x, test, negate))
    }

    /// `type(x) is T` for a dynamic `x`: its exact run-time type (`bool`
    /// is not `int` here).
    pub(super) fn dyn_type_compare(
        &mut self,
        first: &ast::Expr,
        rest: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let [(op, rhs)] = rest else {
            return Ok(None);
        };
        let Some((x, test, negate)) = self.dyn_type_is(first, op, rhs, scope) else {
            return Ok(None);
        };
        let operand = Self::type_of_operand(first).unwrap();
        let v = self.expr(operand, scope)?;
        let _ = x;
        let mut e = match test {
            TypeTest::Class(c) => self.exact_class_test(v, c, span, scope),
            TypeTest::Object => mk(
                Ty::Bool,
                span,
                ExprKind::Block(
                    vec![Stmt::Expr(v)],
                    Box::new(mk(Ty::Bool, span, ExprKind::Bool(false))),
                ),
            ),
            TypeTest::Builtin(_) => {
                // The exact kind: the first of the test's kinds.
                let k = test.kinds()[0];
                rt(
                    Ty::Bool,
                    span,
                    "mg_dyn_kind_in",
                    vec![RtArg::Value(v), RtArg::Const(1 << k)],
                )
            }
        };
        if negate {
            e = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(e)));
        }
        Ok(Some(e))
    }

    /// The facts of `type(x) is T` for a local dynamic `x`.
    pub(super) fn dyn_type_is_facts(
        &self,
        first: &ast::Expr,
        op: &ast::CmpOp,
        rhs: &ast::Expr,
        scope: &Scope,
    ) -> Option<(Vec<flow::Fact>, Vec<flow::Fact>)> {
        let (x, test, negate) = self.dyn_type_is(first, op, rhs, scope)?;
        let p = self.local_place(x, scope)?;
        let t = match test {
            TypeTest::Class(c) => Ty::Class(c),
            TypeTest::Builtin("int") => Ty::Int,
            TypeTest::Builtin(_) => {
                let (yes, _) = self.narrow_by_tests(&Ty::Dyn(Dyn::Any), &[test], rhs.span);
                yes?
            }
            TypeTest::Object => return Some((vec![], vec![])),
        };
        let facts = vec![(p, t)];
        Some(if negate {
            (vec![], facts)
        } else {
            (facts, vec![])
        })
    }

    /// The members of an operand's type for the operators: a union's
    /// members, a static type alone; `None` for `Any` (anything).
    fn operand_members(t: &Ty) -> Option<Vec<Ty>> {
        match t {
            Ty::Dyn(_) => None,
            Ty::Union(ms) => Some(ms.clone()),
            t => Some(vec![t.clone()]),
        }
    }

    /// The type of `a op b` for static types, as the runtime computes it
    /// (`None` if it raises `TypeError`).
    fn bin_result(op: BinOp, a: &Ty, b: &Ty) -> Option<Ty> {
        use BinOp as B;
        let num = |t: &Ty| matches!(t, Ty::Int | Ty::Bool | Ty::Float);
        let int = |t: &Ty| matches!(t, Ty::Int | Ty::Bool);
        let float = *a == Ty::Float || *b == Ty::Float;
        Some(match (a, b) {
            (x, y) if num(x) && num(y) => match op {
                B::Div => Ty::Float,
                // A negative exponent makes a float of ints.
                B::Pow if !float => ANY,
                B::LShift | B::RShift | B::BitAnd | B::BitOr | B::BitXor if float => return None,
                B::BitAnd | B::BitOr | B::BitXor if *x == Ty::Bool && *y == Ty::Bool => Ty::Bool,
                _ if float => Ty::Float,
                _ => Ty::Int,
            },
            (Ty::Str, Ty::Str) if op == B::Add => Ty::Str,
            (Ty::Str, n) | (n, Ty::Str) if op == B::Mul && int(n) => Ty::Str,
            (Ty::List(t), Ty::List(u)) if op == B::Add && t == u => a.clone(),
            (Ty::List(_), n) if op == B::Mul && int(n) => a.clone(),
            (n, Ty::List(_)) if op == B::Mul && int(n) => b.clone(),
            (Ty::Tuple(_) | Ty::VarTuple(_), Ty::Tuple(_) | Ty::VarTuple(_)) if op == B::Add => ANY,
            _ => return None,
        })
    }

    /// The special methods of a binary operator.
    fn op_dunders(op: BinOp) -> [&'static str; 2] {
        use BinOp as B;
        match op {
            B::Add => ["__add__", "__radd__"],
            B::Sub => ["__sub__", "__rsub__"],
            B::Mul => ["__mul__", "__rmul__"],
            B::Div => ["__truediv__", "__rtruediv__"],
            B::FloorDiv => ["__floordiv__", "__rfloordiv__"],
            B::Mod => ["__mod__", "__rmod__"],
            B::Pow => ["__pow__", "__rpow__"],
            B::LShift => ["__lshift__", "__rlshift__"],
            B::RShift => ["__rshift__", "__rrshift__"],
            B::BitAnd => ["__and__", "__rand__"],
            B::BitOr => ["__or__", "__ror__"],
            B::BitXor => ["__xor__", "__rxor__"],
        }
    }

    /// Whether a value of type `t` may be a class instance.
    fn may_be_instance(t: &Ty) -> bool {
        match t {
            Ty::Dyn(_) | Ty::Class(_) => true,
            Ty::Union(ms) => ms.iter().any(|m| matches!(m, Ty::Class(_))),
            _ => false,
        }
    }

    /// `l op r` where an operand is dynamic: dispatched at run time, the
    /// result converted to the static result type when there is one.
    pub(super) fn dyn_binary(&mut self, op: BinOp, l: Expr, r: Expr, span: Span) -> R<Expr> {
        let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
        for (t, side) in [(&lt, "left"), (&rt_, "right")] {
            if *t == Ty::Dyn(Dyn::Object) {
                return err(
                    Kind::Type,
                    span,
                    format!(
                        "Unsupported {side} operand type for {} (\"object\")",
                        bin_symbol(op)
                    ),
                );
            }
            if !t.is_dynamic() && !Self::boxable(t) {
                return err(
                    Kind::Unsupported,
                    span,
                    format!(
                        "'{}' between a {t} and a dynamic value is not supported by multigen yet",
                        bin_symbol(op)
                    ),
                );
            }
        }
        if (Self::may_be_instance(&lt) || Self::may_be_instance(&rt_))
            && self.some_class_defines(&Self::op_dunders(op))
        {
            return err(
                Kind::Unsupported,
                span,
                format!(
                    "'{}' on a dynamic value that may be an instance of a class defining {} is not supported by multigen yet",
                    bin_symbol(op),
                    Self::op_dunders(op)[0]
                ),
            );
        }
        if op == BinOp::Mod && matches!(lt, Ty::Str) {
            return err(
                Kind::Unsupported,
                span,
                "`%` formatting with a dynamic value is not supported by multigen yet",
            );
        }
        let result = match (Self::operand_members(&lt), Self::operand_members(&rt_)) {
            (Some(xs), Some(ys)) => {
                let mut results = Vec::new();
                for x in &xs {
                    for y in &ys {
                        match Self::bin_result(op, x, y) {
                            Some(t) => results.push(t),
                            None => {
                                return err(
                                    Kind::Type,
                                    span,
                                    format!(
                                        "Unsupported operand types for {} (\"{x}\" and \"{y}\")",
                                        bin_symbol(op)
                                    ),
                                )
                            }
                        }
                    }
                }
                self.union_of(results, span)?
            }
            _ => ANY,
        };
        let call = rt(
            ANY,
            span,
            "mg_dyn_binop",
            vec![
                RtArg::Const(op as i64),
                RtArg::Value(self.box_dyn(l, &ANY)),
                RtArg::Value(self.box_dyn(r, &ANY)),
            ],
        );
        if result.is_dynamic() {
            return Ok(mk(result, span, ExprKind::Cast(Box::new(call))));
        }
        self.dyn_checked(call, &result)
    }

    /// `-v` (`neg`) or `~v` of a dynamic value.
    pub(super) fn dyn_unary(&mut self, neg: bool, v: Expr, span: Span) -> R<Expr> {
        let t = self.resolve(&v.ty);
        let sym = if neg { "-" } else { "~" };
        if t == Ty::Dyn(Dyn::Object) {
            return err(
                Kind::Type,
                span,
                format!("Unsupported operand type for unary {sym} (\"object\")"),
            );
        }
        let dunder = if neg { "__neg__" } else { "__invert__" };
        if Self::may_be_instance(&t) && self.some_class_defines(&[dunder]) {
            return err(
                Kind::Unsupported,
                span,
                format!("unary {sym} on a dynamic value that may be an instance of a class defining {dunder} is not supported by multigen yet"),
            );
        }
        let result = match Self::operand_members(&t) {
            Some(ms) => {
                let mut rs = Vec::new();
                for m in ms {
                    rs.push(match (&m, neg) {
                        (Ty::Int | Ty::Bool, _) => Ty::Int,
                        (Ty::Float, true) => Ty::Float,
                        _ => {
                            return err(
                                Kind::Type,
                                span,
                                format!("Unsupported operand type for unary {sym} (\"{m}\")"),
                            )
                        }
                    });
                }
                self.union_of(rs, span)?
            }
            None => ANY,
        };
        let call = rt(
            ANY,
            span,
            "mg_dyn_unop",
            vec![RtArg::Const(i64::from(!neg)), RtArg::Value(v)],
        );
        if result.is_dynamic() {
            return Ok(mk(result, span, ExprKind::Cast(Box::new(call))));
        }
        self.dyn_checked(call, &result)
    }

    /// Refuses an operation that mypy does not allow on `object`.
    fn not_on_object(&self, v: &Expr, what: &str) -> R<()> {
        if self.resolve(&v.ty) == Ty::Dyn(Dyn::Object) {
            return err(Kind::Type, v.span, format!("{what} is not supported on a value of type \"object\" (narrow it with isinstance())"));
        }
        Ok(())
    }

    /// Refuses truth tests of dynamic values in programs where a class
    /// decides its instances' truth (the runtime does not call it).
    pub(super) fn dyn_truth_check(&self, v: &Expr) -> R<()> {
        if Self::may_be_instance(&self.resolve(&v.ty))
            && self.some_class_defines(&["__bool__", "__len__"])
        {
            return err(
                Kind::Unsupported,
                v.span,
                "the truth of a dynamic value in a program whose classes define __bool__ or __len__ is not supported by multigen yet",
            );
        }
        Ok(())
    }

    /// `float(v)` (`float`) or `int(v)` of a dynamic value.
    pub(super) fn dyn_number(&mut self, v: Expr, float: bool, span: Span) -> R<Expr> {
        self.not_on_object(&v, if float { "float()" } else { "int()" })?;
        let (ty, f) = if float {
            (Ty::Float, "mg_dyn_float")
        } else {
            (Ty::Int, "mg_dyn_int")
        };
        Ok(rt(ty, span, f, vec![RtArg::Value(v)]))
    }

    /// `len(v)` of a dynamic value.
    pub(super) fn dyn_len(&mut self, v: Expr, span: Span) -> R<Expr> {
        self.not_on_object(&v, "len()")?;
        if Self::may_be_instance(&self.resolve(&v.ty)) && self.some_class_defines(&["__len__"]) {
            return err(Kind::Unsupported, span, "len() of a dynamic value in a program whose classes define __len__ is not supported by multigen yet");
        }
        Ok(rt(Ty::Int, span, "mg_dyn_len", vec![RtArg::Value(v)]))
    }

    /// What a `for` loop over a dynamic value visits: a snapshot list of
    /// its items as dynamic values.
    pub(super) fn dyn_iter(&mut self, v: Expr) -> R<(Iter, Ty)> {
        self.not_on_object(&v, "iteration")?;
        if Self::may_be_instance(&self.resolve(&v.ty)) && self.some_class_defines(&["__iter__"]) {
            return err(Kind::Unsupported, v.span, "iterating over a dynamic value in a program whose classes define __iter__ is not supported by multigen yet");
        }
        let span = v.span;
        let list = rt(
            Ty::List(Box::new(ANY)),
            span,
            "mg_dyn_iter",
            vec![RtArg::Value(v)],
        );
        Ok((Iter::List(list), ANY))
    }

    /// `d.keys()`, `d.values()` or `d.items()` of a dynamic value, as what
    /// a loop iterates over.
    pub(super) fn dyn_dict_iter(&mut self, d: Expr, which: &str) -> R<(Iter, Ty)> {
        self.not_on_object(&d, &format!("{which}()"))?;
        let span = d.span;
        let (what, elem) = match which {
            "keys" => (0, ANY),
            "values" => (1, ANY),
            // The pairs are boxed tuples of two dynamic values.
            _ => (3, Ty::Tuple(vec![ANY, ANY])),
        };
        let list = rt(
            Ty::List(Box::new(elem.clone())),
            span,
            "mg_dyn_entries",
            vec![RtArg::Value(d), RtArg::Const(what)],
        );
        Ok((Iter::List(list), elem))
    }

    /// `b[i]` for a dynamic `b` (or a dynamic index into a static
    /// container, which is boxed first).
    pub(super) fn dyn_subscript(&mut self, b: Expr, i: Expr, span: Span) -> R<Expr> {
        self.not_on_object(&b, "indexing")?;
        if Self::may_be_instance(&self.resolve(&b.ty)) && self.some_class_defines(&["__getitem__"])
        {
            return err(Kind::Unsupported, span, "indexing a dynamic value in a program whose classes define __getitem__ is not supported by multigen yet");
        }
        let b = self.box_dyn(b, &ANY);
        let i = self.box_dyn(i, &ANY);
        Ok(rt(
            ANY,
            span,
            "mg_dyn_getitem",
            vec![RtArg::Value(b), RtArg::Value(i)],
        ))
    }

    /// Refuses, at `span`, a value of type `t` that cannot become a
    /// dynamic value.
    fn require_boxable(&self, t: &Ty, span: Span) -> R<()> {
        let t = self.resolve(t);
        if Self::boxable(&t) {
            return Ok(());
        }
        err(
            Kind::Unsupported,
            span,
            format!("a {t} as a dynamic value is not supported by multigen yet"),
        )
    }

    /// `b[i] = v` for a dynamic `b`.
    pub(super) fn dyn_set_item(&mut self, b: Expr, i: Expr, v: Expr, span: Span) -> R<Stmt> {
        self.not_on_object(&b, "item assignment")?;
        if Self::may_be_instance(&self.resolve(&b.ty)) && self.some_class_defines(&["__setitem__"])
        {
            return err(Kind::Unsupported, span, "item assignment to a dynamic value in a program whose classes define __setitem__ is not supported by multigen yet");
        }
        for x in [&i, &v] {
            self.require_boxable(&x.ty, x.span)?;
        }
        let (b, i, v) = (
            self.box_dyn(b, &ANY),
            self.box_dyn(i, &ANY),
            self.box_dyn(v, &ANY),
        );
        Ok(Stmt::Expr(rt(
            Ty::None,
            span,
            "mg_dyn_setitem",
            vec![RtArg::Value(b), RtArg::Value(i), RtArg::Value(v)],
        )))
    }

    /// `item in container` where one side is dynamic: the item is
    /// evaluated first, as in CPython.
    pub(super) fn dyn_contains(
        &mut self,
        item: Expr,
        container: Expr,
        negate: bool,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        self.not_on_object(&container, "`in`")?;
        if Self::may_be_instance(&self.resolve(&container.ty))
            && self.some_class_defines(&["__contains__", "__iter__", "__getitem__"])
        {
            return err(Kind::Unsupported, span, "`in` on a dynamic value in a program whose classes define __contains__, __iter__ or __getitem__ is not supported by multigen yet");
        }
        for x in [&item, &container] {
            if !Self::boxable(&self.resolve(&x.ty)) {
                return err(
                    Kind::Unsupported,
                    x.span,
                    format!(
                        "`in` with a {} and a dynamic value is not supported by multigen yet",
                        x.ty
                    ),
                );
            }
        }
        let tmp = self.temp(scope, ANY);
        let item = self.box_dyn(item, &ANY);
        let container = self.box_dyn(container, &ANY);
        let load = mk(ANY, span, ExprKind::Load(Place::Local(tmp)));
        let mut test = rt(
            Ty::Bool,
            span,
            "mg_dyn_contains",
            vec![RtArg::Value(container), RtArg::Value(load)],
        );
        if negate {
            test = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(test)));
        }
        Ok(assign_then(tmp, item, test))
    }

    /// The comparison kind of `l op r` when an operand is dynamic. The
    /// operands are then boxed by `dyn_compare_operands`.
    pub(super) fn dyn_cmp_kind(
        &mut self,
        op: ast::CmpOp,
        l: &Ty,
        r: &Ty,
        span: Span,
    ) -> R<(CmpOp, CmpKind)> {
        use ast::CmpOp as C;
        let hop = super::ops::cmp_op(op);
        match op {
            C::Is | C::IsNot if *l == Ty::None || *r == Ty::None => Ok((hop, CmpKind::Identity)),
            C::Is | C::IsNot => err(
                Kind::Unsupported,
                span,
                "`is` between dynamic values is only supported with None by multigen yet",
            ),
            C::Lt | C::LtE | C::Gt | C::GtE
                if *l == Ty::Dyn(Dyn::Object) || *r == Ty::Dyn(Dyn::Object) =>
            {
                err(
                    Kind::Type,
                    span,
                    format!(
                        "Unsupported operand types for {} (\"{l}\" and \"{r}\")",
                        op.symbol()
                    ),
                )
            }
            _ => {
                for t in [l, r] {
                    if !t.is_dynamic()
                        && (!Self::boxable(t)
                            || matches!(t, Ty::Tuple(ts) if ts.iter().any(Ty::is_dynamic)))
                    {
                        return err(
                            Kind::Unsupported,
                            span,
                            format!("comparing a {t} with a dynamic value is not supported by multigen yet"),
                        );
                    }
                }
                Ok((hop, CmpKind::Generic(ANY)))
            }
        }
    }

    /// The dynamic element type of `container` when `item` is looked for
    /// in it and is not itself dynamic (it is then boxed).
    pub(super) fn contains_dyn_elem(&self, item: &Expr, container: &Expr) -> Option<Ty> {
        let elem = match self.resolve(&container.ty) {
            Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Dict(t, _) => *t,
            _ => return None,
        };
        let it = self.resolve(&item.ty);
        (elem.is_dynamic() && !it.is_dynamic() && Self::boxable(&it)).then_some(elem)
    }

    /// `==` and the orderings between two lists, dicts or sets whose
    /// element types differ where one of them is dynamic: the runtime
    /// compares elements through each container's own descriptors, so
    /// either type's descriptor serves.
    pub(super) fn dyn_container_cmp(
        &self,
        op: ast::CmpOp,
        l: &Ty,
        r: &Ty,
    ) -> Option<(CmpOp, CmpKind)> {
        use ast::CmpOp as C;
        let dynamic_inside = |t: &Ty| match t {
            Ty::List(e) | Ty::Set(e) => e.is_dynamic(),
            Ty::Dict(k, v) => k.is_dynamic() || v.is_dynamic(),
            _ => false,
        };
        let same_kind = matches!(
            (l, r),
            (Ty::List(_), Ty::List(_)) | (Ty::Dict(..), Ty::Dict(..)) | (Ty::Set(_), Ty::Set(_))
        );
        if !same_kind || l == r || !(dynamic_inside(l) || dynamic_inside(r)) {
            return None;
        }
        let hop = match op {
            C::Eq => CmpOp::Eq,
            C::NotEq => CmpOp::Ne,
            C::Lt if matches!(l, Ty::List(_)) => CmpOp::Lt,
            C::LtE if matches!(l, Ty::List(_)) => CmpOp::Le,
            C::Gt if matches!(l, Ty::List(_)) => CmpOp::Gt,
            C::GtE if matches!(l, Ty::List(_)) => CmpOp::Ge,
            _ => return None,
        };
        Some((hop, CmpKind::Generic(l.clone())))
    }

    /// Boxes the operands of a comparison chain in which some operand is
    /// dynamic: every pair is then compared by the runtime (or by
    /// identity with None).
    pub(super) fn dyn_compare_operands(
        &mut self,
        operands: Vec<Expr>,
        ops: Vec<(CmpOp, CmpKind)>,
        span: Span,
    ) -> R<Chain> {
        if !operands.iter().any(|o| self.resolve(&o.ty).is_dynamic()) {
            return Ok((operands, ops));
        }
        let mut out_ops = Vec::new();
        for (i, (op, kind)) in ops.into_iter().enumerate() {
            let pair = (&operands[i].ty, &operands[i + 1].ty);
            let kind = match kind {
                CmpKind::Identity | CmpKind::Generic(_) => kind,
                // Pairs of static operands are compared by the runtime too,
                // now that every operand is boxed.
                _ if matches!(op, CmpOp::In | CmpOp::NotIn) => {
                    return err(Kind::Unsupported, span, "`in` inside a comparison chain with a dynamic value is not supported by multigen yet")
                }
                _ => {
                    let (_, k) = self.dyn_cmp_kind(
                        match op {
                            CmpOp::Eq => ast::CmpOp::Eq,
                            CmpOp::Ne => ast::CmpOp::NotEq,
                            CmpOp::Lt => ast::CmpOp::Lt,
                            CmpOp::Le => ast::CmpOp::LtE,
                            CmpOp::Gt => ast::CmpOp::Gt,
                            _ => ast::CmpOp::GtE,
                        },
                        &pair.0.clone(),
                        &pair.1.clone(),
                        span,
                    )?;
                    k
                }
            };
            out_ops.push((op, kind));
        }
        let operands = operands
            .into_iter()
            .map(|o| {
                if o.ty == Ty::None {
                    rt(
                        ANY,
                        o.span,
                        "mg_dyn_box",
                        vec![RtArg::Type(Ty::None), RtArg::Slot(o)],
                    )
                } else {
                    self.box_dyn(o, &ANY)
                }
            })
            .collect();
        Ok((operands, out_ops))
    }

    /// The classes to test, in order, for a member `name` of a dynamic
    /// value of type `t`, and whether they cover every value of `t` (a
    /// union of classes); `None` when `t` has no class to dispatch on.
    fn member_classes(
        &mut self,
        t: &Ty,
        name: &ast::Ident,
        method: bool,
    ) -> R<Option<(Vec<ClassId>, bool)>> {
        if let Ty::Union(ms) = t {
            let classes: Vec<ClassId> = ms
                .iter()
                .filter_map(|m| match m {
                    Ty::Class(c) => Some(*c),
                    _ => None,
                })
                .collect();
            if classes.is_empty() && method {
                return Ok(None);
            }
            if let Some(m) = ms.iter().find(|m| !matches!(m, Ty::Class(_))) {
                return err(
                    Kind::Type,
                    name.span,
                    format!("Item \"{m}\" of \"{t}\" has no attribute \"{}\"", name.name),
                );
            }
            return Ok(Some((classes, true)));
        }
        // `Any`: every class that defines the member, but not one whose base
        // defines it too (the test of the base covers it).
        let n = self.classes.len();
        for i in 0..n {
            self.ensure_fields(ClassId(i as u32));
        }
        let has = |cx: &Self, c: ClassId| {
            cx.find_method(c, &name.name).is_some()
                || (!method && cx.field(c, &name.name).is_some())
        };
        let roots: Vec<ClassId> = (0..n)
            .map(|i| ClassId(i as u32))
            .filter(|&c| c != OBJECT_CLASS && has(self, c))
            .filter(|&c| !self.classes[c.index()].parent.is_some_and(|p| has(self, p)))
            .collect();
        Ok((!roots.is_empty()).then_some((roots, false)))
    }

    /// One branch per class of `classes` (the value seen as that class)
    /// in a chain of `isinstance` tests, then `fallback` (unless the
    /// classes cover every value), typed as the branches' common type or
    /// boxed as `Any`.
    fn class_chain(
        &mut self,
        v: Expr,
        (classes, exhaustive): (&[ClassId], bool),
        span: Span,
        scope: &mut Scope,
        branch: &mut dyn FnMut(&mut Self, Expr, ClassId, &mut Scope) -> R<Expr>,
        fallback: &mut dyn FnMut(&mut Self, Expr, &mut Scope) -> R<Expr>,
    ) -> R<Expr> {
        let tmp = self.temp(scope, ANY);
        let load = || mk(ANY, span, ExprKind::Load(Place::Local(tmp)));
        let mut vals = Vec::new();
        for &c in classes {
            let obj = mk(Ty::Class(c), span, ExprKind::Cast(Box::new(load())));
            vals.push(branch(self, obj, c, scope)?);
        }
        let common = vals
            .first()
            .map(|x| x.ty.clone())
            .filter(|t| exhaustive && vals.iter().all(|x| x.ty == *t));
        let ty = common.clone().unwrap_or(ANY);
        let mut vals: Vec<Expr> = vals
            .into_iter()
            .map(|x| {
                if common.is_some() {
                    return Ok(x);
                }
                self.require_boxable(&x.ty, span)?;
                Ok(if x.ty == Ty::None {
                    rt(
                        ANY,
                        span,
                        "mg_dyn_box",
                        vec![RtArg::Type(Ty::None), RtArg::Slot(x)],
                    )
                } else {
                    self.box_dyn(x, &ANY)
                })
            })
            .collect::<R<_>>()?;
        let mut chain = if exhaustive {
            vals.pop().unwrap()
        } else {
            fallback(self, load(), scope)?
        };
        let tested = if exhaustive {
            &classes[..classes.len() - 1]
        } else {
            classes
        };
        for (&c, val) in tested.iter().zip(vals).rev() {
            let test = mk(
                Ty::Bool,
                span,
                ExprKind::IsInstance(Box::new(load()), vec![c]),
            );
            chain = mk(
                ty.clone(),
                span,
                ExprKind::IfExp(Box::new(test), Box::new(val), Box::new(chain)),
            );
        }
        let v = self.box_dyn(v, &ANY);
        Ok(assign_then(tmp, v, chain))
    }

    /// `b.attr` for a dynamic `b`: a test of each class that has the
    /// attribute, CPython's `AttributeError` for other values.
    pub(super) fn dyn_attribute(
        &mut self,
        b: Expr,
        attr: &ast::Ident,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let t = self.resolve(&b.ty);
        if t == Ty::Dyn(Dyn::Object) {
            return err(
                Kind::Type,
                attr.span,
                format!("\"object\" has no attribute \"{}\"", attr.name),
            );
        }
        let (classes, exhaustive) = self.member_classes(&t, attr, false)?.unwrap_or_default();
        let name = attr.name.clone();
        self.class_chain(
            b,
            (&classes, exhaustive),
            span,
            scope,
            &mut |cx, obj, c, _| cx.object_attr(obj, c, attr, span),
            &mut |_, v, _| {
                let n = mk(Ty::Str, span, ExprKind::Str(name.clone()));
                Ok(rt(
                    ANY,
                    span,
                    "mg_dyn_getattr",
                    vec![RtArg::Value(v), RtArg::Value(n)],
                ))
            },
        )
    }

    /// A method call on a dynamic receiver: methods of the classes of a
    /// union (or, for `Any`, of every class defining it) by a test of
    /// each class; the dict and list methods JSON-like data needs,
    /// dispatched by the runtime.
    pub(super) fn dyn_method_call(
        &mut self,
        b: Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        self.not_on_object(&b, &format!("calling method '{}'", name.name))?;
        let t = self.resolve(&b.ty);
        if let Some((classes, exhaustive)) = self.member_classes(&t, name, true)? {
            return self.class_chain(
                b,
                (&classes, exhaustive),
                span,
                scope,
                &mut |cx, obj, _, scope| {
                    cx.object_method_call(obj, name, args, keywords, span, scope)
                },
                &mut |cx, v, scope| cx.dyn_builtin_method(v, name, args, keywords, span, scope),
            );
        }
        self.dyn_builtin_method(b, name, args, keywords, span, scope)
    }

    /// The methods of built-in values held in a dynamic value.
    fn dyn_builtin_method(
        &mut self,
        b: Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if !keywords.is_empty() {
            return err(Kind::Unsupported, span, "keyword arguments in a method call on a dynamic value are not supported by multigen yet");
        }
        let mut vals = Vec::new();
        for a in args {
            let v = self.expr(a, scope)?;
            self.require_boxable(&v.ty, v.span)?;
            vals.push(self.box_dyn(v, &ANY));
        }
        let b = self.box_dyn(b, &ANY);
        let none = || {
            rt(
                ANY,
                span,
                "mg_dyn_box",
                vec![
                    RtArg::Type(Ty::None),
                    RtArg::Slot(mk(Ty::None, span, ExprKind::None)),
                ],
            )
        };
        match (name.name.as_str(), vals.len()) {
            ("append", 1) => Ok(rt(
                Ty::None,
                span,
                "mg_dyn_append",
                vec![RtArg::Value(b), RtArg::Value(vals.pop().unwrap())],
            )),
            ("get", 1 | 2) => {
                let default = if vals.len() == 2 { vals.pop().unwrap() } else { none() };
                let key = vals.pop().unwrap();
                Ok(rt(
                    ANY,
                    span,
                    "mg_dyn_get",
                    vec![RtArg::Value(b), RtArg::Value(key), RtArg::Value(default)],
                ))
            }
            _ => err(
                Kind::Unsupported,
                name.span,
                format!(
                    "method '{}' of a dynamic value is not supported by multigen yet (only methods of classes, append and get, and keys/values/items in a for loop; narrow it with isinstance() first)",
                    name.name
                ),
            ),
        }
    }
}
