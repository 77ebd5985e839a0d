//! Parsing: Python source text to multigen's own syntax tree ([`ast`]).
//!
//! This is the only crate that touches ruff's parser and tree. It parses with
//! `ruff_python_parser`, reports syntax errors as located diagnostics, and
//! converts the part of ruff's tree that multigen understands into [`ast`].
//! Every construct without a counterpart in [`ast`] is reported as
//! `error[unsupported]` at its own location, so nothing is ever dropped
//! silently. Keeping ruff behind this boundary means its unstable API changes
//! touch one file.

pub mod ast;
mod dump;
mod patterns;
mod prescan;
mod teardown;
pub mod visit;
mod with;

pub use dump::dump;

use ast::*;
use multigen_diag::{Diagnostic, Kind, Span};
use ruff_python_ast as r;
use ruff_python_parser::{Mode, ParseOptions};
use ruff_text_size::{Ranged, TextRange};

/// How deeply expressions and blocks may nest before we refuse the program.
/// It keeps the recursive phases that follow far from the end of the stack.
pub const MAX_NESTING: usize = 200;

/// Parses a module. On failure returns every diagnostic found (at least one).
pub fn parse(source: &str) -> Result<Module, Vec<Diagnostic>> {
    parse_at(source, 0)
}

thread_local! {
    /// The offset added to every span of the module being lowered
    /// ([`parse_at`]).
    static BASE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Parses one module of a program of several files: every span, in the
/// tree and in the diagnostics, is offset by `base`, the module's place in
/// the program's source map, so that spans of different files never
/// coincide and a span alone names its file.
pub fn parse_at(source: &str, base: u32) -> Result<Module, Vec<Diagnostic>> {
    BASE.with(|b| b.set(base));
    let result = parse_inner(source);
    BASE.with(|b| b.set(0));
    result
}

fn parse_inner(source: &str) -> Result<Module, Vec<Diagnostic>> {
    if let Some(mut d) = prescan::check(source) {
        d.span = shifted(d.span);
        return Err(vec![d]);
    }
    let parsed = ruff_python_parser::parse_unchecked(source, ParseOptions::from(Mode::Module));
    let first_error = parsed
        .errors()
        .first()
        .map(|e| Diagnostic::new(Kind::Syntax, span(e.location), e.error.to_string()));
    let suite = match parsed.into_syntax() {
        r::Mod::Module(m) => m.body,
        r::Mod::Expression(_) => unreachable!("parsed in module mode"),
    };
    // ruff's tree may be far deeper than our nesting limit (the parser grows
    // its stack); it must never be dropped the ordinary, recursive way.
    if let Some(d) = first_error {
        teardown::teardown(suite);
        return Err(vec![d]);
    }
    let mut cx = Lower {
        source,
        errors: Vec::new(),
        depth: 0,
    };
    let body = cx.block(&suite);
    teardown::teardown(suite);
    if cx.errors.is_empty() {
        Ok(Module { body })
    } else {
        Err(cx.errors)
    }
}

/// Runs `f`, first moving to a new stack segment if the current one is
/// nearly used up. Lowering, checking and code generation recurse once per
/// nesting level with large frames in unoptimised builds; this keeps them
/// safe on any thread.
pub fn with_stack<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, f)
}

impl Lower<'_> {
    /// The type comment (`# type: T`, not `# type: ignore`) ending the line
    /// of an assignment to one name or attribute, as a string expression
    /// spanning `T`.
    fn type_comment(&self, a: &r::StmtAssign) -> Option<Expr> {
        let [target] = a.targets.as_slice() else {
            return None;
        };
        if !matches!(target, r::Expr::Name(_) | r::Expr::Attribute(_)) {
            return None;
        }
        let end = a.range.end().to_usize();
        let rest = &self.source[end..];
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        let comment = line.trim_start().strip_prefix('#')?;
        let text = comment.trim_start().strip_prefix("type:")?;
        // A second comment may follow the type.
        let text = text[..text.find('#').unwrap_or(text.len())].trim();
        if text.is_empty() || text.starts_with("ignore") {
            return None;
        }
        // `text` is a slice of the source: its offset is where it starts.
        let start = text.as_ptr() as usize - self.source.as_ptr() as usize;
        Some(Expr {
            span: shifted(Span::new(start as u32, (start + text.len()) as u32)),
            kind: ExprKind::Str(text.to_string()),
        })
    }
}

fn span(r: TextRange) -> Span {
    shifted(Span::new(r.start().to_u32(), r.end().to_u32()))
}

/// A span of the module being lowered, moved to its place in the program.
fn shifted(s: Span) -> Span {
    let base = BASE.with(|b| b.get());
    Span::new(s.start + base, s.end + base)
}

fn ident(i: &r::Identifier) -> Ident {
    Ident {
        name: i.id.as_str().to_string(),
        span: span(i.range),
    }
}

struct Lower<'s> {
    /// The module's text: string literals are checked in their written
    /// form, which ruff's decoded values no longer show.
    source: &'s str,
    errors: Vec<Diagnostic>,
    depth: usize,
}

impl Lower<'_> {
    fn unsupported(&mut self, range: TextRange, what: &str) {
        self.errors.push(Diagnostic::new(
            Kind::Unsupported,
            span(range),
            format!("{what} is not supported by multigen yet"),
        ));
    }

    /// Refuses the lone surrogates (`\ud800`) a str literal, or part of one,
    /// spells as escapes: ruff replaces them with U+FFFD, and multigen's
    /// UTF-8 strings cannot hold them, so the program would silently differ
    /// from CPython. `range` is the part's source text, `raw` its `r` prefix.
    fn check_surrogates(&mut self, range: TextRange, raw: bool) {
        if raw {
            return;
        }
        let start = range.start().to_usize();
        let Some(text) = self.source.get(start..range.end().to_usize()) else {
            return;
        };
        for (at, len, code) in surrogate_escapes(text) {
            let at = (start + at) as u32;
            self.errors.push(Diagnostic::new(
                Kind::Unsupported,
                shifted(Span::new(at, at + len as u32)),
                format!(
                    "a lone surrogate ('\\u{code:04x}') in a string literal is not supported \
                     by multigen: its strings are UTF-8 and cannot hold one"
                ),
            ));
        }
    }

    fn block(&mut self, stmts: &[r::Stmt]) -> Vec<Stmt> {
        stmts.iter().filter_map(|s| self.stmt(s)).collect()
    }

    fn enter(&mut self, range: TextRange) -> bool {
        self.depth += 1;
        if self.depth > MAX_NESTING {
            self.errors.push(Diagnostic::new(
                Kind::Unsupported,
                span(range),
                format!("nesting deeper than {MAX_NESTING} levels is not supported"),
            ));
            return false;
        }
        true
    }

    fn stmt(&mut self, s: &r::Stmt) -> Option<Stmt> {
        if !self.enter(s.range()) {
            self.depth -= 1;
            return None;
        }
        let kind = with_stack(|| self.stmt_kind(s));
        self.depth -= 1;
        kind.map(|kind| Stmt {
            span: span(s.range()),
            kind,
        })
    }

    fn stmt_kind(&mut self, s: &r::Stmt) -> Option<StmtKind> {
        use r::Stmt as S;
        Some(match s {
            S::FunctionDef(f) => {
                if f.is_async {
                    self.unsupported(f.range, "`async def`");
                    return None;
                }
                if let Some(tp) = &f.type_params {
                    self.unsupported(tp.range, "a type parameter list");
                    return None;
                }
                let p = &f.parameters;
                let mut params = Vec::new();
                let groups = [
                    (&p.posonlyargs, true, false),
                    (&p.args, false, false),
                    (&p.kwonlyargs, false, true),
                ];
                for (list, positional_only, keyword_only) in groups {
                    for a in list.iter() {
                        params.push(Param {
                            name: ident(&a.parameter.name),
                            annotation: a
                                .parameter
                                .annotation
                                .as_deref()
                                .and_then(|e| self.expr(e)),
                            default: a.default.as_deref().and_then(|e| self.expr(e)),
                            keyword_only,
                            positional_only,
                            variadic: Variadic::No,
                        });
                    }
                }
                // `*args` comes after the positional parameters and
                // `**kwargs` last, which is where CPython's code objects
                // keep them too.
                let kwonly = params.iter().filter(|q| q.keyword_only).count();
                let at = params.len() - kwonly;
                for (v, variadic) in [(&p.vararg, Variadic::Args), (&p.kwarg, Variadic::Kwargs)] {
                    let Some(v) = v else { continue };
                    let q = Param {
                        name: ident(&v.name),
                        annotation: v.annotation.as_deref().and_then(|e| self.expr(e)),
                        default: None,
                        keyword_only: false,
                        positional_only: false,
                        variadic,
                    };
                    if variadic == Variadic::Args {
                        params.insert(at, q);
                    } else {
                        params.push(q);
                    }
                }
                StmtKind::FunctionDef(FunctionDef {
                    name: ident(&f.name),
                    decorators: self.decorators(&f.decorator_list)?,
                    params,
                    returns: f.returns.as_deref().and_then(|e| self.expr(e)),
                    body: self.block(&f.body),
                })
            }
            S::Return(r) => StmtKind::Return(r.value.as_deref().and_then(|e| self.expr(e))),
            S::Assign(a) => match self.type_comment(a) {
                // `x = []  # type: list[int]` is PEP 484's spelling of
                // `x: list[int] = []`; the annotation is kept as a string
                // annotation located at the comment.
                Some(annotation) => StmtKind::AnnAssign {
                    target: self.expr(&a.targets[0])?,
                    annotation,
                    value: Some(self.expr(&a.value)?),
                },
                None => StmtKind::Assign {
                    targets: a.targets.iter().filter_map(|t| self.expr(t)).collect(),
                    value: self.expr(&a.value)?,
                },
            },
            S::AnnAssign(a) => StmtKind::AnnAssign {
                target: self.expr(&a.target)?,
                annotation: self.expr(&a.annotation)?,
                value: a.value.as_deref().and_then(|e| self.expr(e)),
            },
            S::AugAssign(a) => {
                let op = Self::binop(a.op);
                StmtKind::AugAssign {
                    target: self.expr(&a.target)?,
                    op,
                    value: self.expr(&a.value)?,
                }
            }
            S::If(i) => {
                let test = self.expr(&i.test);
                let body = self.block(&i.body);
                // `elif` chains become nested `if`s in the `else` branch, so
                // each `elif` is one level deeper than the one before.
                let outer_depth = self.depth;
                let mut elifs = Vec::new();
                let mut orelse = Vec::new();
                let mut ok = true;
                for clause in &i.elif_else_clauses {
                    match &clause.test {
                        None => orelse = self.block(&clause.body),
                        Some(t) => {
                            if !self.enter(clause.range) {
                                ok = false;
                                break;
                            }
                            let test = self.expr(t);
                            let body = self.block(&clause.body);
                            match test {
                                Some(test) => elifs.push((span(clause.range), test, body)),
                                None => ok = false,
                            }
                        }
                    }
                }
                self.depth = outer_depth;
                if !ok {
                    return None;
                }
                for (span, test, body) in elifs.into_iter().rev() {
                    orelse = vec![Stmt {
                        span,
                        kind: StmtKind::If { test, body, orelse },
                    }];
                }
                StmtKind::If {
                    test: test?,
                    body,
                    orelse,
                }
            }
            S::While(w) => StmtKind::While {
                test: self.expr(&w.test)?,
                body: self.block(&w.body),
                orelse: self.block(&w.orelse),
            },
            S::For(f) => {
                if f.is_async {
                    self.unsupported(f.range, "`async for`");
                    return None;
                }
                StmtKind::For {
                    target: self.expr(&f.target)?,
                    iter: self.expr(&f.iter)?,
                    body: self.block(&f.body),
                    orelse: self.block(&f.orelse),
                }
            }
            S::Break(_) => StmtKind::Break,
            S::Continue(_) => StmtKind::Continue,
            S::Pass(_) => StmtKind::Pass,
            S::Expr(e) => StmtKind::Expr(self.expr(&e.value)?),
            S::Assert(a) => StmtKind::Assert {
                test: self.expr(&a.test)?,
                msg: a.msg.as_deref().and_then(|e| self.expr(e)),
            },
            S::Global(g) => StmtKind::Global(g.names.iter().map(ident).collect()),
            S::Import(i) => StmtKind::Import(
                i.names
                    .iter()
                    .map(|a| (ident(&a.name), a.asname.as_ref().map(ident)))
                    .collect(),
            ),
            S::ImportFrom(i) => {
                // `from . import x` names no module: the empty name, at the
                // dots.
                let module = match &i.module {
                    Some(m) => ident(m),
                    None => {
                        let start = i.range.start().to_usize();
                        let dots = self.source[start..i.range.end().to_usize()]
                            .find('.')
                            .map_or(start, |k| start + k) as u32;
                        Ident {
                            name: String::new(),
                            span: shifted(Span::new(dots, dots + i.level)),
                        }
                    }
                };
                StmtKind::ImportFrom {
                    module,
                    level: i.level,
                    names: i
                        .names
                        .iter()
                        .map(|a| (ident(&a.name), a.asname.as_ref().map(ident)))
                        .collect(),
                }
            }
            S::ClassDef(c) => {
                if let Some(tp) = &c.type_params {
                    return self.unsup(tp.range, "a type parameter list");
                }
                let mut bases = Vec::new();
                let mut metaclass = None;
                if let Some(a) = &c.arguments {
                    for k in a.keywords.iter() {
                        match &k.arg {
                            Some(n) if n.as_str() == "metaclass" && metaclass.is_none() => {
                                metaclass = Some(Box::new(self.expr(&k.value)?));
                            }
                            _ => return self.unsup(k.range, "a class keyword argument"),
                        }
                    }
                    bases = self.exprs(&a.args)?;
                }
                StmtKind::ClassDef(ClassDef {
                    name: ident(&c.name),
                    bases,
                    decorators: self.decorators(&c.decorator_list)?,
                    body: self.block(&c.body),
                    metaclass,
                })
            }
            S::Delete(d) => {
                StmtKind::Delete(d.targets.iter().filter_map(|t| self.expr(t)).collect())
            }
            S::TypeAlias(t) => return self.unsup(t.range, "a `type` alias"),
            S::With(w) => return self.with_stmt(w),
            S::Match(m) => return self.match_stmt(m),
            S::Raise(r) => StmtKind::Raise {
                exc: match r.exc.as_deref() {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                },
                cause: match r.cause.as_deref() {
                    Some(e) => Some(self.expr(e)?),
                    None => None,
                },
            },
            S::Try(t) => {
                if t.is_star {
                    return self.unsup(t.range, "`except*`");
                }
                let mut handlers = Vec::new();
                for h in &t.handlers {
                    let r::ExceptHandler::ExceptHandler(h) = h;
                    handlers.push(Handler {
                        span: span(h.range),
                        ty: match h.type_.as_deref() {
                            Some(e) => Some(self.expr(e)?),
                            None => None,
                        },
                        name: h.name.as_ref().map(ident),
                        body: self.block(&h.body),
                    });
                }
                StmtKind::Try(Try {
                    body: self.block(&t.body),
                    handlers,
                    orelse: self.block(&t.orelse),
                    finalbody: self.block(&t.finalbody),
                    with: None,
                })
            }
            S::Nonlocal(n) => StmtKind::Nonlocal(n.names.iter().map(ident).collect()),
            S::IpyEscapeCommand(c) => return self.unsup(c.range, "an IPython escape command"),
        })
    }

    fn decorators(&mut self, list: &[r::Decorator]) -> Option<Vec<Expr>> {
        list.iter().map(|d| self.expr(&d.expression)).collect()
    }

    fn unsup<T>(&mut self, range: TextRange, what: &str) -> Option<T> {
        self.unsupported(range, what);
        None
    }

    fn binop(op: r::Operator) -> BinOp {
        use r::Operator as O;
        match op {
            O::Add => BinOp::Add,
            O::Sub => BinOp::Sub,
            O::Mult => BinOp::Mul,
            O::Div => BinOp::Div,
            O::FloorDiv => BinOp::FloorDiv,
            O::Mod => BinOp::Mod,
            O::Pow => BinOp::Pow,
            O::LShift => BinOp::LShift,
            O::RShift => BinOp::RShift,
            O::BitAnd => BinOp::BitAnd,
            O::BitOr => BinOp::BitOr,
            O::BitXor => BinOp::BitXor,
            O::MatMult => BinOp::MatMult,
        }
    }

    fn expr(&mut self, e: &r::Expr) -> Option<Expr> {
        if !self.enter(e.range()) {
            self.depth -= 1;
            return None;
        }
        let kind = with_stack(|| self.expr_kind(e));
        self.depth -= 1;
        kind.map(|kind| Expr {
            span: span(e.range()),
            kind,
        })
    }

    fn comprehensions(&mut self, gens: &[r::Comprehension]) -> Option<Vec<Comprehension>> {
        let mut out = Vec::new();
        for g in gens {
            if g.is_async {
                return self.unsup(g.range, "an `async for` comprehension");
            }
            let target = self.expr(&g.target);
            let iter = self.expr(&g.iter);
            let ifs = self.exprs(&g.ifs);
            out.push(Comprehension {
                target: target?,
                iter: iter?,
                ifs: ifs?,
            });
        }
        Some(out)
    }

    /// The parts of one f-string (`raw`: it has an `r` prefix), or of the
    /// format spec of one of its fields.
    fn fstring_elements(
        &mut self,
        elements: &r::InterpolatedStringElements,
        raw: bool,
    ) -> Option<Vec<FPart>> {
        let mut parts = Vec::new();
        for el in elements.iter() {
            match el {
                r::InterpolatedStringElement::Literal(l) => {
                    self.check_surrogates(l.range, raw);
                    parts.push(FPart::Literal(l.value.to_string()))
                }
                r::InterpolatedStringElement::Interpolation(i) => {
                    if i.debug_text.is_some() {
                        return self.unsup(i.range, "a self-documenting f-string field (`{x=}`)");
                    }
                    let conversion = match i.conversion {
                        r::ConversionFlag::None => None,
                        r::ConversionFlag::Str => Some('s'),
                        r::ConversionFlag::Repr => Some('r'),
                        r::ConversionFlag::Ascii => {
                            return self.unsup(i.range, "the `!a` conversion")
                        }
                    };
                    let spec = match &i.format_spec {
                        Some(spec) => self.fstring_elements(&spec.elements, raw)?,
                        None => Vec::new(),
                    };
                    parts.push(FPart::Field {
                        value: Box::new(self.expr(&i.expression)?),
                        conversion,
                        spec,
                    });
                }
            }
        }
        Some(parts)
    }

    fn exprs(&mut self, es: &[r::Expr]) -> Option<Vec<Expr>> {
        let mut out = Vec::with_capacity(es.len());
        let mut ok = true;
        for e in es {
            match self.expr(e) {
                Some(x) => out.push(x),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    fn expr_kind(&mut self, e: &r::Expr) -> Option<ExprKind> {
        use r::Expr as E;
        Some(match e {
            E::Name(n) => ExprKind::Name(n.id.as_str().to_string()),
            E::NumberLiteral(n) => match &n.value {
                r::Number::Int(i) => match i.as_i64() {
                    Some(v) => ExprKind::Int(v),
                    None => {
                        self.errors.push(Diagnostic::new(
                            Kind::Unsupported,
                            span(n.range),
                            "integer literal does not fit in 64 bits (multigen's int is 64-bit)",
                        ));
                        return None;
                    }
                },
                r::Number::Float(f) => ExprKind::Float(*f),
                r::Number::Complex { .. } => return self.unsup(n.range, "a complex number"),
            },
            E::StringLiteral(s) => {
                for part in s.value.iter() {
                    self.check_surrogates(part.range, part.flags.prefix().is_raw());
                }
                ExprKind::Str(s.value.to_str().to_string())
            }
            E::BooleanLiteral(b) => ExprKind::Bool(b.value),
            E::NoneLiteral(_) => ExprKind::None,
            E::UnaryOp(u) => {
                let op = match u.op {
                    r::UnaryOp::USub => UnaryOp::Neg,
                    r::UnaryOp::UAdd => UnaryOp::Pos,
                    r::UnaryOp::Invert => UnaryOp::Invert,
                    r::UnaryOp::Not => UnaryOp::Not,
                };
                // `-9223372036854775808` is the one literal whose magnitude
                // does not fit; fold it here so it stays expressible.
                if let (UnaryOp::Neg, E::NumberLiteral(n)) = (op, &*u.operand) {
                    if let r::Number::Int(i) = &n.value {
                        if i.as_u64() == Some(1u64 << 63) {
                            return Some(ExprKind::Int(i64::MIN));
                        }
                    }
                }
                ExprKind::Unary(op, Box::new(self.expr(&u.operand)?))
            }
            E::BinOp(b) => {
                let op = Self::binop(b.op);
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                ExprKind::Binary(op, Box::new(l?), Box::new(r?))
            }
            E::BoolOp(b) => ExprKind::BoolOp(
                match b.op {
                    r::BoolOp::And => BoolOp::And,
                    r::BoolOp::Or => BoolOp::Or,
                },
                self.exprs(&b.values)?,
            ),
            E::Compare(c) => {
                let left = self.expr(&c.left);
                let rights = self.exprs(&c.comparators);
                let ops = c.ops.iter().map(|op| match op {
                    r::CmpOp::Eq => CmpOp::Eq,
                    r::CmpOp::NotEq => CmpOp::NotEq,
                    r::CmpOp::Lt => CmpOp::Lt,
                    r::CmpOp::LtE => CmpOp::LtE,
                    r::CmpOp::Gt => CmpOp::Gt,
                    r::CmpOp::GtE => CmpOp::GtE,
                    r::CmpOp::Is => CmpOp::Is,
                    r::CmpOp::IsNot => CmpOp::IsNot,
                    r::CmpOp::In => CmpOp::In,
                    r::CmpOp::NotIn => CmpOp::NotIn,
                });
                ExprKind::Compare(Box::new(left?), ops.zip(rights?).collect())
            }
            E::Call(c) => {
                let func = self.expr(&c.func);
                let mut args = Vec::new();
                for a in c.arguments.args.iter() {
                    args.push(self.expr(a));
                }
                let mut keywords = Vec::new();
                for k in c.arguments.keywords.iter() {
                    let Some(name) = &k.arg else {
                        // `**d`: see `ExprKind::Starred`.
                        let value = self.expr(&k.value).map(|v| Expr {
                            span: span(k.range),
                            kind: ExprKind::Starred(Box::new(v)),
                        });
                        let name = Ident {
                            name: "**".to_string(),
                            span: span(k.range),
                        };
                        keywords.push((name, value));
                        continue;
                    };
                    keywords.push((ident(name), self.expr(&k.value)));
                }
                ExprKind::Call {
                    func: Box::new(func?),
                    args: args.into_iter().collect::<Option<_>>()?,
                    keywords: keywords
                        .into_iter()
                        .map(|(name, v)| v.map(|value| Keyword { name, value }))
                        .collect::<Option<_>>()?,
                }
            }
            E::Attribute(a) => ExprKind::Attribute(Box::new(self.expr(&a.value)?), ident(&a.attr)),
            E::Subscript(s) => {
                let v = self.expr(&s.value);
                let i = self.expr(&s.slice);
                ExprKind::Subscript(Box::new(v?), Box::new(i?))
            }
            E::Tuple(t) => ExprKind::Tuple(self.exprs(&t.elts)?),
            E::If(i) => {
                let test = self.expr(&i.test);
                let body = self.expr(&i.body);
                let orelse = self.expr(&i.orelse);
                ExprKind::IfExp {
                    test: Box::new(test?),
                    body: Box::new(body?),
                    orelse: Box::new(orelse?),
                }
            }
            E::Named(n) => return self.unsup(n.range, "an assignment expression (`:=`)"),
            E::Lambda(l) => {
                let mut params = Vec::new();
                let mut defaults = Vec::new();
                if let Some(p) = &l.parameters {
                    if !p.posonlyargs.is_empty()
                        || p.vararg.is_some()
                        || !p.kwonlyargs.is_empty()
                        || p.kwarg.is_some()
                    {
                        return self.unsup(l.range, "a lambda with this kind of parameter");
                    }
                    for a in p.args.iter() {
                        let d = match &a.default {
                            Some(d) => Some(self.expr(d)?),
                            None => None,
                        };
                        defaults.push(d);
                        params.push(ident(&a.parameter.name));
                    }
                }
                ExprKind::Lambda {
                    params,
                    defaults,
                    body: Box::new(self.expr(&l.body)?),
                }
            }
            E::Dict(d) => {
                let mut items = Vec::new();
                for item in d.items.iter() {
                    let Some(k) = &item.key else {
                        // `**d`: see `ExprKind::Starred`.
                        let v = self.expr(&item.value)?;
                        let sp = v.span;
                        let key = Expr {
                            span: sp,
                            kind: ExprKind::Starred(Box::new(v)),
                        };
                        let value = Expr {
                            span: sp,
                            kind: ExprKind::Ellipsis,
                        };
                        items.push((key, value));
                        continue;
                    };
                    let k = self.expr(k);
                    let v = self.expr(&item.value);
                    items.push((k?, v?));
                }
                ExprKind::Dict(items)
            }
            E::Set(st) => ExprKind::Set(self.exprs(&st.elts)?),
            E::List(l) => ExprKind::List(self.exprs(&l.elts)?),
            E::ListComp(c) => ExprKind::ListComp {
                elt: Box::new(self.expr(&c.elt)?),
                generators: self.comprehensions(&c.generators)?,
            },
            E::SetComp(c) => ExprKind::SetComp {
                elt: Box::new(self.expr(&c.elt)?),
                generators: self.comprehensions(&c.generators)?,
            },
            E::DictComp(c) => ExprKind::DictComp {
                key: match &c.key {
                    Some(k) => Box::new(self.expr(k)?),
                    None => return self.unsup(c.range, "`**` unpacking in a dict comprehension"),
                },
                value: Box::new(self.expr(&c.value)?),
                generators: self.comprehensions(&c.generators)?,
            },
            E::Generator(g) => ExprKind::Generator {
                elt: Box::new(self.expr(&g.elt)?),
                generators: self.comprehensions(&g.generators)?,
            },
            E::Slice(sl) => {
                let mut part = |x: &Option<Box<r::Expr>>| -> Option<Option<Box<Expr>>> {
                    match x {
                        None => Some(None),
                        Some(e) => self.expr(e).map(|e| Some(Box::new(e))),
                    }
                };
                let lower = part(&sl.lower)?;
                let upper = part(&sl.upper)?;
                let step = part(&sl.step)?;
                ExprKind::Slice { lower, upper, step }
            }
            E::FString(f) => {
                let mut parts = Vec::new();
                for part in f.value.as_slice() {
                    match part {
                        r::FStringPart::Literal(l) => {
                            self.check_surrogates(l.range, l.flags.prefix().is_raw());
                            parts.push(FPart::Literal(l.as_str().to_string()))
                        }
                        r::FStringPart::FString(fs) => parts.extend(
                            self.fstring_elements(&fs.elements, fs.flags.prefix().is_raw())?,
                        ),
                    }
                }
                ExprKind::FString(parts)
            }
            E::Await(a) => return self.unsup(a.range, "`await`"),
            E::Yield(y) => ExprKind::Yield(match &y.value {
                Some(v) => Some(Box::new(self.expr(v)?)),
                None => None,
            }),
            E::YieldFrom(y) => ExprKind::YieldFrom(Box::new(self.expr(&y.value)?)),
            E::TString(t) => return self.unsup(t.range, "a template string"),
            E::BytesLiteral(b) => return self.unsup(b.range, "a bytes literal"),
            E::EllipsisLiteral(_) => ExprKind::Ellipsis,
            E::Starred(s) => ExprKind::Starred(Box::new(self.expr(&s.value)?)),
            E::IpyEscapeCommand(c) => return self.unsup(c.range, "an IPython escape command"),
        })
    }
}

/// The escapes `\uXXXX` and `\UXXXXXXXX` in the source text of a non-raw
/// str literal that denote a surrogate (U+D800..U+DFFF): for each, its byte
/// offset in `text`, its length and the code point. An escaped backslash
/// (`\\ud800`) starts no escape; `\N{...}` cannot name a surrogate.
fn surrogate_escapes(text: &str) -> Vec<(usize, usize, u32)> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        let digits = match bytes.get(i + 1) {
            Some(b'u') => 4,
            Some(b'U') => 8,
            // Any other escape, `\\` included: its second character
            // is not a backslash that could start one.
            Some(_) => {
                i += 2;
                continue;
            }
            None => break,
        };
        let code = text
            .get(i + 2..i + 2 + digits)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u32::from_str_radix(h, 16).ok());
        if let Some(code @ 0xD800..=0xDFFF) = code {
            found.push((i, 2 + digits, code));
        }
        i += 2;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_function() {
        let m = parse("def f(x: int) -> int:\n    return x + 1\n").unwrap();
        assert!(matches!(m.body[0].kind, StmtKind::FunctionDef(_)));
    }

    #[test]
    fn match_patterns_and_compile_errors() {
        let m = parse("x = 1\nmatch x:\n    case [1, *r] | (r, 2):\n        pass\n    case _:\n        pass\n").unwrap();
        let StmtKind::Match(m) = &m.body[1].kind else {
            panic!()
        };
        assert!(m.exhaustive());
        let mut names = Vec::new();
        m.cases[0].pattern.bound_names(&mut names);
        assert_eq!(names.len(), 1);
        // CPython's compiler errors, at the node it reports.
        for (src, at, msg) in [
            (
                "match x:\n case y:\n  pass\n case 1:\n  pass\n",
                15,
                "name capture 'y'",
            ),
            (
                "match x:\n case [a, a]:\n  pass\n",
                19,
                "multiple assignments to name 'a'",
            ),
            (
                "match x:\n case 1 | y:\n  pass\n",
                19,
                "alternative patterns bind different names",
            ),
            (
                "match x:\n case {'a': 1, 'a': 2}:\n  pass\n",
                15,
                "duplicate key ('a')",
            ),
            (
                "match x:\n case {1: 1, 1.0: 2}:\n  pass\n",
                15,
                "duplicate key (1.0)",
            ),
            (
                "match x:\n case P(x=1, x=2):\n  pass\n",
                24,
                "repeated in class pattern: x",
            ),
            (
                "match x:\n case [*a, *b]:\n  pass\n",
                15,
                "multiple starred names",
            ),
        ] {
            let errs = parse(src).unwrap_err();
            assert_eq!(errs[0].kind, Kind::Syntax, "{src}");
            assert_eq!(errs[0].span.start, at, "{src}");
            assert!(errs[0].message.contains(msg), "{src}: {}", errs[0].message);
        }
    }

    #[test]
    fn syntax_error_is_located() {
        let errs = parse("x = (1 +\n").unwrap_err();
        assert_eq!(errs[0].kind, Kind::Syntax);
    }

    #[test]
    fn elif_chains_count_as_nesting() {
        let chain = |n: usize| {
            let mut src = String::from("x = 0\nif x == 0:\n    pass\n");
            for i in 1..n {
                src += &format!("elif x == {i}:\n    pass\n");
            }
            src + "else:\n    x = 1\n"
        };
        let m = parse(&chain(150)).unwrap();
        let mut depth = 0;
        let mut s = &m.body[1];
        while let StmtKind::If { orelse, .. } = &s.kind {
            depth += 1;
            s = &orelse[0];
        }
        assert_eq!(depth, 150);
        assert!(matches!(s.kind, StmtKind::Assign { .. }));
        let errs = parse(&chain(MAX_NESTING + 10)).unwrap_err();
        assert_eq!(errs[0].kind, Kind::Unsupported);
        assert!(errs[0].message.contains("nesting"));
    }

    /// The byte offsets and messages of the lone-surrogate diagnostics
    /// `src` gets (none when it parses).
    fn surrogates(src: &str) -> Vec<(u32, u32, String)> {
        match parse(src) {
            Ok(_) => Vec::new(),
            Err(errs) => errs
                .into_iter()
                .map(|d| {
                    assert_eq!(d.kind, Kind::Unsupported, "{src}: {}", d.message);
                    assert!(d.message.contains("lone surrogate"), "{src}: {}", d.message);
                    (d.span.start, d.span.end, d.message)
                })
                .collect(),
        }
    }

    #[test]
    fn lone_surrogate_escapes_are_refused_where_written() {
        let errs = surrogates("s = \"a\\ud800\"\n");
        assert_eq!(errs.len(), 1);
        assert_eq!((errs[0].0, errs[0].1), (6, 12));
        assert_eq!(
            errs[0].2,
            "a lone surrogate ('\\ud800') in a string literal is not supported by \
             multigen: its strings are UTF-8 and cannot hold one"
        );
        // The `\U` form, upper-case hex digits, the end of the range.
        let errs = surrogates("s = 'x\\U0000DFFF'\n");
        assert_eq!((errs[0].0, errs[0].1), (6, 16));
        assert!(errs[0].2.contains("'\\udfff'"));
        // Prefixes and triple quotes.
        for src in [
            "s = u'\\udc00'\n",
            "s = U\"\\udc00\"\n",
            "s = '''\n\\udc00'''\n",
            "s = \"\"\"\\udc00\"\"\"\n",
        ] {
            assert_eq!(surrogates(src).len(), 1, "{src}");
        }
        // An escaped backslash before one that starts an escape.
        assert_eq!(surrogates("s = '\\\\\\ud800'\n")[0].0, 7);
        // Every escape is reported, in each part of a concatenation.
        let errs = surrogates("s = 'ok' '\\ud83d\\ude00' \"\\udfff\"\n");
        let starts: Vec<u32> = errs.iter().map(|e| e.0).collect();
        assert_eq!(starts, [10, 16, 25]);
    }

    #[test]
    fn lone_surrogate_escapes_in_fstrings() {
        // A literal part, after a field.
        assert_eq!(surrogates("x = 1\ns = f'{x}\\ud800'\n")[0].0, 15);
        // A plain string concatenated with an f-string.
        assert_eq!(surrogates("x = 1\ns = f'{x}' '\\ud800'\n")[0].0, 18);
        // The text of a format spec, nested one level down too.
        assert_eq!(surrogates("x = 1\ns = f'{x:\\ud800}'\n")[0].0, 15);
        assert_eq!(surrogates("x = 1\nw = 3\ns = f'{x:{w}\\ud800}'\n")[0].0, 24);
        // A string inside a field's expression.
        assert_eq!(surrogates("s = f'{\"\\ud800\"}'\n")[0].0, 8);
        // Raw f-strings, either prefix order and case.
        for src in [
            "x = 1\ns = rf'{x}\\ud800'\n",
            "x = 1\ns = fR'{x}\\ud800'\n",
            "x = 1\ns = Rf'{x:\\ud800}'\n",
        ] {
            assert!(surrogates(src).is_empty(), "{src}");
        }
    }

    #[test]
    fn what_is_not_a_lone_surrogate_escape() {
        for src in [
            // An escaped backslash, then plain text.
            "s = '\\\\ud800'\n",
            "s = '\\\\\\\\ud800'\n",
            "s = f'\\\\ud800'\n",
            // Raw strings.
            "s = r'\\ud800'\n",
            "s = R'''\\ud800'''\n",
            // Code points around the surrogates, and beyond the BMP.
            "s = '\\ud7ff\\ue000\\U0001F600\\U0010FFFF'\n",
            // Named characters, and a hexadecimal escape.
            "s = '\\N{SNOWMAN}\\xd8'\n",
            "s = f'\\N{SNOWMAN}'\n",
            // Not in a string at all.
            "# \\ud800\nx = 1\n",
        ] {
            let m = parse(src).unwrap_or_else(|e| panic!("{src}: {}", e[0].message));
            assert!(!m.body.is_empty());
        }
        // The value ruff decoded is the one CPython has.
        let m = parse("s = '\\\\ud800' r'\\ud800' '\\U0001F600'\n").unwrap();
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!()
        };
        let ExprKind::Str(s) = &value.kind else {
            panic!()
        };
        assert_eq!(s, "\\ud800\\ud800\u{1F600}");
    }

    #[test]
    fn min_int_literal() {
        let m = parse("x = -9223372036854775808\n").unwrap();
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!()
        };
        assert!(matches!(value.kind, ExprKind::Int(i64::MIN)));
    }
}

/// Column markers for tracebacks.
pub mod caret;
