//! `__slots__`: a class body's `__slots__ = ("x", "y")` (a tuple or list
//! of string literals, or one string) lists the only instance attributes
//! its objects have, when every user-defined base declares `__slots__`
//! too (otherwise objects have a `__dict__` and take any attribute).
//!
//! multigen's objects never have a `__dict__`: their fields are those the
//! checker finds, so slots change only what is refused. Assigning an
//! attribute outside the slots is mypy's error `Trying to assign name "z"
//! that is not in "__slots__"`, found at compile time; reading a slot that
//! is not set raises CPython's `AttributeError` through the checks of
//! `unset.rs`, as for any field. `__slots__` itself stays a class
//! attribute (its tuple or list), and the slot names are class-level names
//! (member descriptors) for `dir()`.

use super::*;

impl Checker {
    /// Records the `__slots__` of class `id` from its value in the class
    /// body, refusing what multigen does not support.
    pub(super) fn declare_slots(
        &mut self,
        id: ClassId,
        value: Option<&ast::Expr>,
        span: Span,
    ) -> R<()> {
        let names = value.and_then(slot_literal).ok_or_else(|| {
            Diagnostic::new(
                Kind::Unsupported,
                span,
                "`__slots__` other than a tuple or list of string literals (or one string) is not supported by multigen yet",
            )
        })?;
        let k = &self.classes[id.index()];
        if k.dataclass.is_some() || k.is_exception {
            return err(
                Kind::Unsupported,
                span,
                "`__slots__` in a dataclass or an exception class is not supported by multigen yet",
            );
        }
        if let Some(n) = names
            .iter()
            .find(|n| matches!(n.as_str(), "__dict__" | "__weakref__"))
        {
            return err(
                Kind::Unsupported,
                span,
                format!("'{n}' in `__slots__` is not supported by multigen yet"),
            );
        }
        self.class_slots.insert(id, names);
        Ok(())
    }

    /// After the class body is declared: a class attribute that is also a
    /// slot makes CPython's class creation fail.
    pub(super) fn check_slot_conflicts(&self, id: ClassId, def: &ast::ClassDef) -> R<()> {
        let Some(names) = self.class_slots.get(&id) else {
            return Ok(());
        };
        for s in &def.body {
            let targets: Vec<&ast::Expr> = match &s.kind {
                ast::StmtKind::Assign { targets, .. } => targets.iter().collect(),
                ast::StmtKind::AnnAssign {
                    target,
                    value: Some(_),
                    ..
                } => vec![target],
                _ => continue,
            };
            for t in targets {
                if let ast::ExprKind::Name(n) = &t.kind {
                    if names.contains(n) {
                        return err(
                            Kind::Unsupported,
                            t.span,
                            format!("'{n}' in __slots__ conflicts with class variable (CPython raises ValueError here)"),
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// The attribute names objects of class `c` may have, when `c` and
    /// all its user-defined bases declare `__slots__`; `None` otherwise.
    fn allowed_attrs(&self, c: ClassId) -> Option<HashSet<&str>> {
        self.class_slots.get(&c)?;
        let mut out = HashSet::new();
        for i in 0..self.classes.len() {
            let k = ClassId(i as u32);
            if k == OBJECT_CLASS || !self.is_subclass(c, k) {
                continue;
            }
            out.extend(self.class_slots.get(&k)?.iter().map(|s| s.as_str()));
        }
        Some(out)
    }

    /// Refuses an assignment of attribute `attr` on an object of static
    /// class `c` that its slots do not allow (mypy's message), located at
    /// the target `span`. Properties
    /// and methods are class attributes, left to their own checks.
    pub(super) fn check_slot_assign(&self, c: ClassId, attr: &ast::Ident, span: Span) -> R<()> {
        if self.class_slots.is_empty() || self.find_method(c, &attr.name).is_some() {
            return Ok(());
        }
        match self.allowed_attrs(c) {
            Some(ok) if !ok.contains(attr.name.as_str()) => err(
                Kind::Type,
                span,
                format!(
                    "Trying to assign name \"{}\" that is not in \"__slots__\" of type \"{}\"",
                    attr.name,
                    self.classes[c.index()].name
                ),
            ),
            _ => Ok(()),
        }
    }
}

/// The names of a `__slots__` value written as literals.
pub(super) fn slot_literal(e: &ast::Expr) -> Option<Vec<String>> {
    match &e.kind {
        ast::ExprKind::Str(s) => Some(vec![s.clone()]),
        ast::ExprKind::Tuple(xs) | ast::ExprKind::List(xs) => xs
            .iter()
            .map(|x| match &x.kind {
                ast::ExprKind::Str(s) => Some(s.clone()),
                _ => None,
            })
            .collect(),
        _ => None,
    }
}

/// The slot names a class body declares, for the class-level names of
/// `dir()`.
pub(super) fn declared_slots(def: &ast::ClassDef) -> Vec<String> {
    def.body
        .iter()
        .find_map(|s| match &s.kind {
            ast::StmtKind::Assign { targets, value }
                if targets
                    .iter()
                    .any(|t| matches!(&t.kind, ast::ExprKind::Name(n) if n == "__slots__")) =>
            {
                slot_literal(value)
            }
            ast::StmtKind::AnnAssign {
                target,
                value: Some(value),
                ..
            } if matches!(&target.kind, ast::ExprKind::Name(n) if n == "__slots__") => {
                slot_literal(value)
            }
            _ => None,
        })
        .unwrap_or_default()
}
