//! Class attributes beyond the class body: `ClassVar[T]` annotations, and
//! `C.name = value` / `C.name += value` through the class's name, which
//! every instance then sees (class attributes live in globals, which
//! reads through the class and through instances load).
//!
//! CPython stores such an assignment in the dictionary of the class
//! named, so assigning through a subclass an attribute that a base
//! defines makes a new attribute of the subclass; that, and adding a
//! class attribute the class body does not define, is refused. So is
//! assigning through `cls` in a class method, whose class is known only
//! at run time.

use super::*;

/// The `T` of a `ClassVar[T]` annotation.
pub(super) fn class_var_inner(annotation: &ast::Expr) -> Option<&ast::Expr> {
    match &annotation.kind {
        ast::ExprKind::Subscript(b, inner) if matches!(&b.kind, ast::ExprKind::Name(n) if n == "ClassVar") => {
            Some(inner)
        }
        _ => None,
    }
}

impl Checker {
    /// The class attribute `base.attr` denotes when `base` names a class:
    /// the class and the global holding the attribute.
    fn class_attr_global(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        scope: &Scope,
    ) -> R<Option<(ClassId, GlobalId)>> {
        let ast::ExprKind::Name(n) = &base.kind else {
            return Ok(None);
        };
        if self.is_value_name(n, scope) {
            return Ok(None);
        }
        let c = match self.lookup(n, scope) {
            Some(Binding::Class(c)) => c,
            _ if scope.cls_param(n).is_some() => {
                return err(
                    Kind::Unsupported,
                    base.span,
                    "assigning a class attribute through `cls` is not supported by multigen yet (the class is known only at run time); name the class",
                )
            }
            _ => return Ok(None),
        };
        if let Some(&g) = self.classes[c.index()].consts.get(&attr.name) {
            return Ok(Some((c, g)));
        }
        let name = &self.classes[c.index()].name;
        if self.find_const(c, &attr.name).is_some() {
            return err(
                Kind::Unsupported,
                attr.span,
                format!("assigning '{}' through '{name}' makes a new class attribute of '{name}' in CPython, hiding its base's; multigen does not support that yet", attr.name),
            );
        }
        err(
            Kind::Unsupported,
            attr.span,
            format!(
                "type object '{name}' has no class attribute '{}': adding class attributes outside the class body is not supported by multigen",
                attr.name
            ),
        )
    }

    /// `C.attr = value`: `Ok(true)` when `base` names a class.
    pub(super) fn set_class_attr(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        value: &Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<bool> {
        let Some((c, g)) = self.class_attr_global(base, attr, scope)? else {
            return Ok(false);
        };
        let ty = self.global_ty(g, attr)?;
        let v = self.expect(value.clone(), &ty, "class attribute")?;
        self.bound_class_check(c, base.span, scope, out);
        out.push(Stmt::Assign(Target::Place(Place::Global(g)), v));
        Ok(true)
    }

    /// `C.attr op= value`: `Ok(true)` when `base` names a class.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn aug_class_attr(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        op: ast::BinOp,
        value: &ast::Expr,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<bool> {
        let Some((c, g)) = self.class_attr_global(base, attr, scope)? else {
            return Ok(false);
        };
        let ty = self.global_ty(g, attr)?;
        self.bound_class_check(c, base.span, scope, out);
        let cur = mk(ty.clone(), base.span, ExprKind::Load(Place::Global(g)));
        let rhs = self.aug_operand(&cur, op, value, scope)?;
        if self.is_inplace(&cur.ty, op, &rhs.ty) {
            // A list or set changes in place, as for fields.
            let e = self.inplace_call(cur, op, rhs, span)?;
            out.push(Stmt::Expr(e));
            return Ok(true);
        }
        let res = self.aug_binary(op, cur, rhs, span, scope)?;
        let res = self.expect(res, &ty, "class attribute")?;
        out.push(Stmt::Assign(Target::Place(Place::Global(g)), res));
        Ok(true)
    }

    fn global_ty(&self, g: GlobalId, attr: &ast::Ident) -> R<Ty> {
        match &self.globals[g.index()].ty {
            Some(t) => Ok(self.resolve(t)),
            None => err(
                Kind::Type,
                attr.span,
                "cannot infer the type of this class attribute here",
            ),
        }
    }

    /// The `NameError` check of a class name used before its `class`
    /// statement has run, as a statement.
    fn bound_class_check(&mut self, c: ClassId, span: Span, scope: &Scope, out: &mut Vec<Stmt>) {
        let none = mk(Ty::None, span, ExprKind::None);
        let e = self.class_name_use(c, span, scope, none);
        if !matches!(e.kind, ExprKind::None) {
            out.push(Stmt::Expr(e));
        }
    }
}
