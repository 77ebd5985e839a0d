//! A readable text form of the typed IR (`multigen convert --emit hir`).

use crate::ir::*;
use std::fmt::Write;

/// Renders a whole program, one function after another.
pub fn dump(p: &Program) -> String {
    let mut out = String::new();
    for (i, c) in p.classes.iter().enumerate().filter(|(_, c)| !c.builtin) {
        // Each field with its word, and how a read checks that it is set.
        let fields: Vec<String> = c
            .fields
            .iter()
            .zip(&c.layout)
            .map(|((n, t), l)| {
                let check = match l.check {
                    UnsetCheck::Never => String::new(),
                    UnsetCheck::Null => " unset:null".into(),
                    UnsetCheck::Bit { word, mask } => format!(" unset:bit@{word}&{mask:#x}"),
                };
                let value = l
                    .class_value
                    .map(|g| format!(" else g{}", g.0))
                    .unwrap_or_default();
                format!("{n}: {t} @{}{check}{value}", l.word)
            })
            .collect();
        let vt: Vec<String> = c.vtable.iter().map(|f| format!("f{}", f.0)).collect();
        let _ = writeln!(
            out,
            "class c{i} {}({}) {{{}}} words {} vtable [{}]",
            c.name,
            c.parent.map(|p| p.0.to_string()).unwrap_or_default(),
            fields.join(", "),
            c.size_words,
            vt.join(", ")
        );
    }
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
        if let Some(env) = &f.env {
            let env: Vec<String> = env.iter().map(|l| format!("l{}", l.0)).collect();
            let _ = writeln!(out, "  env [{}]", env.join(", "));
        }
        for (j, l) in f.locals.iter().enumerate() {
            let cell = match l.cell {
                CellKind::None => "",
                CellKind::Own => " (cell)",
                CellKind::Free { checked: true } => " (free, checked)",
                CellKind::Free { checked: false } => " (free)",
                CellKind::Copy => " (copy)",
            };
            if !l.is_param || !cell.is_empty() {
                let _ = writeln!(out, "  local l{j} {}: {}{cell}", l.name, l.ty);
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
            Stmt::SetField(o, i, v) => {
                let _ = writeln!(out, "{pad}{}.field{i} = {}", expr(o), expr(v));
            }
            Stmt::Raise { exc, cause, .. } => {
                let e = exc.as_ref().map(expr).unwrap_or_default();
                let c = match cause {
                    None => String::new(),
                    Some(None) => " from None".into(),
                    Some(Some(c)) => format!(" from {}", expr(c)),
                };
                let _ = writeln!(out, "{pad}raise {e}{c}");
            }
            Stmt::Frame { name, body, .. } => {
                let _ = writeln!(out, "{pad}frame {name}:");
                block(out, body, depth + 1);
            }
            Stmt::Fused(f) => {
                let args: Vec<String> = f
                    .args
                    .iter()
                    .map(|(l, e)| match l {
                        Some(l) => format!("{} = {}", place(&Place::Local(*l)), expr(e)),
                        None => expr(e),
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "{pad}for {} in fused {}({}):",
                    target(&f.target),
                    f.name,
                    args.join(", ")
                );
                block(out, &f.gen, depth + 1);
                let _ = writeln!(out, "{pad}each:");
                block(out, &f.body, depth + 1);
                if !f.orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    block(out, &f.orelse, depth + 1);
                }
            }
            Stmt::FusedYield(e, _) => {
                let _ = writeln!(out, "{pad}yield to loop {}", expr(e));
            }
            Stmt::Try(t) => {
                let _ = writeln!(out, "{pad}try:");
                block(out, &t.body, depth + 1);
                for h in &t.handlers {
                    let cs: Vec<String> = h.classes.iter().map(|c| format!("c{}", c.0)).collect();
                    let var = h
                        .var
                        .as_ref()
                        .map(|p| format!(" as {}", place(p)))
                        .unwrap_or_default();
                    let _ = writeln!(out, "{pad}except ({}){var}:", cs.join(", "));
                    block(out, &h.body, depth + 1);
                }
                if !t.orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    block(out, &t.orelse, depth + 1);
                }
                if !t.finalbody.is_empty() {
                    let _ = writeln!(out, "{pad}finally:");
                    block(out, &t.finalbody, depth + 1);
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
            Stmt::For {
                target: t,
                iter: it,
                body,
                orelse,
                ..
            } => {
                let _ = writeln!(out, "{pad}for {} in {}:", target(t), iter(it));
                block(out, body, depth + 1);
                if !orelse.is_empty() {
                    let _ = writeln!(out, "{pad}else:");
                    block(out, orelse, depth + 1);
                }
            }
            Stmt::SetItem(a, i, v) => {
                let _ = writeln!(out, "{pad}{}[{}] = {}", expr(a), expr(i), expr(v));
            }
            Stmt::DelItem(a, i) => {
                let _ = writeln!(out, "{pad}del {}[{}]", expr(a), expr(i));
            }
            Stmt::DelField(o, i, _) => {
                let _ = writeln!(out, "{pad}del {}.field{i}", expr(o));
            }
            Stmt::StrAppend(p, e) => {
                let _ = writeln!(out, "{pad}{} += {}", place(p), expr(e));
            }
            Stmt::BreakOuter(n) => {
                let _ = writeln!(out, "{pad}break {}", n + 1);
            }
            Stmt::Break => out.push_str(&format!("{pad}break\n")),
            Stmt::Continue => out.push_str(&format!("{pad}continue\n")),
            Stmt::Return(e) => {
                let v = e.as_ref().map(expr).unwrap_or_default();
                let _ = writeln!(out, "{pad}return {v}");
            }
            Stmt::Assert(c, m) => {
                let _ = writeln!(out, "{pad}assert {} else raise {}", expr(c), expr(m));
            }
        }
    }
}

fn iter(it: &Iter) -> String {
    match it {
        Iter::Range {
            start, stop, step, ..
        } => {
            format!("range({}, {}, {})", expr(start), expr(stop), expr(step))
        }
        Iter::List(e) => format!("list {}", expr(e)),
        Iter::ListReversed(e) => format!("reversed {}", expr(e)),
        Iter::Str(e) => format!("str {}", expr(e)),
        Iter::VarTuple(e) => format!("tuple {}", expr(e)),
        Iter::Tuple(e) => format!("tuple {}", expr(e)),
        Iter::DictKeys(e) => format!("keys {}", expr(e)),
        Iter::DictValues(e) => format!("values {}", expr(e)),
        Iter::DictItems(e) => format!("items {}", expr(e)),
        Iter::Set(e) => format!("set {}", expr(e)),
        Iter::Enumerate(i, s) => format!("enumerate({}, {})", iter(i), expr(s)),
        Iter::Zip(its) => format!(
            "zip({})",
            its.iter().map(iter).collect::<Vec<_>>().join(", ")
        ),
        Iter::Map(f, i) => format!("map({}, {})", expr(f), iter(i)),
        Iter::Filter(f, i) => format!(
            "filter({}, {})",
            f.as_ref().map(|f| expr(f)).unwrap_or("None".into()),
            iter(i)
        ),
        Iter::Protocol { iter, next, .. } => {
            format!("protocol({}, next {})", expr(iter), expr(next))
        }
        Iter::Gen(e) => format!("generator {}", expr(e)),
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
        Target::Item(b, i) => format!("{}[{}]", expr(b), expr(i)),
        Target::Field(b, i, _) => format!("{}.field{i}", expr(b)),
        Target::List(ts, _) => {
            format!("[{}]", ts.iter().map(target).collect::<Vec<_>>().join(", "))
        }
        Target::Star(ts, star, ..) => {
            let parts: Vec<String> = ts.iter().map(target).collect();
            let parts: Vec<String> = parts
                .into_iter()
                .enumerate()
                .map(|(i, p)| if i == *star { format!("*{p}") } else { p })
                .collect();
            format!("[{}]", parts.join(", "))
        }
    }
}

fn arg_map(map: &[ArgSource]) -> String {
    map.iter()
        .map(|m| match m {
            ArgSource::Written(i) => format!("#{i}"),
            ArgSource::Default(d) => format!("default {}", expr(d)),
        })
        .collect::<Vec<_>>()
        .join(", ")
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
        ExprKind::NumBox(x) => format!("numbox({})", expr(x)),
        ExprKind::Num(op, xs) => format!("{op:?}({})", list(xs)),
        ExprKind::BoolToInt(x) => format!("int({})", expr(x)),
        ExprKind::Truth(x) => format!("truth({})", expr(x)),
        ExprKind::Yield(x) => format!("yield({})", expr(x)),
        ExprKind::YieldFrom(x) => format!("yield_from({})", expr(x)),
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
            format!("call f{}({}) as [{}]", func.0, list(args), arg_map(map))
        }
        ExprKind::CallEnv {
            func,
            env,
            args,
            map,
        } => format!(
            "call f{} env {}({}) as [{}]",
            func.0,
            expr(env),
            list(args),
            arg_map(map)
        ),
        ExprKind::CallValue(callee, args) => format!("callvalue {}({})", expr(callee), list(args)),
        ExprKind::MakeFunc { func, captures } => {
            let cs: Vec<String> = captures
                .iter()
                .map(|c| match c {
                    Capture::Cell(l) => format!("cell l{}", l.0),
                    Capture::Value(x) => expr(x),
                })
                .collect();
            format!("func f{}[{}]", func.0, cs.join(", "))
        }
        ExprKind::New {
            class,
            init,
            args,
            map,
        } => format!(
            "new c{}({}) init {} as [{}]",
            class.0,
            list(args),
            init.map(|f| format!("f{}", f.0)).unwrap_or("-".into()),
            arg_map(map)
        ),
        ExprKind::MethodCall {
            func,
            slot,
            args,
            map,
        } => format!(
            "{} f{}({}) as [{}]",
            match slot {
                Some(s) => format!("virtual[{s}]"),
                None => "method".into(),
            },
            func.0,
            list(args),
            arg_map(map)
        ),
        ExprKind::GetField(x, i) => format!("{}.field{i}", expr(x)),
        ExprKind::FieldSet(x, i) => format!("isset({}.field{i})", expr(x)),
        ExprKind::IsInstance(x, cs) => format!(
            "isinstance({}, {:?})",
            expr(x),
            cs.iter().map(|c| c.0).collect::<Vec<_>>()
        ),
        ExprKind::Cast(x) => format!("cast({})", expr(x)),
        ExprKind::Wrap(x) => format!("wrap({})", expr(x)),
        ExprKind::Unwrap(x, check) => format!(
            "unwrap{}({})",
            if check.is_some() { "!" } else { "" },
            expr(x)
        ),
        ExprKind::IsNone(x) => format!("is_none({})", expr(x)),
        ExprKind::ExcInit(x, xs) => format!("exc_init({}, {})", expr(x), list(xs)),
        ExprKind::ClassName(x) => format!("class_name({})", expr(x)),
        ExprKind::Runtime(name, xs) => format!("{name}({})", list(xs)),
        ExprKind::Builtin(b, xs) => format!("{b:?}({})", list(xs)),
        ExprKind::Tuple(xs) => format!("tuple({})", list(xs)),
        ExprKind::TupleGet(x, i) => format!("{}.{i}", expr(x)),
        ExprKind::BoxTuple(x) => format!("box({})", expr(x)),
        ExprKind::MakeRange(a, b, c) => format!("range({}, {}, {})", expr(a), expr(b), expr(c)),
        ExprKind::List(xs) => format!("[{}]", list(xs)),
        ExprKind::Set(xs) => format!("{{{}}}", list(xs)),
        ExprKind::Dict(kv) => format!(
            "{{{}}}",
            kv.iter()
                .map(|(k, v)| format!("{}: {}", expr(k), expr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        ExprKind::Index(a, i) => format!("{}[{}]", expr(a), expr(i)),
        ExprKind::Len(x) => format!("len({})", expr(x)),
        ExprKind::Contains(c, x) => format!("({} in {})", expr(x), expr(c)),
        ExprKind::Append(l, x) => format!("{}.append({})", expr(l), expr(x)),
        ExprKind::DictGet(d, k, def) => format!(
            "{}.get({}{})",
            expr(d),
            expr(k),
            def.as_ref()
                .map(|d| format!(", {}", expr(d)))
                .unwrap_or_default()
        ),
        ExprKind::Block(ss, x) => {
            let mut b = String::new();
            block(&mut b, ss, 2);
            format!("{{\n{b}    }} => {}", expr(x))
        }
        ExprKind::Rt {
            name,
            args,
            slot_result,
        } => {
            let args: Vec<String> = args
                .iter()
                .map(|a| match a {
                    RtArg::Value(e) => expr(e),
                    RtArg::Slot(e) => format!("slot({})", expr(e)),
                    RtArg::Type(t) => format!("type({t})"),
                    RtArg::KeyFunc(f) => format!(
                        "key({})",
                        f.as_ref().map(|f| expr(f)).unwrap_or("None".into())
                    ),
                    RtArg::Const(c) => c.to_string(),
                    RtArg::Class(c) => format!("class#{}", c.0),
                    RtArg::Null => "null".into(),
                })
                .collect();
            format!(
                "{name}({}){}",
                args.join(", "),
                if *slot_result { " as slot" } else { "" }
            )
        }
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
