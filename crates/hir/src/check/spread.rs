//! Star expressions in displays: `[*a, *b, 1]`, `(*a, 1)`, `{*s, 2}` and
//! `{**d1, 'k': 1, **d2}`.
//!
//! Each display becomes a block that builds the container the way
//! CPython's bytecode does (`LIST_EXTEND`, `SET_UPDATE`, `DICT_UPDATE`):
//! a new empty container, then every part in source order, a plain element
//! added, a starred iterable looped over and each of its elements added, a
//! `**` mapping merged. A tuple display whose starred parts are all
//! fixed-shape tuples is a fixed-shape tuple itself, built statically;
//! otherwise it is a `tuple[T, ...]` made from such a list.

use super::containers::Sink;
use super::*;

/// One part of a display: a plain element, or a starred iterable with
/// its element type.
enum Part {
    One(Expr),
    Many(Expr, Ty),
}

/// Whether a display has a starred element.
pub(super) fn has_star(xs: &[ast::Expr]) -> bool {
    xs.iter()
        .any(|x| matches!(x.kind, ast::ExprKind::Starred(_)))
}

impl Checker {
    /// The parts of a display with starred elements, each checked against
    /// `hint` (the element type the context expects) when there is one.
    fn parts(&mut self, xs: &[ast::Expr], hint: Option<&Ty>, scope: &mut Scope) -> R<Vec<Part>> {
        let mut parts = Vec::new();
        for x in xs {
            match &x.kind {
                ast::ExprKind::Starred(inner) => {
                    let v = self.expr(inner, scope)?;
                    if let Ty::Class(_) = self.resolve(&v.ty) {
                        return err(
                            Kind::Unsupported,
                            x.span,
                            "unpacking an iterator object in a display is not supported by multigen yet",
                        );
                    }
                    let (_, elem) = self.iter_of_value(v.clone())?;
                    parts.push(Part::Many(v, elem));
                }
                _ => {
                    let v = match hint {
                        Some(h) => self.expr_hinted(x, h, scope)?,
                        None => self.expr(x, scope)?,
                    };
                    parts.push(Part::One(v));
                }
            }
        }
        Ok(parts)
    }

    /// The element type of a display's parts: the expected one if every
    /// part fits it, else their common type.
    fn parts_ty(&mut self, parts: &[Part], hint: Option<&Ty>, what: &str) -> R<Ty> {
        let probes: Vec<Expr> = parts
            .iter()
            .map(|p| match p {
                Part::One(v) => v.clone(),
                // Only the type of a probe is looked at.
                Part::Many(v, t) => mk(t.clone(), v.span, ExprKind::Tuple(Vec::new())),
            })
            .collect();
        if let Some(h) = hint {
            let h = self.resolve(h);
            if !matches!(h, Ty::Var(_))
                && probes
                    .iter()
                    .all(|v| self.resolve(&v.ty) == h || self.convert_to(v, &h).is_some())
            {
                return Ok(h);
            }
        }
        self.common_ty(&probes, what)
    }

    /// The statements adding the parts to the container in `acc`, in
    /// order: `Append`/`SetAdd` sinks for starred parts; `add` makes the
    /// statement adding one plain element.
    fn fill(
        &mut self,
        parts: Vec<Part>,
        acc: LocalId,
        et: &Ty,
        set: bool,
        scope: &mut Scope,
    ) -> R<Vec<Stmt>> {
        let mut stmts = Vec::new();
        let at = scope.local_types[acc.index()].clone().unwrap_or(Ty::None);
        for p in parts {
            match p {
                Part::One(v) => {
                    let span = v.span;
                    let v = self.expect(v, et, "display element")?;
                    let l = mk(at.clone(), span, ExprKind::Load(Place::Local(acc)));
                    stmts.push(Stmt::Expr(if set {
                        rt(
                            Ty::None,
                            span,
                            "mg_set_add",
                            vec![RtArg::Value(l), RtArg::Slot(v)],
                        )
                    } else {
                        mk(Ty::None, span, ExprKind::Append(Box::new(l), Box::new(v)))
                    }));
                }
                Part::Many(v, _) => {
                    let sink = if set {
                        Sink::SetAdd(acc)
                    } else {
                        Sink::Append(acc)
                    };
                    stmts.extend(self.consume_value(v, scope, sink)?);
                }
            }
        }
        Ok(stmts)
    }

    /// A list (or, with `set`, a set) display with starred elements.
    pub(super) fn star_display(
        &mut self,
        xs: &[ast::Expr],
        hint: Option<&Ty>,
        set: bool,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let parts = self.parts(xs, hint, scope)?;
        let et = self.parts_ty(&parts, hint, if set { "set" } else { "list" })?;
        if set {
            self.hashable(&et, span)?;
        }
        let ct = if set {
            Ty::Set(Box::new(et.clone()))
        } else {
            Ty::List(Box::new(et.clone()))
        };
        let acc = self.hidden(scope, "display", ct.clone());
        let empty = mk(
            ct.clone(),
            span,
            if set {
                ExprKind::Set(Vec::new())
            } else {
                ExprKind::List(Vec::new())
            },
        );
        let mut stmts = vec![Stmt::Assign(Target::Place(Place::Local(acc)), empty)];
        stmts.extend(self.fill(parts, acc, &et, set, scope)?);
        let load = mk(ct.clone(), span, ExprKind::Load(Place::Local(acc)));
        Ok(mk(ct, span, ExprKind::Block(stmts, Box::new(load))))
    }

    /// A tuple display with starred elements.
    pub(super) fn star_tuple(
        &mut self,
        xs: &[ast::Expr],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let parts = self.parts(xs, None, scope)?;
        let fixed = parts.iter().all(|p| match p {
            Part::One(_) => true,
            Part::Many(v, _) => matches!(self.resolve(&v.ty), Ty::Tuple(_)),
        });
        if fixed {
            // Every part is evaluated in order into a hidden local, then
            // the fields are gathered.
            let mut stmts = Vec::new();
            let mut vals = Vec::new();
            for p in parts {
                match p {
                    Part::One(v) => vals.push(self.hoist(v, scope, &mut stmts)),
                    Part::Many(v, _) => {
                        let Ty::Tuple(ts) = self.resolve(&v.ty) else {
                            unreachable!("checked above")
                        };
                        let t = self.hoist(v, scope, &mut stmts);
                        for (i, ft) in ts.into_iter().enumerate() {
                            vals.push(mk(ft, span, ExprKind::TupleGet(Box::new(t.clone()), i)));
                        }
                    }
                }
            }
            let ty = Ty::Tuple(vals.iter().map(|v| v.ty.clone()).collect());
            let tuple = mk(ty.clone(), span, ExprKind::Tuple(vals));
            return Ok(mk(ty, span, ExprKind::Block(stmts, Box::new(tuple))));
        }
        let et = self.parts_ty(&parts, None, "tuple")?;
        let lt = Ty::List(Box::new(et.clone()));
        let acc = self.hidden(scope, "display", lt.clone());
        let empty = mk(lt.clone(), span, ExprKind::List(Vec::new()));
        let mut stmts = vec![Stmt::Assign(Target::Place(Place::Local(acc)), empty)];
        stmts.extend(self.fill(parts, acc, &et, false, scope)?);
        let load = mk(lt, span, ExprKind::Load(Place::Local(acc)));
        let list = mk(
            load.ty.clone(),
            span,
            ExprKind::Block(stmts, Box::new(load)),
        );
        Ok(rt(
            Ty::VarTuple(Box::new(et)),
            span,
            "mg_tuple_from_list",
            vec![RtArg::Value(list)],
        ))
    }

    /// A dict display with `**` items (see `ast::ExprKind::Starred`).
    pub(super) fn star_dict(
        &mut self,
        items: &[(ast::Expr, ast::Expr)],
        hint: Option<(&Ty, &Ty)>,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let kt = match hint {
            Some((k, _)) => k.clone(),
            None => self.fresh_var(),
        };
        let vt = match hint {
            Some((_, v)) => v.clone(),
            None => self.fresh_var(),
        };
        let dt = Ty::Dict(Box::new(kt.clone()), Box::new(vt.clone()));
        let acc = self.hidden(scope, "display", dt.clone());
        let load = |span: Span| mk(dt.clone(), span, ExprKind::Load(Place::Local(acc)));
        let mut stmts = vec![Stmt::Assign(
            Target::Place(Place::Local(acc)),
            mk(dt.clone(), span, ExprKind::Dict(Vec::new())),
        )];
        for (k, v) in items {
            if let ast::ExprKind::Starred(m) = &k.kind {
                let m = self.expr_hinted(m, &dt, scope)?;
                if !matches!(self.resolve(&m.ty), Ty::Dict(..)) {
                    return err(
                        Kind::Type,
                        k.span,
                        format!("'{}' object is not a mapping", m.ty.class_name()),
                    );
                }
                let m = self.expect(m, &dt, "`**` item of a dict display")?;
                stmts.push(Stmt::Expr(rt(
                    Ty::None,
                    k.span,
                    "mg_dict_update",
                    vec![RtArg::Value(load(k.span)), RtArg::Value(m)],
                )));
                continue;
            }
            let kv = self.expr_hinted(k, &kt, scope)?;
            let kv = self.expect(kv, &kt, "dict key")?;
            let vv = self.expr_hinted(v, &vt, scope)?;
            let vv = self.expect(vv, &vt, "dict value")?;
            stmts.push(Stmt::SetItem(load(k.span), kv, vv));
        }
        self.hashable(&kt, span)?;
        Ok(mk(
            dt.clone(),
            span,
            ExprKind::Block(stmts, Box::new(load(span))),
        ))
    }
}
