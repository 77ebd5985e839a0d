//! Calls of the built-in functions (`print`, `len`, `int`, `range`...).

use super::*;

impl Checker {
    pub(super) fn builtin_call(
        &mut self,
        name: &str,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        if let Some(e) = self.iterable_builtin(name, args, keywords, span, scope)? {
            return Ok(e);
        }
        if name == "type" {
            if let Some(e) = self.exc_type_of(args, span, scope)? {
                return Ok(e);
            }
        }
        if name == "issubclass" {
            if let Some(e) = self.exc_issubclass(args, span, scope)? {
                return Ok(e);
            }
        }
        if let Some(e) = self.gen_builtin(name, args, keywords, span, scope)? {
            return Ok(e);
        }
        // `map(f, xs)` and `filter(f, xs)` kept as values are the generator
        // expressions they amount to.
        let fixed_name = |cx: &Checker, scope: &Scope| match args.first().map(|a| &a.kind) {
            Some(ast::ExprKind::Name(n)) => {
                scope.binding(n).is_none()
                    && !cx.enclosing.iter().any(|s| s.binding(n).is_some())
                    && match cx.lookup(n, scope) {
                        Some(Binding::Func(_) | Binding::Class(_)) => true,
                        None => BUILTINS.contains(&n.as_str()),
                        _ => false,
                    }
            }
            _ => true,
        };
        if !matches!(name, "map" | "filter") || fixed_name(self, scope) {
            if let Some(g) = map_as_genexpr(name, args, keywords, span) {
                return self.expr(&g, scope);
            }
        }
        // Said before the arguments are checked, whose errors (a lambda's
        // parameter types) would hide the reason.
        if matches!(name, "enumerate" | "zip" | "reversed" | "map" | "filter") {
            return err(
                Kind::Unsupported,
                span,
                format!("{name}() as a value (an iterator kept for later) is not supported by multigen yet; iterate over it directly, wrap it in list(...), or write a generator expression"),
            );
        }
        if name == "print"
            && keywords
                .iter()
                .any(|k| matches!(k.name.name.as_str(), "file" | "flush"))
        {
            return self.print_to_file(args, keywords, span, scope);
        }
        if name == "print" {
            let args = args
                .iter()
                .map(|a| match self.mro_text(a, scope) {
                    // `print(C.__mro__)` (`mro.rs`).
                    Some(t) => Ok(mk(Ty::Str, a.span, ExprKind::Str(t))),
                    None => self.expr(a, scope),
                })
                .collect::<R<Vec<_>>>()?;
            let mut sep = None;
            let mut end = None;
            for k in keywords {
                let v = self.expr(&k.value, scope)?;
                let v = match v.ty {
                    Ty::Str => Some(Box::new(v)),
                    Ty::None => None,
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("{} must be None or a string, not {}", k.name.name, v.ty),
                        )
                    }
                };
                match k.name.name.as_str() {
                    "sep" => sep = v,
                    "end" => end = v,
                    "flush" | "file" => {
                        return err(
                            Kind::Unsupported,
                            k.name.span,
                            format!(
                                "print(..., {}=) is not supported by multigen yet",
                                k.name.name
                            ),
                        )
                    }
                    other => {
                        return err(
                            Kind::Call,
                            k.name.span,
                            format!("'{other}' is an invalid keyword argument for print()"),
                        )
                    }
                }
            }
            return Ok(mk(Ty::None, span, ExprKind::Print { args, sep, end }));
        }
        if name == "round" {
            let mut nd = None;
            for k in keywords {
                if k.name.name != "ndigits" {
                    return err(
                        Kind::Call,
                        k.name.span,
                        format!(
                            "round() got an unexpected keyword argument '{}'",
                            k.name.name
                        ),
                    );
                }
                nd = Some(&k.value);
            }
            let mut all: Vec<&ast::Expr> = args.iter().collect();
            if let Some(n) = nd {
                all.push(n);
            }
            if all.is_empty() || all.len() > 2 {
                return err(
                    Kind::Call,
                    span,
                    format!("round() takes 1 or 2 arguments ({} given)", all.len()),
                );
            }
            let x = self.expr(all[0], scope)?;
            if let Ty::Class(_) = self.resolve(&x.ty) {
                return self.round_object(x, all.get(1).copied(), span, scope);
            }
            let x = match x.ty {
                Ty::Bool => coerce(x, &Ty::Int).unwrap(),
                Ty::Int | Ty::Float => x,
                _ => {
                    return err(
                        Kind::Type,
                        x.span,
                        format!("type {} doesn't define __round__ method", x.ty),
                    )
                }
            };
            let nd = match all.get(1) {
                Some(n) => {
                    let v = self.expr(n, scope)?;
                    match v.ty {
                        Ty::None => None,
                        Ty::Int | Ty::Bool => Some(coerce(v, &Ty::Int).unwrap()),
                        _ => {
                            return err(
                                Kind::Type,
                                v.span,
                                format!("'{}' object cannot be interpreted as an integer", v.ty),
                            )
                        }
                    }
                }
                None => None,
            };
            return Ok(match (x.ty.clone(), nd) {
                (Ty::Int, None) => x,
                (Ty::Float, None) => mk(
                    Ty::Int,
                    span,
                    ExprKind::Runtime("mg_float_round_int", vec![x]),
                ),
                (Ty::Int, Some(n)) => {
                    mk(Ty::Int, span, ExprKind::Runtime("mg_int_round", vec![x, n]))
                }
                (_, Some(n)) => mk(
                    Ty::Float,
                    span,
                    ExprKind::Runtime("mg_float_round", vec![x, n]),
                ),
                _ => unreachable!("round() operand was coerced to int or float"),
            });
        }
        self.no_keywords(name, keywords)?;
        if let (Some(e), true) = (args.first(), name == "len" && args.len() == 1) {
            if let Some(v) = self.enum_members(e, scope) {
                return Ok(mk(Ty::Int, span, ExprKind::Len(Box::new(v))));
            }
        }
        let vals = args
            .iter()
            .map(|a| {
                let v = self.expr(a, scope)?;
                // Numeric built-ins take `IntEnum` members as their values.
                Ok(match name {
                    "int" | "float" | "abs" | "divmod" | "pow" | "chr" => self.enum_as_value(v),
                    _ => v,
                })
            })
            .collect::<R<Vec<_>>>()?;
        // Objects' special methods, `format()`, `bin()`... (`dunders.rs`).
        let vals = match self.dunder_builtin(name, vals, span, scope)? {
            Ok(e) => return Ok(e),
            Err(vals) => vals,
        };
        match name {
            "input" => {
                self.arity(name, args, 0, 1, span)?;
                let prompt = match vals.into_iter().next() {
                    None => mk(Ty::Str, span, ExprKind::Str(String::new())),
                    Some(p) if p.ty == Ty::Str => p,
                    Some(p) => {
                        return err(
                            Kind::Unsupported,
                            p.span,
                            format!("input() with a prompt of type {} is not supported by multigen yet; pass str(...) of it", p.ty),
                        )
                    }
                };
                Ok(rt(Ty::Str, span, "mg_input", vec![RtArg::Value(prompt)]))
            }
            "hash" | "id" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                self.identity_builtin(name, v, span)
            }
            "abs" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                let v = match v.ty {
                    Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                    Ty::Int | Ty::Float => v,
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("bad operand type for abs(): '{}'", v.ty),
                        )
                    }
                };
                Ok(mk(
                    v.ty.clone(),
                    span,
                    ExprKind::Builtin(Builtin::Abs, vec![v]),
                ))
            }
            "min" | "max" => {
                if vals.len() < 2 {
                    return err(Kind::Unsupported, span, format!("{name}() of fewer than two arguments (an iterable) is not supported by multigen yet"));
                }
                // The result is one of the arguments, unconverted, so they
                // must share one type for the result to have a static type.
                let ty = vals[0].ty.clone();
                if let Ty::Class(_) = ty {
                    // Objects compare through their special methods: the
                    // runtime's min/max over a list of them.
                    let elems = vals.clone();
                    let lt = self.common_ty(&elems, "argument list")?;
                    let list = mk(Ty::List(Box::new(lt.clone())), span, ExprKind::List(elems));
                    let f = if name == "min" {
                        "mg_list_min"
                    } else {
                        "mg_list_max"
                    };
                    return Ok(rt_slot(
                        lt.clone(),
                        span,
                        f,
                        vec![
                            RtArg::Value(list),
                            RtArg::KeyFunc(None),
                            RtArg::Type(lt),
                            RtArg::Const(0),
                            RtArg::Const(0),
                        ],
                    ));
                }
                // Ints among floats are kept as ints (`numtower.rs`): the
                // result is whichever argument wins, as in CPython.
                let ty = if ty == Ty::Int && vals.iter().any(|v| v.ty == Ty::Float) {
                    Ty::Float
                } else {
                    ty
                };
                let mut out = Vec::new();
                for v in vals {
                    let v = match (&v.ty, &ty) {
                        (Ty::Int, Ty::Float) => self.expect(v, &ty, "argument")?,
                        _ => v,
                    };
                    if !matches!(v.ty, Ty::Int | Ty::Float | Ty::Bool | Ty::Str) {
                        return err(
                            Kind::Type,
                            v.span,
                            format!("{name}() of {} values is not supported", v.ty),
                        );
                    }
                    if v.ty != ty {
                        return err(Kind::Type, v.span, format!("{name}() arguments must all have one type (the result's type would depend on the values); found {ty} and {}", v.ty));
                    }
                    out.push(v);
                }
                let b = if name == "min" {
                    Builtin::Min
                } else {
                    Builtin::Max
                };
                Ok(mk(ty, span, ExprKind::Builtin(b, out)))
            }
            "divmod" => {
                self.arity(name, args, 2, 2, span)?;
                let mut it = vals.into_iter();
                let (a, b) = (it.next().unwrap(), it.next().unwrap());
                if !is_numeric(&a.ty) || !is_numeric(&b.ty) {
                    return err(
                        Kind::Type,
                        span,
                        format!(
                            "unsupported operand type(s) for divmod(): '{}' and '{}'",
                            a.ty, b.ty
                        ),
                    );
                }
                let ty = if a.ty == Ty::Float || b.ty == Ty::Float {
                    Ty::Float
                } else {
                    Ty::Int
                };
                let (a, b) = (numtower::promote(a, &ty), numtower::promote(b, &ty));
                Ok(mk(
                    Ty::Tuple(vec![ty.clone(), ty]),
                    span,
                    ExprKind::Builtin(Builtin::DivMod, vec![a, b]),
                ))
            }
            "pow" => {
                self.arity(name, args, 2, 2, span)?;
                let mut it = vals.into_iter();
                self.binary(
                    ast::BinOp::Pow,
                    it.next().unwrap(),
                    it.next().unwrap(),
                    span,
                    scope,
                )
            }
            "int" => {
                self.arity(name, args, 0, 1, span)?;
                let Some(v) = vals.into_iter().next() else {
                    return Ok(mk(Ty::Int, span, ExprKind::Int(0)));
                };
                Ok(match v.ty {
                    Ty::Dyn(_) | Ty::Union(_) => self.dyn_number(v, false, span)?,
                    Ty::Int | Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                    Ty::Float => mk(Ty::Int, span, ExprKind::Runtime("mg_float_to_int", vec![v])),
                    Ty::Str => mk(Ty::Int, span, ExprKind::Runtime("mg_int_from_str", vec![v])),
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!(
                                "int() argument must be a string or a number, not '{}'",
                                v.ty
                            ),
                        )
                    }
                })
            }
            "float" => {
                self.arity(name, args, 0, 1, span)?;
                let Some(v) = vals.into_iter().next() else {
                    return Ok(mk(Ty::Float, span, ExprKind::Float(0.0)));
                };
                Ok(match v.ty {
                    Ty::Dyn(_) | Ty::Union(_) => self.dyn_number(v, true, span)?,
                    Ty::Int | Ty::Bool => coerce(v, &Ty::Float).unwrap(),
                    // The value may be an int kept in a float slot.
                    Ty::Float => numtower::num(NumOp::Untag, Ty::Float, v),
                    Ty::Str => mk(
                        Ty::Float,
                        span,
                        ExprKind::Runtime("mg_float_from_str", vec![v]),
                    ),
                    _ => {
                        return err(
                            Kind::Type,
                            v.span,
                            format!(
                                "float() argument must be a string or a real number, not '{}'",
                                v.ty
                            ),
                        )
                    }
                })
            }
            "bool" => {
                self.arity(name, args, 0, 1, span)?;
                match vals.into_iter().next() {
                    Some(v) => self.obj_truth(v),
                    None => Ok(mk(Ty::Bool, span, ExprKind::Bool(false))),
                }
            }
            "str" | "repr" => {
                self.arity(name, args, if name == "str" { 0 } else { 1 }, 1, span)?;
                let Some(v) = vals.into_iter().next() else {
                    return Ok(mk(Ty::Str, span, ExprKind::Str(String::new())));
                };
                if name == "str" && v.ty == Ty::Str {
                    return Ok(v);
                }
                let b = if name == "str" {
                    Builtin::ToStr
                } else {
                    Builtin::Repr
                };
                Ok(mk(Ty::Str, span, ExprKind::Builtin(b, vec![v])))
            }
            "len" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                match self.resolve(&v.ty) {
                    Ty::Dyn(_) | Ty::Union(_) => self.dyn_len(v, span),
                    Ty::Str
                    | Ty::List(_)
                    | Ty::Dict(..)
                    | Ty::Set(_)
                    | Ty::Range
                    | Ty::VarTuple(_)
                    | Ty::DictView(..) => Ok(mk(Ty::Int, span, ExprKind::Len(Box::new(v)))),
                    Ty::Class(_) => {
                        let t = v.ty.clone();
                        match self.dunder_call("__len__", v, vec![], span)? {
                            Some(e) => Ok(e),
                            None => err(
                                Kind::Type,
                                span,
                                format!("object of type '{t}' has no len()"),
                            ),
                        }
                    }
                    Ty::Tuple(ts) => {
                        // The length is static; the operand still runs.
                        let n = ts.len() as i64;
                        Ok(mk(
                            Ty::Int,
                            span,
                            ExprKind::Builtin(
                                Builtin::Then,
                                vec![v, mk(Ty::Int, span, ExprKind::Int(n))],
                            ),
                        ))
                    }
                    t => err(
                        Kind::Type,
                        v.span,
                        format!("object of type '{}' has no len()", t.class_name()),
                    ),
                }
            }
            "ord" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                let v = self.expect(v, &Ty::Str, "argument of ord()")?;
                Ok(rt(Ty::Int, span, "mg_str_ord", vec![RtArg::Value(v)]))
            }
            "chr" => {
                self.arity(name, args, 1, 1, span)?;
                let v = vals.into_iter().next().unwrap();
                let v = coerce(v.clone(), &Ty::Int).unwrap_or(v);
                let v = self.expect(v, &Ty::Int, "argument of chr()")?;
                Ok(rt(Ty::Str, span, "mg_chr", vec![RtArg::Value(v)]))
            }
            "range" => {
                self.arity(name, args, 1, 3, span)?;
                let mut ints = Vec::new();
                for v in vals {
                    match v.ty {
                        Ty::Int | Ty::Bool => ints.push(coerce(v, &Ty::Int).unwrap()),
                        _ => {
                            return err(
                                Kind::Type,
                                v.span,
                                format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    self.resolve(&v.ty).class_name()
                                ),
                            )
                        }
                    }
                }
                let int = |v: i64| mk(Ty::Int, span, ExprKind::Int(v));
                let mut it = ints.into_iter();
                let (a, b, c) = match args.len() {
                    1 => (int(0), it.next().unwrap(), int(1)),
                    2 => (it.next().unwrap(), it.next().unwrap(), int(1)),
                    _ => (it.next().unwrap(), it.next().unwrap(), it.next().unwrap()),
                };
                Ok(mk(
                    Ty::Range,
                    span,
                    ExprKind::MakeRange(Box::new(a), Box::new(b), Box::new(c)),
                ))
            }
            _ => err(Kind::Name, span, format!("name '{name}' is not defined")),
        }
    }
}

/// `map(f, xs)` or `filter(f, xs)` as the generator expression it
/// amounts to: `(body for p in xs)` for `map(lambda p: body, xs)`,
/// `(p for p in xs if cond)` for `filter(lambda p: cond, xs)`, `(f(x) for
/// x in xs)` for a named function, `(x for x in xs if x)` for
/// `filter(None, xs)`. A lambda's body then reads its free variables when
/// each element is made, as the lambda would; a named function is a
/// module-level function, a built-in or a class, which cannot be rebound.
fn map_as_genexpr(
    name: &str,
    args: &[ast::Expr],
    keywords: &[ast::Keyword],
    span: Span,
) -> Option<ast::Expr> {
    if matches!(name, "zip" | "enumerate") && !args.is_empty() && keywords.is_empty() {
        // `(t for t in zip(a, b))`: the generator expression evaluates the
        // call's arguments at once, as the call would.
        let t = ast::Expr {
            span,
            kind: ast::ExprKind::Name(".t".into()),
        };
        let call = ast::Expr {
            span,
            kind: ast::ExprKind::Call {
                func: Box::new(ast::Expr {
                    span,
                    kind: ast::ExprKind::Name(name.to_string()),
                }),
                args: args.to_vec(),
                keywords: vec![],
            },
        };
        return Some(ast::Expr {
            span,
            kind: ast::ExprKind::Generator {
                elt: Box::new(t.clone()),
                generators: vec![ast::Comprehension {
                    target: t,
                    iter: call,
                    ifs: vec![],
                }],
            },
        });
    }
    if !matches!(name, "map" | "filter") || args.len() != 2 || !keywords.is_empty() {
        return None;
    }
    let (f, it) = (&args[0], &args[1]);
    let var = |n: &str| ast::Expr {
        span: f.span,
        kind: ast::ExprKind::Name(n.to_string()),
    };
    let (target, elt, cond) = match &f.kind {
        ast::ExprKind::Lambda {
            params,
            defaults,
            body,
        } if params.len() == 1 && defaults.iter().all(|d| d.is_none()) => {
            let p = var(&params[0].name);
            if name == "map" {
                (p, (**body).clone(), None)
            } else {
                (p.clone(), p, Some((**body).clone()))
            }
        }
        ast::ExprKind::None if name == "filter" => (var(".x"), var(".x"), Some(var(".x"))),
        ast::ExprKind::Name(_) => {
            let call = ast::Expr {
                span: f.span,
                kind: ast::ExprKind::Call {
                    func: Box::new(f.clone()),
                    args: vec![var(".x")],
                    keywords: vec![],
                },
            };
            if name == "map" {
                (var(".x"), call, None)
            } else {
                (var(".x"), var(".x"), Some(call))
            }
        }
        _ => return None,
    };
    Some(ast::Expr {
        span,
        kind: ast::ExprKind::Generator {
            elt: Box::new(elt),
            generators: vec![ast::Comprehension {
                target,
                iter: it.clone(),
                ifs: cond.into_iter().collect(),
            }],
        },
    })
}
