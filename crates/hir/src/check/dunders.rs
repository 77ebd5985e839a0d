//! The special methods that operators and built-ins call on objects,
//! beyond those of comparisons, truth, containers and iteration
//! (`classes.rs`, `ops.rs`): binary operators with CPython's reflected
//! fallback (`2 * v` calls `v.__rmul__(2)`), augmented assignment with
//! its in-place methods (`v += w` calls `v.__iadd__(w)`, or falls back to
//! `__add__`), `abs`, `int`, `float`, `round`, `divmod`, `__index__`
//! wherever an integer is needed (indices, `range()`, `bin`/`hex`/`oct`),
//! `__format__` (f-strings and `format()`), `reversed()`, `del obj[k]`,
//! and `iter()`/`next()` of objects.
//!
//! Every call goes through [`Checker::dunder_call`]'s machinery: the
//! method found on the operand's static class, called through its
//! virtual-table slot when a subclass overrides it. Whether a method
//! applies is decided statically from its parameter types, as mypy
//! decides it; a method that would return `NotImplemented` has no
//! static type here, so the first method that accepts the operand types
//! is the one CPython calls too.

use super::classes::{Method, MethodKind};
use super::*;

/// The special methods of a binary operator: the ordinary, the reflected
/// and the in-place one.
pub(super) fn op_dunders(op: ast::BinOp) -> (&'static str, &'static str, &'static str) {
    use ast::BinOp as B;
    match op {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Sub => ("__sub__", "__rsub__", "__isub__"),
        B::Mul => ("__mul__", "__rmul__", "__imul__"),
        B::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Mod => ("__mod__", "__rmod__", "__imod__"),
        B::Pow => ("__pow__", "__rpow__", "__ipow__"),
        B::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::BitAnd => ("__and__", "__rand__", "__iand__"),
        B::BitOr => ("__or__", "__ror__", "__ior__"),
        B::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        B::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
    }
}

impl Checker {
    /// The instance method `name` that objects of class `c` find (with
    /// the class's fields known first, as the call may need them).
    pub(super) fn instance_dunder(&mut self, c: ClassId, name: &str) -> Option<Method> {
        self.ensure_fields(c);
        let (_, m) = self.find_method(c, name)?;
        (m.kind == MethodKind::Instance).then_some(m)
    }

    /// A special method of an object operand, for operators (`a + b`
    /// calls `a.__add__(b)`): the call, or `None` if the class has none.
    pub(super) fn dunder_call(
        &mut self,
        name: &str,
        recv: Expr,
        args: Vec<Expr>,
        span: Span,
    ) -> R<Option<Expr>> {
        let recv = match self.resolve(&recv.ty) {
            Ty::Optional(t) if matches!(*t, Ty::Class(_)) => self.deopt_attr(recv, name)?,
            _ => recv,
        };
        let Ty::Class(c) = recv.ty else {
            return Ok(None);
        };
        let Some(m) = self.instance_dunder(c, name) else {
            return Ok(None);
        };
        let sig = self.sigs[m.func.index()].clone();
        if sig.params.len() != args.len() + 1 {
            return err(
                Kind::Call,
                span,
                format!("{name}() takes {} arguments", sig.params.len()),
            );
        }
        let recv = self.upcast(recv, &sig.params[0].ty);
        let mut all = vec![recv];
        for (a, p) in args.into_iter().zip(&sig.params[1..]) {
            let what = format!("argument '{}' of {name}()", p.name);
            all.push(self.expect(a, &p.ty, &what)?);
        }
        let map = (0..all.len()).map(ArgSource::Written).collect();
        Ok(Some(self.method_expr(c, name, m, all, map, span)))
    }

    /// A call of the instance method `name` of the object `recv` with
    /// `args` (later parameters take their defaults), or `None` when the
    /// class has no such method or the method does not take arguments of
    /// these types (as mypy tells which special method applies).
    pub(super) fn try_dunder(
        &mut self,
        name: &str,
        recv: Expr,
        args: Vec<Expr>,
        span: Span,
    ) -> R<Option<Expr>> {
        let Ty::Class(c) = self.resolve(&recv.ty) else {
            return Ok(None);
        };
        let Some(m) = self.instance_dunder(c, name) else {
            return Ok(None);
        };
        let sig = self.sigs[m.func.index()].clone();
        if sig.params.iter().any(|p| p.variadic != ast::Variadic::No) {
            return Ok(None);
        }
        let positional = sig
            .params
            .iter()
            .skip(1)
            .filter(|p| !p.keyword_only)
            .count();
        if args.len() > positional {
            return Ok(None);
        }
        let recv = self.upcast(recv, &sig.params[0].ty);
        let mut all = vec![recv];
        let mut map = vec![ArgSource::Written(0)];
        for (k, p) in sig.params.iter().enumerate().skip(1) {
            match (args.get(k - 1), &p.default) {
                (Some(a), _) => {
                    let what = format!("argument '{}' of {name}()", p.name);
                    let Ok(a) = self.expect(a.clone(), &p.ty, &what) else {
                        return Ok(None);
                    };
                    map.push(ArgSource::Written(all.len()));
                    all.push(a);
                }
                (None, Some(d)) => map.push(ArgSource::Default(Box::new(d.clone()))),
                (None, None) => return Ok(None),
            }
        }
        Ok(Some(self.method_expr(c, name, m, all, map, span)))
    }

    /// `l op r` where an operand is an object: `l.__op__(r)`, else
    /// `r.__rop__(l)`; `Ok(None)` when neither operand is an object.
    /// `sym` is the operator as error messages show it (`+` or `+=`).
    pub(super) fn object_binary(
        &mut self,
        op: ast::BinOp,
        l: Expr,
        r: Expr,
        span: Span,
        scope: &mut Scope,
        sym: &str,
    ) -> R<Option<Expr>> {
        let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
        let (lc, rc) = (class_of(&lt), class_of(&rt_));
        if lc.is_none() && rc.is_none() {
            return Ok(None);
        }
        let (m, rm, _) = op_dunders(op);
        if let Some(lc) = lc {
            if let Some(e) = self.try_dunder(m, l.clone(), vec![r.clone()], span)? {
                if let Some(rc) = rc {
                    self.no_subclass_reflection(lc, rc, rm, span)?;
                }
                return Ok(Some(e));
            }
        }
        if rc.is_some() {
            // The left operand is evaluated first, into a hidden local
            // that the reflected call then receives.
            let tmp = self.temp(scope, l.ty.clone());
            let load = mk(l.ty.clone(), l.span, ExprKind::Load(Place::Local(tmp)));
            if let Some(e) = self.try_dunder(rm, r, vec![load], span)? {
                let ty = e.ty.clone();
                return Ok(Some(mk(
                    ty,
                    span,
                    ExprKind::Block(
                        vec![Stmt::Assign(Target::Place(Place::Local(tmp)), l)],
                        Box::new(e),
                    ),
                )));
            }
        }
        err(
            Kind::Type,
            span,
            format!("unsupported operand type(s) for {sym}: '{lt}' and '{rt_}'"),
        )
    }

    /// CPython tries the reflected method of the right operand first when
    /// the right operand's class is a strict subclass of the left one's
    /// that provides it differently. Static types cannot tell when that
    /// happens, so a hierarchy where it could is refused.
    fn no_subclass_reflection(&self, lc: ClassId, rc: ClassId, rm: &str, span: Span) -> R<()> {
        let base = self.find_method(lc, rm).map(|m| m.1.func);
        for i in 0..self.classes.len() {
            let k = ClassId(i as u32);
            if k == lc || !self.is_subclass(k, lc) || !self.is_subclass(k, rc) {
                continue;
            }
            let here = self.find_method(k, rm).map(|m| m.1.func);
            if here.is_some() && here != base {
                return err(
                    Kind::Unsupported,
                    span,
                    format!(
                        "'{}' overrides {rm}, which CPython would call first when the right operand is one; this is not supported by multigen yet",
                        self.classes[i].name
                    ),
                );
            }
        }
        Ok(())
    }

    /// `cur op= rhs` (the value to store back): `cur.__iop__(rhs)` when
    /// the object has it, else the binary operator, as CPython does.
    pub(super) fn aug_binary(
        &mut self,
        op: ast::BinOp,
        cur: Expr,
        rhs: Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let sym = format!("{}=", op.symbol());
        if let Some(c) = class_of(&self.resolve(&cur.ty)) {
            let (_, _, im) = op_dunders(op);
            if let Some(e) = self.try_dunder(im, cur.clone(), vec![rhs.clone()], span)? {
                return Ok(e);
            }
            // CPython looks `__iop__` up on the object's own class: a
            // subclass defining it would be called instead of the binary
            // operator the static class falls back to.
            if self.find_method(c, im).is_none() && self.overridden_below(c, im) {
                let t = &self.classes[c.index()].name;
                return err(
                    Kind::Unsupported,
                    span,
                    format!("`{sym}` on a {t} whose subclasses define {im} is not supported by multigen yet (define {im} in {t})"),
                );
            }
        }
        self.binary_as(op, cur, rhs, span, scope, &sym)
    }

    /// An object used where an integer is needed (an index, a `range()`
    /// bound, `bin()`...): its `__index__()`; anything else unchanged.
    pub(super) fn index_value(&mut self, v: Expr) -> R<Expr> {
        if class_of(&self.resolve(&v.ty)).is_none() {
            return Ok(v);
        }
        let span = v.span;
        let t = self.resolve(&v.ty);
        match self.try_dunder("__index__", v, vec![], span)? {
            Some(e) if self.resolve(&e.ty) == Ty::Int => Ok(e),
            Some(_) => err(
                Kind::Type,
                span,
                "__index__ returned non-int (a method declared to return int is needed)",
            ),
            None => err(
                Kind::Type,
                span,
                format!("'{t}' object cannot be interpreted as an integer"),
            ),
        }
    }

    /// Built-ins whose argument is an object: `abs`, `int`, `float`,
    /// `divmod` and `bin`/`hex`/`oct` call its special methods; `format`
    /// takes any value. Gives the arguments back when the call is not one
    /// of those.
    pub(super) fn dunder_builtin(
        &mut self,
        name: &str,
        vals: Vec<Expr>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Result<Expr, Vec<Expr>>> {
        let first = vals.first().map(|v| self.resolve(&v.ty));
        let object = first.as_ref().and_then(class_of).is_some();
        match (name, vals.len()) {
            ("format", 1 | 2) => {
                let mut it = vals.into_iter();
                let v = it.next().unwrap();
                let spec = match it.next() {
                    Some(s) => self.expect(s, &Ty::Str, "format spec")?,
                    None => mk(Ty::Str, span, ExprKind::Str(String::new())),
                };
                Ok(Ok(self.format_value(v, None, spec, span)?))
            }
            ("bin" | "hex" | "oct", 1) => {
                let v = vals.into_iter().next().unwrap();
                let v = self.index_value(v)?;
                let v = self.enum_as_value(v);
                let v = match self.resolve(&v.ty) {
                    Ty::Int | Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                    t => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!(
                                "'{}' object cannot be interpreted as an integer",
                                t.class_name()
                            ),
                        )
                    }
                };
                // `bin(x)` is `format(x, '#b')`, a minus sign first.
                let spec = match name {
                    "bin" => "#b",
                    "hex" => "#x",
                    _ => "#o",
                };
                let spec = mk(Ty::Str, span, ExprKind::Str(spec.into()));
                Ok(Ok(rt(
                    Ty::Str,
                    span,
                    "mg_format_int",
                    vec![RtArg::Value(v), RtArg::Value(spec)],
                )))
            }
            ("abs", 1) if object => {
                let v = vals.into_iter().next().unwrap();
                let t = self.resolve(&v.ty);
                match self.try_dunder("__abs__", v, vec![], span)? {
                    Some(e) => Ok(Ok(e)),
                    None => err(
                        Kind::Type,
                        span,
                        format!("bad operand type for abs(): '{t}'"),
                    ),
                }
            }
            ("int" | "float", 1) if object => {
                let v = vals.into_iter().next().unwrap();
                let t = self.resolve(&v.ty);
                let (m, want) = if name == "int" {
                    ("__int__", Ty::Int)
                } else {
                    ("__float__", Ty::Float)
                };
                if let Some(e) = self.try_dunder(m, v.clone(), vec![], span)? {
                    if self.resolve(&e.ty) != want {
                        return err(
                            Kind::Type,
                            span,
                            format!("{m} returned non-{want} (a method declared to return {want} is needed)"),
                        );
                    }
                    return Ok(Ok(e));
                }
                // Both fall back to `__index__`.
                if self
                    .find_method(class_of(&t).unwrap(), "__index__")
                    .is_some()
                {
                    let i = self.index_value(v)?;
                    return Ok(Ok(coerce(i, &want).unwrap()));
                }
                let msg = if name == "int" {
                    format!("int() argument must be a string, a bytes-like object or a real number, not '{t}'")
                } else {
                    format!("float() argument must be a string or a real number, not '{t}'")
                };
                err(Kind::Type, span, msg)
            }
            ("divmod", 2)
                if vals
                    .iter()
                    .any(|v| class_of(&self.resolve(&v.ty)).is_some()) =>
            {
                let mut it = vals.into_iter();
                let (a, b) = (it.next().unwrap(), it.next().unwrap());
                let (at, bt) = (self.resolve(&a.ty), self.resolve(&b.ty));
                if class_of(&at).is_some() {
                    if let Some(e) =
                        self.try_dunder("__divmod__", a.clone(), vec![b.clone()], span)?
                    {
                        return Ok(Ok(e));
                    }
                }
                if class_of(&bt).is_some() {
                    let tmp = self.temp(scope, a.ty.clone());
                    let load = mk(a.ty.clone(), a.span, ExprKind::Load(Place::Local(tmp)));
                    if let Some(e) = self.try_dunder("__rdivmod__", b, vec![load], span)? {
                        let ty = e.ty.clone();
                        let set = Stmt::Assign(Target::Place(Place::Local(tmp)), a);
                        return Ok(Ok(mk(ty, span, ExprKind::Block(vec![set], Box::new(e)))));
                    }
                }
                err(
                    Kind::Type,
                    span,
                    format!("unsupported operand type(s) for divmod(): '{at}' and '{bt}'"),
                )
            }
            _ => Ok(Err(vals)),
        }
    }

    /// `round(x)` and `round(x, n)` of an object: `x.__round__()` and
    /// `x.__round__(n)`.
    pub(super) fn round_object(
        &mut self,
        x: Expr,
        nd: Option<&ast::Expr>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let t = self.resolve(&x.ty);
        let args = match nd {
            Some(n) => vec![self.expr(n, scope)?],
            None => vec![],
        };
        match self.try_dunder("__round__", x, args, span)? {
            Some(e) => Ok(e),
            None => err(
                Kind::Type,
                span,
                format!("type {t} doesn't define __round__ method (or not with these arguments)"),
            ),
        }
    }

    /// Whether `format(v, spec)` of a value of type `t` calls a
    /// user-defined `__format__`. A class without one whose subclasses
    /// define it is refused: which method runs depends on the object.
    pub(super) fn has_format(&self, t: &Ty, span: Span) -> R<bool> {
        let Some(c) = class_of(&self.resolve(t)) else {
            return Ok(false);
        };
        if self.find_method(c, "__format__").is_some() {
            return Ok(true);
        }
        if self.overridden_below(c, "__format__") {
            return err(
                Kind::Unsupported,
                span,
                format!("formatting a {t} whose subclasses define __format__ is not supported by multigen yet (define __format__ in {t})"),
            );
        }
        Ok(false)
    }

    /// `format(v, spec)` of an object with `__format__`: `v.__format__(spec)`.
    pub(super) fn format_object(&mut self, v: Expr, spec: Expr, span: Span) -> R<Expr> {
        let t = self.resolve(&v.ty);
        match self.try_dunder("__format__", v, vec![spec], span)? {
            Some(e) if self.resolve(&e.ty) == Ty::Str => Ok(e),
            _ => err(
                Kind::Type,
                span,
                format!("{t}.__format__ must take a str and return a str"),
            ),
        }
    }

    /// `reversed(obj)`: iteration over what `obj.__reversed__()` returns.
    pub(super) fn reversed_object(&mut self, v: Expr, span: Span) -> R<(Iter, Ty)> {
        let t = self.resolve(&v.ty);
        let c = class_of(&t).expect("an object");
        let sequence = self.find_method(c, "__len__").is_some()
            && self.find_method(c, "__getitem__").is_some();
        match self.try_dunder("__reversed__", v, vec![], span)? {
            Some(r) => self.iter_of_value(r),
            None if sequence => err(
                Kind::Unsupported,
                span,
                format!("reversed() of a {t} through __len__ and __getitem__ (no __reversed__) is not supported by multigen yet"),
            ),
            None => err(Kind::Type, span, format!("'{t}' object is not reversible")),
        }
    }

    /// `del obj[k]`: `obj.__delitem__(k)`.
    pub(super) fn delitem_object(
        &mut self,
        b: Expr,
        idx: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let t = self.resolve(&b.ty);
        let i = self.expr(idx, scope)?;
        match self.try_dunder("__delitem__", b, vec![i], span)? {
            Some(e) => {
                out.push(Stmt::Expr(e));
                Ok(())
            }
            None => err(
                Kind::Type,
                span,
                format!("'{t}' object does not support item deletion"),
            ),
        }
    }

    /// `l != r` when a class involved defines `__ne__` itself (otherwise
    /// `!=` is the negated `__eq__`, which the runtime's comparison does):
    /// `l.__ne__(r)` for the left operand's own method. Where the method
    /// that runs would depend on the objects' classes (a subclass's or the
    /// right operand's `__ne__`), or in a chain of comparisons, refused.
    pub(super) fn user_ne(
        &mut self,
        l: &Expr,
        r: &Expr,
        alone: bool,
        span: Span,
    ) -> R<Option<Expr>> {
        let (lt, rt_) = (self.resolve(&l.ty), self.resolve(&r.ty));
        let defines = |cx: &Checker, t: &Ty| match class_of(t) {
            Some(c) => cx.find_method(c, "__ne__").is_some() || cx.overridden_below(c, "__ne__"),
            None => false,
        };
        if !defines(self, &lt) && !defines(self, &rt_) {
            return Ok(None);
        }
        let own = class_of(&lt).filter(|&c| self.find_method(c, "__ne__").is_some());
        if let (Some(c), true) = (own, alone) {
            if !defines(self, &rt_)
                || class_of(&rt_)
                    .is_some_and(|k| self.is_subclass(k, c) && !self.overridden_below(k, "__ne__"))
            {
                if let Some(call) = self.try_dunder("__ne__", l.clone(), vec![r.clone()], span)? {
                    return Ok(Some(truth(call)));
                }
            }
        }
        err(
            Kind::Unsupported,
            span,
            "this `!=` would call a `__ne__` that depends on the objects' classes, which is not supported by multigen yet",
        )
    }

    /// `iter(obj)` and `next(obj)` of an object: its `__iter__()` and
    /// `__next__()`. `next(obj, default)` is refused.
    pub(super) fn object_iter_next(
        &mut self,
        name: &str,
        v: Expr,
        has_default: bool,
        span: Span,
    ) -> R<Expr> {
        let t = self.resolve(&v.ty);
        if has_default {
            return err(
                Kind::Unsupported,
                span,
                "next() with a default on an object is not supported by multigen yet",
            );
        }
        let m = if name == "iter" {
            "__iter__"
        } else {
            "__next__"
        };
        match self.try_dunder(m, v, vec![], span)? {
            Some(e) => Ok(e),
            None if name == "iter" => {
                err(Kind::Type, span, format!("'{t}' object is not iterable"))
            }
            None => err(Kind::Type, span, format!("'{t}' object is not an iterator")),
        }
    }
}

/// The class of an object type.
pub(super) fn class_of(t: &Ty) -> Option<ClassId> {
    match t {
        Ty::Class(c) => Some(*c),
        _ => None,
    }
}
