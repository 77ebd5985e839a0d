//! Annotations and function signatures: the types that `def` headers and
//! variable annotations name.

use super::*;

impl Checker {
    pub(super) fn signature(&mut self, def: &ast::FunctionDef) -> R<Sig> {
        let mut params = Vec::new();
        let mut seen = HashSet::new();
        for p in &def.params {
            if !seen.insert(p.name.name.clone()) {
                return err(
                    Kind::Syntax,
                    p.name.span,
                    "duplicate argument in function definition",
                );
            }
            let Some(ann) = &p.annotation else {
                return err(
                    Kind::Type,
                    p.name.span,
                    format!("parameter '{}' needs a type annotation", p.name.name),
                );
            };
            let ty = self.annotation(ann)?;
            // `*args: T` holds a `tuple[T, ...]`, `**kwargs: T` a
            // `dict[str, T]`.
            let ty = match p.variadic {
                ast::Variadic::No => ty,
                ast::Variadic::Args => Ty::VarTuple(Box::new(ty)),
                ast::Variadic::Kwargs => Ty::Dict(Box::new(Ty::Str), Box::new(ty)),
            };
            params.push(ParamSig {
                name: p.name.name.clone(),
                ty,
                default: None,
                keyword_only: p.keyword_only,
                positional_only: p.positional_only,
                variadic: p.variadic,
            });
        }
        let ret = match &def.returns {
            Some(r) => self.annotation(r)?,
            None => {
                if let Some(span) = returns_value(&def.body) {
                    return err(
                        Kind::Type,
                        span,
                        format!(
                            "function '{}' returns a value but has no return annotation",
                            def.name.name
                        ),
                    );
                }
                Ty::None
            }
        };
        Ok(Sig {
            name: def.name.name.clone(),
            params,
            ret,
        })
    }

    pub(super) fn annotation(&mut self, e: &ast::Expr) -> R<Ty> {
        match &e.kind {
            // A type parameter, in an instance of a generic function.
            ast::ExprKind::Name(n) if self.type_arg(n).is_some() => match self.type_arg(n) {
                Some(generics::TyArg::Ty(t)) => Ok(t.clone()),
                _ => err(
                    Kind::Type,
                    e.span,
                    format!("the ParamSpec '{n}' is only a parameter list: Callable[{n}, R]"),
                ),
            },
            ast::ExprKind::Name(n) if self.type_params.contains_key(n) => err(
                Kind::Unsupported,
                e.span,
                format!("the type parameter '{n}' here is not supported by multigen yet (only in the signatures and bodies of generic functions)"),
            ),
            ast::ExprKind::Name(n) => match n.as_str() {
                "int" => Ok(Ty::Int),
                "float" => Ok(Ty::Float),
                "bool" => Ok(Ty::Bool),
                "str" => Ok(Ty::Str),
                "None" => Ok(Ty::None),
                "range" => Ok(Ty::Range),
                "TracebackType" => Ok(Ty::Traceback),
                _ if self.protocols.contains_key(n) => self.protocol_value_type(n, e.span),
                _ if self.file_type(n).is_some() => Ok(self.file_type(n).unwrap()),
                "Any" if self.global_binding(n).is_none() => Ok(Ty::Dyn(Dyn::Any)),
                "object" if matches!(self.global_binding(n), Some(Binding::Class(OBJECT_CLASS))) => {
                    Ok(Ty::Dyn(Dyn::Object))
                }
                _ if self.generic_classes.contains_key(n) => err(
                    Kind::Type,
                    e.span,
                    format!("missing type arguments for generic class '{n}' (write {n}[...])"),
                ),
                _ if matches!(self.global_binding(n), Some(Binding::Class(_))) => {
                    let Some(Binding::Class(c)) = self.global_binding(n) else {
                        unreachable!()
                    };
                    Ok(Ty::Class(c))
                }
                _ => err(
                    Kind::Type,
                    e.span,
                    format!("unknown or unsupported type '{n}'"),
                ),
            },
            ast::ExprKind::None => Ok(Ty::None),
            ast::ExprKind::Attribute(..) if self.dotted_class(e).is_some() => {
                Ok(Ty::Class(self.dotted_class(e).unwrap()))
            }
            ast::ExprKind::Binary(ast::BinOp::BitOr, a, b) => {
                // `A | B` (`unions.rs`).
                let (a, b) = (self.annotation(a)?, self.annotation(b)?);
                self.union_of(vec![a, b], e.span)
            }
            ast::ExprKind::Str(s) => {
                // A string annotation (forward reference) holds an expression.
                let parsed = multigen_syntax::parse(s).map_err(|_| {
                    Diagnostic::new(Kind::Type, e.span, "invalid string annotation")
                })?;
                match parsed.body.as_slice() {
                    [ast::Stmt {
                        kind: ast::StmtKind::Expr(inner),
                        ..
                    }] => {
                        let mut inner = inner.clone();
                        relocate(&mut inner, e.span);
                        self.annotation(&inner)
                    }
                    _ => err(Kind::Type, e.span, "invalid string annotation"),
                }
            }
            // `IO[str]`: a text file (`open.rs`).
            ast::ExprKind::Subscript(base, arg)
                if matches!((&base.kind, &arg.kind), (ast::ExprKind::Name(b), ast::ExprKind::Name(a)) if b == "IO" && a == "str" && self.file_type(b).is_some()) =>
            {
                Ok(self.file_type("IO").unwrap())
            }
            ast::ExprKind::Subscript(base, _)
                if matches!(&base.kind, ast::ExprKind::Name(b) if self.protocols.contains_key(b)) =>
            {
                self.protocol_value_type(&generic_calls::ann_text(base), e.span)
            }
            ast::ExprKind::Subscript(base, arg)
                if matches!(&base.kind, ast::ExprKind::Name(b) if self.generic_classes.contains_key(b)) =>
            {
                let ast::ExprKind::Name(b) = &base.kind else {
                    unreachable!()
                };
                self.generic_class_annotation(b, arg, e.span)
            }
            ast::ExprKind::Subscript(base, arg) => {
                let ast::ExprKind::Name(b) = &base.kind else {
                    return err(Kind::Type, e.span, "unsupported type annotation");
                };
                let elems: Vec<&ast::Expr> = match &arg.kind {
                    ast::ExprKind::Tuple(xs) => xs.iter().collect(),
                    _ => vec![arg],
                };
                let arity = |n: usize| -> R<()> {
                    if elems.len() != n {
                        return err(
                            Kind::Type,
                            e.span,
                            format!(
                                "'{b}' takes {n} type argument{}",
                                if n == 1 { "" } else { "s" }
                            ),
                        );
                    }
                    Ok(())
                };
                if let Some(t) = self.gen_annotation(b, &elems, e.span)? {
                    return Ok(t);
                }
                match b.as_str() {
                    "Callable" => self.callable_annotation(e, arg),
                    "Optional" => {
                        arity(1)?;
                        Ok(optional(self.annotation(elems[0])?))
                    }
                    "Union" => {
                        let tys = elems
                            .iter()
                            .map(|x| self.annotation(x))
                            .collect::<R<Vec<_>>>()?;
                        self.union_of(tys, e.span)
                    }
                    // `type[BaseException]`, what `__exit__` receives.
                    "type" | "Type" if matches!(&arg.kind, ast::ExprKind::Name(n) if n == "BaseException") => {
                        Ok(Ty::ExcType)
                    }
                    "list" | "List" => {
                        arity(1)?;
                        Ok(Ty::List(Box::new(self.annotation(elems[0])?)))
                    }
                    "set" | "Set" => {
                        arity(1)?;
                        Ok(Ty::Set(Box::new(self.annotation(elems[0])?)))
                    }
                    "dict" | "Dict" => {
                        arity(2)?;
                        let k = self.annotation(elems[0])?;
                        let v = self.annotation(elems[1])?;
                        self.hashable(&k, elems[0].span)?;
                        Ok(Ty::Dict(Box::new(k), Box::new(v)))
                    }
                    "tuple" | "Tuple"
                        if elems.len() == 2 && matches!(elems[1].kind, ast::ExprKind::Ellipsis) =>
                    {
                        Ok(Ty::VarTuple(Box::new(self.annotation(elems[0])?)))
                    }
                    "tuple" | "Tuple" => {
                        let elems: Vec<&ast::Expr> = match &arg.kind {
                            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
                            _ => vec![arg],
                        };
                        let tys = elems
                            .into_iter()
                            .map(|x| self.annotation(x))
                            .collect::<R<Vec<_>>>()?;
                        Ok(Ty::Tuple(tys))
                    }
                    _ => err(
                        Kind::Unsupported,
                        e.span,
                        format!("the type '{b}[...]' is not supported by multigen yet"),
                    ),
                }
            }
            _ => err(Kind::Type, e.span, "unsupported type annotation"),
        }
    }

    /// `Callable[[A, B], R]`.
    fn callable_annotation(&mut self, e: &ast::Expr, arg: &ast::Expr) -> R<Ty> {
        let ast::ExprKind::Tuple(parts) = &arg.kind else {
            return err(
                Kind::Type,
                e.span,
                "Callable takes a parameter list and a result type: Callable[[A, B], R]",
            );
        };
        let [params, ret] = parts.as_slice() else {
            return err(
                Kind::Type,
                e.span,
                "Callable takes a parameter list and a result type: Callable[[A, B], R]",
            );
        };
        let params = match &params.kind {
            ast::ExprKind::Name(p) if matches!(self.type_arg(p), Some(generics::TyArg::Params(_))) => {
                let Some(generics::TyArg::Params(ps)) = self.type_arg(p) else {
                    unreachable!()
                };
                ps.clone()
            }
            ast::ExprKind::List(ps) => ps
                .iter()
                .map(|p| self.annotation(p))
                .collect::<R<Vec<_>>>()?,
            ast::ExprKind::Ellipsis
                if matches!(self.type_arg(generics::ELLIPSIS), Some(generics::TyArg::Params(_))) =>
            {
                let Some(generics::TyArg::Params(ps)) = self.type_arg(generics::ELLIPSIS) else {
                    unreachable!()
                };
                ps.clone()
            }
            ast::ExprKind::Ellipsis => {
                return err(
                    Kind::Unsupported,
                    params.span,
                    "Callable[..., R] (any arguments) is only supported by multigen as the type of a parameter of a function (called directly) or of a decorator; list the parameter types",
                )
            }
            _ => {
                return err(
                    Kind::Type,
                    params.span,
                    "the parameters of Callable are a list of types: Callable[[A, B], R]",
                )
            }
        };
        let ret = self.annotation(ret)?;
        Ok(Ty::Func(Box::new(FuncTy { params, ret })))
    }
}
