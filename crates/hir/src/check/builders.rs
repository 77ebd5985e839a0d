//! Chooses which `str` variables are kept as string builders.
//!
//! `s += t` compiles to an append to a builder when `s` is extended inside a
//! loop that does not also assign `s` afresh: that is the pattern whose
//! repeated concatenation would take quadratic time. A variable that a loop
//! reassigns each time round (`w = word; w += "."`) gains nothing from a
//! builder and would pay for one per iteration, so its `+=` stays a plain
//! concatenation.

use super::*;

impl Checker {
    pub(super) fn choose_builders(&mut self) {
        let mut global_builders = HashSet::new();
        let mut functions = std::mem::take(&mut self.functions);
        for f in functions.iter_mut().flatten() {
            let mut chosen = HashSet::new();
            scan(&f.body, &[], &mut chosen);
            for p in &chosen {
                match p {
                    // A variable shared with closures keeps its `str` in
                    // its cell, where the other functions read it.
                    Place::Local(l) if f.locals[l.index()].cell != CellKind::None => {}
                    Place::Local(l) => f.locals[l.index()].str_builder = true,
                    Place::Global(g) => {
                        global_builders.insert(*g);
                    }
                }
            }
        }
        // A global is a builder everywhere once any function extends it in
        // a loop; other appends to it then use the builder too.
        for f in functions.iter_mut().flatten() {
            let locals: HashSet<LocalId> = (0..f.locals.len() as u32)
                .map(LocalId)
                .filter(|l| f.locals[l.index()].str_builder)
                .collect();
            let keep = |p: &Place| match p {
                Place::Local(l) => locals.contains(l),
                Place::Global(g) => global_builders.contains(g),
            };
            rewrite(&mut f.body, &keep);
        }
        self.functions = functions;
        for g in global_builders {
            self.globals[g.index()].str_builder = true;
        }
    }
}

/// Records the appends that happen inside a loop whose body does not assign
/// the same place; `loops` holds the places each enclosing loop assigns.
fn scan(stmts: &[Stmt], loops: &[HashSet<Place>], chosen: &mut HashSet<Place>) {
    for s in stmts {
        match s {
            Stmt::StrAppend(p, _) => {
                if let Some(inner) = loops.last() {
                    if !inner.contains(p) {
                        chosen.insert(*p);
                    }
                }
            }
            Stmt::If(_, a, b) => {
                scan(a, loops, chosen);
                scan(b, loops, chosen);
            }
            Stmt::While { body, orelse, .. } | Stmt::For { body, orelse, .. } => {
                let mut assigned = HashSet::new();
                if let Stmt::For { target, .. } = s {
                    target_places(target, &mut assigned);
                }
                assigned_places(body, &mut assigned);
                let mut inner = loops.to_vec();
                inner.push(assigned);
                scan(body, &inner, chosen);
                scan(orelse, loops, chosen);
            }
            Stmt::Try(_) | Stmt::Frame { .. } => {
                for b in s.blocks() {
                    scan(b, loops, chosen);
                }
            }
            _ => {}
        }
    }
}

fn target_places(t: &Target, out: &mut HashSet<Place>) {
    match t {
        Target::Place(p) => {
            out.insert(*p);
        }
        Target::Tuple(ts) | Target::List(ts, _) | Target::Star(ts, ..) => {
            ts.iter().for_each(|t| target_places(t, out))
        }
        Target::Item(..) | Target::Field(..) => {}
    }
}

/// The places a block assigns with `=` (anywhere inside it).
fn assigned_places(stmts: &[Stmt], out: &mut HashSet<Place>) {
    for s in stmts {
        match s {
            Stmt::Assign(t, _) => target_places(t, out),
            Stmt::If(_, a, b) => {
                assigned_places(a, out);
                assigned_places(b, out);
            }
            Stmt::While { body, orelse, .. } => {
                assigned_places(body, out);
                assigned_places(orelse, out);
            }
            Stmt::For {
                target,
                body,
                orelse,
                ..
            } => {
                target_places(target, out);
                assigned_places(body, out);
                assigned_places(orelse, out);
            }
            Stmt::Try(t) => {
                out.extend(t.handlers.iter().filter_map(|h| h.var));
                for b in s.blocks() {
                    assigned_places(b, out);
                }
            }
            Stmt::Frame { body, .. } => assigned_places(body, out),
            _ => {}
        }
    }
}

/// Turns the appends to places that are not builders back into `s = s + t`.
fn rewrite(stmts: &mut [Stmt], keep: &dyn Fn(&Place) -> bool) {
    for s in stmts {
        match s {
            Stmt::StrAppend(p, e) if !keep(p) => {
                let span = e.span;
                let cur = mk(Ty::Str, span, ExprKind::Load(*p));
                let rhs = std::mem::replace(e, mk(Ty::Str, span, ExprKind::None));
                let sum = mk(
                    Ty::Str,
                    span,
                    ExprKind::Binary(BinOp::Add, Box::new(cur), Box::new(rhs)),
                );
                *s = Stmt::Assign(Target::Place(*p), sum);
            }
            Stmt::If(_, a, b) => {
                rewrite(a, keep);
                rewrite(b, keep);
            }
            Stmt::While { .. } | Stmt::For { .. } | Stmt::Try(_) | Stmt::Frame { .. } => {
                for b in s.blocks_mut() {
                    rewrite(b, keep);
                }
            }
            _ => {}
        }
    }
}
