//! `hasattr(obj, "name")` and `getattr(obj, "name"[, default])` on class
//! instances, with the attribute name written as a string literal: the
//! lookup is resolved at compile time like `obj.name`, and only whether a
//! field that may be unset is set is left to run time (`unset.rs`).

use super::*;

/// What a literal attribute name is on the instances of a class.
enum Found {
    /// Field `i` (maybe unset).
    Field(usize),
    /// A method, property or class attribute: always present.
    Always,
    /// Nothing of that name, on the class or any subclass.
    Missing,
}

impl Checker {
    /// `hasattr(...)` and `getattr(...)`.
    pub(super) fn attr_builtin(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        self.no_keywords(name, keywords)?;
        let (min, max) = if name == "hasattr" { (2, 2) } else { (2, 3) };
        self.arity(name, args, min, max, span)?;
        let ast::ExprKind::Str(attr) = &args[1].kind else {
            return err(
                Kind::Unsupported,
                args[1].span,
                format!("{name}() with an attribute name that is not a string literal is not supported by multigen"),
            );
        };
        let obj = self.expr(&args[0], scope)?;
        let Ty::Class(c) = self.resolve(&obj.ty) else {
            return err(
                Kind::Unsupported,
                args[0].span,
                format!(
                    "{name}() of a '{}' value is not supported by multigen (only of class instances)",
                    self.resolve(&obj.ty).class_name()
                ),
            );
        };
        let ident = ast::Ident {
            name: attr.clone(),
            span: args[1].span,
        };
        let found = self.find_attr(c, attr, span)?;
        if name == "hasattr" {
            return Ok(match found {
                Found::Field(i) => mk(Ty::Bool, span, ExprKind::FieldSet(Box::new(obj), i)),
                Found::Always | Found::Missing => mk(
                    Ty::Bool,
                    span,
                    ExprKind::Block(
                        vec![Stmt::Expr(obj)],
                        Box::new(mk(
                            Ty::Bool,
                            span,
                            ExprKind::Bool(matches!(found, Found::Always)),
                        )),
                    ),
                ),
            });
        }
        let Some(default) = args.get(2) else {
            // `getattr(obj, "name")` is `obj.name`, underlined as a call.
            if let Found::Missing = found {
                return err(
                    Kind::Type,
                    args[1].span,
                    format!(
                        "'{}' object has no attribute '{attr}'",
                        self.classes[c.index()].name
                    ),
                );
            }
            return self.object_attr(obj, c, &ident, span);
        };
        // CPython evaluates the default before the lookup, used or not.
        let default = self.expr(default, scope)?;
        let i = match found {
            Found::Field(i) => i,
            Found::Missing => {
                let ty = default.ty.clone();
                return Ok(mk(
                    ty,
                    span,
                    ExprKind::Block(vec![Stmt::Expr(obj)], Box::new(default)),
                ));
            }
            Found::Always => {
                let o = self.temp(scope, obj.ty.clone());
                let d = self.temp(scope, default.ty.clone());
                let load = mk(obj.ty.clone(), obj.span, ExprKind::Load(Place::Local(o)));
                let stmts = vec![
                    Stmt::Assign(Target::Place(Place::Local(o)), obj),
                    Stmt::Assign(Target::Place(Place::Local(d)), default),
                ];
                let v = self.object_attr(load, c, &ident, span)?;
                return Ok(mk(v.ty.clone(), span, ExprKind::Block(stmts, Box::new(v))));
            }
        };
        let fty = self.classes[c.index()].fields[i].1.clone();
        let default = self.expect(default, &fty, "default of getattr()")?;
        let o = self.temp(scope, obj.ty.clone());
        let d = self.temp(scope, fty.clone());
        let obj_ty = obj.ty.clone();
        let load_o = || mk(obj_ty.clone(), span, ExprKind::Load(Place::Local(o)));
        let stmts = vec![
            Stmt::Assign(Target::Place(Place::Local(o)), obj),
            Stmt::Assign(Target::Place(Place::Local(d)), default),
        ];
        let value = mk(
            fty.clone(),
            span,
            ExprKind::IfExp(
                Box::new(mk(
                    Ty::Bool,
                    span,
                    ExprKind::FieldSet(Box::new(load_o()), i),
                )),
                Box::new(mk(
                    fty.clone(),
                    span,
                    ExprKind::GetField(Box::new(load_o()), i),
                )),
                Box::new(mk(fty.clone(), span, ExprKind::Load(Place::Local(d)))),
            ),
        );
        Ok(mk(fty, span, ExprKind::Block(stmts, Box::new(value))))
    }

    /// Resolves a literal attribute name on the instances of `c`. A name
    /// that only a subclass defines would need a lookup on the object's
    /// class at run time: that is refused.
    fn find_attr(&mut self, c: ClassId, attr: &str, span: Span) -> R<Found> {
        self.ensure_fields(c);
        if let Some((i, _)) = self.field(c, attr) {
            return Ok(Found::Field(i));
        }
        if self.find_method(c, attr).is_some() || self.find_const(c, attr).is_some() {
            return Ok(Found::Always);
        }
        for k in 0..self.classes.len() {
            let k = ClassId(k as u32);
            if k == c || !self.is_subclass(k, c) {
                continue;
            }
            self.ensure_fields(k);
            let info = &self.classes[k.index()];
            if info.fields.iter().any(|f| f.0 == attr)
                || info.methods.contains_key(attr)
                || info.consts.contains_key(attr)
            {
                return err(
                    Kind::Unsupported,
                    span,
                    format!(
                        "'{attr}' is an attribute of the subclass '{}' only; looking it up through a '{}' is not supported by multigen yet",
                        info.name,
                        self.classes[c.index()].name
                    ),
                );
            }
        }
        if self.classes[c.index()].state != 2 && self.methods_create(c, attr) {
            // Inside the methods that create `c`'s fields, before the one
            // that creates this one: its index is not known yet.
            return err(
                Kind::Unsupported,
                span,
                format!(
                    "'{attr}' is first assigned further down in class '{}'; multigen needs it declared first (write `{attr}: T` in the class body)",
                    self.classes[c.index()].name
                ),
            );
        }
        Ok(Found::Missing)
    }
}
