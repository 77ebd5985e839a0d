//! Definite assignment of instance attributes, and the object layout that
//! follows from it.
//!
//! Python objects start without attributes: a read of one that no code
//! has assigned yet raises `AttributeError` (or finds the class attribute
//! of the same name). multigen's objects are fixed-size, zeroed on
//! allocation, so a read must know whether its slot was ever written.
//! Checking every read would slow down every class, so this pass proves,
//! for each field, that every way of constructing an object assigns it
//! before anything can read it; only the other fields get a check.
//!
//! The analysis walks the `__init__` that constructs each class (its own
//! or an inherited one), with the `super().__init__(...)` calls it makes
//! inlined, in execution order. It tracks the set of fields assigned on
//! every path so far. A field is *maybe unset* when
//! - a read `self.f` may run before `f` is assigned,
//! - `self` escapes (is passed to a method, a function, a container...)
//!   before `f` is assigned: the callee might read it,
//! - `__init__` may return (or the class has no `__init__`) without
//!   having assigned `f` on every path, or
//! - the program contains `del x.f`.
//!
//! A field read through a base class may belong to an instance of any
//! subclass, so the verdict for a field is shared by the class that
//! declares it and all its subclasses. Maybe-unset fields holding
//! pointers (which are never null once assigned) are checked against
//! null; the others (`int`, `float`, `bool`, `None`, `Optional`, where
//! every bit pattern is a value) get a bit in an assignment bitmap, words
//! appended after the fields of the class that declares them. Because a
//! subclass's layout starts with its base's, bitmaps and fields keep
//! their offsets in every subclass.

use super::*;

/// The fields assigned on every path so far; `None` where no path
/// arrives (after `return`, `raise`, `break`, `continue`).
type State = Option<Vec<bool>>;

/// Intersection of the states of two paths that join.
fn meet(a: State, b: State) -> State {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) => Some(a.iter().zip(&b).map(|(x, y)| *x && *y).collect()),
    }
}

/// Whether a field of this type is stored in a slot where every bit
/// pattern (zero included) is a value, so "unassigned" needs a bit of
/// its own.
pub(super) fn needs_bit(t: &Ty) -> bool {
    matches!(
        t,
        Ty::Int | Ty::Float | Ty::Bool | Ty::None | Ty::Optional(_)
    )
}

/// `e` without the upcasts the checker wraps around `self` (for example
/// in `super().__init__(...)`).
fn strip_casts(mut e: &Expr) -> &Expr {
    while let ExprKind::Cast(x) = &e.kind {
        e = x;
    }
    e
}

/// The walk over one class's construction.
struct Walk<'a> {
    functions: &'a [Option<Function>],
    /// The class whose `__init__` (or an ancestor's, inlined) is walked.
    class: Vec<ClassId>,
    /// Per class, its parent (to recognise an ancestor's `__init__`).
    parents: Vec<Option<ClassId>>,
    /// The local that holds `self` in the function being walked.
    me: LocalId,
    /// The result: fields that may be read while unassigned.
    unset: Vec<bool>,
    /// The meet of the states at every `return` of the function walked.
    exits: State,
}

impl Walk<'_> {
    fn is_self(&self, e: &Expr) -> bool {
        matches!(strip_casts(e).kind, ExprKind::Load(Place::Local(l)) if l == self.me)
    }

    /// `self` may now be seen by code that reads fields: every field not
    /// yet assigned may be read unassigned.
    fn escape(&mut self, st: &[bool]) {
        for (u, s) in self.unset.iter_mut().zip(st) {
            *u |= !s;
        }
    }

    /// Records the reads of `self`'s fields in an expression (and the
    /// statements nested in it), and whether `self` escapes there. Nothing
    /// is assigned inside an expression that this pass counts, so the
    /// order of the reads does not matter.
    fn expr(&mut self, e: &Expr, st: &[bool]) {
        let mut uses = 0usize;
        let mut accounted = 0usize;
        let mut reads = Vec::new();
        crate::visit::expr(e, &mut |x| {
            self.count(x, &mut uses, &mut accounted, &mut reads)
        });
        self.settle(uses, accounted, reads, st);
    }

    fn count(&self, x: &Expr, uses: &mut usize, accounted: &mut usize, reads: &mut Vec<usize>) {
        match &x.kind {
            ExprKind::Load(Place::Local(l)) if *l == self.me => *uses += 1,
            // A closure over `self` may read any field whenever it is
            // called: an escape.
            ExprKind::MakeFunc { captures, .. }
                if captures
                    .iter()
                    .any(|c| matches!(c, Capture::Cell(l) if *l == self.me)) =>
            {
                *uses += 1
            }
            ExprKind::GetField(b, i) | ExprKind::FieldSet(b, i) if self.is_self(b) => {
                *accounted += 1;
                reads.push(*i);
            }
            // The runtime's `BaseException.__init__` only sets `args`.
            ExprKind::ExcInit(b, _) if self.is_self(b) => *accounted += 1,
            _ => {}
        }
    }

    fn settle(&mut self, uses: usize, accounted: usize, reads: Vec<usize>, st: &[bool]) {
        for i in reads {
            if !st[i] {
                self.unset[i] = true;
            }
        }
        if uses > accounted {
            self.escape(st);
        }
    }

    /// Every expression of a statement, without following its control flow
    /// (for statements that assign no field of `self`).
    fn plain_stmt(&mut self, s: &Stmt, st: &[bool]) {
        let mut uses = 0usize;
        let mut accounted = 0usize;
        let mut reads = Vec::new();
        crate::visit::stmt(s, &mut |x| {
            self.count(x, &mut uses, &mut accounted, &mut reads)
        });
        self.settle(uses, accounted, reads, st);
    }

    /// Assigns a target: fields of `self` become assigned; rebinding `self`
    /// itself ends the analysis of this construction (every field counts
    /// as maybe unset).
    fn target(&mut self, t: &Target, st: &mut Vec<bool>) {
        match t {
            Target::Field(b, i, _) if self.is_self(b) => st[*i] = true,
            Target::Place(Place::Local(l)) if *l == self.me => {
                self.unset.iter_mut().for_each(|u| *u = true);
            }
            Target::Tuple(ts) | Target::List(ts, _) | Target::Star(ts, ..) => {
                for t in ts {
                    self.target(t, st);
                }
            }
            _ => {
                let mut uses = 0usize;
                let mut accounted = 0usize;
                let mut reads = Vec::new();
                crate::visit::target(t, &mut |x| {
                    self.count(x, &mut uses, &mut accounted, &mut reads)
                });
                self.settle(uses, accounted, reads, st);
            }
        }
    }

    fn block(&mut self, ss: &[Stmt], mut st: State) -> State {
        for s in ss {
            st = self.stmt(s, st?);
        }
        st
    }

    /// The ancestor `__init__` that `super().__init__(...)` (or
    /// `Base.__init__(self, ...)`) calls here, if `e` is such a call.
    fn parent_init<'e>(&self, e: &'e Expr) -> Option<(FuncId, &'e [Expr], &'e [ArgSource])> {
        let ExprKind::MethodCall {
            func,
            slot: None,
            args,
            map,
        } = &e.kind
        else {
            return None;
        };
        let f = self.functions[func.index()].as_ref()?;
        let owner = f.class?;
        if f.name != "__init__" || !args.first().is_some_and(|a| self.is_self(a)) {
            return None;
        }
        // Only a strict ancestor of the class being walked: anything else
        // (recursion into the same `__init__`) is an ordinary escape.
        let mut c = self.parents[self.class.last()?.index()];
        while let Some(p) = c {
            if p == owner {
                return Some((*func, &args[1..], map));
            }
            c = self.parents[p.index()];
        }
        None
    }

    fn stmt(&mut self, s: &Stmt, mut st: Vec<bool>) -> State {
        match s {
            Stmt::SetField(b, i, v) if self.is_self(b) => {
                self.expr(v, &st);
                st[*i] = true;
                Some(st)
            }
            Stmt::DelField(b, i, _) if self.is_self(b) => {
                st[*i] = false;
                Some(st)
            }
            Stmt::Assign(t, v) => {
                self.expr(v, &st);
                self.target(t, &mut st);
                Some(st)
            }
            Stmt::Expr(e) if self.parent_init(e).is_some() => {
                let (func, args, map) = self.parent_init(e).expect("checked above");
                for a in args {
                    self.expr(a, &st);
                }
                for m in map {
                    if let ArgSource::Default(d) = m {
                        self.expr(d, &st);
                    }
                }
                let f = self.functions[func.index()]
                    .as_ref()
                    .expect("a checked function");
                let owner = f.class.expect("a method");
                let saved = (self.me, self.exits.take());
                self.me = f.params[0];
                self.class.push(owner);
                let end = self.block(&f.body, Some(st));
                let end = meet(end, self.exits.take());
                self.class.pop();
                (self.me, self.exits) = saved;
                end
            }
            Stmt::If(c, a, b) => {
                self.expr(c, &st);
                let sa = self.block(a, Some(st.clone()));
                let sb = self.block(b, Some(st));
                meet(sa, sb)
            }
            Stmt::While { test, body, orelse } => {
                // The body may run no time, or several: what it assigns
                // counts for nothing after the loop, and its reads see only
                // what was assigned before it.
                self.expr(test, &st);
                self.block(body, Some(st.clone()));
                self.block(orelse, Some(st.clone()));
                Some(st)
            }
            Stmt::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                let mut uses = 0usize;
                let mut accounted = 0usize;
                let mut reads = Vec::new();
                // The iterable, through a statement without the blocks.
                let head = Stmt::For {
                    target: Target::Tuple(vec![]),
                    iter: iter.clone(),
                    body: vec![],
                    orelse: vec![],
                    span: Span::default(),
                };
                crate::visit::stmt(&head, &mut |x| {
                    self.count(x, &mut uses, &mut accounted, &mut reads)
                });
                self.settle(uses, accounted, reads, &st);
                let mut inner = st.clone();
                self.target(target, &mut inner);
                self.block(body, Some(inner));
                self.block(orelse, Some(st.clone()));
                Some(st)
            }
            Stmt::Return(e) => {
                if let Some(e) = e {
                    self.expr(e, &st);
                }
                self.exits = meet(self.exits.take(), Some(st));
                None
            }
            Stmt::Raise { .. } => {
                self.plain_stmt(s, &st);
                None
            }
            Stmt::Break | Stmt::Continue | Stmt::BreakOuter(_) => None,
            Stmt::Try(t) => {
                // A handler may start after any part of the body: it sees
                // only what was assigned before the `try`.
                let before = st.clone();
                let body = self.block(&t.body, Some(st));
                let mut out = self.block(&t.orelse, body);
                for h in &t.handlers {
                    let end = self.block(&h.body, Some(before.clone()));
                    out = meet(out, end);
                }
                let fin = self.block(&t.finalbody, Some(before.clone()))?;
                out.map(|o| {
                    o.iter()
                        .zip(&fin)
                        .zip(&before)
                        .map(|((o, f), b)| *o || (*f && !*b))
                        .collect()
                })
            }
            Stmt::Frame { body, .. } => self.block(body, Some(st)),
            _ => {
                self.plain_stmt(s, &st);
                Some(st)
            }
        }
    }
}

impl Checker {
    /// Decides which fields need a check on reads and lays out every
    /// class's objects (see the module documentation).
    pub(super) fn layout_fields(&mut self, classes: &mut [Class]) {
        let parents: Vec<Option<ClassId>> = classes.iter().map(|c| c.parent).collect();
        // The class that declares field `i` of class `c`: the topmost
        // ancestor whose layout has it (layouts are prefixes).
        let decl = |mut c: ClassId, i: usize| {
            while let Some(p) = parents[c.index()] {
                if classes[p.index()].fields.len() <= i {
                    break;
                }
                c = p;
            }
            c
        };
        let mut maybe_unset: Vec<Vec<bool>> = classes
            .iter()
            .map(|c| vec![false; c.fields.len()])
            .collect();
        for (c, class) in classes.iter().enumerate() {
            let id = ClassId(c as u32);
            let n = class.fields.len();
            if class.builtin || n == 0 {
                continue;
            }
            // An `__init__` inherited from a second base (multiple
            // inheritance) numbers the fields differently: every field
            // counts as maybe unset then.
            let on_chain = |owner: ClassId| {
                let mut k = Some(id);
                while let Some(x) = k.filter(|&x| x != owner) {
                    k = parents[x.index()];
                }
                k.is_some()
            };
            let unset = match self.find_method(id, "__init__") {
                None => vec![true; n],
                Some((owner, _)) if !on_chain(owner) => vec![true; n],
                Some((owner, m)) => {
                    let f = self.functions[m.func.index()]
                        .as_ref()
                        .expect("__init__ is checked");
                    let mut w = Walk {
                        functions: &self.functions,
                        class: vec![owner],
                        parents: parents.clone(),
                        me: f.params[0],
                        unset: vec![false; n],
                        exits: None,
                    };
                    let end = w.block(&f.body, Some(vec![false; n]));
                    // Construction may end at any `return` or at the end.
                    if let Some(end) = meet(end, w.exits.take()) {
                        w.escape(&end);
                    }
                    w.unset
                }
            };
            for (i, u) in unset.iter().enumerate() {
                if *u {
                    let d = decl(id, i);
                    maybe_unset[d.index()][i] = true;
                }
            }
        }
        for &(c, i) in &self.deleted_fields {
            let d = decl(c, i);
            maybe_unset[d.index()][i] = true;
        }
        // Classes with several bases and those connected to them are laid
        // out together (`mi_layout.rs`).
        let components = self.mi_components();
        let joint: HashSet<ClassId> = components.iter().flatten().copied().collect();
        // Layouts, parents first (a parent's id is always smaller).
        for c in 0..classes.len() {
            let id = ClassId(c as u32);
            if joint.contains(&id) {
                continue;
            }
            let (mut layout, mut size) = match classes[c].parent {
                Some(p) => (
                    classes[p.index()].layout.clone(),
                    classes[p.index()].size_words,
                ),
                None => (Vec::new(), classes[c].header_words()),
            };
            let own = layout.len()..classes[c].fields.len();
            for _ in own.clone() {
                layout.push(FieldLayout {
                    word: size,
                    check: UnsetCheck::Never,
                    class_value: None,
                });
                size += 1;
            }
            let mut bits = 0usize;
            for i in own {
                if !maybe_unset[c][i] {
                    continue;
                }
                let (name, ty) = &classes[c].fields[i];
                layout[i].check = if needs_bit(ty) {
                    bits += 1;
                    UnsetCheck::Bit {
                        word: size + (bits - 1) / 64,
                        mask: 1 << ((bits - 1) % 64),
                    }
                } else {
                    UnsetCheck::Null
                };
                layout[i].class_value = self.class_value(id, name, ty);
            }
            size += bits.div_ceil(64);
            classes[c].layout = layout;
            classes[c].size_words = size;
        }
        for comp in components {
            self.mi_layout(classes, &comp, &maybe_unset);
        }
    }

    /// The class attribute a read of field `name` of `c`'s instances
    /// finds while the instance has none (CPython looks the name up on the
    /// class then). A subclass that redefines it would need a lookup on
    /// the object's class at run time: that is refused.
    pub(super) fn class_value(&mut self, c: ClassId, name: &str, ty: &Ty) -> Option<GlobalId> {
        let g = self.find_const(c, name)?;
        let span = |cx: &Self, k: ClassId| {
            cx.classes[k.index()]
                .def
                .as_ref()
                .map(|d| d.name.span)
                .unwrap_or_default()
        };
        let redefined = (0..self.classes.len())
            .map(|k| ClassId(k as u32))
            .find(|&k| {
                k != c
                    && self.is_subclass(k, c)
                    && self.classes[k.index()].consts.contains_key(name)
            });
        if let Some(k) = redefined {
            let s = span(self, k);
            self.report(Diagnostic::new(
                Kind::Unsupported,
                s,
                format!("class attribute '{name}' redefines the class attribute that instances of a base class read while their attribute '{name}' is unset; multigen does not support that yet"),
            ));
            return None;
        }
        let gt = self.globals[g.index()].ty.as_ref().map(|t| self.resolve(t));
        if gt.as_ref() != Some(ty) {
            let s = span(self, c);
            self.report(Diagnostic::new(
                Kind::Unsupported,
                s,
                format!("attribute '{name}' may be read while unset, when CPython returns the class attribute '{name}', whose type differs from the attribute's ({}); multigen does not support that yet", ty),
            ));
            return None;
        }
        Some(g)
    }
}
