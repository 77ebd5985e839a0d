//! The `match` statement: ruff's patterns lowered into [`ast::Pattern`],
//! with the checks CPython's compiler makes on them (it raises
//! `SyntaxError` where ruff's parser does not): an irrefutable pattern
//! that makes later cases or alternatives unreachable, alternatives that
//! bind different names, a name bound twice in one pattern, two starred
//! names in a sequence, a literal key repeated in a mapping pattern and
//! an attribute repeated in a class pattern. Each is reported at the node
//! CPython points at. The checker (`hir/src/check/matching.rs`) lowers
//! the statement itself.

use super::*;

impl Lower<'_> {
    pub(super) fn match_stmt(&mut self, m: &r::StmtMatch) -> Option<StmtKind> {
        let subject = self.expr(&m.subject);
        // The checker nests each case inside the one before (as `elif`
        // chains are), so each counts one level deeper.
        let outer_depth = self.depth;
        let mut cases = Vec::new();
        let mut ok = subject.is_some();
        let last = m.cases.len().saturating_sub(1);
        for (i, c) in m.cases.iter().enumerate() {
            if i > 0 && !self.enter(c.range) {
                ok = false;
                break;
            }
            // CPython allows an irrefutable pattern only in a guarded case
            // or the last one.
            let mut pc = PatternCx {
                allow_irrefutable: c.guard.is_some() || i == last,
                stores: Vec::new(),
                last: c.pattern.range(),
            };
            let pattern = self.pattern(&c.pattern, &mut pc);
            let guard = match c.guard.as_deref() {
                Some(g) => self.expr(g).map(Some),
                None => Some(None),
            };
            let body = self.block(&c.body);
            match (pattern, guard) {
                (Some(pattern), Some(guard)) => cases.push(MatchCase {
                    pattern,
                    guard,
                    body,
                }),
                _ => ok = false,
            }
        }
        self.depth = outer_depth;
        if !ok {
            return None;
        }
        Some(StmtKind::Match(Match {
            subject: subject?,
            cases,
        }))
    }

    fn syntax_error(&mut self, range: TextRange, msg: String) -> Option<Pattern> {
        self.errors
            .push(Diagnostic::new(Kind::Syntax, span(range), msg));
        None
    }

    /// Records a name the pattern binds (CPython's
    /// `pattern_helper_store_name`), refusing one bound twice.
    fn store(&mut self, name: &r::Identifier, pc: &mut PatternCx) -> Option<Ident> {
        let id = ident(name);
        if pc.stores.contains(&id.name) {
            self.syntax_error(
                pc.last,
                format!("multiple assignments to name '{}' in pattern", id.name),
            );
            return None;
        }
        pc.stores.push(id.name.clone());
        Some(id)
    }

    fn pattern(&mut self, p: &r::Pattern, pc: &mut PatternCx) -> Option<Pattern> {
        let range = p.range();
        if !self.enter(range) {
            self.depth -= 1;
            return None;
        }
        pc.last = range;
        let kind = with_stack(|| self.pattern_kind(p, pc));
        self.depth -= 1;
        kind.map(|kind| Pattern {
            span: span(range),
            kind,
        })
    }

    /// Sub-patterns of a sequence, mapping or class pattern: each is
    /// tested inside the one before, so each counts one level deeper.
    fn sub_patterns<'p>(
        &mut self,
        ps: impl Iterator<Item = &'p r::Pattern>,
        pc: &mut PatternCx,
    ) -> Option<Vec<Pattern>> {
        let outer_depth = self.depth;
        let allow = std::mem::replace(&mut pc.allow_irrefutable, true);
        let mut out = Vec::new();
        let mut ok = true;
        for (i, p) in ps.enumerate() {
            if i > 0 && !self.enter(p.range()) {
                ok = false;
                break;
            }
            match self.pattern(p, pc) {
                Some(p) => out.push(p),
                None => ok = false,
            }
        }
        self.depth = outer_depth;
        pc.allow_irrefutable = allow;
        ok.then_some(out)
    }

    fn pattern_kind(&mut self, p: &r::Pattern, pc: &mut PatternCx) -> Option<PatternKind> {
        use r::Pattern as P;
        Some(match p {
            P::MatchValue(v) => PatternKind::Value(self.expr(&v.value)?),
            P::MatchSingleton(s) => PatternKind::Singleton(Expr {
                span: span(s.range),
                kind: match s.value {
                    r::Singleton::None => ExprKind::None,
                    r::Singleton::True => ExprKind::Bool(true),
                    r::Singleton::False => ExprKind::Bool(false),
                },
            }),
            P::MatchSequence(s) => {
                let stars = s.patterns.iter().filter(|p| p.is_match_star()).count();
                if stars > 1 {
                    self.syntax_error(s.range, "multiple starred names in sequence pattern".into());
                    return None;
                }
                PatternKind::Sequence(self.sub_patterns(s.patterns.iter(), pc)?)
            }
            P::MatchStar(s) => PatternKind::Star(match &s.name {
                Some(n) => Some(self.store(n, pc)?),
                None => None,
            }),
            P::MatchMapping(m) => {
                let mut keys = Vec::new();
                let mut seen: Vec<Const> = Vec::new();
                for k in m.keys.iter() {
                    let key = self.expr(k)?;
                    if let Some(c) = Const::of(&key) {
                        if seen.iter().any(|s| s.same_key(&c)) {
                            self.syntax_error(
                                m.range,
                                format!("mapping pattern checks duplicate key ({})", c.repr()),
                            );
                            return None;
                        }
                        seen.push(c);
                    }
                    keys.push(key);
                }
                let patterns = self.sub_patterns(m.patterns.iter(), pc)?;
                let rest = match &m.rest {
                    Some(n) => Some(self.store(n, pc)?),
                    None => None,
                };
                PatternKind::Mapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            P::MatchClass(c) => {
                let cls = self.expr(&c.cls)?;
                let a = &c.arguments;
                for (j, k) in a.keywords.iter().enumerate() {
                    if a.keywords[..j].iter().any(|o| o.attr.id == k.attr.id) {
                        self.syntax_error(
                            k.pattern.range(),
                            format!("attribute name repeated in class pattern: {}", k.attr.id),
                        );
                        return None;
                    }
                }
                let subs = a
                    .patterns
                    .iter()
                    .chain(a.keywords.iter().map(|k| &k.pattern));
                let mut subs = self.sub_patterns(subs, pc)?;
                let kw = subs.split_off(a.patterns.len());
                PatternKind::Class {
                    cls,
                    args: subs,
                    keywords: a.keywords.iter().map(|k| ident(&k.attr)).zip(kw).collect(),
                }
            }
            P::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let msg = match &a.name {
                            Some(n) => format!(
                                "name capture '{}' makes remaining patterns unreachable",
                                n.id
                            ),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        self.syntax_error(a.range, msg);
                        return None;
                    }
                    PatternKind::As {
                        pattern: None,
                        name: match &a.name {
                            Some(n) => Some(self.store(n, pc)?),
                            None => None,
                        },
                    }
                }
                Some(inner) => {
                    let inner = self.pattern(inner, pc)?;
                    PatternKind::As {
                        pattern: Some(Box::new(inner)),
                        name: match &a.name {
                            Some(n) => Some(self.store(n, pc)?),
                            None => None,
                        },
                    }
                }
            },
            P::MatchOr(o) => {
                let allow = pc.allow_irrefutable;
                let before = pc.stores.clone();
                let mut first: Option<Vec<String>> = None;
                let mut alts = Vec::new();
                let last = o.patterns.len() - 1;
                for (i, alt) in o.patterns.iter().enumerate() {
                    pc.stores = before.clone();
                    pc.allow_irrefutable = allow && i == last;
                    let p = self.pattern(alt, pc);
                    pc.allow_irrefutable = allow;
                    let p = p?;
                    let mut names: Vec<String> = pc.stores[before.len()..].to_vec();
                    names.sort();
                    match &first {
                        None => first = Some(names),
                        Some(f) if *f != names => {
                            pc.stores = before;
                            self.syntax_error(
                                pc.last,
                                "alternative patterns bind different names".into(),
                            );
                            return None;
                        }
                        Some(_) => {}
                    }
                    alts.push(p);
                }
                // The names bound after the or-pattern are the first
                // alternative's (in its order).
                pc.stores = before;
                let mut bound = Vec::new();
                alts[0].bound_names(&mut bound);
                pc.stores.extend(bound.into_iter().map(|i| i.name));
                PatternKind::Or(alts)
            }
        })
    }
}

/// What CPython's compiler tracks while it compiles one pattern.
struct PatternCx {
    /// Whether an irrefutable pattern may appear here.
    allow_irrefutable: bool,
    /// The names bound so far.
    stores: Vec<String>,
    /// The pattern visited last, where CPython reports its errors.
    last: TextRange,
}

/// A literal key of a mapping pattern, for the duplicate-key check.
enum Const {
    Num(f64, String),
    Str(String),
    None,
}

impl Const {
    fn of(e: &Expr) -> Option<Const> {
        Some(match &e.kind {
            ExprKind::Int(i) => Const::Num(*i as f64, i.to_string()),
            ExprKind::Float(f) => Const::Num(*f, float_repr(*f)),
            ExprKind::Bool(b) => {
                Const::Num(*b as i64 as f64, if *b { "True" } else { "False" }.into())
            }
            ExprKind::Str(s) => Const::Str(s.clone()),
            ExprKind::None => Const::None,
            ExprKind::Unary(UnaryOp::Neg, x) => match &x.kind {
                ExprKind::Int(i) => Const::Num(-(*i as f64), (-*i).to_string()),
                ExprKind::Float(f) => Const::Num(-*f, float_repr(-*f)),
                _ => return None,
            },
            _ => return None,
        })
    }

    /// Whether two keys are equal as dict keys (`1`, `1.0` and `True` are).
    fn same_key(&self, other: &Const) -> bool {
        match (self, other) {
            (Const::Num(a, _), Const::Num(b, _)) => a == b,
            (Const::Str(a), Const::Str(b)) => a == b,
            (Const::None, Const::None) => true,
            _ => false,
        }
    }

    /// The key as CPython's `repr` shows it.
    fn repr(&self) -> String {
        match self {
            Const::Num(_, r) => r.clone(),
            Const::None => "None".into(),
            Const::Str(s) => {
                let q = if s.contains('\'') && !s.contains('"') {
                    '"'
                } else {
                    '\''
                };
                let mut out = String::from(q);
                for ch in s.chars() {
                    match ch {
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        '\r' => out.push_str("\\r"),
                        '\t' => out.push_str("\\t"),
                        c if c == q => {
                            out.push('\\');
                            out.push(c);
                        }
                        c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                            out.push_str(&format!("\\x{:02x}", c as u32))
                        }
                        c => out.push(c),
                    }
                }
                out.push(q);
                out
            }
        }
    }
}

/// A float as Python's `repr` writes the common cases (`1.0`, `2.5`,
/// `1e+16`).
fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf" } else { "-inf" }.into();
    }
    let a = f.abs();
    if a != 0.0 && !(1e-4..1e16).contains(&a) {
        // `{:e}` gives `1e16` and `1.5e-7`; Python writes `1e+16`, `1.5e-07`.
        let s = format!("{f:e}");
        let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
        let (sign, digits) = match e.strip_prefix('-') {
            Some(d) => ('-', d),
            None => ('+', e),
        };
        return format!("{m}e{sign}{digits:0>2}");
    }
    let s = format!("{f:?}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}
