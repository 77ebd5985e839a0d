//! Multiple inheritance: the bases of a class statement, CPython's C3
//! method resolution order, the fields a class inherits from its second
//! and later bases, the virtual tables of the classes involved, and
//! `super()` calls whose target depends on the object's own class.
//!
//! Single inheritance keeps its representation: `ClassInfo::mro` stays
//! empty, ancestors are the `parent` chain, a subclass's fields and
//! virtual table extend its parent's. A class with several bases gets
//! its MRO, and so does every class deriving from it; `find_method`,
//! `find_const` and `is_subclass` follow the MRO when there is one.
//!
//! Object layout and virtual tables (see ARCHITECTURE.md, "Multiple
//! inheritance"): an object of `class D(B, C)` must be usable wherever a
//! `B` or a `C` is expected with no pointer adjustment, so the classes
//! connected by inheritance to a class with several bases (its
//! *component*) agree on one layout. Each virtual method name of the
//! component has one slot in every table of the component, holding the
//! method the class finds along its MRO (or a never-called filler where
//! the class has no such method), and each field one word
//! (`unset.rs`, `mi_layout`). Programs without multiple inheritance never
//! reach this code.

use super::classes::*;
use super::*;

impl Checker {
    /// The classes a class statement names as its bases, in order
    /// (`object` is dropped).
    pub(super) fn class_bases(&mut self, def: &ast::ClassDef, id: ClassId) -> R<Vec<ClassId>> {
        let mut bases = Vec::new();
        for b in &def.bases {
            if self.is_abc_item(b, "ABC") {
                // `abc.ABC` only makes `@abstractmethod` count (`abc.rs`).
                continue;
            }
            let c = match &b.kind {
                ast::ExprKind::Name(n) if n == "object" => continue,
                ast::ExprKind::Name(n) => match self.global_binding(n) {
                    Some(Binding::Class(c)) if c < id => c,
                    _ => {
                        return err(
                            Kind::Name,
                            b.span,
                            format!("name '{n}' is not a class defined before this one"),
                        )
                    }
                },
                _ => {
                    return err(
                        Kind::Unsupported,
                        b.span,
                        "this base class expression is not supported by multigen yet",
                    )
                }
            };
            if bases.contains(&c) {
                return err(
                    Kind::Type,
                    b.span,
                    format!("duplicate base class {}", self.classes[c.index()].name),
                );
            }
            if !bases.is_empty()
                && (self.classes[c.index()].is_exception
                    || self.classes[bases[0].index()].is_exception)
            {
                return err(
                    Kind::Unsupported,
                    b.span,
                    "multiple inheritance with an exception class is not supported by multigen yet",
                );
            }
            if !bases.is_empty() && self.mi_tables_done {
                return err(
                    Kind::Unsupported,
                    b.span,
                    "a generic class with several bases is not supported by multigen yet",
                );
            }
            bases.push(c);
        }
        Ok(bases)
    }

    /// The class and its ancestors in method resolution order, without
    /// `object`.
    pub(super) fn mro_of(&self, c: ClassId) -> Vec<ClassId> {
        let k = &self.classes[c.index()];
        if !k.mro.is_empty() {
            return k.mro.clone();
        }
        let mut out = vec![c];
        let mut p = k.parent;
        while let Some(x) = p {
            out.push(x);
            p = self.classes[x.index()].parent;
        }
        out
    }

    /// CPython's C3 linearisation of a class with these bases: empty
    /// when every ancestor has a single base (the `parent` chain is the
    /// order then), and CPython's `TypeError` when there is none. `abc.ABC`
    /// is no class here (`abc.rs`) but takes part in CPython's order, so a
    /// hierarchy that names it is also linearised with it
    /// (`full_mro`), for the error.
    pub(super) fn linearize(
        &self,
        id: ClassId,
        def: &ast::ClassDef,
        bases: &[ClassId],
    ) -> R<Vec<ClassId>> {
        let span = def.name.span;
        let names = |cx: &Self, heads: Vec<Option<ClassId>>| {
            let names: Vec<&str> = heads
                .iter()
                .map(|h| h.map_or("ABC", |h| cx.classes[h.index()].name.as_str()))
                .collect();
            Diagnostic::new(
                Kind::Type,
                span,
                format!(
                    "Cannot create a consistent method resolution order (MRO) for bases {}",
                    names.join(", ")
                ),
            )
        };
        let with_abc = self.abc_bases(def, bases);
        if with_abc.contains(&None) || bases.iter().any(|b| self.full_mro(*b).contains(&None)) {
            let mut lists: Vec<Vec<Option<ClassId>>> = with_abc
                .iter()
                .map(|b| b.map_or(vec![None], |b| self.full_mro(b)))
                .collect();
            lists.push(with_abc);
            c3_merge(Some(id), lists).map_err(|h| names(self, h))?;
        }
        if bases.len() < 2 && bases.iter().all(|b| self.classes[b.index()].mro.is_empty()) {
            return Ok(vec![]);
        }
        let mut lists: Vec<Vec<ClassId>> = bases.iter().map(|b| self.mro_of(*b)).collect();
        lists.push(bases.to_vec());
        c3_merge(id, lists).map_err(|h| names(self, h.into_iter().map(Some).collect()))
    }

    /// The bases a class statement names, `abc.ABC` as `None`.
    fn abc_bases(&self, def: &ast::ClassDef, bases: &[ClassId]) -> Vec<Option<ClassId>> {
        let mut classes = bases.iter();
        def.bases
            .iter()
            .filter(|b| !matches!(&b.kind, ast::ExprKind::Name(n) if n == "object"))
            .map(|b| {
                if self.is_abc_item(b, "ABC") {
                    None
                } else {
                    classes.next().copied()
                }
            })
            .collect()
    }

    /// CPython's MRO of a class with `abc.ABC` in it as `None` (without
    /// `object`), which `print(C.__mro__)` shows.
    fn full_mro(&self, c: ClassId) -> Vec<Option<ClassId>> {
        let k = &self.classes[c.index()];
        let Some(def) = &k.def else {
            return self.mro_of(c).into_iter().map(Some).collect();
        };
        let with_abc = self.abc_bases(def, &k.bases);
        let mut lists: Vec<Vec<Option<ClassId>>> = with_abc
            .iter()
            .map(|b| b.map_or(vec![None], |b| self.full_mro(b)))
            .collect();
        lists.push(with_abc);
        // Declared classes were linearised already: this cannot fail.
        c3_merge(Some(c), lists).unwrap_or_default()
    }

    /// Adds the fields of a class's second and later bases to its own
    /// (after those of its first base, which `ensure_fields` copied). A
    /// field that two bases define is one field, of one type.
    pub(super) fn merge_base_fields(&mut self, c: ClassId) {
        let bases = self.classes[c.index()].bases.clone();
        for b in bases.into_iter().skip(1) {
            self.ensure_fields(b);
            for (n, t) in self.classes[b.index()].fields.clone() {
                match self.field(c, &n) {
                    None => self.classes[c.index()].fields.push((n, t)),
                    Some((_, have)) if self.resolve(&have) == self.resolve(&t) => {}
                    Some((_, have)) => {
                        let span = self.class_span(c);
                        self.report(Diagnostic::new(
                            Kind::Type,
                            span,
                            format!(
                                "Definition of \"{n}\" in base class \"{}\" is incompatible with definition in base class \"{}\" ({} and {})",
                                self.classes[bases_first(self, c).index()].name,
                                self.classes[b.index()].name,
                                have,
                                t
                            ),
                        ));
                    }
                }
            }
        }
    }

    fn class_span(&self, c: ClassId) -> Span {
        self.classes[c.index()]
            .def
            .as_ref()
            .map(|d| d.name.span)
            .unwrap_or_default()
    }

    /// The classes connected by inheritance to a class with several bases,
    /// one list per connected group, each in id order (bases first).
    pub(super) fn mi_components(&self) -> Vec<Vec<ClassId>> {
        let n = self.classes.len();
        let mut root: Vec<usize> = (0..n).collect();
        fn find(root: &mut [usize], mut x: usize) -> usize {
            while root[x] != x {
                root[x] = root[root[x]];
                x = root[x];
            }
            x
        }
        for (i, k) in self.classes.iter().enumerate() {
            for b in &k.bases {
                let (x, y) = (find(&mut root, i), find(&mut root, b.index()));
                root[x] = y;
            }
        }
        let mut groups: HashMap<usize, Vec<ClassId>> = HashMap::new();
        for i in 1..n {
            let r = find(&mut root, i);
            groups.entry(r).or_default().push(ClassId(i as u32));
        }
        let mut out: Vec<Vec<ClassId>> = groups
            .into_values()
            .filter(|g| g.iter().any(|c| self.classes[c.index()].bases.len() > 1))
            .collect();
        out.sort();
        out
    }

    /// Gives the classes of each multiple-inheritance component one slot
    /// per virtual method name, filled by method resolution order, and
    /// checks that the methods and fields two bases define alike agree.
    /// Runs once every class is declared, before any body is checked
    /// (calls record their slot).
    pub(super) fn mi_vtables(&mut self) {
        self.mi_tables_done = true;
        let comps = self.mi_components();
        if comps.is_empty() {
            return;
        }
        let hole = self.vtable_hole();
        for comp in comps {
            let mut names: Vec<String> = Vec::new();
            for &c in &comp {
                let k = &self.classes[c.index()];
                let mut own: Vec<(&String, &usize)> = k.slots.iter().collect();
                own.sort_by_key(|x| *x.1);
                for (n, _) in own {
                    if !names.contains(n) {
                        names.push(n.clone());
                    }
                }
            }
            for &c in &comp {
                let mut vtable = Vec::new();
                let mut slots = HashMap::new();
                for (i, n) in names.iter().enumerate() {
                    match self.virtual_method(c, n) {
                        Some(f) => {
                            vtable.push(f);
                            slots.insert(n.clone(), i);
                        }
                        None => vtable.push(hole),
                    }
                }
                while vtable.last() == Some(&hole) {
                    vtable.pop();
                }
                self.classes[c.index()].vtable = vtable;
                self.classes[c.index()].slots = slots;
                self.check_base_agreement(c);
                self.classes[c.index()].unhashable = self.mro_unhashable(c);
            }
        }
    }

    /// The virtual method `name` that class `c` finds along its MRO.
    fn virtual_method(&self, c: ClassId, name: &str) -> Option<FuncId> {
        self.mro_of(c).into_iter().find_map(|k| {
            let k = &self.classes[k.index()];
            k.slots.get(name)?;
            k.methods.get(name).map(|m| m.func)
        })
    }

    /// Whether instances of `c` are unhashable: the first class of its MRO
    /// that defines `__eq__` or `__hash__` decides, as CPython's lookup
    /// of `__hash__` (set to None by a lone `__eq__`) does.
    fn mro_unhashable(&self, c: ClassId) -> bool {
        for k in self.mro_of(c) {
            let k = &self.classes[k.index()];
            if k.methods.contains_key("__hash__") {
                return false;
            }
            if k.methods.contains_key("__eq__") {
                return k.unhashable;
            }
        }
        false
    }

    /// A function that fills the virtual-table slots of names a class of a
    /// component does not have; no call reaches it, since a call through
    /// a slot has a static class that has the name.
    fn vtable_hole(&mut self) -> FuncId {
        let fid = FuncId(self.functions.len() as u32);
        self.sigs.push(Sig {
            name: "<vtable hole>".into(),
            params: vec![],
            ret: Ty::None,
        });
        self.functions.push(Some(Function {
            name: "<vtable hole>".into(),
            class: None,
            exact_other: false,
            params: vec![],
            ret: Ty::None,
            locals: vec![],
            body: vec![],
            span: Span::default(),
            env: None,
            qualname: "<vtable hole>".into(),
            frame: false,
        }));
        fid
    }

    /// Under multiple inheritance, a method that two bases of `c` reach
    /// differently must have one signature: a call through either base
    /// reaches the one `c` finds first. mypy reports the same conflict.
    fn check_base_agreement(&mut self, c: ClassId) {
        let bases = self.classes[c.index()].bases.clone();
        if bases.len() < 2 {
            return;
        }
        let mut names: Vec<String> = bases
            .iter()
            .flat_map(|b| self.mro_of(*b))
            .flat_map(|k| {
                self.classes[k.index()]
                    .methods
                    .keys()
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .collect();
        names.sort();
        names.dedup();
        for n in names {
            if n == "__init__" || n.ends_with("(undecorated)") || COMPARISONS.contains(&n.as_str())
            {
                continue;
            }
            // The class's own method first: it overrides every base's.
            let own = self.classes[c.index()].methods.get(&n).map(|m| (c, *m));
            let found: Vec<(ClassId, Method)> = own
                .into_iter()
                .chain(bases.iter().filter_map(|b| self.find_method(*b, &n)))
                .collect();
            let Some(&(first_owner, first)) = found.first() else {
                continue;
            };
            for &(owner, m) in &found[1..] {
                if m.func == first.func {
                    continue;
                }
                if !self.same_method_sig(first, m) {
                    let span = self.class_span(c);
                    let first_owner = if first_owner == c { owner } else { first_owner };
                    self.report(Diagnostic::new(
                        Kind::Type,
                        span,
                        format!(
                            "Definition of \"{n}\" in base class \"{}\" is incompatible with definition in base class \"{}\"",
                            self.classes[first_owner.index()].name,
                            self.classes[owner.index()].name
                        ),
                    ));
                    return;
                }
            }
        }
    }
}

impl Checker {
    /// The text of `C.__mro__` for a class `C`, which `print` writes: the
    /// tuple of its classes, ending with `object`.
    pub(super) fn mro_text(&self, e: &ast::Expr, scope: &Scope) -> Option<String> {
        let ast::ExprKind::Attribute(b, a) = &e.kind else {
            return None;
        };
        let ast::ExprKind::Name(n) = &b.kind else {
            return None;
        };
        if a.name != "__mro__" || self.is_value_name(n, scope) {
            return None;
        }
        let Some(Binding::Class(c)) = self.lookup(n, scope) else {
            return None;
        };
        let mut parts: Vec<String> = Vec::new();
        let mro = if c == OBJECT_CLASS {
            vec![]
        } else {
            self.full_mro(c)
        };
        for k in mro {
            let Some(k) = k else {
                parts.push("<class 'abc.ABC'>".into());
                continue;
            };
            let k = &self.classes[k.index()];
            let module = match &k.module {
                Some(m) => m.as_str(),
                None if k.builtin => "",
                None => "__main__",
            };
            if module.is_empty() {
                parts.push(format!("<class '{}'>", k.name));
            } else {
                parts.push(format!("<class '{module}.{}'>", k.name));
            }
        }
        parts.push("<class 'object'>".into());
        if parts.len() == 1 {
            return Some("(<class 'object'>,)".into());
        }
        Some(format!("({})", parts.join(", ")))
    }
}

/// C3's merge of the bases' linearisations and the list of bases, after
/// `head`; the heads that could not be ordered when there is no order.
fn c3_merge<T: Copy + PartialEq>(head: T, mut lists: Vec<Vec<T>>) -> Result<Vec<T>, Vec<T>> {
    let mut out = vec![head];
    loop {
        lists.retain(|l| !l.is_empty());
        if lists.is_empty() {
            return Ok(out);
        }
        let next = lists
            .iter()
            .map(|l| l[0])
            .find(|h| lists.iter().all(|l| !l[1..].contains(h)));
        let Some(h) = next else {
            let mut heads: Vec<T> = Vec::new();
            for l in &lists {
                if !heads.contains(&l[0]) {
                    heads.push(l[0]);
                }
            }
            return Err(heads);
        };
        out.push(h);
        for l in &mut lists {
            if l[0] == h {
                l.remove(0);
            }
        }
    }
}

fn bases_first(cx: &Checker, c: ClassId) -> ClassId {
    cx.classes[c.index()].bases[0]
}
