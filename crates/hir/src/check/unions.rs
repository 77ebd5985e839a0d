//! Union types (`int | str`, `Union[A, B, None]`): their construction from
//! annotations, and the matching of their members against `isinstance`
//! tests for narrowing.
//!
//! A union of two or more types other than `None` is `Ty::Union`, whose
//! values are dynamic values (see "Dynamic values" in ARCHITECTURE.md);
//! `T | None` alone stays `Ty::Optional`, whose representation is cheaper.
//! Members are flattened, deduplicated, and a class whose base is also a
//! member is dropped (its instances are the base's); a union with `Any` or
//! `object` is that dynamic type. The members are kept in a canonical
//! order so that `int | str` and `str | int` are one type.

use super::*;

/// One alternative of an `isinstance` test on a dynamic value.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum TypeTest {
    /// A built-in type: its run-time kinds (`int` also matches `bool`, as
    /// in CPython) and the static type the value has when it matches.
    Builtin(&'static str),
    /// A class (instances of subclasses match).
    Class(ClassId),
    /// `object`: everything matches.
    Object,
}

impl TypeTest {
    /// The descriptor kinds (`KIND_*` of the runtime) this test matches.
    pub(super) fn kinds(&self) -> &'static [i64] {
        use multigen_runtime::object as o;
        match self {
            TypeTest::Builtin("int") => &[o::KIND_INT, o::KIND_BOOL],
            TypeTest::Builtin("bool") => &[o::KIND_BOOL],
            TypeTest::Builtin("float") => &[o::KIND_FLOAT],
            TypeTest::Builtin("str") => &[o::KIND_STR],
            TypeTest::Builtin("list") => &[o::KIND_LIST],
            TypeTest::Builtin("dict") => &[o::KIND_DICT],
            TypeTest::Builtin("set") => &[o::KIND_SET],
            TypeTest::Builtin("tuple") => &[o::KIND_TUPLE],
            TypeTest::Builtin(_) => &[o::KIND_NONE],
            TypeTest::Class(_) | TypeTest::Object => &[],
        }
    }
}

impl Checker {
    /// The union of `tys`, normalised (see the module documentation).
    pub(super) fn union_of(&self, tys: Vec<Ty>, span: Span) -> R<Ty> {
        let mut members: Vec<Ty> = Vec::new();
        let mut none = false;
        let mut dynamic: Option<Dyn> = None;
        let mut stack = tys;
        stack.reverse();
        while let Some(t) = stack.pop() {
            match t {
                Ty::None => none = true,
                Ty::Optional(t) => {
                    none = true;
                    stack.push(*t);
                }
                Ty::Union(ms) => stack.extend(ms.into_iter().rev()),
                Ty::Dyn(d) => {
                    dynamic = Some(match dynamic {
                        Some(Dyn::Any) => Dyn::Any,
                        _ => d,
                    })
                }
                t if !members.contains(&t) => members.push(t),
                _ => {}
            }
        }
        if let Some(d) = dynamic {
            return Ok(Ty::Dyn(d));
        }
        let all = members.clone();
        members.retain(|m| match m {
            Ty::Class(a) => !all
                .iter()
                .any(|o| matches!(o, Ty::Class(b) if b != a && self.is_subclass(*a, *b))),
            _ => true,
        });
        if members.len() > 1 {
            if let Some(t) = members.iter().find(|t| {
                matches!(
                    t,
                    Ty::ExcArgs | Ty::ExcType | Ty::Traceback | Ty::Range | Ty::DictView(..)
                )
            }) {
                return err(
                    Kind::Unsupported,
                    span,
                    format!("a union with {t} is not supported by multigen yet"),
                );
            }
        }
        Ok(match members.len() {
            0 => Ty::None,
            1 if none => optional(members.pop().unwrap()),
            1 => members.pop().unwrap(),
            _ => {
                members.sort_by_key(|t| format!("{t:?}"));
                if none {
                    members.push(Ty::None);
                }
                Ty::Union(members)
            }
        })
    }

    /// The members of a dynamic type, for narrowing (`None` for `object`
    /// and `Any`, which may hold anything).
    pub(super) fn union_members(t: &Ty) -> Option<&[Ty]> {
        match t {
            Ty::Union(ms) => Some(ms),
            _ => None,
        }
    }

    /// Whether a value of static type `m` always passes test `t`.
    fn covered_by(&self, m: &Ty, t: &TypeTest) -> bool {
        match (t, m) {
            (TypeTest::Object, _) => true,
            (TypeTest::Class(c), Ty::Class(a)) => self.is_subclass(*a, *c),
            (TypeTest::Class(_), _) => false,
            (TypeTest::Builtin("int"), Ty::Int | Ty::Bool) => true,
            (TypeTest::Builtin("NoneType"), Ty::None) => true,
            (TypeTest::Builtin(n), m) => m.class_name() == *n && !matches!(m, Ty::Class(_)),
        }
    }

    /// What a value of static type `m` is when it passes test `t`, if it
    /// can.
    fn narrowed_member(&self, m: &Ty, t: &TypeTest) -> Option<Ty> {
        if self.covered_by(m, t) {
            return Some(m.clone());
        }
        match (t, m) {
            // An instance of a base class may be one of the tested class.
            (TypeTest::Class(c), Ty::Class(a)) if self.is_subclass(*c, *a) => Some(Ty::Class(*c)),
            _ => None,
        }
    }

    /// The types a value of dynamic type `declared` has when one of
    /// `tests` holds, and when none does (`None`: nothing is known).
    pub(super) fn narrow_by_tests(
        &self,
        declared: &Ty,
        tests: &[TypeTest],
        span: Span,
    ) -> (Option<Ty>, Option<Ty>) {
        let Some(members) = Self::union_members(declared) else {
            // `object` or `Any`: what each test admits.
            let mut tys = Vec::new();
            for t in tests {
                tys.push(match t {
                    TypeTest::Object => return (None, None),
                    TypeTest::Class(c) => Ty::Class(*c),
                    // A bool is an int too, unless a test excluded it.
                    TypeTest::Builtin("int") if *declared == Ty::Dyn(Dyn::NotBool) => Ty::Int,
                    TypeTest::Builtin("int") => Ty::Union(vec![Ty::Bool, Ty::Int]),
                    TypeTest::Builtin("bool") => Ty::Bool,
                    TypeTest::Builtin("float") => Ty::Float,
                    TypeTest::Builtin("str") => Ty::Str,
                    TypeTest::Builtin("NoneType") => Ty::None,
                    // A container of unknown element type stays dynamic:
                    // its elements are read through its own descriptors.
                    TypeTest::Builtin(_) => Ty::Dyn(Dyn::Any),
                });
            }
            // Failing a test that every bool passes excludes bools.
            let no_bool = tests
                .iter()
                .any(|t| matches!(t, TypeTest::Builtin("int" | "bool")));
            return (
                self.union_of(tys, span).ok(),
                no_bool.then_some(Ty::Dyn(Dyn::NotBool)),
            );
        };
        let yes: Vec<Ty> = members
            .iter()
            .filter_map(|m| tests.iter().find_map(|t| self.narrowed_member(m, t)))
            .collect();
        let no: Vec<Ty> = members
            .iter()
            .filter(|m| !tests.iter().any(|t| self.covered_by(m, t)))
            .cloned()
            .collect();
        let ty_of = |v: Vec<Ty>| -> Option<Ty> {
            if v.is_empty() {
                return None;
            }
            self.union_of(v, span).ok()
        };
        (ty_of(yes), ty_of(no))
    }

    /// The `isinstance` tests of a second argument of `isinstance` (a
    /// name or a tuple of names), or `None` if it names something else.
    pub(super) fn type_tests(&self, e: &ast::Expr, scope: &Scope) -> Option<Vec<TypeTest>> {
        let names: Vec<&ast::Expr> = match &e.kind {
            ast::ExprKind::Tuple(xs) => xs.iter().collect(),
            _ => vec![e],
        };
        let mut out = Vec::new();
        for n in names {
            let t = match &n.kind {
                // `type(None)`.
                ast::ExprKind::Call { func, args, .. }
                    if matches!(&func.kind, ast::ExprKind::Name(t) if t == "type")
                        && matches!(args.as_slice(), [a] if matches!(a.kind, ast::ExprKind::None)) =>
                {
                    TypeTest::Builtin("NoneType")
                }
                ast::ExprKind::Name(n) => match self.lookup(n, scope) {
                    Some(Binding::Class(OBJECT_CLASS)) => TypeTest::Object,
                    Some(Binding::Class(c)) => TypeTest::Class(c),
                    Some(_) => return None,
                    None => match n.as_str() {
                        "int" => TypeTest::Builtin("int"),
                        "bool" => TypeTest::Builtin("bool"),
                        "float" => TypeTest::Builtin("float"),
                        "str" => TypeTest::Builtin("str"),
                        "list" => TypeTest::Builtin("list"),
                        "dict" => TypeTest::Builtin("dict"),
                        "set" => TypeTest::Builtin("set"),
                        "tuple" => TypeTest::Builtin("tuple"),
                        _ => return None,
                    },
                },
                _ => return None,
            };
            out.push(t);
        }
        Some(out)
    }
}
