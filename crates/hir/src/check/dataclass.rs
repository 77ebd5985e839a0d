//! The methods `@dataclass` generates (`__init__`, `__repr__`, `__eq__`,
//! the orderings, `__hash__`, frozen `__setattr__`), synthesised as IR
//! functions.

use super::classes::*;
use super::*;

impl Checker {
    /// Synthesises `__init__`, `__repr__`, `__eq__`, ordering and `__hash__`
    /// for a dataclass, as functions in the IR.
    pub(super) fn dataclass_methods(
        &mut self,
        c: ClassId,
        o: DcOpts,
        def: &ast::ClassDef,
    ) -> R<()> {
        // Defaults: the base dataclass's, then the class body's.
        let mut defaults: Vec<(String, Option<ast::Expr>)> = match self.classes[c.index()].parent {
            Some(p) => self.classes[p.index()].dc_defaults.clone(),
            None => Vec::new(),
        };
        for s in &def.body {
            if let ast::StmtKind::AnnAssign { target, value, .. } = &s.kind {
                if let ast::ExprKind::Name(n) = &target.kind {
                    match defaults.iter_mut().find(|d| &d.0 == n) {
                        Some(d) => d.1 = value.clone(),
                        None => defaults.push((n.clone(), value.clone())),
                    }
                }
            }
        }
        self.classes[c.index()].dc_defaults = defaults.clone();
        let fields = self.classes[c.index()].fields.clone();
        let span = def.name.span;
        let me = ParamSig {
            name: "self".into(),
            ty: Ty::Class(c),
            default: None,
            keyword_only: false,
            positional_only: false,
            variadic: ast::Variadic::No,
        };
        if !self.classes[c.index()].methods.contains_key("__init__") {
            let mut params = vec![me.clone()];
            let mut seen_default = false;
            for (n, t) in &fields {
                let d = defaults
                    .iter()
                    .find(|d| &d.0 == n)
                    .and_then(|d| d.1.clone());
                let default = match d {
                    Some(e) => {
                        seen_default = true;
                        Some(self.dc_default(&e, t)?)
                    }
                    None => {
                        if seen_default {
                            return err(
                                Kind::Type,
                                span,
                                format!("non-default argument '{n}' follows default argument"),
                            );
                        }
                        None
                    }
                };
                params.push(ParamSig {
                    name: n.clone(),
                    ty: t.clone(),
                    default,
                    keyword_only: false,
                    positional_only: false,
                    variadic: ast::Variadic::No,
                });
            }
            let mut locals = vec![local("self", Ty::Class(c))];
            let mut body = Vec::new();
            for (i, (n, t)) in fields.iter().enumerate() {
                locals.push(local(n, t.clone()));
                body.push(Stmt::SetField(
                    load(LocalId(0), Ty::Class(c), span),
                    i,
                    load(LocalId(i as u32 + 1), t.clone(), span),
                ));
            }
            self.synth(
                c,
                "__init__",
                params,
                Ty::None,
                locals,
                body,
                MethodKind::Instance,
                span,
            );
        }
        let self_ = load(LocalId(0), Ty::Class(c), span);
        let field_of = |obj: &Expr, i: usize, t: &Ty| {
            mk(
                t.clone(),
                span,
                ExprKind::GetField(Box::new(obj.clone()), i),
            )
        };
        if !self.classes[c.index()].methods.contains_key("__repr__") {
            // Name(f1=repr, f2=repr)
            let mut parts: Vec<Expr> = Vec::new();
            let cname = self.classes[c.index()].name.clone();
            for (i, (n, t)) in fields.iter().enumerate() {
                let prefix = if i == 0 {
                    format!("{cname}({n}=")
                } else {
                    format!(", {n}=")
                };
                parts.push(mk(Ty::Str, span, ExprKind::Str(prefix)));
                parts.push(mk(
                    Ty::Str,
                    span,
                    ExprKind::Builtin(Builtin::Repr, vec![field_of(&self_, i, t)]),
                ));
            }
            if fields.is_empty() {
                parts.push(mk(Ty::Str, span, ExprKind::Str(format!("{cname}()"))));
            } else {
                parts.push(mk(Ty::Str, span, ExprKind::Str(")".into())));
            }
            let mut acc = parts.remove(0);
            for p in parts {
                acc = rt(
                    Ty::Str,
                    span,
                    "mg_str_concat",
                    vec![RtArg::Value(acc), RtArg::Value(p)],
                );
            }
            // Guarded like CPython's (`reprlib.recursive_repr`): an object
            // met again while its own repr is being built shows as `...`.
            let guard = |name| rt(Ty::Bool, span, name, vec![RtArg::Value(self_.clone())]);
            let mut leave = guard("mg_repr_leave");
            leave.ty = Ty::None;
            let body = vec![
                Stmt::If(
                    guard("mg_repr_enter"),
                    vec![Stmt::Return(Some(mk(
                        Ty::Str,
                        span,
                        ExprKind::Str("...".into()),
                    )))],
                    Vec::new(),
                ),
                Stmt::Try(Box::new(Try {
                    body: vec![Stmt::Return(Some(acc))],
                    handlers: Vec::new(),
                    orelse: Vec::new(),
                    finalbody: vec![Stmt::Expr(leave)],
                })),
            ];
            let locals = vec![local("self", Ty::Class(c))];
            self.synth(
                c,
                "__repr__",
                vec![me.clone()],
                Ty::Str,
                locals,
                body,
                MethodKind::Instance,
                span,
            );
        }
        let tuple_ty = Ty::Tuple(fields.iter().map(|f| f.1.clone()).collect());
        let as_tuple = |obj: &Expr| {
            mk(
                tuple_ty.clone(),
                span,
                ExprKind::Tuple(
                    fields
                        .iter()
                        .enumerate()
                        .map(|(i, (_, t))| field_of(obj, i, t))
                        .collect(),
                ),
            )
        };
        let other = load(LocalId(1), Ty::Class(c), span);
        let other_p = ParamSig {
            name: "other".into(),
            ty: Ty::Class(c),
            default: None,
            keyword_only: false,
            positional_only: false,
            variadic: ast::Variadic::No,
        };
        let mut cmp_methods = Vec::new();
        if o.eq {
            cmp_methods.push(("__eq__", ast::CmpOp::Eq));
        }
        if o.order {
            cmp_methods.extend([
                ("__lt__", ast::CmpOp::Lt),
                ("__le__", ast::CmpOp::LtE),
                ("__gt__", ast::CmpOp::Gt),
                ("__ge__", ast::CmpOp::GtE),
            ]);
        }
        for (name, op) in cmp_methods {
            if self.classes[c.index()].methods.contains_key(name) {
                continue;
            }
            let (hop, kind) = self.cmp_kind(op, &tuple_ty, &tuple_ty, span)?;
            let cmp = mk(
                Ty::Bool,
                span,
                ExprKind::Compare(vec![as_tuple(&self_), as_tuple(&other)], vec![(hop, kind)]),
            );
            let locals = vec![local("self", Ty::Class(c)), local("other", Ty::Class(c))];
            self.synth(
                c,
                name,
                vec![me.clone(), other_p.clone()],
                Ty::Bool,
                locals,
                vec![Stmt::Return(Some(cmp))],
                MethodKind::Instance,
                span,
            );
        }
        if o.eq {
            if o.frozen {
                // A field CPython cannot hash (a list) only fails when the
                // object is hashed, so such a class is merely unhashable:
                // using it as a dict key or set element is refused.
                let hashable_fields = fields.iter().all(|(_, t)| self.hashable(t, span).is_ok());
                if !hashable_fields && !self.classes[c.index()].methods.contains_key("__hash__") {
                    self.classes[c.index()].unhashable = true;
                    return Ok(());
                }
                if !self.classes[c.index()].methods.contains_key("__hash__") {
                    let h = rt(
                        Ty::Int,
                        span,
                        "mg_hash",
                        vec![RtArg::Type(tuple_ty.clone()), RtArg::Slot(as_tuple(&self_))],
                    );
                    let locals = vec![local("self", Ty::Class(c))];
                    self.synth(
                        c,
                        "__hash__",
                        vec![me.clone()],
                        Ty::Int,
                        locals,
                        vec![Stmt::Return(Some(h))],
                        MethodKind::Instance,
                        span,
                    );
                }
                self.classes[c.index()].unhashable = false;
            } else if !self.classes[c.index()].methods.contains_key("__hash__") {
                self.classes[c.index()].unhashable = true;
            }
        }
        Ok(())
    }

    pub(super) fn dc_default(&mut self, e: &ast::Expr, t: &Ty) -> R<Expr> {
        // `field(default_factory=list)` / `field(default=v)`.
        if let ast::ExprKind::Call {
            func,
            args,
            keywords,
        } = &e.kind
        {
            if matches!(&func.kind, ast::ExprKind::Name(n) if self.dc_imports.contains(&("field".to_string(), n.clone())))
                && args.is_empty()
            {
                if let [k] = keywords.as_slice() {
                    match (k.name.name.as_str(), &k.value.kind) {
                        ("default_factory", ast::ExprKind::Name(f))
                            if matches!(f.as_str(), "list" | "dict" | "set") =>
                        {
                            let ok = matches!(
                                (f.as_str(), t),
                                ("list", Ty::List(_))
                                    | ("dict", Ty::Dict(..))
                                    | ("set", Ty::Set(_))
                            );
                            if !ok {
                                return err(
                                    Kind::Type,
                                    k.value.span,
                                    format!("default_factory={f} does not make a {t}"),
                                );
                            }
                            let kind = match t {
                                Ty::List(_) => ExprKind::List(vec![]),
                                Ty::Dict(..) => ExprKind::Dict(vec![]),
                                _ => ExprKind::Set(vec![]),
                            };
                            return Ok(mk(t.clone(), e.span, kind));
                        }
                        ("default", _) => return self.dc_default(&k.value, t),
                        _ => {}
                    }
                }
                return err(Kind::Unsupported, e.span, "only field(default_factory=list|dict|set) and field(default=...) are supported");
            }
        }
        let mut scope = Scope::module();
        let v = self.expr(e, &mut scope)?;
        let v = self.expect(v, t, "default value")?;
        if !is_const(&v) {
            return err(Kind::Unsupported, e.span, "a dataclass default must be a constant (use field(default_factory=...) for containers)");
        }
        Ok(v)
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn synth(
        &mut self,
        c: ClassId,
        name: &str,
        params: Vec<ParamSig>,
        ret: Ty,
        locals: Vec<Local>,
        body: Vec<Stmt>,
        kind: MethodKind,
        span: Span,
    ) {
        let fid = FuncId(self.functions.len() as u32);
        let nparams = params.len();
        self.sigs.push(Sig {
            name: name.to_string(),
            params,
            ret: ret.clone(),
        });
        self.functions.push(Some(Function {
            name: name.to_string(),
            class: Some(c),
            // CPython's generated comparisons require `other.__class__ is
            // self.__class__`.
            exact_other: COMPARISONS.contains(&name),
            params: (0..nparams as u32).map(LocalId).collect(),
            ret,
            locals,
            body,
            span,
            env: None,
            qualname: format!("{}.{name}", self.classes[c.index()].name),
            frame: true,
        }));
        let info = &mut self.classes[c.index()];
        info.methods
            .insert(name.to_string(), Method { func: fid, kind });
        if name != "__init__" {
            match info.slots.get(name) {
                Some(&s) => info.vtable[s] = fid,
                None => {
                    info.slots.insert(name.to_string(), info.vtable.len());
                    info.vtable.push(fid);
                }
            }
        }
    }
}
