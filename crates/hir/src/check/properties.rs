//! Property setters and deleters: `@x.setter` and `@x.deleter` methods,
//! and the assignments (`obj.x = v`, `obj.x += v`) and `del obj.x` that
//! call them.
//!
//! An accessor is registered in its class's method table under a key no
//! attribute spells (`accessor_key`), without a virtual-table slot: the
//! call is direct, so a subclass that redefines an accessor its base has
//! is refused where an assignment through the base would need to reach
//! it. Assigning a property without a setter is mypy's error (CPython
//! raises `AttributeError`).

use super::classes::*;
use super::*;

/// `(x, "setter")` for a decorator `@x.setter` (or `.deleter`).
pub(super) fn property_accessor(d: &ast::Expr) -> Option<(&str, &'static str)> {
    let ast::ExprKind::Attribute(b, a) = &d.kind else {
        return None;
    };
    let ast::ExprKind::Name(x) = &b.kind else {
        return None;
    };
    let which = match a.name.as_str() {
        "setter" => "setter",
        "deleter" => "deleter",
        _ => return None,
    };
    Some((x.as_str(), which))
}

/// The method-table key of property `x`'s setter or deleter.
fn accessor_key(x: &str, which: &str) -> String {
    format!("{x} ({which})")
}

impl Checker {
    /// Declares `@x.setter def x(self, value)` or `@x.deleter def x(self)`.
    pub(super) fn declare_accessor(&mut self, c: ClassId, f: &ast::FunctionDef) -> R<()> {
        let (x, which) = property_accessor(&f.decorators[0]).expect("checked by the caller");
        if x != f.name.name {
            return err(
                Kind::Unsupported,
                f.name.span,
                format!("a {which} of property '{x}' must be named '{x}' for multigen"),
            );
        }
        match self.find_method(c, x) {
            Some((_, m)) if m.kind == MethodKind::Property => {}
            _ => {
                return err(
                    Kind::Name,
                    f.decorators[0].span,
                    format!("name '{x}' is not a property defined before this {which}"),
                )
            }
        }
        let want = if which == "setter" { 2 } else { 1 };
        if f.params.len() != want {
            return err(
                Kind::Type,
                f.name.span,
                format!(
                    "a property {which} takes {want} parameter{}",
                    if want == 1 { "" } else { "s" }
                ),
            );
        }
        let mut plain = f.clone();
        plain.decorators.clear();
        self.declare_method_as(c, &plain, MethodKind::Instance, &accessor_key(x, which))?;
        Ok(())
    }

    /// `obj.attr = value` when `attr` is a property of class `c`: the
    /// setter's call. `Ok(false)` when `attr` is no property.
    pub(super) fn property_set(
        &mut self,
        b: &Expr,
        c: ClassId,
        attr: &ast::Ident,
        value: &Expr,
        out: &mut Vec<Stmt>,
    ) -> R<bool> {
        let Some(f) = self.accessor(c, attr, "setter")? else {
            return Ok(false);
        };
        let sig = self.sigs[f.index()].clone();
        let v = self.expect(
            value.clone(),
            &sig.params[1].ty,
            &format!("value of property '{}'", attr.name),
        )?;
        let obj = self.upcast(b.clone(), &sig.params[0].ty);
        // Tracebacks mark the whole target, `obj.attr`.
        let span = Span::new(b.span.start, attr.span.end);
        out.push(Stmt::Expr(self.accessor_call(f, vec![obj, v], span)));
        Ok(true)
    }

    /// `del obj.attr` when `attr` is a property of class `c`.
    pub(super) fn property_del(
        &mut self,
        b: &Expr,
        c: ClassId,
        attr: &ast::Ident,
        out: &mut Vec<Stmt>,
    ) -> R<bool> {
        let Some(f) = self.accessor(c, attr, "deleter")? else {
            return Ok(false);
        };
        let sig = self.sigs[f.index()].clone();
        let obj = self.upcast(b.clone(), &sig.params[0].ty);
        let span = Span::new(b.span.start, attr.span.end);
        out.push(Stmt::Expr(self.accessor_call(f, vec![obj], span)));
        Ok(true)
    }

    /// The setter or deleter of property `attr` as seen from class `c`;
    /// `None` when `attr` is no property.
    fn accessor(&self, c: ClassId, attr: &ast::Ident, which: &str) -> R<Option<FuncId>> {
        match self.find_method(c, &attr.name) {
            Some((_, m)) if m.kind == MethodKind::Property => {}
            _ => return Ok(None),
        }
        let key = accessor_key(&attr.name, which);
        let class = &self.classes[c.index()].name;
        match self.find_method(c, &key) {
            Some(_) if self.overridden_below(c, &key) => err(
                Kind::Unsupported,
                attr.span,
                format!("the {which} of property '{}' is redefined in a subclass of '{class}'; multigen calls accessors directly and does not support that yet", attr.name),
            ),
            Some((_, m)) => Ok(Some(m.func)),
            None if which == "setter" => err(
                Kind::Type,
                attr.span,
                format!("Property \"{}\" defined in \"{class}\" is read-only", attr.name),
            ),
            None => err(
                Kind::Type,
                attr.span,
                format!("Property \"{}\" defined in \"{class}\" has no deleter", attr.name),
            ),
        }
    }

    fn accessor_call(&self, f: FuncId, args: Vec<Expr>, span: Span) -> Expr {
        let map = (0..args.len()).map(ArgSource::Written).collect();
        mk(
            self.sigs[f.index()].ret.clone(),
            span,
            ExprKind::MethodCall {
                func: f,
                slot: None,
                args,
                map,
            },
        )
    }
}
