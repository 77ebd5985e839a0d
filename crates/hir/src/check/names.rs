//! Names: locals, globals (with the check that a global is assigned
//! before it is read), classes, and `math` constants.

use super::*;

impl Checker {
    pub(super) fn name(&mut self, n: &str, span: Span, scope: &mut Scope) -> R<Expr> {
        if !scope.narrow.is_empty() {
            if let Some(p) = self.name_place(n, scope) {
                if let Some(e) = self.narrowed_read(p, span, scope) {
                    return Ok(e);
                }
            }
        }
        if let Some(l) = scope.shadow_lookup(n) {
            let ty = scope.local_types[l.index()].clone().unwrap_or(Ty::None);
            return Ok(mk(ty, span, ExprKind::Load(Place::Local(l))));
        }
        if !scope.is_module && !scope.global_decls.contains(n) {
            if let Some(&l) = scope.local_map.get(n) {
                let Some(ty) = scope.local_types[l.index()].clone() else {
                    return Err(self.unknown_type_read(n, span, false));
                };
                return Ok(mk(ty, span, ExprKind::Load(Place::Local(l))));
            }
        }
        if !scope.global_decls.contains(n) {
            if let Some(l) = self.capture(n, span, scope)? {
                let ty = scope.local_types[l.index()].clone().unwrap_or(Ty::None);
                return Ok(mk(ty, span, ExprKind::Load(Place::Local(l))));
            }
        }
        if n == "__name__" && self.lookup(n, scope).is_none() {
            if let Some(m) = self.imported_module_name() {
                return Ok(mk(Ty::Str, span, ExprKind::Str(m.to_string())));
            }
            // `"__main__"` unless the module is imported by `multigen call`.
            return Ok(rt(Ty::Str, span, "mg_module_name", vec![]));
        }
        match self.lookup(n, scope) {
            Some(Binding::Global(g)) => {
                let info = &self.globals[g.index()];
                let Some(ty) = info.ty.clone() else {
                    if let Some((m, attr)) = n.split_once(':') {
                        return err(Kind::Unsupported, span, format!("'{m}.{attr}' is read before module '{m}' assigns it (an import cycle): not supported by multigen"));
                    }
                    return Err(self.unknown_type_read(n, span, true));
                };
                if !self.global_safe(g, scope) {
                    self.globals[g.index()].checked = true;
                }
                Ok(mk(ty, span, ExprKind::Load(Place::Global(g))))
            }
            Some(Binding::Func(_)) => self.callable_value(n, None, span, scope),
            Some(Binding::MathModule | Binding::Module(_)) => err(
                Kind::Unsupported,
                span,
                "a module as a value is not supported",
            ),
            Some(Binding::MathItem(item)) => self.math_const(item, span),
            Some(Binding::Class(_)) => err(
                Kind::Unsupported,
                span,
                "a class as a value is not supported by multigen yet",
            ),
            Some(Binding::FunctoolsModule | Binding::FunctoolsItem(_)) => err(
                Kind::Unsupported,
                span,
                "functools.wraps is only supported as a decorator by multigen yet",
            ),
            Some(Binding::ContextlibModule | Binding::ContextlibItem(_)) => err(
                Kind::Unsupported,
                span,
                "contextlib's managers are only supported directly in a `with` statement by multigen",
            ),
            Some(Binding::DataclassesModule) => err(
                Kind::Unsupported,
                span,
                "a module as a value is not supported",
            ),
            None if BUILTINS.contains(&n) => err(
                Kind::Unsupported,
                span,
                format!("the built-in '{n}' as a value is not supported by multigen yet"),
            ),
            None if self.generics.contains_key(n) => err(
                Kind::Unsupported,
                span,
                format!("the generic function '{n}' as a value is not supported by multigen yet (multigen compiles one copy per call's types): call it directly, or use it as a decorator"),
            ),
            None => Err(self.undefined(n, span)),
        }
    }

    /// Whether a read of global `g` here always follows an assignment.
    pub(super) fn global_safe(&self, g: GlobalId, scope: &Scope) -> bool {
        if let Some(safe) = self.foreign_global_safe(g) {
            return safe;
        }
        if scope.is_module {
            self.module_assigned.contains(&g)
        } else {
            self.safe_in_functions
                .as_ref()
                .is_none_or(|s| s.contains(&g))
                && self.module_assigned.contains(&g)
        }
    }

    /// The global (of type `None`, named like the class) that the `class`
    /// statement of user class `c` assigns when it finishes: until then
    /// the class name is unbound in CPython.
    pub(super) fn class_bound(&mut self, c: ClassId) -> GlobalId {
        if let Some(&g) = self.class_bound.get(&c) {
            return g;
        }
        let name = self.classes[c.index()].name.clone();
        let g = self.new_global(&name, Some(Ty::None));
        self.class_bound.insert(c, g);
        g
    }

    pub(super) fn math_const(&self, item: &str, span: Span) -> R<Expr> {
        match MATH_CONSTS.iter().find(|c| c.0 == item) {
            Some((_, v)) => Ok(mk(Ty::Float, span, ExprKind::Float(*v))),
            None => err(
                Kind::Unsupported,
                span,
                "functions as values are not supported by multigen yet",
            ),
        }
    }

    // ----- expressions -----
}
