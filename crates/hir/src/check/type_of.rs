//! Tests of an object's class: `isinstance(obj, C)` (also with a tuple
//! of classes and built-in types), and, as far as multigen has class
//! values, `type(obj) is C`, `obj.__class__ is C` (also `is not`, `==`, `!=`) and
//! `obj.__class__.__name__` for user classes. (`type(e)` of an exception
//! is a value of its own, `with.rs`.)
//!
//! `type(obj) is C` holds when the object is an instance of `C` but of
//! none of the classes that name `C` among their bases, through which
//! every strict subclass derives.

use super::*;

/// The operator and right operand of a single `is`, `is not`, `==` or
/// `!=` comparison, the forms that compare classes.
pub(super) fn identity_cmp(rest: &[(ast::CmpOp, ast::Expr)]) -> Option<(&ast::CmpOp, &ast::Expr)> {
    use ast::CmpOp as C;
    match rest {
        [(op @ (C::Is | C::IsNot | C::Eq | C::NotEq), rhs)] => Some((op, rhs)),
        _ => None,
    }
}

impl Checker {
    /// `x` when `e` is `type(x)` or `x.__class__`.
    pub(super) fn type_of_operand(e: &ast::Expr) -> Option<&ast::Expr> {
        match &e.kind {
            ast::ExprKind::Call {
                func,
                args,
                keywords,
            } if keywords.is_empty()
                && args.len() == 1
                && matches!(&func.kind, ast::ExprKind::Name(t) if t == "type") =>
            {
                Some(&args[0])
            }
            ast::ExprKind::Attribute(b, a) if a.name == "__class__" => Some(b),
            _ => None,
        }
    }

    /// `type(x) is C` and the like for a user class `C` that is no
    /// exception class; `None` for other comparisons.
    pub(super) fn class_type_compare(
        &mut self,
        first: &ast::Expr,
        rest: &[(ast::CmpOp, ast::Expr)],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        use ast::CmpOp as C;
        let Some((op, rhs)) = identity_cmp(rest) else {
            return Ok(None);
        };
        let Some(x) = Self::type_of_operand(first) else {
            return Ok(None);
        };
        let ast::ExprKind::Name(n) = &rhs.kind else {
            return Ok(None);
        };
        if self.is_value_name(n, scope) {
            return Ok(None);
        }
        let Some(Binding::Class(cls)) = self.lookup(n, scope) else {
            return Ok(None);
        };
        if self.classes[cls.index()].is_exception || cls == OBJECT_CLASS {
            return Ok(None);
        }
        let v = self.expr(x, scope)?;
        let negate = matches!(op, C::IsNot | C::NotEq);
        let constant = |v: Expr, b: bool| evaluated_then(v, b, span);
        match self.resolve(&v.ty) {
            Ty::Class(k) if k == cls || self.is_subclass(cls, k) => {}
            // No object of this static type has class `cls`.
            _ => return Ok(Some(constant(v, negate))),
        }
        let mut test = self.exact_class_test(v, cls, span, scope);
        if negate {
            test = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(test)));
        }
        Ok(Some(test))
    }

    /// Whether object `v` (evaluated once) is an instance of `cls` but of
    /// none of the classes that name `cls` among their bases.
    pub(super) fn exact_class_test(
        &mut self,
        v: Expr,
        cls: ClassId,
        span: Span,
        scope: &mut Scope,
    ) -> Expr {
        let ty = v.ty.clone();
        let tmp = self.temp(scope, ty.clone());
        let load = || mk(ty.clone(), span, ExprKind::Load(Place::Local(tmp)));
        let pre = vec![Stmt::Assign(Target::Place(Place::Local(tmp)), v)];
        let subs: Vec<ClassId> = (0..self.classes.len())
            .map(|i| ClassId(i as u32))
            .filter(|&s| self.classes[s.index()].bases.contains(&cls))
            .collect();
        let mut test = mk(
            Ty::Bool,
            span,
            ExprKind::IsInstance(Box::new(load()), vec![cls]),
        );
        if !subs.is_empty() {
            let sub = mk(Ty::Bool, span, ExprKind::IsInstance(Box::new(load()), subs));
            let not_sub = mk(Ty::Bool, span, ExprKind::Unary(UnOp::Not, Box::new(sub)));
            test = mk(Ty::Bool, span, ExprKind::And(vec![test, not_sub]));
        }
        mk(Ty::Bool, span, ExprKind::Block(pre, Box::new(test)))
    }

    /// `isinstance(x, C)` / `isinstance(x, (C, D))`.
    pub(super) fn isinstance(
        &mut self,
        args: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if args.len() != 2 {
            return err(
                Kind::Call,
                span,
                format!("isinstance expected 2 arguments, got {}", args.len()),
            );
        }
        if let Some(r) = self.protocol_isinstance(args, span, scope) {
            return r;
        }
        let v = self.expr(&args[0], scope)?;
        if v.ty.is_dynamic() {
            let Some(tests) = self.type_tests(&args[1], scope) else {
                return err(
                    Kind::Unsupported,
                    args[1].span,
                    "isinstance() of a dynamic value needs built-in types or classes",
                );
            };
            return Ok(self.dyn_isinstance(v, &tests, span, scope));
        }
        let classes: Vec<&ast::Expr> = match &args[1].kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![&args[1]],
        };
        let mut ids = Vec::new();
        let mut builtin_match = false;
        // A `float` operand may hold an int (`numtower.rs`): `int` and
        // `float` are tested at run time.
        let is_float = v.ty == Ty::Float;
        let (mut int_named, mut float_named) = (false, false);
        for c in classes {
            let ast::ExprKind::Name(n) = &c.kind else {
                return err(Kind::Unsupported, c.span, "isinstance() needs a class name");
            };
            match self.lookup(n, scope) {
                Some(Binding::Class(OBJECT_CLASS)) => builtin_match = true,
                Some(Binding::Class(id)) => ids.push(id),
                _ => {
                    let t = self.resolve(&v.ty);
                    let t = match t {
                        Ty::Optional(t) => *t,
                        t => t,
                    };
                    let name = t.class_name();
                    let ok = match n.as_str() {
                        "int" if is_float => {
                            int_named = true;
                            false
                        }
                        "float" if is_float => {
                            float_named = true;
                            false
                        }
                        "int" => {
                            matches!(t, Ty::Int | Ty::Bool)
                                || self.enum_kind(&t).is_some_and(|k| k.int_like())
                        }
                        "str" if self.enum_kind(&t) == Some(enums::EnumKind::Str) => true,
                        "tuple" if self.nt_class(&t).is_some() => true,
                        "float" | "bool" | "str" | "list" | "dict" | "set" | "tuple" => name == n,
                        "object" => true,
                        _ => return err(Kind::Name, c.span, format!("name '{n}' is not a class")),
                    };
                    builtin_match |= ok;
                }
            }
        }
        let is_opt = matches!(v.ty, Ty::Optional(_));
        if is_float && !builtin_match {
            if let Some(e) = Self::float_isinstance(v.clone(), int_named, float_named) {
                return Ok(e);
            }
            builtin_match = int_named && float_named;
        }
        if builtin_match {
            // `isinstance(x, int)` with a static int: true unless None.
            if is_opt {
                let isn = mk(Ty::Bool, span, ExprKind::IsNone(Box::new(v)));
                return Ok(mk(
                    Ty::Bool,
                    span,
                    ExprKind::Unary(UnOp::Not, Box::new(isn)),
                ));
            }
            return Ok(mk(
                Ty::Bool,
                span,
                ExprKind::Block(
                    vec![Stmt::Expr(v)],
                    Box::new(mk(Ty::Bool, span, ExprKind::Bool(true))),
                ),
            ));
        }
        match self.resolve(&v.ty) {
            Ty::Class(_) => Ok(mk(Ty::Bool, span, ExprKind::IsInstance(Box::new(v), ids))),
            Ty::Optional(t) if matches!(*t, Ty::Class(_)) => {
                Ok(mk(Ty::Bool, span, ExprKind::IsInstance(Box::new(v), ids)))
            }
            _ => Ok(mk(
                Ty::Bool,
                span,
                ExprKind::Block(
                    vec![Stmt::Expr(v)],
                    Box::new(mk(Ty::Bool, span, ExprKind::Bool(false))),
                ),
            )),
        }
    }
}

/// `v` evaluated for its effects, then the constant `b`: a test whose
/// answer the static type decides.
pub(super) fn evaluated_then(v: Expr, b: bool, span: Span) -> Expr {
    mk(
        Ty::Bool,
        span,
        ExprKind::Block(
            vec![Stmt::Expr(v)],
            Box::new(mk(Ty::Bool, span, ExprKind::Bool(b))),
        ),
    )
}
