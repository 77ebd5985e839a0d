//! `super().name(args)` under multiple inheritance, and
//! `super(C, self).name(args)`.
//!
//! `super()` in a method of class `X` continues the method resolution
//! order of the object's own class after `X`. Under single inheritance
//! that is always `X`'s parent chain, and `class_method_call` compiles a
//! direct call. Under multiple inheritance it depends on the object: in
//! `class D(B, C)`, `super()` in `B` reaches `C` for a `D` and `B`'s base
//! for a plain `B` (the cooperative `super().__init__(**kw)` chains rely
//! on it). The program is known whole, so the checker computes the
//! target for every class deriving from `X`; when they all agree, the
//! call is direct; otherwise it is a chain of class tests, most derived
//! class first, each branch a direct call bound against that target's own
//! signature (so `**kw` binds by each target's parameter names).

use super::classes::*;
use super::*;

impl Checker {
    /// `super(...).name(args)`, unless it is single inheritance's
    /// `super().name(args)` (`None`: the caller compiles that).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn super_call(
        &mut self,
        base: &ast::Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let ast::ExprKind::Call {
            func,
            args: sargs,
            keywords: skw,
        } = &base.kind
        else {
            return Ok(None);
        };
        if !matches!(&func.kind, ast::ExprKind::Name(n) if n == "super") {
            return Ok(None);
        }
        let Some(cur) = scope.method.map(|m| m.class) else {
            return Ok(None);
        };
        let from = match (sargs.as_slice(), skw.is_empty()) {
            ([], true) => cur,
            ([c, s], true) => {
                let is_self = matches!(&s.kind, ast::ExprKind::Name(n) if n == "self");
                let k = match &c.kind {
                    ast::ExprKind::Name(n) => match self.lookup(n, scope) {
                        Some(Binding::Class(k)) => Some(k),
                        _ => None,
                    },
                    _ => None,
                };
                match k {
                    Some(k) if is_self && self.is_subclass(cur, k) => k,
                    _ => return err(
                        Kind::Unsupported,
                        base.span,
                        "super() with arguments is only supported as super(C, self), with C the method's class or one of its bases",
                    ),
                }
            }
            _ => {
                return err(
                    Kind::Unsupported,
                    base.span,
                    "this form of super() is not supported by multigen yet",
                )
            }
        };
        let subs: Vec<ClassId> = (1..self.classes.len())
            .map(|k| ClassId(k as u32))
            .filter(|&k| self.is_subclass(k, cur))
            .collect();
        let targets: Vec<Option<(ClassId, Method)>> = subs
            .iter()
            .map(|&k| self.super_target(k, from, &name.name))
            .collect();
        let func_of = |t: &Option<(ClassId, Method)>| t.map(|x| x.1.func);
        let uniform = targets.iter().all(|t| func_of(t) == func_of(&targets[0]));
        if sargs.is_empty() && uniform && self.classes[cur.index()].mro.is_empty() {
            return Ok(None);
        }
        let own = self.super_target(cur, from, &name.name);
        if uniform {
            return self
                .super_target_call(own, base.span, name, args, keywords, span, scope)
                .map(Some);
        }
        // The classes to test, most derived first (a class's MRO is longer
        // than any of its ancestors'); a class whose target is the one the
        // rest of the chain would give it needs no test of its own.
        let mut order: Vec<(ClassId, Option<(ClassId, Method)>)> = subs
            .into_iter()
            .zip(targets)
            .filter(|x| x.0 != cur)
            .collect();
        order.sort_by_key(|(k, _)| (self.mro_of(*k).len(), *k));
        let mut tested: Vec<(ClassId, Option<(ClassId, Method)>)> = Vec::new();
        for (k, t) in order {
            let fallback = tested
                .iter()
                .rev()
                .find(|(a, _)| self.is_subclass(k, *a))
                .map_or(own, |x| x.1);
            if func_of(&fallback) != func_of(&t) {
                tested.push((k, t));
            }
        }
        let mut chain =
            self.super_target_call(own, base.span, name, args, keywords, span, scope)?;
        for (k, t) in tested {
            let call = self.super_target_call(t, base.span, name, args, keywords, span, scope)?;
            if call.ty != chain.ty {
                return err(
                    Kind::Type,
                    span,
                    format!(
                        "super().{}() reaches methods with different return types ({} and {}) depending on the object's class; multigen needs one",
                        name.name, call.ty, chain.ty
                    ),
                );
            }
            let me = self.name("self", base.span, scope)?;
            let test = mk(
                Ty::Bool,
                base.span,
                ExprKind::IsInstance(Box::new(me), vec![k]),
            );
            let ty = call.ty.clone();
            chain = mk(
                ty,
                span,
                ExprKind::IfExp(Box::new(test), Box::new(call), Box::new(chain)),
            );
        }
        Ok(Some(chain))
    }

    /// The method `name` that `super(from, obj)` finds for an object of
    /// class `k`: the first after `from` in `k`'s MRO that defines it.
    fn super_target(&self, k: ClassId, from: ClassId, name: &str) -> Option<(ClassId, Method)> {
        let mro = self.mro_of(k);
        let pos = mro.iter().position(|x| *x == from)?;
        mro[pos + 1..]
            .iter()
            .find_map(|x| Some((*x, *self.classes[x.index()].methods.get(name)?)))
    }

    /// A direct call of one target of `super()` with `self` and the
    /// arguments, bound against the target's signature; `object`'s
    /// `__init__` when no class defines the method.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn super_target_call(
        &mut self,
        target: Option<(ClassId, Method)>,
        me_span: Span,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let Some((owner, m)) = target else {
            if name.name == "__init__" {
                return self.object_init(args, keywords, span, scope);
            }
            return err(
                Kind::Type,
                name.span,
                format!("'super' object has no attribute '{}'", name.name),
            );
        };
        let sig = self.sigs[m.func.index()].clone();
        let skip = usize::from(matches!(
            m.kind,
            MethodKind::Instance | MethodKind::Property
        ));
        let (mut written, mut map) =
            self.bind_args(m.func, &sig, skip, args, keywords, span, scope)?;
        if skip == 1 {
            let me = self.name("self", me_span, scope)?;
            let me = mk(Ty::Class(owner), me.span, ExprKind::Cast(Box::new(me)));
            shift(&mut map);
            written.insert(0, me);
            map.insert(0, ArgSource::Written(0));
        }
        Ok(mk(
            sig.ret.clone(),
            span,
            ExprKind::MethodCall {
                func: m.func,
                slot: None,
                args: written,
                map,
            },
        ))
    }

    /// `object.__init__(self, **kw)` at the end of a cooperative chain:
    /// nothing, or CPython's `TypeError` when `kw` holds anything.
    fn object_init(
        &mut self,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let mut out = Vec::new();
        if let Some(a) = args.first() {
            return err(
                Kind::Call,
                a.span,
                "object.__init__() takes exactly one argument (the instance to initialize)",
            );
        }
        for k in keywords {
            if k.name.name != "**" {
                return err(
                    Kind::Call,
                    k.name.span,
                    "object.__init__() takes exactly one argument (the instance to initialize)",
                );
            }
            let d = self.expr(&k.value, scope)?;
            let d = self.deopt(d)?;
            if !matches!(self.resolve(&d.ty), Ty::Dict(..)) {
                return err(Kind::Type, d.span, "argument after ** must be a mapping");
            }
            let n = mk(Ty::Int, span, ExprKind::Len(Box::new(d)));
            let zero = mk(Ty::Int, span, ExprKind::Int(0));
            let full = mk(
                Ty::Bool,
                span,
                ExprKind::Compare(vec![n, zero], vec![(CmpOp::Ne, CmpKind::Int)]),
            );
            let exc = self.builtin_error(
                "TypeError",
                "object.__init__() takes exactly one argument (the instance to initialize)",
                span,
            );
            out.push(Stmt::If(
                full,
                vec![Stmt::Raise {
                    exc: Some(exc),
                    cause: None,
                    span,
                }],
                vec![],
            ));
        }
        Ok(mk(
            Ty::None,
            span,
            ExprKind::Block(out, Box::new(mk(Ty::None, span, ExprKind::None))),
        ))
    }
}
