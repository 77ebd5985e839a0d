//! Generic methods of non-generic classes: a method with type variables of
//! its own (`def first(self, xs: list[T]) -> T`) or abstract collection
//! parameters (`def total(self, xs: Iterable[Item]) -> int`).
//!
//! Such a method is compiled like a generic function: it is taken out of
//! its class before the class is declared and kept as a template whose
//! `self` parameter is annotated with the class, and a call
//! `obj.first(xs)` becomes a call of the template's instance for the
//! arguments' types with `obj` passed for `self`. The instance is an
//! ordinary function, called directly: so the method cannot be overridden
//! (a subclass defining a method of that name makes calls through the base
//! an `error[unsupported]`), and it is reached only through instances
//! (`obj.m(...)`, `self.m(...)`), not through the class, as a value or from
//! another module.

use super::*;

impl Checker {
    /// Takes the generic methods out of the class statements of the
    /// module (classes already reserved, so their ids are known).
    pub(super) fn collect_generic_methods(&mut self, class_defs: &mut [ast::ClassDef]) {
        // A method with `Iterable`/`Iterator` parameters but no type
        // variables stays an ordinary method (taking generators) when
        // another class defines a method of that name: it may override or
        // be overridden.
        let mut defined: HashMap<String, usize> = HashMap::new();
        for def in class_defs.iter() {
            for st in &def.body {
                if let ast::StmtKind::FunctionDef(f) = &st.kind {
                    *defined.entry(f.name.name.clone()).or_default() += 1;
                }
            }
        }
        for def in class_defs.iter_mut() {
            if self.generic_classes.contains_key(&def.name.name) {
                continue;
            }
            let Some(Binding::Class(c)) = self.names.get(&def.name.name).copied() else {
                continue;
            };
            let mut kept = Vec::new();
            for st in std::mem::take(&mut def.body) {
                let ast::StmtKind::FunctionDef(f) = &st.kind else {
                    kept.push(st);
                    continue;
                };
                // Special methods are called by the language, not through
                // `obj.m(...)`: they stay methods.
                let special = f.name.name.starts_with("__") && f.name.name.ends_with("__");
                let plain_self = !special
                    && f.decorators.is_empty()
                    && f.params
                        .first()
                        .is_some_and(|p| p.annotation.is_none() && p.name.name == "self");
                let abstract_params = f.params.iter().all(|p| p.variadic == ast::Variadic::No)
                    && f.params.iter().any(|p| {
                        p.annotation
                            .as_ref()
                            .is_some_and(super::generic_calls::is_abstract)
                    })
                    && defined.get(&f.name.name) == Some(&1);
                if !plain_self || !(self.is_generic(f) || abstract_params) {
                    kept.push(st);
                    continue;
                }
                let mut template = f.clone();
                template.params[0].annotation = Some(ast::Expr {
                    span: template.params[0].name.span,
                    kind: ast::ExprKind::Name(def.name.name.clone()),
                });
                self.generic_methods
                    .insert((c, f.name.name.clone()), (template, self.modules.cur));
            }
            def.body = kept;
        }
    }

    /// The generic method `name` an object of class `c` has (its own or
    /// the nearest base's), as the class defining it and the template key.
    fn generic_method_of(&self, c: ClassId, name: &str) -> Option<ClassId> {
        let mut found: Option<ClassId> = None;
        for (k, m) in self.generic_methods.keys() {
            if m == name && self.is_subclass(c, *k) && found.is_none_or(|f| self.is_subclass(*k, f))
            {
                found = Some(*k);
            }
        }
        found
    }

    /// `obj.name(args)` of a generic method, or None when class `c` has
    /// no generic method of that name.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn generic_method_call(
        &mut self,
        b: &Expr,
        c: ClassId,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let Some(k) = self.generic_method_of(c, &name.name) else {
            return Ok(None);
        };
        let (template, module) = self.generic_methods[&(k, name.name.clone())].clone();
        let class = self.classes[k.index()].name.clone();
        let overridden = self.classes.iter().enumerate().any(|(i, info)| {
            let sub = ClassId(i as u32);
            sub != k
                && self.is_subclass(sub, k)
                && (info.methods.contains_key(&name.name)
                    || self.generic_methods.contains_key(&(sub, name.name.clone())))
        });
        if overridden {
            return err(
                Kind::Unsupported,
                name.span,
                format!("calling the generic method {class}.{} that a subclass overrides is not supported by multigen yet", name.name),
            );
        }
        if module != self.modules.cur {
            return err(
                Kind::Unsupported,
                name.span,
                format!("calling the generic method {class}.{} from another module is not supported by multigen yet", name.name),
            );
        }
        // The receiver, evaluated first, is passed for `self` through a
        // hidden variable that the instance's first argument reads.
        let recv = self.upcast(b.clone(), &Ty::Class(k));
        let ty = recv.ty.clone();
        let l = self.hidden(scope, "self", ty.clone());
        let label = format!(".self{}", l.0);
        scope.shadow.push((label.clone(), l));
        let mut all = vec![ast::Expr {
            span: b.span,
            kind: ast::ExprKind::Name(label),
        }];
        all.extend(args.iter().cloned());
        let key = format!("{class}.{}", name.name);
        let call = self.template_call(&key, &template, &all, keywords, span, scope);
        scope.shadow.pop();
        let call = call?;
        Ok(Some(mk(
            call.ty.clone(),
            span,
            ExprKind::Block(
                vec![Stmt::Assign(Target::Place(Place::Local(l)), recv)],
                Box::new(call),
            ),
        )))
    }
}
