//! Strings: methods, f-strings, `str.format` and `%` formatting.
//!
//! Formatting is resolved at compile time: an f-string, a literal
//! `"...".format(...)` or a literal `"..." % args` becomes a join of literal
//! pieces and calls of the runtime's per-type formatting functions with the
//! format spec as a string.

use super::containers::{Sink, Source};
use super::*;

fn s(span: Span, text: &str) -> Expr {
    mk(Ty::Str, span, ExprKind::Str(text.to_string()))
}

/// A piece of a compiled formatting expression.
enum Piece {
    Text(String),
    Value(Expr),
}

impl Checker {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn str_method(
        &mut self,
        b: Expr,
        name: &ast::Ident,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let m = name.name.as_str();
        if m == "format" {
            return self.str_format_call(b, args, keywords, span, scope);
        }
        if m == "join" {
            self.no_keywords(m, keywords)?;
            self.arity(m, args, 1, 1, span)?;
            let list = self.str_list(&args[0], span, scope)?;
            return Ok(rt(
                Ty::Str,
                span,
                "mg_str_join",
                vec![RtArg::Value(b), RtArg::Value(list)],
            ));
        }
        // Keyword arguments are accepted where CPython accepts them.
        let allowed: &[&str] = match m {
            "split" | "rsplit" => &["sep", "maxsplit"],
            "splitlines" => &["keepends"],
            _ => &[],
        };
        let mut vals: Vec<Option<Expr>> = Vec::new();
        for a in args {
            vals.push(Some(self.expr(a, scope)?));
        }
        for k in keywords {
            let Some(pos) = allowed.iter().position(|n| *n == k.name.name) else {
                return err(
                    Kind::Call,
                    k.name.span,
                    format!("str.{m}() takes no keyword argument '{}'", k.name.name),
                );
            };
            while vals.len() <= pos {
                vals.push(None);
            }
            if vals[pos].is_some() {
                return err(
                    Kind::Call,
                    k.name.span,
                    format!("argument '{}' given twice", k.name.name),
                );
            }
            vals[pos] = Some(self.expr(&k.value, scope)?);
        }
        let n = vals.len();
        let (lo, hi) = match m {
            "upper" | "lower" | "title" | "capitalize" | "swapcase" | "casefold" | "isdigit"
            | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal"
            | "isnumeric" | "istitle" => (0, 0),
            "split" | "rsplit" => (0, 2),
            "splitlines" | "strip" | "lstrip" | "rstrip" => (0, 1),
            "replace" => (2, 3),
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => (1, 3),
            "zfill" | "partition" | "rpartition" => (1, 1),
            "center" | "ljust" | "rjust" => (1, 2),
            _ => {
                return err(
                    Kind::Unsupported,
                    name.span,
                    format!("str.{m}() is not supported by multigen yet"),
                )
            }
        };
        if n < lo || n > hi {
            return err(
                Kind::Call,
                span,
                format!("str.{m}() takes {lo} to {hi} arguments ({n} given)"),
            );
        }
        let mut it = vals.into_iter();
        let mut next = || it.next().flatten();
        let str_or_null = |cx: &mut Self, e: Option<Expr>, what: &str| -> R<RtArg> {
            match e {
                None => Ok(RtArg::Null),
                Some(e) if e.ty == Ty::None => Ok(RtArg::Null),
                Some(e) => Ok(RtArg::Value(cx.expect(e, &Ty::Str, what)?)),
            }
        };
        let int_or = |cx: &mut Self, e: Option<Expr>, default: i64, what: &str| -> R<RtArg> {
            match e {
                None => Ok(RtArg::Const(default)),
                Some(e) => {
                    let e = coerce(e.clone(), &Ty::Int).unwrap_or(e);
                    Ok(RtArg::Value(cx.expect(e, &Ty::Int, what)?))
                }
            }
        };
        let strs = Ty::List(Box::new(Ty::Str));
        let b = RtArg::Value(b);
        Ok(match m {
            "upper" | "lower" | "title" | "capitalize" | "swapcase" | "casefold" => {
                let f = match m {
                    "upper" => "mg_str_upper",
                    "lower" => "mg_str_lower",
                    "title" => "mg_str_title",
                    "capitalize" => "mg_str_capitalize",
                    "swapcase" => "mg_str_swapcase",
                    _ => "mg_str_casefold",
                };
                rt(Ty::Str, span, f, vec![b])
            }
            "isdigit" | "isalpha" | "isalnum" | "isspace" | "isupper" | "islower" | "isdecimal"
            | "isnumeric" | "istitle" => {
                let f = match m {
                    "isdigit" => "mg_str_isdigit",
                    "isalpha" => "mg_str_isalpha",
                    "isalnum" => "mg_str_isalnum",
                    "isspace" => "mg_str_isspace",
                    "isupper" => "mg_str_isupper",
                    "islower" => "mg_str_islower",
                    "isdecimal" => "mg_str_isdecimal",
                    "isnumeric" => "mg_str_isnumeric",
                    _ => "mg_str_istitle",
                };
                truth(rt(Ty::Int, span, f, vec![b]))
            }
            "split" | "rsplit" => {
                let sep = str_or_null(self, next(), "separator")?;
                let max = int_or(self, next(), -1, "maxsplit")?;
                let f = if m == "split" {
                    "mg_str_split"
                } else {
                    "mg_str_rsplit"
                };
                rt(strs, span, f, vec![b, sep, max])
            }
            "splitlines" => {
                let keep = match next() {
                    Some(k) => RtArg::Value(truth(k)),
                    None => RtArg::Const(0),
                };
                rt(strs, span, "mg_str_splitlines", vec![b, keep])
            }
            "strip" | "lstrip" | "rstrip" => {
                let chars = str_or_null(self, next(), "chars")?;
                let f = match m {
                    "strip" => "mg_str_strip",
                    "lstrip" => "mg_str_lstrip",
                    _ => "mg_str_rstrip",
                };
                rt(Ty::Str, span, f, vec![b, chars])
            }
            "replace" => {
                let old = str_or_null(self, next(), "old")?;
                let new = str_or_null(self, next(), "new")?;
                let count = int_or(self, next(), -1, "count")?;
                rt(Ty::Str, span, "mg_str_replace", vec![b, old, new, count])
            }
            "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
                let sub = str_or_null(self, next(), "substring")?;
                // Omitted bounds are 0 and the largest int.
                let start = int_or(self, next(), 0, "start")?;
                let end = int_or(self, next(), i64::MAX, "end")?;
                let f = match m {
                    "find" => "mg_str_find",
                    "rfind" => "mg_str_rfind",
                    "index" => "mg_str_index",
                    "rindex" => "mg_str_rindex",
                    "count" => "mg_str_count",
                    "startswith" => "mg_str_startswith",
                    _ => "mg_str_endswith",
                };
                let r = rt(Ty::Int, span, f, vec![b, sub, start, end]);
                if m == "startswith" || m == "endswith" {
                    truth(r)
                } else {
                    r
                }
            }
            "zfill" => {
                let w = int_or(self, next(), 0, "width")?;
                rt(Ty::Str, span, "mg_str_zfill", vec![b, w])
            }
            "center" | "ljust" | "rjust" => {
                let w = int_or(self, next(), 0, "width")?;
                let fill = str_or_null(self, next(), "fillchar")?;
                let f = match m {
                    "center" => "mg_str_center",
                    "ljust" => "mg_str_ljust",
                    _ => "mg_str_rjust",
                };
                rt(Ty::Str, span, f, vec![b, w, fill])
            }
            _ => {
                let sep = str_or_null(self, next(), "separator")?;
                let f = if m == "partition" {
                    "mg_str_partition"
                } else {
                    "mg_str_rpartition"
                };
                rt_slot(
                    Ty::Tuple(vec![Ty::Str, Ty::Str, Ty::Str]),
                    span,
                    f,
                    vec![b, sep],
                )
            }
        })
    }

    /// A `list[str]` from an iterable or generator of strings (for `join`).
    fn str_list(&mut self, e: &ast::Expr, span: Span, scope: &mut Scope) -> R<Expr> {
        let strs = Ty::List(Box::new(Ty::Str));
        let acc = self.hidden(scope, "join", strs.clone());
        let mut stmts = vec![Stmt::Assign(
            Target::Place(Place::Local(acc)),
            mk(strs.clone(), span, ExprKind::List(vec![])),
        )];
        if self.is_iter_call(e, scope) {
            stmts.extend(self.consume(Source::of(e), scope, &mut |_, _, _| Ok(Sink::Append(acc)))?);
        } else {
            let v = self.expr(e, scope)?;
            match self.resolve(&v.ty) {
                Ty::List(_) => return self.expect(v, &strs, "argument of join()"),
                _ => stmts.extend(self.consume_value(v, scope, Sink::Append(acc))?),
            }
        }
        Ok(mk(
            strs.clone(),
            span,
            ExprKind::Block(
                stmts,
                Box::new(mk(strs, span, ExprKind::Load(Place::Local(acc)))),
            ),
        ))
    }

    // ----- formatting -----

    fn join_pieces(&mut self, pieces: Vec<Piece>, span: Span) -> Expr {
        let mut parts: Vec<Expr> = Vec::new();
        for p in pieces {
            match p {
                Piece::Text(t) if t.is_empty() => {}
                Piece::Text(t) => {
                    // Merge adjacent literal text.
                    if let Some(Expr {
                        kind: ExprKind::Str(prev),
                        ..
                    }) = parts.last_mut()
                    {
                        prev.push_str(&t);
                    } else {
                        parts.push(s(span, &t));
                    }
                }
                Piece::Value(e) => parts.push(e),
            }
        }
        match parts.len() {
            0 => s(span, ""),
            1 => parts.pop().unwrap(),
            2 => {
                let b = parts.pop().unwrap();
                let a = parts.pop().unwrap();
                mk(
                    Ty::Str,
                    span,
                    ExprKind::Binary(BinOp::Add, Box::new(a), Box::new(b)),
                )
            }
            _ => {
                let list = mk(Ty::List(Box::new(Ty::Str)), span, ExprKind::List(parts));
                rt(
                    Ty::Str,
                    span,
                    "mg_str_join",
                    vec![RtArg::Value(s(span, "")), RtArg::Value(list)],
                )
            }
        }
    }

    /// `format(value, spec)` after an optional `!r`/`!s` conversion.
    pub(super) fn format_value(
        &mut self,
        v: Expr,
        conversion: Option<char>,
        spec: Expr,
        span: Span,
    ) -> R<Expr> {
        let v = match conversion {
            Some('r') => mk(Ty::Str, v.span, ExprKind::Builtin(Builtin::Repr, vec![v])),
            Some(_) => self.stringify(v),
            None => v,
        };
        // A user-defined `__format__` receives every spec, the empty one
        // included (`dunders.rs`).
        if self.has_format(&v.ty, span)? {
            return self.format_object(v, spec, span);
        }
        let empty_spec = matches!(&spec.kind, ExprKind::Str(t) if t.is_empty());
        let v = if empty_spec {
            v
        } else {
            self.enum_format_operand(v)
        };
        let ty = self.resolve(&v.ty);
        let f = match ty {
            Ty::Int => "mg_format_int",
            Ty::Float => "mg_format_float",
            Ty::Str if empty_spec => return Ok(v),
            Ty::Str => "mg_format_str",
            Ty::Bool => "mg_format_bool",
            _ if empty_spec => return Ok(self.stringify(v)),
            t if t.is_dynamic() => {
                return err(
                    Kind::Unsupported,
                    span,
                    "a format spec on a dynamic value (object, Any, a union) is not supported by multigen yet; narrow it with isinstance() first",
                );
            }
            t => {
                return err(
                    Kind::Type,
                    span,
                    format!(
                        "unsupported format string passed to {}.__format__",
                        t.class_name()
                    ),
                );
            }
        };
        if empty_spec && ty != Ty::Float {
            return Ok(self.stringify(v));
        }
        Ok(rt(
            Ty::Str,
            span,
            f,
            vec![RtArg::Value(v), RtArg::Value(spec)],
        ))
    }

    pub(super) fn fstring(
        &mut self,
        parts: &[ast::FPart],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let mut pieces = Vec::new();
        for p in parts {
            match p {
                ast::FPart::Literal(t) => pieces.push(Piece::Text(t.clone())),
                ast::FPart::Field {
                    value,
                    conversion,
                    spec,
                } => {
                    let v = self.expr(value, scope)?;
                    let spec = self.fstring(spec, span, scope)?;
                    let f = self.format_value(v, *conversion, spec, value.span)?;
                    pieces.push(Piece::Value(f));
                }
            }
        }
        Ok(self.join_pieces(pieces, span))
    }

    /// `"literal {} {name:spec}".format(args...)`.
    fn str_format_call(
        &mut self,
        b: Expr,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let ExprKind::Str(fmt) = &b.kind else {
            return err(
                Kind::Unsupported,
                b.span,
                "str.format() on a string that is not a literal is not supported by multigen yet",
            );
        };
        let fmt = fmt.clone();
        // Arguments are evaluated once, in order, before formatting.
        let mut stmts = Vec::new();
        let mut pos = Vec::new();
        for a in args {
            let v = self.expr(a, scope)?;
            let t = self.hidden(scope, "fmt", v.ty.clone());
            pos.push(mk(v.ty.clone(), a.span, ExprKind::Load(Place::Local(t))));
            stmts.push(Stmt::Assign(Target::Place(Place::Local(t)), v));
        }
        let mut named = HashMap::new();
        for k in keywords {
            let v = self.expr(&k.value, scope)?;
            let t = self.hidden(scope, "fmt", v.ty.clone());
            named.insert(
                k.name.name.clone(),
                mk(v.ty.clone(), k.value.span, ExprKind::Load(Place::Local(t))),
            );
            stmts.push(Stmt::Assign(Target::Place(Place::Local(t)), v));
        }
        let pieces = self.parse_format(&fmt, &pos, &named, span, &mut 0)?;
        let r = self.join_pieces(pieces, span);
        Ok(mk(Ty::Str, span, ExprKind::Block(stmts, Box::new(r))))
    }

    fn parse_format(
        &mut self,
        fmt: &str,
        pos: &[Expr],
        named: &HashMap<String, Expr>,
        span: Span,
        auto: &mut usize,
    ) -> R<Vec<Piece>> {
        let bad = |m: &str| Diagnostic::new(Kind::Type, span, m.to_string());
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut chars = fmt.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '{' if chars.peek() == Some(&'{') => {
                    chars.next();
                    text.push('{');
                }
                '}' if chars.peek() == Some(&'}') => {
                    chars.next();
                    text.push('}');
                }
                '}' => return Err(bad("Single '}' encountered in format string")),
                '{' => {
                    // Read the field up to its matching brace.
                    let mut field = String::new();
                    let mut depth = 1;
                    for c in chars.by_ref() {
                        match c {
                            '{' => depth += 1,
                            '}' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                        field.push(c);
                    }
                    if depth != 0 {
                        return Err(bad("expected '}' before end of string"));
                    }
                    let (head, spec) = match field.find(':') {
                        Some(i) => (&field[..i], &field[i + 1..]),
                        None => (&field[..], ""),
                    };
                    let (name, conv) = match head.find('!') {
                        Some(i) => (&head[..i], head[i + 1..].chars().next()),
                        None => (head, None),
                    };
                    if let Some(c) = conv {
                        if c != 'r' && c != 's' {
                            return err(
                                Kind::Unsupported,
                                span,
                                format!("the conversion !{c} is not supported"),
                            );
                        }
                    }
                    let value = if name.is_empty() {
                        let v = pos.get(*auto).cloned().ok_or_else(|| {
                            bad(&format!(
                                "Replacement index {} out of range for positional args tuple",
                                *auto
                            ))
                        })?;
                        *auto += 1;
                        v
                    } else if let Ok(i) = name.parse::<usize>() {
                        pos.get(i).cloned().ok_or_else(|| {
                            bad(&format!(
                                "Replacement index {i} out of range for positional args tuple"
                            ))
                        })?
                    } else if let Some(v) = named.get(name) {
                        v.clone()
                    } else {
                        return err(Kind::Unsupported, span, format!("the format field '{{{name}}}' is not supported (a missing keyword argument, or attribute/index access)"));
                    };
                    let spec_pieces = self.parse_format(spec, pos, named, span, auto)?;
                    let spec = self.join_pieces(spec_pieces, span);
                    text = flush(&mut pieces, text);
                    pieces.push(Piece::Value(self.format_value(value, conv, spec, span)?));
                }
                c => text.push(c),
            }
        }
        flush(&mut pieces, text);
        Ok(pieces)
    }

    /// `"literal" % args`: each conversion becomes a format-spec call.
    pub(super) fn percent_format(
        &mut self,
        fmt: &str,
        args: Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Expr> {
        let mut stmts = Vec::new();
        let values: Vec<Expr> = match self.resolve(&args.ty) {
            Ty::Tuple(ts) => {
                let t = self.hidden(scope, "pct", args.ty.clone());
                let l = mk(args.ty.clone(), span, ExprKind::Load(Place::Local(t)));
                stmts.push(Stmt::Assign(Target::Place(Place::Local(t)), args));
                ts.into_iter()
                    .enumerate()
                    .map(|(i, ty)| mk(ty, span, ExprKind::TupleGet(Box::new(l.clone()), i)))
                    .collect()
            }
            _ => vec![args],
        };
        let bad = |m: &str| Diagnostic::new(Kind::Type, span, m.to_string());
        let mut pieces = Vec::new();
        let mut text = String::new();
        let mut next = values.into_iter();
        let chars: Vec<char> = fmt.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            i += 1;
            if c != '%' {
                text.push(c);
                continue;
            }
            let mut flags = String::new();
            while i < chars.len() && "-+ 0#".contains(chars[i]) {
                flags.push(chars[i]);
                i += 1;
            }
            let mut width = String::new();
            while i < chars.len() && chars[i].is_ascii_digit() {
                width.push(chars[i]);
                i += 1;
            }
            let mut prec = None;
            if i < chars.len() && chars[i] == '.' {
                i += 1;
                let mut p = String::new();
                while i < chars.len() && chars[i].is_ascii_digit() {
                    p.push(chars[i]);
                    i += 1;
                }
                prec = Some(if p.is_empty() { "0".to_string() } else { p });
            }
            let Some(&conv) = chars.get(i) else {
                return Err(bad("incomplete format"));
            };
            i += 1;
            if conv == '%' {
                text.push('%');
                continue;
            }
            let Some(v) = next.next() else {
                return Err(bad("not enough arguments for format string"));
            };
            let left = flags.contains('-');
            let mut spec = String::new();
            if left {
                spec.push('<');
            } else if matches!(conv, 's' | 'r' | 'c') && !width.is_empty() {
                spec.push('>');
            }
            if flags.contains('+') {
                spec.push('+');
            } else if flags.contains(' ') {
                spec.push(' ');
            }
            if flags.contains('#') {
                spec.push('#');
            }
            if flags.contains('0') && !left && !matches!(conv, 's' | 'r' | 'c') {
                spec.push('0');
            }
            spec.push_str(&width);
            if let Some(p) = &prec {
                spec.push('.');
                spec.push_str(p);
            }
            let (value, ty_char) = match conv {
                's' => (self.stringify(v), ""),
                'r' => (
                    mk(Ty::Str, v.span, ExprKind::Builtin(Builtin::Repr, vec![v])),
                    "",
                ),
                'c' => {
                    // The int formatter's `c` raises CPython's `%c`
                    // errors (OverflowError out of range); `%c` ignores
                    // signs, `#` and precision, which `c` would refuse.
                    let v = self.expect(v, &Ty::Int, "%c argument")?;
                    let align = if left {
                        "<"
                    } else if width.is_empty() {
                        ""
                    } else {
                        ">"
                    };
                    spec = format!("{align}{width}");
                    (v, "c")
                }
                'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
                    let v = match v.ty {
                        Ty::Int => v,
                        Ty::Bool => coerce(v, &Ty::Int).unwrap(),
                        Ty::Float => mk(
                            Ty::Int,
                            v.span,
                            ExprKind::Runtime("mg_float_to_int", vec![v]),
                        ),
                        ref t => {
                            return Err(bad(&format!(
                                "%{conv} format: a real number is required, not {}",
                                t.class_name()
                            )))
                        }
                    };
                    let t = match conv {
                        'x' => "x",
                        'X' => "X",
                        'o' => "o",
                        _ => "d",
                    };
                    (v, t)
                }
                'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
                    let v = match v.ty {
                        Ty::Int | Ty::Bool | Ty::Float => coerce(v, &Ty::Float).unwrap(),
                        ref t => {
                            return Err(bad(&format!(
                                "must be real number, not {}",
                                t.class_name()
                            )))
                        }
                    };
                    if prec.is_none() && matches!(conv, 'f' | 'F' | 'e' | 'E') {
                        spec.push_str(".6");
                    }
                    (
                        v,
                        match conv {
                            'f' => "f",
                            'F' => "F",
                            'e' => "e",
                            'E' => "E",
                            'g' => "g",
                            _ => "G",
                        },
                    )
                }
                c => {
                    return err(
                        Kind::Unsupported,
                        span,
                        format!("the % conversion '{c}' is not supported by multigen yet"),
                    )
                }
            };
            spec.push_str(ty_char);
            text = flush(&mut pieces, text);
            let spec = s(span, &spec);
            pieces.push(Piece::Value(self.format_value(value, None, spec, span)?));
        }
        if next.next().is_some() {
            return Err(bad("not all arguments converted during string formatting"));
        }
        flush(&mut pieces, text);
        let r = self.join_pieces(pieces, span);
        Ok(mk(Ty::Str, span, ExprKind::Block(stmts, Box::new(r))))
    }
}

fn flush(pieces: &mut Vec<Piece>, text: String) -> String {
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    String::new()
}
