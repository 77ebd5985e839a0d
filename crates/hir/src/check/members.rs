//! Attribute access on objects and classes: fields, class constants,
//! method calls (direct or virtual), attribute assignment and deletion,
//! and frozen dataclasses.

use super::classes::*;
use super::*;

impl Checker {
    /// `base.attr` as a value.
    pub(super) fn attribute(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        // `C.__qualname__`, `type(e).__qualname__` (`nested_classes.rs`).
        if let Some(e) = self.class_name_attr(base, attr, span, scope)? {
            return Ok(e);
        }
        if let ast::ExprKind::Name(n) = &base.kind {
            if !self.is_value_name(n, scope) {
                match self.lookup(n, scope) {
                    Some(Binding::Class(c)) => {
                        let e = self.class_attr(c, attr, span)?;
                        return Ok(self.class_name_use(c, base.span, scope, e));
                    }
                    Some(Binding::DataclassesModule) if attr.name == "FrozenInstanceError" => {
                        return err(Kind::Unsupported, span, "an exception class as a value is only supported in `except` and `raise`")
                    }
                    _ => {}
                }
                if let Some(c) = scope.cls_param(n) {
                    return self.class_attr(c, attr, span);
                }
            }
        }
        // `type(e).__name__`, `e.__class__.__name__` (`type_of.rs`).
        if attr.name == "__name__" {
            if let Some(x) = Self::type_of_operand(base) {
                {
                    let v = self.expr(x, scope)?;
                    let v = self.deopt_attr(v, "__class__")?;
                    if let Ty::Class(_) = v.ty {
                        return Ok(mk(Ty::Str, span, ExprKind::ClassName(Box::new(v))));
                    }
                    // A float slot may hold an int.
                    if v.ty == Ty::Float {
                        return Ok(numtower::num(NumOp::TypeName, Ty::Str, v));
                    }
                    if v.ty.is_dynamic() {
                        return Ok(rt(Ty::Str, span, "mg_dyn_type_name", vec![RtArg::Value(v)]));
                    }
                    return Ok(mk(
                        Ty::Str,
                        span,
                        ExprKind::Str(v.ty.class_name().to_string()),
                    ));
                }
            }
        }
        let b = self.expr(base, scope)?;
        if b.ty.is_dynamic() {
            return self.dyn_attribute(b, attr, span, scope);
        }
        let b = self.deopt_member(b, attr)?;
        if let Some(x) = self.exc_value_attr(&b, attr, span)? {
            return Ok(x);
        }
        if let Ty::Func(_) = self.resolve(&b.ty) {
            if attr.name == "__name__" {
                return Ok(mk(
                    Ty::Str,
                    span,
                    ExprKind::Runtime("mg_func_name", vec![b]),
                ));
            }
            return err(
                Kind::Unsupported,
                attr.span,
                format!(
                    "the attribute '{}' of a function is not supported by multigen yet",
                    attr.name
                ),
            );
        }
        let Ty::Class(c) = self.resolve(&b.ty) else {
            return err(
                Kind::Type,
                attr.span,
                format!(
                    "'{}' object has no attribute '{}'",
                    self.resolve(&b.ty).class_name(),
                    attr.name
                ),
            );
        };
        self.object_attr(b, c, attr, span)
    }

    pub(super) fn object_attr(
        &mut self,
        b: Expr,
        c: ClassId,
        attr: &ast::Ident,
        span: Span,
    ) -> R<Expr> {
        if attr.name == "args"
            && self.classes[c.index()].is_exception
            && self.field(c, "args").is_none()
        {
            return Ok(mk(Ty::ExcArgs, span, ExprKind::Cast(Box::new(b))));
        }
        if let Some(e) = self.os_error_attr(&b, c, attr, span) {
            return Ok(e);
        }
        self.ensure_fields(c);
        if let Some(e) = self.nt_fields_attr(c, attr, span) {
            return Ok(mk(
                e.ty.clone(),
                span,
                ExprKind::Block(vec![Stmt::Expr(b)], Box::new(e)),
            ));
        }
        let fname = self.enum_field_name(c, &attr.name).unwrap_or(&attr.name);
        if let Some((i, ty)) = self.field(c, fname) {
            // Resolved: the fields of `namedtuple()` are inference variables.
            let ty = self.resolve(&ty);
            return Ok(mk(ty, span, ExprKind::GetField(Box::new(b), i)));
        }
        if let Some((_, m)) = self.find_method(c, &attr.name) {
            if m.kind == MethodKind::Property {
                return Ok(self.method_expr(
                    c,
                    &attr.name,
                    m,
                    vec![b],
                    vec![ArgSource::Written(0)],
                    span,
                ));
            }
            return self.method_value(Some(b), c, &attr.name, m, span);
        }
        if let Some(g) = self.find_decorated(c, &attr.name, attr.span)? {
            return self.decorated_bound_value(b, g, span);
        }
        if let Some(g) = self.find_const(c, &attr.name) {
            // Through an instance, the attribute is looked up on the
            // object's own class at run time; a subclass that redefines it
            // would need dynamic lookup.
            let redefined = self.classes.iter().enumerate().any(|(i, k)| {
                let k_id = ClassId(i as u32);
                k_id != c && self.is_subclass(k_id, c) && k.consts.contains_key(&attr.name)
            });
            if redefined {
                return err(
                    Kind::Unsupported,
                    span,
                    format!("'{}' is redefined in a subclass; reading it through an instance is not supported by multigen yet (use the class name)", attr.name),
                );
            }
            let ty = self.globals[g.index()].ty.clone().unwrap_or(Ty::None);
            return Ok(mk(ty, span, ExprKind::Load(Place::Global(g))));
        }
        err(
            Kind::Type,
            attr.span,
            format!(
                "'{}' object has no attribute '{}'",
                self.classes[c.index()].name,
                attr.name
            ),
        )
    }

    /// `e.errno`, `e.strerror` and `e.filename` of an `OSError` (unless its
    /// class defines a field of that name), read by the runtime. They are
    /// `Any`, as typeshed's `filename` is: CPython gives `None` when the
    /// exception was not made with an error number, so they cannot be the
    /// `int` and `str` typeshed declares, and `Any` still lets them flow
    /// where mypy accepts them (`os.strerror(e.errno)`, `e.errno == n`).
    fn os_error_attr(
        &mut self,
        b: &Expr,
        c: ClassId,
        attr: &ast::Ident,
        span: Span,
    ) -> Option<Expr> {
        let which = ["errno", "strerror", "filename"]
            .iter()
            .position(|n| *n == attr.name)?;
        let os_error = self.class_named("OSError")?;
        if !self.is_subclass(c, os_error) {
            return None;
        }
        self.ensure_fields(c);
        if self.field(c, &attr.name).is_some() {
            return None;
        }
        Some(rt(
            Ty::Dyn(Dyn::Any),
            span,
            "mg_oserror_attr",
            vec![RtArg::Value(b.clone()), RtArg::Const(which as i64)],
        ))
    }

    pub(super) fn class_attr(&mut self, c: ClassId, attr: &ast::Ident, span: Span) -> R<Expr> {
        if let Some(e) = self.nt_fields_attr(c, attr, span) {
            return Ok(e);
        }
        if attr.name == "__mro__" {
            return err(
                Kind::Unsupported,
                span,
                "a class's __mro__ is only supported as an argument of print() by multigen",
            );
        }
        if let Some(g) = self.find_const(c, &attr.name) {
            let Some(ty) = self.globals[g.index()].ty.clone() else {
                return err(
                    Kind::Type,
                    span,
                    "cannot infer the type of this class attribute here",
                );
            };
            return Ok(mk(ty, span, ExprKind::Load(Place::Global(g))));
        }
        if let Some((_, m)) = self.find_method(c, &attr.name) {
            if m.kind != MethodKind::Property {
                return self.method_value(None, c, &attr.name, m, span);
            }
        }
        if let Some(g) = self.find_decorated(c, &attr.name, attr.span)? {
            let ty = self.globals[g.index()].ty.clone().unwrap_or(Ty::None);
            return Ok(mk(ty, span, ExprKind::Load(Place::Global(g))));
        }
        err(
            Kind::Type,
            attr.span,
            format!(
                "type object '{}' has no attribute '{}'",
                self.classes[c.index()].name,
                attr.name
            ),
        )
    }

    /// A call of method `m` found from static class `c`.
    pub(super) fn method_expr(
        &self,
        c: ClassId,
        name: &str,
        m: Method,
        args: Vec<Expr>,
        map: Vec<ArgSource>,
        span: Span,
    ) -> Expr {
        let ret = self.sigs[m.func.index()].ret.clone();
        let slot = if matches!(m.kind, MethodKind::Instance | MethodKind::Property)
            && self.overridden_below(c, name)
        {
            self.classes[c.index()].slots.get(name).copied()
        } else {
            None
        };
        mk(
            ret,
            span,
            ExprKind::MethodCall {
                func: m.func,
                slot,
                args,
                map,
            },
        )
    }

    /// `obj.name(args)` on an object, `C.name(args)` on a class, and
    /// `super().name(args)`. `None` when `base` is not one of those.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn class_method_call(
        &mut self,
        base: &ast::Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        // super(...).name(...) under multiple inheritance, and super(C, self).
        if let Some(e) = self.super_call(base, name, args, keywords, span, scope)? {
            return Ok(Some(e));
        }
        // super().name(...)
        if let ast::ExprKind::Call {
            func, args: sargs, ..
        } = &base.kind
        {
            if matches!(&func.kind, ast::ExprKind::Name(n) if n == "super") && sargs.is_empty() {
                let Some(cur) = scope.method.map(|m| m.class) else {
                    return err(Kind::Syntax, base.span, "super() outside a method");
                };
                let Some(p) = self.classes[cur.index()].parent else {
                    if name.name == "__init__" {
                        return Ok(Some(mk(Ty::None, span, ExprKind::None)));
                    }
                    return err(
                        Kind::Type,
                        name.span,
                        format!("'super' object has no attribute '{}'", name.name),
                    );
                };
                let me = self.name("self", base.span, scope)?;
                if name.name == "__init__" && self.find_method(p, "__init__").is_none() {
                    if self.classes[p.index()].is_exception {
                        self.no_keywords("__init__", keywords)?;
                        let vals = args
                            .iter()
                            .map(|a| {
                                let v = self.expr(a, scope)?;
                                self.deopt(v)
                            })
                            .collect::<R<Vec<_>>>()?;
                        return Ok(Some(mk(
                            Ty::None,
                            span,
                            ExprKind::ExcInit(Box::new(me), vals),
                        )));
                    }
                    self.arity("__init__", args, 0, 0, span)?;
                    return Ok(Some(mk(Ty::None, span, ExprKind::None)));
                }
                let Some((_, m)) = self.find_method(p, &name.name) else {
                    return err(
                        Kind::Type,
                        name.span,
                        format!("'super' object has no attribute '{}'", name.name),
                    );
                };
                // A direct call of the parent's method (`super_calls.rs`).
                return self
                    .super_target_call(Some((p, m)), base.span, name, args, keywords, span, scope)
                    .map(Some);
            }
        }
        // C.name(...) and cls.name(...)
        if let ast::ExprKind::Name(n) = &base.kind {
            // Through the class's name (not `cls`): that name may be unbound.
            let mut by_name = false;
            let class = if self.is_value_name(n, scope) {
                None
            } else {
                match self.lookup(n, scope) {
                    Some(Binding::Class(c)) => {
                        by_name = true;
                        Some(c)
                    }
                    _ => scope.cls_param(n),
                }
            };
            if let Some(c) = class {
                let Some((owner, m)) = self.find_method(c, &name.name) else {
                    return err(
                        Kind::Type,
                        name.span,
                        format!(
                            "type object '{}' has no attribute '{}'",
                            self.classes[c.index()].name,
                            name.name
                        ),
                    );
                };
                if m.kind == MethodKind::Class
                    && owner != c
                    && self.find_method(c, "__init__").map(|x| x.0)
                        != self.find_method(owner, "__init__").map(|x| x.0)
                {
                    return err(Kind::Unsupported, span, "calling an inherited class method through a subclass is not supported by multigen yet");
                }
                let sig = self.sigs[m.func.index()].clone();
                let (written, map) =
                    self.bind_args(m.func, &sig, 0, args, keywords, span, scope)?;
                let call = mk(
                    sig.ret.clone(),
                    span,
                    ExprKind::MethodCall {
                        func: m.func,
                        slot: None,
                        args: written,
                        map,
                    },
                );
                if by_name {
                    return Ok(Some(self.class_name_use(c, base.span, scope, call)));
                }
                return Ok(Some(call));
            }
        }
        Ok(None)
    }

    /// `obj.name(args)` on an object (or an `Optional` object).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn object_method_call(
        &mut self,
        b: Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let b = self.deopt_member(b, name)?;
        let Ty::Class(c) = b.ty else {
            unreachable!("object_method_call on a non-object");
        };
        self.ensure_fields(c);
        if let Some(g) = self.find_decorated(c, &name.name, name.span)? {
            let ty = self.globals[g.index()].ty.clone().unwrap_or(Ty::None);
            let f = mk(ty, name.span, ExprKind::Load(Place::Global(g)));
            return self.call_value_recv(f, Some(b), args, keywords, span, scope);
        }
        let Some((_, m)) = self.find_method(c, &name.name) else {
            if let Some(e) = self.generic_method_call(&b, c, name, args, keywords, span, scope)? {
                return Ok(e);
            }
            if let Some((i, ty)) = self.field(c, &name.name) {
                // A field holding a function value.
                let f = mk(ty.clone(), name.span, ExprKind::GetField(Box::new(b), i));
                let f = match self.resolve(&ty) {
                    Ty::Optional(t) => mk(
                        *t,
                        name.span,
                        ExprKind::Unwrap(
                            Box::new(f),
                            Some(("TypeError", "'NoneType' object is not callable".into())),
                        ),
                    ),
                    _ => f,
                };
                return self.call_value(f, args, keywords, span, scope);
            }
            return err(
                Kind::Type,
                name.span,
                format!(
                    "'{}' object has no attribute '{}'",
                    self.classes[c.index()].name,
                    name.name
                ),
            );
        };
        let sig = self.sigs[m.func.index()].clone();
        if COMPARISONS.contains(&name.name.as_str()) && self.overridden_below(c, &name.name) {
            return err(
                Kind::Unsupported,
                span,
                format!("calling {} explicitly on a class whose subclasses override it is not supported by multigen; use the operator", name.name),
            );
        }
        match m.kind {
            MethodKind::Instance => {
                let (mut written, mut map) =
                    self.bind_args(m.func, &sig, 1, args, keywords, span, scope)?;
                let b = self.upcast(b, &sig.params[0].ty);
                shift(&mut map);
                written.insert(0, b);
                map.insert(0, ArgSource::Written(0));
                Ok(self.method_expr(c, &name.name, m, written, map, span))
            }
            MethodKind::Static | MethodKind::Class => {
                let (written, map) =
                    self.bind_args(m.func, &sig, 0, args, keywords, span, scope)?;
                let call = mk(
                    sig.ret.clone(),
                    span,
                    ExprKind::MethodCall {
                        func: m.func,
                        slot: None,
                        args: written,
                        map,
                    },
                );
                // The receiver is evaluated for its effects.
                Ok(mk(
                    call.ty.clone(),
                    span,
                    ExprKind::Block(vec![Stmt::Expr(b)], Box::new(call)),
                ))
            }
            MethodKind::Property => err(
                Kind::Type,
                span,
                format!("'{}' object is not callable", sig.ret.class_name()),
            ),
        }
    }

    /// Assignment to `obj.attr`.
    pub(super) fn set_attribute(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        value: Expr,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        // `C.attr = value` on a class attribute (`class_attrs.rs`).
        if self.set_class_attr(base, attr, &value, scope, out)? {
            return Ok(());
        }
        let b = self.expr(base, scope)?;
        let b = self.deopt_member(b, attr)?;
        let Ty::Class(c) = b.ty else {
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
        let is_self = matches!(&base.kind, ast::ExprKind::Name(n) if n == "self");
        let in_init = self.may_create_field(c, scope, is_self);
        self.set_field_expr(b, c, attr, value, in_init, out)
    }

    /// Stores `value` into field `attr` of object `b` (of class `c`); in
    /// `__init__` a new field may be created.
    pub(super) fn set_field_expr(
        &mut self,
        b: Expr,
        c: ClassId,
        attr: &ast::Ident,
        value: Expr,
        in_init: bool,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let base_span = b.span;
        self.check_slot_assign(c, attr, Span::new(base_span.start, attr.span.end))?;
        self.enum_refuse_set(c, attr)?;
        self.nt_refuse_set(c, attr)?;
        // A property's setter (`properties.rs`).
        if self.property_set(&b, c, attr, &value, out)? {
            return Ok(());
        }
        if !in_init {
            self.ensure_fields(c);
        }
        let field = match self.field(c, &attr.name) {
            Some(f) => f,
            None if in_init => {
                if self.find_method(c, &attr.name).is_some() {
                    return err(Kind::Unsupported, attr.span, "an attribute with the name of a method is not supported");
                }
                let mut ty = value.ty.clone();
                if ty == Ty::None {
                    ty = self.partial_field(c, attr, value.span);
                }
                self.classes[c.index()].fields.push((attr.name.clone(), ty.clone()));
                (self.classes[c.index()].fields.len() - 1, ty)
            }
            None => {
                return err(
                    Kind::Type,
                    attr.span,
                    format!("'{}' has no attribute '{}' (attributes must be assigned in __init__ or declared in the class body)", self.classes[c.index()].name, attr.name),
                )
            }
        };
        if field.1 == Ty::None {
            self.partial_field_later(c, &attr.name, &value.ty);
        }
        let v = self.expect(
            value,
            &field.1,
            &format!("value of attribute '{}'", attr.name),
        )?;
        if let Some(o) = self.frozen_class(c) {
            let _ = o;
            if !in_init {
                out.push(Stmt::Expr(b));
                out.push(Stmt::Expr(v));
                // CPython raises from the `__setattr__` that `dataclasses`
                // generates (with `exec`), which shows in tracebacks.
                out.push(Stmt::Frame {
                    name: FROZEN_SETATTR_FRAME.to_string(),
                    span: Span::new(base_span.start, attr.span.end),
                    body: vec![Stmt::Raise {
                        exc: Some(self.frozen_error(&attr.name, base_span)),
                        cause: None,
                        span: base_span,
                    }],
                });
                return Ok(());
            }
        }
        out.push(Stmt::SetField(b, field.0, v));
        Ok(())
    }

    /// `del base.attr`: the field becomes unassigned again (reads raise
    /// `AttributeError` or find the class attribute, see `unset.rs`).
    pub(super) fn delete_attr(
        &mut self,
        base: &ast::Expr,
        attr: &ast::Ident,
        span: Span,
        scope: &mut Scope,
        out: &mut Vec<Stmt>,
    ) -> R<()> {
        let b = self.expr(base, scope)?;
        let b = self.deopt_member(b, attr)?;
        let Ty::Class(c) = self.resolve(&b.ty) else {
            return err(
                Kind::Unsupported,
                span,
                format!(
                    "`del` of an attribute of a '{}' object is not supported by multigen",
                    self.resolve(&b.ty).class_name()
                ),
            );
        };
        self.ensure_fields(c);
        self.enum_refuse_set(c, attr)?;
        self.nt_refuse_set(c, attr)?;
        if self.property_del(&b, c, attr, out)? {
            return Ok(());
        }
        if self.frozen_class(c).is_some() {
            return err(
                Kind::Unsupported,
                span,
                "`del` of a field of a frozen dataclass is not supported by multigen yet",
            );
        }
        let Some((i, _)) = self.field(c, &attr.name) else {
            return err(
                Kind::Unsupported,
                attr.span,
                format!(
                    "`del` of '{}', which is not an instance attribute of '{}', is not supported by multigen (CPython raises AttributeError)",
                    attr.name,
                    self.classes[c.index()].name
                ),
            );
        };
        self.deleted_fields.push((c, i));
        out.push(Stmt::DelField(b, i, span));
        Ok(())
    }

    pub(super) fn frozen_class(&self, mut c: ClassId) -> Option<ClassId> {
        loop {
            if self.classes[c.index()].dataclass.is_some_and(|d| d.frozen) {
                return Some(c);
            }
            c = self.classes[c.index()].parent?;
        }
    }

    pub(super) fn frozen_error(&self, field: &str, span: Span) -> Expr {
        self.builtin_error(
            "FrozenInstanceError",
            &format!("cannot assign to field '{field}'"),
            span,
        )
    }

    /// A new instance of a runtime exception class with a message.
    pub(super) fn builtin_error(&self, class: &str, msg: &str, span: Span) -> Expr {
        let c = self.class_named(class).expect("runtime class");
        mk(
            Ty::Class(c),
            span,
            ExprKind::New {
                class: c,
                init: None,
                args: vec![mk(Ty::Str, span, ExprKind::Str(msg.to_string()))],
                map: vec![],
            },
        )
    }
}
