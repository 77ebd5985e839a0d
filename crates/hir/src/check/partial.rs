//! mypy's partial `None` types: a variable or attribute first assigned
//! `None` without an annotation, and later something else, is an
//! `Optional` of that later type.
//!
//! The checker fixes a variable's type at its first assignment, so when it
//! meets `best = None` it cannot know yet that `best = x` (an `int`) comes
//! later, after reads such as `x < best` that need the final type. Instead
//! of typing the program twice everywhere, the first check records, for
//! every `None`-first variable (keyed by the span of that first target),
//! the type of the first other value assigned to it; if the check failed
//! and something was recorded, the whole module is checked again with those
//! variables declared `Optional[T]` at their first assignment, as if the
//! program had annotated them. A program without the idiom is checked once.
//!
//! Attributes work alike: `self.left = None` in `__init__` and
//! `self.left = Node(v)` anywhere in the class make `left` an
//! `Optional[Node]` field (mypy itself asks for an annotation when the
//! later assignment is in another method; accepting it is harmless).

use super::*;

/// What one check of the module learned about partial `None` types.
#[derive(Default, Clone)]
pub(super) struct Partial {
    /// Hints given to this check: the first target's span and the type
    /// that the variable holds besides `None`.
    pub(super) hints: HashMap<Span, Ty>,
    /// Hints found by this check.
    pub(super) found: HashMap<Span, Ty>,
    /// Variables first assigned `None` with no hint: the span of that
    /// target and the inference variable standing for the other type.
    sites: Vec<(Span, Ty)>,
    fields: HashMap<(ClassId, String), Span>,
}

impl Partial {
    /// Whether this check met a partial type it had no hint for, so that
    /// checking again with `found` is needed (even after a success, whose
    /// variables may be unsolved).
    pub(super) fn learned(&self) -> bool {
        self.found.keys().any(|s| !self.hints.contains_key(s))
    }
}

/// The type a value of type `t` makes a partial `None` variable hold.
fn hint_of(t: &Ty) -> Option<Ty> {
    match t {
        Ty::None | Ty::Var(_) => None,
        Ty::Optional(inner) => hint_of(inner),
        t => Some(t.clone()),
    }
}

impl Checker {
    /// The type of a variable first assigned `None` at `span`: `Optional`
    /// of the hinted type (a hint of `None` keeps it `None`), or, with no
    /// hint, `Optional` of an inference variable that the uses that follow
    /// may solve (`x < best`, `best = x`).
    pub(super) fn partial_first(&mut self, span: Span) -> Ty {
        match self.partial.hints.get(&span) {
            Some(Ty::None) => Ty::None,
            Some(t) => optional(t.clone()),
            None => {
                let v = self.fresh_var();
                self.partial.sites.push((span, v.clone()));
                Ty::Optional(Box::new(v))
            }
        }
    }

    /// After statement `s` failed (in a check that will be repeated): its
    /// nested blocks may still complete a partial type (`if best is None
    /// or len(x) > len(best): best = x`, where the test fails on the
    /// unsolved `best`), so they are checked too, their diagnostics and
    /// code dropped. Nothing happens when no variable is waiting.
    pub(super) fn partial_discovery(&mut self, s: &ast::Stmt, scope: &mut Scope) {
        if !self
            .partial
            .sites
            .iter()
            .any(|(_, v)| matches!(self.resolve(v), Ty::Var(_)))
        {
            return;
        }
        let errors = self.errors.len();
        let blocks: Vec<&[ast::Stmt]> = match &s.kind {
            ast::StmtKind::If { body, orelse, .. }
            | ast::StmtKind::While { body, orelse, .. }
            | ast::StmtKind::For { body, orelse, .. } => vec![body, orelse],
            ast::StmtKind::Try(t) => vec![&t.body, &t.orelse, &t.finalbody],
            ast::StmtKind::Match(m) => m.cases.iter().map(|c| c.body.as_slice()).collect(),
            _ => vec![],
        };
        for b in blocks {
            let _ = self.block(b, scope);
        }
        self.errors.truncate(errors);
    }

    /// Turns what this check saw into hints for the next one: each
    /// variable's solved type, or `None` when nothing solved it.
    pub(super) fn partial_outcome(&mut self) {
        for (span, v) in std::mem::take(&mut self.partial.sites) {
            let t = hint_of(&self.resolve(&v)).unwrap_or(Ty::None);
            self.partial.found.entry(span).or_insert(t);
        }
    }

    /// The type of a field first assigned `None` (at `span`) in
    /// `__init__`, as [`Checker::partial_first`]; `None` when nothing is
    /// known yet, after reporting the error that a second check may lift.
    pub(super) fn partial_field(&mut self, c: ClassId, attr: &ast::Ident, span: Span) -> Ty {
        if let Some(t) = self.partial.hints.get(&span) {
            return optional(t.clone());
        }
        self.partial.fields.insert((c, attr.name.clone()), span);
        self.report(Diagnostic::new(
            Kind::Type,
            span,
            format!(
                "cannot infer the type of attribute '{}' from None; annotate it (self.{}: Optional[T] = None)",
                attr.name, attr.name
            ),
        ));
        Ty::None
    }

    /// Notes a value of type `vty` assigned to field `attr` of `c` (or of
    /// the class that declared it).
    pub(super) fn partial_field_later(&mut self, c: ClassId, attr: &str, vty: &Ty) {
        let mut k = Some(c);
        while let Some(cls) = k {
            if let Some(site) = self.partial.fields.get(&(cls, attr.to_string())).copied() {
                if let Some(t) = hint_of(&self.resolve(vty)) {
                    self.partial.found.entry(site).or_insert(t);
                }
                return;
            }
            k = self.classes[cls.index()].parent;
        }
    }
}

/// One check of a program, given what earlier ones learned about partial
/// `None` types; on failure, also what this one learned.
pub(super) type Once = Result<Program, Box<(Vec<Diagnostic>, Partial)>>;

/// Checks a program with `check_once`, again with what a failed check
/// learned about partial `None` types (a few rounds at most: each round
/// can only add hints).
pub(super) fn with_hints(
    check_once: impl Fn(HashMap<Span, Ty>) -> Once,
) -> Result<Program, Vec<Diagnostic>> {
    let mut hints = HashMap::new();
    for _ in 0..4 {
        match check_once(hints) {
            Ok(p) => return Ok(p),
            Err(failed) => {
                let (errors, partial) = *failed;
                if !partial.learned() {
                    return Err(errors);
                }
                let mut next = partial.hints;
                next.extend(partial.found);
                hints = next;
            }
        }
    }
    check_once(hints).map_err(|e| e.0)
}
