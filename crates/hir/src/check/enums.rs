//! `enum`: classes deriving from `Enum`, `IntEnum`, `StrEnum`, `Flag` and
//! `IntFlag`, `auto()` and `@unique`.
//!
//! An enum is an ordinary class of the IR whose instances are its members:
//! objects with two fields, `_name_` (a `str`; `str | None` for flags,
//! whose value 0 has no name) and `_value_` (an `int` or a `str`), built
//! once by the `class` statement and kept in class constants (globals), so
//! `Color.RED` is a plain read of a typed global and `is`/`==` compare
//! pointers. Member values must be literals or `auto()`: the checker knows
//! them, numbers `auto()` as CPython does for each kind, finds aliases
//! (later names of an earlier value, bound to the same object) and
//! refuses what CPython would refuse or warn about. The class gets a
//! generated `__init__` (which makes both fields always set), the
//! `__repr__`, `__str__` and `__hash__` of its kind (`IntEnum` adds the
//! orderings and `__bool__` of `int`; flags `|`, `&`, `^`, `~`, `in` and
//! `__bool__`), and two frameless functions: the lookup by value
//! (`Color(2)`) and by name (`Color["RED"]`), loops over the members that
//! end in the runtime's `ValueError`/`KeyError` with CPython's `enum.py`
//! frames (`runtime/src/enums.rs`). A class global holds the list of the
//! members that iteration shows (`for c in Color`, `list(Color)`,
//! `len(Color)`, `c in Color`). Flags keep a `dict[int, C]` of the
//! objects made so far for each value, so that the combinations (CPython's
//! pseudo-members) are singletons too.

use super::classes::*;
use super::*;

/// The base an enum class derives from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EnumKind {
    Plain,
    Int,
    Str,
    Flag,
    IntFlag,
}

impl EnumKind {
    /// Members are `int`s too (`IntEnum`, `IntFlag`).
    pub(super) fn int_like(self) -> bool {
        matches!(self, EnumKind::Int | EnumKind::IntFlag)
    }

    pub(super) fn flag(self) -> bool {
        matches!(self, EnumKind::Flag | EnumKind::IntFlag)
    }
}

/// A member's value, known at compile time.
#[derive(Clone, Debug, PartialEq)]
enum Lit {
    Int(i64),
    Str(String),
}

/// One name of the enum's body.
#[derive(Clone, Debug)]
struct Member {
    name: String,
    value: Lit,
    /// The member this name is an alias of (an earlier name with the same
    /// value), or none.
    alias_of: Option<usize>,
    /// The class constant holding the member.
    global: GlobalId,
}

pub(super) struct EnumInfo {
    pub kind: EnumKind,
    pub value_ty: Ty,
    members: Vec<Member>,
    /// The members iteration shows (`list[C]`), in definition order.
    list: GlobalId,
    /// `C(value)` and `C[name]`.
    by_value: FuncId,
    by_name: FuncId,
    init: FuncId,
    /// Flags: the names and values of the single-bit members (in
    /// iteration order), and the objects made so far by value.
    flag_names: Option<GlobalId>,
    flag_values: Option<GlobalId>,
    flag_map: Option<GlobalId>,
}

/// The names `enum` exports that multigen knows.
const ENUM_ITEMS: &[&str] = &[
    "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "auto", "unique",
];

fn cat(span: Span, parts: Vec<Expr>) -> Expr {
    let mut it = parts.into_iter();
    let mut acc = it
        .next()
        .unwrap_or_else(|| mk(Ty::Str, span, ExprKind::Str(String::new())));
    for p in it {
        acc = rt(
            Ty::Str,
            span,
            "mg_str_concat",
            vec![RtArg::Value(acc), RtArg::Value(p)],
        );
    }
    acc
}

fn s(span: Span, text: &str) -> Expr {
    mk(Ty::Str, span, ExprKind::Str(text.to_string()))
}

fn int(span: Span, v: i64) -> Expr {
    mk(Ty::Int, span, ExprKind::Int(v))
}

fn field(obj: &Expr, i: usize, t: &Ty) -> Expr {
    mk(
        t.clone(),
        obj.span,
        ExprKind::GetField(Box::new(obj.clone()), i),
    )
}

fn cmp(l: Expr, op: CmpOp, kind: CmpKind, r: Expr) -> Expr {
    let span = l.span;
    mk(
        Ty::Bool,
        span,
        ExprKind::Compare(vec![l, r], vec![(op, kind)]),
    )
}

fn call(func: FuncId, ret: Ty, span: Span, args: Vec<Expr>) -> Expr {
    let map = (0..args.len()).map(ArgSource::Written).collect();
    mk(ret, span, ExprKind::Call { func, args, map })
}

fn enum_err<T>(span: Span, msg: impl Into<String>) -> R<T> {
    err(Kind::Unsupported, span, msg)
}

impl Checker {
    /// Records the module's `from enum import ...` and `import enum`.
    pub(super) fn scan_enum_imports(&mut self, module: &ast::Module) {
        self.enum_imports = imports_of(module, "enum").into_iter().collect();
    }

    /// Whether `e` names `enum.<item>` as imported (`Enum` or `enum.Enum`).
    pub(super) fn is_enum_item(&self, e: &ast::Expr, item: &str) -> bool {
        match &e.kind {
            ast::ExprKind::Name(n) => self.enum_imports.contains(&(item.into(), n.clone())),
            ast::ExprKind::Attribute(b, a) => {
                a.name == item
                    && matches!(&b.kind, ast::ExprKind::Name(m) if self.enum_imports.contains(&("enum".into(), m.clone())))
            }
            _ => false,
        }
    }

    /// Checks a `from enum import ...` statement.
    pub(super) fn enum_import(&self, names: &[(ast::Ident, Option<ast::Ident>)]) -> R<()> {
        for (n, _) in names {
            if !ENUM_ITEMS.contains(&n.name.as_str()) {
                return enum_err(
                    n.span,
                    format!("'{}' from 'enum' is not supported by multigen yet", n.name),
                );
            }
        }
        Ok(())
    }

    /// The kind of enum a class statement defines, if it derives from one
    /// of `enum`'s bases.
    pub(super) fn enum_base(&self, def: &ast::ClassDef) -> Option<EnumKind> {
        let [b] = def.bases.as_slice() else {
            return None;
        };
        [
            ("Enum", EnumKind::Plain),
            ("IntEnum", EnumKind::Int),
            ("StrEnum", EnumKind::Str),
            ("Flag", EnumKind::Flag),
            ("IntFlag", EnumKind::IntFlag),
        ]
        .into_iter()
        .find(|(n, _)| self.is_enum_item(b, n))
        .map(|(_, k)| k)
    }

    /// The enum kind of a type, if it is an enum class.
    pub(super) fn enum_kind(&self, t: &Ty) -> Option<EnumKind> {
        match self.resolve(t) {
            Ty::Class(c) => self.enums.get(&c).map(|e| e.kind),
            _ => None,
        }
    }

    /// Declares an enum class: its members, methods and generated methods.
    pub(super) fn declare_enum(
        &mut self,
        id: ClassId,
        def: &ast::ClassDef,
        kind: EnumKind,
    ) -> R<()> {
        let cname = def.name.name.clone();
        let mut unique = false;
        for d in &def.decorators {
            if !self.is_enum_item(d, "unique") {
                return enum_err(
                    d.span,
                    "this decorator of an enum is not supported by multigen yet",
                );
            }
            unique = true;
        }
        let mut info = ClassInfo::new(&cname, None);
        info.def = Some(def.clone());
        info.module = None;
        self.classes[id.index()] = info;
        let mut members: Vec<Member> = Vec::new();
        for st in &def.body {
            match &st.kind {
                ast::StmtKind::Assign { targets, value } => {
                    let [t] = targets.as_slice() else {
                        return enum_err(
                            st.span,
                            "chained assignment in an enum body is not supported by multigen yet",
                        );
                    };
                    let ast::ExprKind::Name(n) = &t.kind else {
                        return enum_err(t.span, "unsupported enum member target");
                    };
                    if n.starts_with('_') {
                        return enum_err(t.span, "names starting with '_' in an enum body are not supported by multigen yet");
                    }
                    if members.iter().any(|m| &m.name == n) {
                        return err(
                            Kind::Type,
                            t.span,
                            format!("'{n}' already defined in enum '{cname}'"),
                        );
                    }
                    let v = self.enum_value(kind, n, value, &members)?;
                    let alias_of = members
                        .iter()
                        .position(|m| m.alias_of.is_none() && m.value == v);
                    if let (Some(a), true) = (alias_of, unique) {
                        return err(
                            Kind::Type,
                            t.span,
                            format!("duplicate values found in <enum '{cname}'>: {n} -> {} (CPython raises ValueError)", members[a].name),
                        );
                    }
                    let global = self.new_global(&format!("{cname}.{n}"), Some(Ty::Class(id)));
                    self.classes[id.index()].consts.insert(n.clone(), global);
                    members.push(Member {
                        name: n.clone(),
                        value: v,
                        alias_of,
                        global,
                    });
                }
                ast::StmtKind::FunctionDef(f) => {
                    let n = f.name.name.as_str();
                    let refused = matches!(
                        n,
                        "__init__"
                            | "__new__"
                            | "_missing_"
                            | "_generate_next_value_"
                            | "__eq__"
                            | "__ne__"
                            | "__hash__"
                            | "__format__"
                    ) || (kind.int_like() && COMPARISONS.contains(&n));
                    if refused {
                        return enum_err(
                            f.name.span,
                            format!("defining '{n}' in an enum is not supported by multigen yet"),
                        );
                    }
                    self.declare_def(id, f)?;
                }
                ast::StmtKind::Pass => {}
                ast::StmtKind::Expr(e) if matches!(e.kind, ast::ExprKind::Str(_)) => {}
                _ => {
                    return enum_err(
                        st.span,
                        "this statement in an enum body is not supported by multigen yet",
                    )
                }
            }
        }
        let Some(first) = members.first() else {
            return enum_err(
                def.name.span,
                "an enum without members is not supported by multigen yet",
            );
        };
        let value_ty = match first.value {
            Lit::Int(_) => Ty::Int,
            Lit::Str(_) => Ty::Str,
        };
        if members
            .iter()
            .any(|m| matches!(m.value, Lit::Int(_)) != (value_ty == Ty::Int))
        {
            return enum_err(
                def.name.span,
                "an enum whose values have different types is not supported by multigen yet",
            );
        }
        if kind.flag() {
            self.check_flag_values(def, &members)?;
        }
        let span = def.name.span;
        let name_ty = if kind.flag() {
            optional(Ty::Str)
        } else {
            Ty::Str
        };
        self.classes[id.index()].fields = vec![
            ("_name_".into(), name_ty.clone()),
            ("_value_".into(), value_ty.clone()),
        ];
        let me = Ty::Class(id);
        let list = self.new_global(
            &format!("{cname}.<members>"),
            Some(Ty::List(Box::new(me.clone()))),
        );
        let (mut flag_names, mut flag_values, mut flag_map) = (None, None, None);
        if kind.flag() {
            flag_names = Some(self.new_global(
                &format!("{cname}.<flag names>"),
                Some(Ty::List(Box::new(Ty::Str))),
            ));
            flag_values = Some(self.new_global(
                &format!("{cname}.<flag values>"),
                Some(Ty::List(Box::new(Ty::Int))),
            ));
            flag_map = Some(self.new_global(
                &format!("{cname}.<flag map>"),
                Some(Ty::Dict(Box::new(Ty::Int), Box::new(me.clone()))),
            ));
        }
        // `__init__(self, _name_, _value_)`.
        let param = |n: &str, t: &Ty| ParamSig {
            name: n.into(),
            ty: t.clone(),
            default: None,
            keyword_only: false,
            positional_only: false,
            variadic: ast::Variadic::No,
        };
        let self_ = load(LocalId(0), me.clone(), span);
        self.synth(
            id,
            "__init__",
            vec![
                param("self", &me),
                param("_name_", &name_ty),
                param("_value_", &value_ty),
            ],
            Ty::None,
            vec![
                local("self", me.clone()),
                local("_name_", name_ty.clone()),
                local("_value_", value_ty.clone()),
            ],
            vec![
                Stmt::SetField(self_.clone(), 0, load(LocalId(1), name_ty.clone(), span)),
                Stmt::SetField(self_.clone(), 1, load(LocalId(2), value_ty.clone(), span)),
            ],
            MethodKind::Instance,
            span,
        );
        let init = self.classes[id.index()].methods["__init__"].func;
        let info = EnumInfo {
            kind,
            value_ty: value_ty.clone(),
            members,
            list,
            by_value: FuncId(0),
            by_name: FuncId(0),
            init,
            flag_names,
            flag_values,
            flag_map,
        };
        self.enums.insert(id, info);
        let by_value = if kind.flag() {
            self.flag_of(id, span)
        } else {
            self.lookup_fn(id, true, span)
        };
        let by_name = self.lookup_fn(id, false, span);
        let e = self.enums.get_mut(&id).expect("declared");
        e.by_value = by_value;
        e.by_name = by_name;
        self.enum_dunders(id, span);
        Ok(())
    }

    /// The value of member `n` as written (`value`): a literal or `auto()`
    /// numbered like CPython's `_generate_next_value_` for the kind.
    fn enum_value(&self, kind: EnumKind, n: &str, value: &ast::Expr, before: &[Member]) -> R<Lit> {
        let v = match &value.kind {
            ast::ExprKind::Int(i) => Lit::Int(*i),
            ast::ExprKind::Unary(ast::UnaryOp::Neg, x)
                if matches!(x.kind, ast::ExprKind::Int(_)) =>
            {
                let ast::ExprKind::Int(i) = x.kind else {
                    unreachable!()
                };
                Lit::Int(-i)
            }
            ast::ExprKind::Str(t) => Lit::Str(t.clone()),
            ast::ExprKind::Call {
                func,
                args,
                keywords,
            } if self.is_enum_item(func, "auto") && args.is_empty() && keywords.is_empty() => {
                let ints: Vec<i64> = before
                    .iter()
                    .filter_map(|m| match m.value {
                        Lit::Int(i) => Some(i),
                        Lit::Str(_) => None,
                    })
                    .collect();
                let warn = || {
                    enum_err(value.span, "this auto() value depends on CPython's deprecated numbering (it warns); write the value")
                };
                match kind {
                    EnumKind::Str => Lit::Str(n.to_lowercase()),
                    _ if ints.len() != before.len() => return warn(),
                    EnumKind::Plain | EnumKind::Int => match ints.last() {
                        None => Lit::Int(1),
                        Some(&last) if ints.iter().all(|&i| i <= last) => {
                            Lit::Int(last.checked_add(1).ok_or_else(|| {
                                Diagnostic::new(
                                    Kind::Unsupported,
                                    value.span,
                                    "enum value out of range",
                                )
                            })?)
                        }
                        Some(_) => return warn(),
                    },
                    EnumKind::Flag | EnumKind::IntFlag => match ints.iter().max() {
                        None => Lit::Int(1),
                        Some(&m) if (0..1 << 61).contains(&m) => {
                            let high = 64 - m.leading_zeros();
                            Lit::Int(1 << high)
                        }
                        Some(_) => {
                            return enum_err(
                                value.span,
                                "auto() after this flag value is not supported by multigen",
                            )
                        }
                    },
                }
            }
            _ => {
                return enum_err(
                    value.span,
                    "enum member values must be int or str literals or auto() in multigen",
                )
            }
        };
        match (kind, &v) {
            (EnumKind::Str, Lit::Int(_)) => err(
                Kind::Type,
                value.span,
                "StrEnum member values must be strings",
            ),
            (EnumKind::Int | EnumKind::Flag | EnumKind::IntFlag, Lit::Str(_)) => err(
                Kind::Type,
                value.span,
                "this enum's member values must be ints",
            ),
            _ => Ok(v),
        }
    }

    /// Flags whose values multigen can name like CPython: non-negative, and
    /// every multi-bit value made of the single-bit members' bits.
    fn check_flag_values(&self, def: &ast::ClassDef, members: &[Member]) -> R<()> {
        let ints = members.iter().map(|m| match m.value {
            Lit::Int(i) => i,
            Lit::Str(_) => 0,
        });
        let singles = ints
            .clone()
            .filter(|i| *i > 0 && i & (i - 1) == 0)
            .fold(0, |a, i| a | i);
        for i in ints {
            if i < 0 || i & !singles != 0 {
                return enum_err(def.name.span, format!("the flag value {i} (negative, or with bits no single-bit member has) is not supported by multigen"));
            }
        }
        Ok(())
    }

    /// A frameless function of the IR (a lookup of the enum): one
    /// parameter, a local `m` of the class, and a member as the result.
    fn enum_fn(
        &mut self,
        c: ClassId,
        name: &str,
        param: (&str, Ty),
        body: Vec<Stmt>,
        span: Span,
    ) -> FuncId {
        let fid = FuncId(self.functions.len() as u32);
        let me = Ty::Class(c);
        self.sigs.push(Sig {
            name: name.into(),
            params: vec![ParamSig {
                name: param.0.into(),
                ty: param.1.clone(),
                default: None,
                keyword_only: false,
                positional_only: false,
                variadic: ast::Variadic::No,
            }],
            ret: me.clone(),
        });
        let locals = vec![
            local(param.0, param.1),
            Local {
                is_param: false,
                ..local("m", me.clone())
            },
        ];
        self.functions.push(Some(Function {
            name: name.into(),
            class: None,
            exact_other: false,
            params: vec![LocalId(0)],
            ret: me,
            locals,
            body,
            span,
            env: None,
            qualname: format!("{}.{name}", self.classes[c.index()].name),
            frame: false,
        }));
        fid
    }

    /// `C(value)` (by value) or `C[name]`: a loop over the members that
    /// returns the first match and otherwise raises CPython's error.
    fn lookup_fn(&mut self, c: ClassId, by_value: bool, span: Span) -> FuncId {
        let e = &self.enums[&c];
        let me = Ty::Class(c);
        let (key_ty, fi) = if by_value {
            (e.value_ty.clone(), 1)
        } else {
            (Ty::Str, 0)
        };
        let kind = if key_ty == Ty::Int {
            CmpKind::Int
        } else {
            CmpKind::Str
        };
        let cname = self.classes[c.index()].name.clone();
        let m = load(LocalId(1), me.clone(), span);
        let key = load(LocalId(0), key_ty.clone(), span);
        let all = mk(
            Ty::List(Box::new(me.clone())),
            span,
            ExprKind::Load(Place::Global(e.list)),
        );
        let test_field = field(&m, fi, &key_ty);
        let mut body = Vec::new();
        if by_value {
            body.push(Stmt::For {
                target: Target::Place(Place::Local(LocalId(1))),
                iter: Iter::List(all),
                body: vec![Stmt::If(
                    cmp(test_field, CmpOp::Eq, kind, key.clone()),
                    vec![Stmt::Return(Some(m.clone()))],
                    vec![],
                )],
                orelse: vec![],
                span: Span::default(),
            });
        } else {
            // By name, aliases count too: compare with each name in turn.
            for mem in &self.enums[&c].members {
                body.push(Stmt::If(
                    cmp(key.clone(), CmpOp::Eq, CmpKind::Str, s(span, &mem.name)),
                    vec![Stmt::Return(Some(mk(
                        me.clone(),
                        span,
                        ExprKind::Load(Place::Global(mem.global)),
                    )))],
                    vec![],
                ));
            }
        }
        let raise = if by_value {
            let msg = cat(
                span,
                vec![
                    mk(
                        Ty::Str,
                        span,
                        ExprKind::Builtin(Builtin::Repr, vec![key.clone()]),
                    ),
                    s(span, &format!(" is not a valid {cname}")),
                ],
            );
            rt(
                Ty::None,
                span,
                "mg_enum_value_error",
                vec![RtArg::Value(msg)],
            )
        } else {
            rt(
                Ty::None,
                span,
                "mg_enum_key_error",
                vec![RtArg::Value(key.clone())],
            )
        };
        body.push(Stmt::Expr(raise));
        let first = self.enums[&c].members[0].global;
        body.push(Stmt::Return(Some(mk(
            me.clone(),
            span,
            ExprKind::Load(Place::Global(first)),
        ))));
        let name = if by_value { "<lookup>" } else { "<getitem>" };
        self.enum_fn(c, name, ("key", key_ty), body, span)
    }

    /// `Flag(value)`: the member or pseudo-member of a value, made once.
    fn flag_of(&mut self, c: ClassId, span: Span) -> FuncId {
        let e = &self.enums[&c];
        let me = Ty::Class(c);
        let (names, values, map) = (
            e.flag_names.expect("flag"),
            e.flag_values.expect("flag"),
            e.flag_map.expect("flag"),
        );
        let keep = e.kind == EnumKind::IntFlag;
        let init = e.init;
        let cname = self.classes[c.index()].name.clone();
        let g = |gl: GlobalId, t: Ty| mk(t, span, ExprKind::Load(Place::Global(gl)));
        let lint = Ty::List(Box::new(Ty::Int));
        let mty = Ty::Dict(Box::new(Ty::Int), Box::new(me.clone()));
        let v = load(LocalId(0), Ty::Int, span);
        let m = load(LocalId(1), me.clone(), span);
        let norm = rt(
            Ty::Int,
            span,
            "mg_flag_norm",
            vec![
                RtArg::Value(g(values, lint.clone())),
                RtArg::Value(v.clone()),
                RtArg::Const(keep as i64),
                RtArg::Value(s(span, &cname)),
            ],
        );
        let name = rt(
            optional(Ty::Str),
            span,
            "mg_flag_name",
            vec![
                RtArg::Value(g(names, Ty::List(Box::new(Ty::Str)))),
                RtArg::Value(g(values, lint)),
                RtArg::Value(v.clone()),
            ],
        );
        let body = vec![
            Stmt::Assign(Target::Place(Place::Local(LocalId(0))), norm),
            Stmt::If(
                cmp(
                    v.clone(),
                    CmpOp::In,
                    CmpKind::Contains(mty.clone()),
                    g(map, mty.clone()),
                ),
                vec![Stmt::Return(Some(mk(
                    me.clone(),
                    span,
                    ExprKind::Index(Box::new(g(map, mty.clone())), Box::new(v.clone())),
                )))],
                vec![],
            ),
            Stmt::Assign(
                Target::Place(Place::Local(LocalId(1))),
                mk(
                    me.clone(),
                    span,
                    ExprKind::New {
                        class: c,
                        init: Some(init),
                        args: vec![name, v.clone()],
                        map: vec![ArgSource::Written(0), ArgSource::Written(1)],
                    },
                ),
            ),
            Stmt::SetItem(g(map, mty), v, m.clone()),
            Stmt::Return(Some(m)),
        ];
        self.enum_fn(c, "<of>", ("value", Ty::Int), body, span)
    }

    /// `__repr__`, `__str__`, `__hash__` and the operators of the kind.
    fn enum_dunders(&mut self, c: ClassId, span: Span) {
        let e = &self.enums[&c];
        let (kind, vt) = (e.kind, e.value_ty.clone());
        let by_value = e.by_value;
        let me = Ty::Class(c);
        let cname = self.classes[c.index()].name.clone();
        let name_ty = self.classes[c.index()].fields[0].1.clone();
        let self_ = load(LocalId(0), me.clone(), span);
        let name = field(&self_, 0, &name_ty);
        let value = field(&self_, 1, &vt);
        let named = if kind.flag() {
            mk(
                Ty::Str,
                span,
                ExprKind::Unwrap(Box::new(name.clone()), None),
            )
        } else {
            name.clone()
        };
        let repr_v = mk(
            Ty::Str,
            span,
            ExprKind::Builtin(Builtin::Repr, vec![value.clone()]),
        );
        let str_v = mk(
            Ty::Str,
            span,
            ExprKind::Builtin(Builtin::ToStr, vec![value.clone()]),
        );
        let unnamed = |e: Expr, none: Expr| {
            if kind.flag() {
                mk(
                    Ty::Str,
                    span,
                    ExprKind::IfExp(
                        Box::new(mk(Ty::Bool, span, ExprKind::IsNone(Box::new(name.clone())))),
                        Box::new(none),
                        Box::new(e),
                    ),
                )
            } else {
                e
            }
        };
        let repr = unnamed(
            cat(
                span,
                vec![
                    s(span, &format!("<{cname}.")),
                    named.clone(),
                    s(span, ": "),
                    repr_v.clone(),
                    s(span, ">"),
                ],
            ),
            cat(
                span,
                vec![
                    s(span, &format!("<{cname}: ")),
                    repr_v.clone(),
                    s(span, ">"),
                ],
            ),
        );
        let str_ = match kind {
            EnumKind::Int | EnumKind::IntFlag => str_v,
            EnumKind::Str => value.clone(),
            _ => unnamed(
                cat(span, vec![s(span, &format!("{cname}.")), named.clone()]),
                cat(
                    span,
                    vec![s(span, &format!("{cname}(")), repr_v, s(span, ")")],
                ),
            ),
        };
        let hash = if kind.int_like() {
            value.clone()
        } else {
            rt(
                Ty::Int,
                span,
                "mg_hash",
                vec![RtArg::Type(name_ty.clone()), RtArg::Slot(name.clone())],
            )
        };
        let me_param = || ParamSig {
            name: "self".into(),
            ty: me.clone(),
            default: None,
            keyword_only: false,
            positional_only: false,
            variadic: ast::Variadic::No,
        };
        let other_param = || ParamSig {
            name: "other".into(),
            ..me_param()
        };
        let unary = |cx: &mut Self, n: &str, ret: Ty, body: Expr| {
            if cx.classes[c.index()].methods.contains_key(n) {
                return;
            }
            cx.synth(
                c,
                n,
                vec![me_param()],
                ret,
                vec![local("self", me.clone())],
                vec![Stmt::Return(Some(body))],
                MethodKind::Instance,
                span,
            );
        };
        unary(self, "__repr__", Ty::Str, repr);
        unary(self, "__str__", Ty::Str, str_);
        unary(self, "__hash__", Ty::Int, hash);
        let other = load(LocalId(1), me.clone(), span);
        let ovalue = field(&other, 1, &vt);
        let binary = |cx: &mut Self, n: &str, ret: Ty, body: Expr| {
            cx.synth(
                c,
                n,
                vec![me_param(), other_param()],
                ret,
                vec![local("self", me.clone()), local("other", me.clone())],
                vec![Stmt::Return(Some(body))],
                MethodKind::Instance,
                span,
            );
        };
        if kind.int_like() || kind == EnumKind::Str || kind.flag() {
            let truth = if vt == Ty::Int {
                cmp(value.clone(), CmpOp::Ne, CmpKind::Int, int(span, 0))
            } else {
                cmp(value.clone(), CmpOp::Ne, CmpKind::Str, s(span, ""))
            };
            unary(self, "__bool__", Ty::Bool, truth);
        }
        if kind.int_like() {
            for (n, op) in [
                ("__lt__", CmpOp::Lt),
                ("__le__", CmpOp::Le),
                ("__gt__", CmpOp::Gt),
                ("__ge__", CmpOp::Ge),
            ] {
                binary(
                    self,
                    n,
                    Ty::Bool,
                    cmp(value.clone(), op, CmpKind::Int, ovalue.clone()),
                );
            }
        }
        if kind.flag() {
            for (n, op) in [
                ("__or__", BinOp::BitOr),
                ("__and__", BinOp::BitAnd),
                ("__xor__", BinOp::BitXor),
            ] {
                let v = mk(
                    Ty::Int,
                    span,
                    ExprKind::Binary(op, Box::new(value.clone()), Box::new(ovalue.clone())),
                );
                binary(
                    self,
                    n,
                    me.clone(),
                    call(by_value, me.clone(), span, vec![v]),
                );
            }
            let anded = mk(
                Ty::Int,
                span,
                ExprKind::Binary(
                    BinOp::BitAnd,
                    Box::new(ovalue.clone()),
                    Box::new(value.clone()),
                ),
            );
            binary(
                self,
                "__contains__",
                Ty::Bool,
                cmp(anded, CmpOp::Eq, CmpKind::Int, ovalue.clone()),
            );
            let inv = mk(
                Ty::Int,
                span,
                ExprKind::Unary(UnOp::Invert, Box::new(value.clone())),
            );
            let inv = if kind == EnumKind::Flag {
                let singles = self.enums[&c]
                    .members
                    .iter()
                    .filter_map(|m| match m.value {
                        Lit::Int(i) if i > 0 && i & (i - 1) == 0 => Some(i),
                        _ => None,
                    })
                    .fold(0, |a, i| a | i);
                mk(
                    Ty::Int,
                    span,
                    ExprKind::Binary(BinOp::BitAnd, Box::new(int(span, singles)), Box::new(inv)),
                )
            } else {
                inv
            };
            unary(
                self,
                "__invert__",
                me.clone(),
                call(by_value, me.clone(), span, vec![inv]),
            );
        }
    }

    /// The `class` statement of an enum: makes the members (aliases bound
    /// to their member) and the lists iteration and lookups use.
    pub(super) fn enum_statement(&mut self, c: ClassId, span: Span, out: &mut Vec<Stmt>) {
        let e = &self.enums[&c];
        let me = Ty::Class(c);
        let name_ty = self.classes[c.index()].fields[0].1.clone();
        let mut stmts = Vec::new();
        let mut assigned = Vec::new();
        let lit = |v: &Lit| match v {
            Lit::Int(i) => int(span, *i),
            Lit::Str(t) => s(span, t),
        };
        let g = |gl: GlobalId| mk(me.clone(), span, ExprKind::Load(Place::Global(gl)));
        for m in &e.members {
            let v = match m.alias_of {
                Some(a) => g(e.members[a].global),
                None => {
                    let mut name = s(span, &m.name);
                    if e.kind.flag() {
                        name = mk(name_ty.clone(), span, ExprKind::Wrap(Box::new(name)));
                    }
                    mk(
                        me.clone(),
                        span,
                        ExprKind::New {
                            class: c,
                            init: Some(e.init),
                            args: vec![name, lit(&m.value)],
                            map: vec![ArgSource::Written(0), ArgSource::Written(1)],
                        },
                    )
                }
            };
            stmts.push(Stmt::Assign(Target::Place(Place::Global(m.global)), v));
            assigned.push(m.global);
        }
        let shown: Vec<&Member> = e
            .members
            .iter()
            .filter(|m| {
                m.alias_of.is_none()
                    && match (e.kind.flag(), &m.value) {
                        (true, Lit::Int(i)) => *i > 0 && i & (i - 1) == 0,
                        _ => true,
                    }
            })
            .collect();
        stmts.push(Stmt::Assign(
            Target::Place(Place::Global(e.list)),
            mk(
                Ty::List(Box::new(me.clone())),
                span,
                ExprKind::List(shown.iter().map(|m| g(m.global)).collect()),
            ),
        ));
        assigned.push(e.list);
        if let (Some(ns), Some(vs), Some(map)) = (e.flag_names, e.flag_values, e.flag_map) {
            let list = |t: Ty, xs: Vec<Expr>| mk(Ty::List(Box::new(t)), span, ExprKind::List(xs));
            stmts.push(Stmt::Assign(
                Target::Place(Place::Global(ns)),
                list(Ty::Str, shown.iter().map(|m| s(span, &m.name)).collect()),
            ));
            stmts.push(Stmt::Assign(
                Target::Place(Place::Global(vs)),
                list(Ty::Int, shown.iter().map(|m| lit(&m.value)).collect()),
            ));
            stmts.push(Stmt::Assign(
                Target::Place(Place::Global(map)),
                mk(
                    Ty::Dict(Box::new(Ty::Int), Box::new(me.clone())),
                    span,
                    ExprKind::Dict(
                        e.members
                            .iter()
                            .map(|m| (lit(&m.value), g(m.global)))
                            .collect(),
                    ),
                ),
            ));
            assigned.extend([ns, vs, map]);
        }
        for a in assigned {
            self.module_assigned.insert(a);
        }
        out.extend(stmts);
    }

    /// `C(value)` of an enum class: the member of that value.
    pub(super) fn enum_construct(
        &mut self,
        c: ClassId,
        args: &[ast::Expr],
        keywords: &[ast::Keyword],
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let Some(e) = self.enums.get(&c) else {
            return Ok(None);
        };
        let (by_value, vt) = (e.by_value, e.value_ty.clone());
        let cname = self.classes[c.index()].name.clone();
        if args.len() != 1 || !keywords.is_empty() {
            return err(
                Kind::Call,
                span,
                format!("{cname}() takes exactly one argument (a value of a member) in multigen"),
            );
        }
        let v = self.expr_hinted(&args[0], &vt, scope)?;
        if self.resolve(&v.ty) == Ty::Class(c) {
            return Ok(Some(v));
        }
        let v = self.expect(v, &vt, &format!("value of {cname}"))?;
        Ok(Some(call(by_value, Ty::Class(c), span, vec![v])))
    }

    /// `C[name]` of an enum class: the member of that name.
    pub(super) fn enum_getitem(
        &mut self,
        base: &ast::Expr,
        idx: &ast::Expr,
        span: Span,
        scope: &mut Scope,
    ) -> R<Option<Expr>> {
        let Some(c) = self.enum_class_name(base, scope) else {
            return Ok(None);
        };
        let by_name = self.enums[&c].by_name;
        let k = self.expr(idx, scope)?;
        let k = self.expect(k, &Ty::Str, "member name")?;
        let e = call(by_name, Ty::Class(c), span, vec![k]);
        Ok(Some(self.class_name_use(c, base.span, scope, e)))
    }

    /// The enum class that `e` names, if it is the name of one.
    fn enum_class_name(&self, e: &ast::Expr, scope: &Scope) -> Option<ClassId> {
        let ast::ExprKind::Name(n) = &e.kind else {
            return None;
        };
        if self.is_value_name(n, scope) {
            return None;
        }
        match self.lookup(n, scope) {
            Some(Binding::Class(c)) if self.enums.contains_key(&c) => Some(c),
            _ => None,
        }
    }

    /// An enum class used as an iterable (`for c in Color`, `list(Color)`,
    /// `len(Color)`, `x in Color`): the list of its members.
    pub(super) fn enum_members(&mut self, e: &ast::Expr, scope: &Scope) -> Option<Expr> {
        let c = self.enum_class_name(e, scope)?;
        let list = self.enums[&c].list;
        let v = mk(
            Ty::List(Box::new(Ty::Class(c))),
            e.span,
            ExprKind::Load(Place::Global(list)),
        );
        Some(self.class_name_use(c, e.span, scope, v))
    }

    /// A member of an enum that derives from `int` or `str` (`IntEnum`,
    /// `IntFlag`, `StrEnum`) used as one (arithmetic, comparisons,
    /// indexing, `int()`): its value. Anything else as is.
    pub(super) fn enum_as_value(&self, e: Expr) -> Expr {
        match self.enum_kind(&e.ty) {
            Some(k) if k.int_like() || k == EnumKind::Str => {
                let span = e.span;
                let t = if k == EnumKind::Str { Ty::Str } else { Ty::Int };
                mk(t, span, ExprKind::GetField(Box::new(e), 1))
            }
            _ => e,
        }
    }

    /// `name`/`value` of a member (the fields `_name_`/`_value_`).
    pub(super) fn enum_field_name(&self, c: ClassId, attr: &str) -> Option<&'static str> {
        if !self.enums.contains_key(&c) {
            return None;
        }
        match attr {
            "name" => Some("_name_"),
            "value" => Some("_value_"),
            _ => None,
        }
    }

    /// A member formatted with a non-empty spec: `IntEnum`/`IntFlag` as
    /// their `int` value (`int.__format__`), `StrEnum` as its value, other
    /// enums as `str(member)` (3.11's `Enum.__format__`).
    pub(super) fn enum_format_operand(&mut self, v: Expr) -> Expr {
        match self.enum_kind(&v.ty) {
            Some(k) if k.int_like() || k == EnumKind::Str => self.enum_as_value(v),
            Some(_) => self.stringify(v),
            None => v,
        }
    }

    /// Assignments to attributes of members are refused, as mypy does.
    pub(super) fn enum_refuse_set(&self, c: ClassId, attr: &ast::Ident) -> R<()> {
        if self.enums.contains_key(&c) {
            return err(
                Kind::Type,
                attr.span,
                format!(
                    "cannot assign to attribute '{}' of an enum member (read-only)",
                    attr.name
                ),
            );
        }
        Ok(())
    }
}

impl Checker {
    /// The operands of a binary operator: `IntEnum`/`IntFlag` members as
    /// `int`s, except two members of one flag class under `|`, `&`, `^`,
    /// which the flag's own methods combine.
    pub(super) fn enum_operands(&self, op: ast::BinOp, l: Expr, r: Expr) -> (Expr, Expr) {
        let lk = self.enum_kind(&l.ty);
        let bit = matches!(
            op,
            ast::BinOp::BitOr | ast::BinOp::BitAnd | ast::BinOp::BitXor
        );
        if bit && lk.is_some_and(EnumKind::flag) && self.resolve(&l.ty) == self.resolve(&r.ty) {
            return (l, r);
        }
        (self.enum_as_value(l), self.enum_as_value(r))
    }

    /// The operand of a unary operator (`~` of a flag stays a flag).
    pub(super) fn enum_unary_operand(&self, op: ast::UnaryOp, v: Expr) -> Expr {
        match (op, self.enum_kind(&v.ty)) {
            (ast::UnaryOp::Not, _) => v,
            (ast::UnaryOp::Invert, Some(k)) if k.flag() => v,
            _ => self.enum_as_value(v),
        }
    }

    /// The item of `item in container`: an `IntEnum` member looked for
    /// among `int`s (a `StrEnum` one among `str`s) is its value.
    pub(super) fn enum_in_item(&self, item: Expr, container: &Ty) -> Expr {
        let elem = match self.resolve(container) {
            Ty::List(t) | Ty::Set(t) | Ty::VarTuple(t) | Ty::Dict(t, _) => *t,
            Ty::Tuple(ts) => ts.first().cloned().unwrap_or(Ty::None),
            Ty::Range => Ty::Int,
            _ => return item,
        };
        if matches!(elem, Ty::Int | Ty::Str) {
            self.enum_as_value(item)
        } else {
            item
        }
    }
}
