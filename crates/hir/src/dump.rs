//! A readable text form of the typed IR (`multigen convert --emit hir`).

use crate::ir::*;
use std::fmt::Write;

/// Renders a whole program, one function after another.
pub fn dump(p: &Program) -> String {
    let mut out = String::new();
    for (i, g) in p.globals.iter().enumerate() {
        let check = if g.checked { " (checked)" } else { "" };
        let _ = writeln!(out, "global g{i} {}: {}{check}", g.name, g.ty);
    }
    for (i, f) in p.functions.iter().enumerate() {
        let params: Vec<String> = f
            .params
            .iter()
            .map(|l| format!("l{}: {}", l.0, f.locals[l.index()].ty))
            .collect();
        let _ = writeln!(
            out,
            "\nfn f{i} {}({}) -> {}",
            f.name,
            params.join(", "),
            f.ret
        );
        for (j, l) in f.locals.iter().enumerate() {
            if !l.is_param {
                let _ = writeln!(out, "  local l{j} {}: {}", l.name, l.ty);
            }
        }
        block(&mut out, &f.body, 1);
    }
    out
}

fn block(out: &mut String, stmts: &[Stmt], depth: usize) {
    let pad = "  ".repeat(depth);
    for s in stmts {
        match s {
            Stmt::Assign(t, e) => {
                let _ = writeln!(out, "{pad}{} = {}", target(t), expr(e));
            }
            Stmt::Expr(e) => {
                let _ = writeln!(out, "{pad}{}", expr(e));
            }
            Stmt::If(c, a, b) => {
                let _ = writeln!(out, "{pad}if {}:", expr(c));
                block(out, a, depth + 1);
                if !b.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    block(out, b, depth + 1);
                }
            }
            Stmt::While { test, body, orelse } => {
                let _ = writeln!(out, "{pad}while {}:", expr(test));
                block(out, body, depth + 1);
                if !orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    block(out, orelse, depth + 1);
                }
            }
            Stmt::ForRange {
                var,
                start,
                stop,
                step,
                body,
                orelse,
            } => {
                let _ = writeln!(
                    out,
                    "{pad}for {} in range({}, {}, {}):",
                    place(var),
                    expr(start),
                    expr(stop),
                    expr(step)
                );
                block(out, body, depth + 1);
                if !orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    block(out, orelse, depth + 1);
                }
            }
            Stmt::Break => out.push_str(&format!("{pad}break\n")),
            Stmt::Continue => out.push_str(&format!("{pad}continue\n")),
            Stmt::Return(e) => {
                let v = e.as_ref().map(expr).unwrap_or_default();
                let _ = writeln!(out, "{pad}return {v}");
            }
            Stmt::Assert(c, m) => {
                let m = m
                    .as_ref()
                    .map(|m| format!(", {}", expr(m)))
                    .unwrap_or_default();
                let _ = writeln!(out, "{pad}assert {}{m}", expr(c));
            }
        }
    }
}

fn place(p: &Place) -> String {
    match p {
        Place::Local(l) => format!("l{}", l.0),
        Place::Global(g) => format!("g{}", g.0),
    }
}

fn target(t: &Target) -> String {
    match t {
        Target::Place(p) => place(p),
        Target::Tuple(ts) => format!("({})", ts.iter().map(target).collect::<Vec<_>>().join(", ")),
    }
}

fn list(es: &[Expr]) -> String {
    es.iter().map(expr).collect::<Vec<_>>().join(", ")
}

fn expr(e: &Expr) -> String {
    let body = match &e.kind {
        ExprKind::Int(v) => v.to_string(),
        ExprKind::Float(v) => format!("{v:?}"),
        ExprKind::Bool(b) => b.to_string(),
        ExprKind::None => "None".into(),
        ExprKind::Str(s) => format!("{s:?}"),
        ExprKind::Load(p) => place(p),
        ExprKind::IntToFloat(x) => format!("float({})", expr(x)),
        ExprKind::BoolToInt(x) => format!("int({})", expr(x)),
        ExprKind::Truth(x) => format!("truth({})", expr(x)),
        ExprKind::Unary(op, x) => format!("{op:?}({})", expr(x)),
        ExprKind::Binary(op, a, b) => format!("{op:?}({}, {})", expr(a), expr(b)),
        ExprKind::Compare(xs, ops) => {
            let mut s = expr(&xs[0]);
            for ((op, k), x) in ops.iter().zip(&xs[1..]) {
                let _ = write!(s, " {op:?}[{k:?}] {}", expr(x));
            }
            format!("({s})")
        }
        ExprKind::And(xs) => format!("and({})", list(xs)),
        ExprKind::Or(xs) => format!("or({})", list(xs)),
        ExprKind::IfExp(c, a, b) => format!("if({}, {}, {})", expr(c), expr(a), expr(b)),
        ExprKind::Call { func, args, map } => {
            let map: Vec<String> = map
                .iter()
                .map(|m| match m {
                    ArgSource::Written(i) => format!("#{i}"),
                    ArgSource::Default(d) => format!("default {}", expr(d)),
                })
                .collect();
            format!("call f{}({}) as [{}]", func.0, list(args), map.join(", "))
        }
        ExprKind::Runtime(name, xs) => format!("{name}({})", list(xs)),
        ExprKind::Builtin(b, xs) => format!("{b:?}({})", list(xs)),
        ExprKind::Tuple(xs) => format!("tuple({})", list(xs)),
        ExprKind::TupleGet(x, i) => format!("{}.{i}", expr(x)),
        ExprKind::Print { args, sep, end } => {
            let sep = sep
                .as_ref()
                .map(|s| format!(", sep={}", expr(s)))
                .unwrap_or_default();
            let end = end
                .as_ref()
                .map(|s| format!(", end={}", expr(s)))
                .unwrap_or_default();
            format!("print({}{sep}{end})", list(args))
        }
    };
    format!("{body}: {}", e.ty)
}
