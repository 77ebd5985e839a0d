//! Values passed to and returned from compiled functions ([`Value`]), the
//! types of their parameters and results ([`Type`]), and the conversion
//! between a `Value` and the runtime's representation of a value of a
//! given type (an 8-byte slot, `runtime/src/object.rs`).
//!
//! The conversion walks the [`Type`] (which decides what is accepted) and
//! the compiled module's type descriptor of the same type (which the
//! objects it builds must point to) together; the runtime's constructors
//! do the building (`runtime/src/embed.rs`).

use multigen_hir::ir::{Program, Ty};
use multigen_runtime::embed;
use multigen_runtime::object::{MgType, KIND_DICT, KIND_LIST, KIND_OPTIONAL, KIND_TUPLE};
use std::fmt;

/// A Python value as a Rust host holds it.
///
/// `From` conversions make calls short: `f.call(&[3.into(), "x".into(),
/// vec![1, 2].into()])`. A dict keeps its entries in insertion order, as
/// Python's do.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Value>),
    /// Entries in insertion order; a later equal key replaces an earlier
    /// key's value, as in a dict display.
    Dict(Vec<(Value, Value)>),
    Tuple(Vec<Value>),
}

/// The type of a parameter or result, printed as its Python annotation
/// (`list[int]`, `dict[str, float]`, `tuple[int, ...]`, `int | None`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Type {
    None,
    Bool,
    Int,
    Float,
    Str,
    List(Box<Type>),
    Dict(Box<Type>, Box<Type>),
    /// `tuple[A, B]` (`tuple[()]` when empty).
    Tuple(Vec<Type>),
    /// `tuple[T, ...]`.
    VarTuple(Box<Type>),
    /// `T | None`.
    Optional(Box<Type>),
    /// A type whose values cannot be converted to or from a [`Value`]
    /// (class instances, sets, functions, generators, `Any`...), with its
    /// annotation.
    Other(String),
}

impl Type {
    /// The type of a checked program's `Ty`.
    pub(crate) fn of(program: &Program, t: &Ty) -> Type {
        match t {
            Ty::None => Type::None,
            Ty::Bool => Type::Bool,
            Ty::Int => Type::Int,
            Ty::Float => Type::Float,
            Ty::Str => Type::Str,
            Ty::List(e) => Type::List(Box::new(Type::of(program, e))),
            Ty::Dict(k, v) => Type::Dict(
                Box::new(Type::of(program, k)),
                Box::new(Type::of(program, v)),
            ),
            Ty::Tuple(ts) => Type::Tuple(ts.iter().map(|t| Type::of(program, t)).collect()),
            Ty::VarTuple(e) => Type::VarTuple(Box::new(Type::of(program, e))),
            // `None | None` does not exist: the checker flattens it.
            Ty::Optional(e) if **e != Ty::None => Type::Optional(Box::new(Type::of(program, e))),
            other => Type::Other(annotation(program, other)),
        }
    }

    /// Whether every value of this type converts to and from a [`Value`].
    pub fn is_convertible(&self) -> bool {
        match self {
            Type::None | Type::Bool | Type::Int | Type::Float | Type::Str => true,
            Type::List(t) | Type::VarTuple(t) | Type::Optional(t) => t.is_convertible(),
            Type::Dict(k, v) => k.is_convertible() && v.is_convertible(),
            Type::Tuple(ts) => ts.iter().all(Type::is_convertible),
            Type::Other(_) => false,
        }
    }

    /// Whether `v` is a value of this type. An `int` is accepted for a
    /// `float`, as Python does.
    pub fn accepts(&self, v: &Value) -> bool {
        match (self, v) {
            (Type::None, Value::None)
            | (Type::Bool, Value::Bool(_))
            | (Type::Int, Value::Int(_))
            | (Type::Float, Value::Float(_) | Value::Int(_))
            | (Type::Str, Value::Str(_)) => true,
            (Type::List(t), Value::List(xs)) | (Type::VarTuple(t), Value::Tuple(xs)) => {
                xs.iter().all(|x| t.accepts(x))
            }
            (Type::Dict(k, t), Value::Dict(es)) => {
                es.iter().all(|(a, b)| k.accepts(a) && t.accepts(b))
            }
            (Type::Tuple(ts), Value::Tuple(xs)) => {
                ts.len() == xs.len() && ts.iter().zip(xs).all(|(t, x)| t.accepts(x))
            }
            (Type::Optional(_), Value::None) => true,
            (Type::Optional(t), v) => t.accepts(v),
            _ => false,
        }
    }
}

/// The annotation of a type outside [`Type`]'s own cases.
fn annotation(program: &Program, t: &Ty) -> String {
    // `Ty`'s `Display` names classes through the checker's table, which
    // belongs to the thread that checked; set it from the program.
    multigen_hir::ir::CLASS_NAMES.with(|n| {
        *n.borrow_mut() = program.classes.iter().map(|c| c.name.clone()).collect();
    });
    t.to_string()
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::None => f.write_str("None"),
            Type::Bool => f.write_str("bool"),
            Type::Int => f.write_str("int"),
            Type::Float => f.write_str("float"),
            Type::Str => f.write_str("str"),
            Type::List(t) => write!(f, "list[{t}]"),
            Type::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Type::Tuple(ts) if ts.is_empty() => f.write_str("tuple[()]"),
            Type::Tuple(ts) => {
                f.write_str("tuple[")?;
                list(f, ts)?;
                f.write_str("]")
            }
            Type::VarTuple(t) => write!(f, "tuple[{t}, ...]"),
            Type::Optional(t) => write!(f, "{t} | None"),
            Type::Other(s) => f.write_str(s),
        }
    }
}

fn list<T: fmt::Display>(f: &mut fmt::Formatter<'_>, xs: &[T]) -> fmt::Result {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            f.write_str(", ")?;
        }
        write!(f, "{x}")?;
    }
    Ok(())
}

impl Value {
    /// A dict with these entries, in this order (a `Vec` of pairs
    /// converts to a list of tuples instead).
    pub fn dict<K: Into<Value>, V: Into<Value>>(
        entries: impl IntoIterator<Item = (K, V)>,
    ) -> Value {
        Value::Dict(
            entries
                .into_iter()
                .map(|(k, v)| (k.into(), v.into()))
                .collect(),
        )
    }

    /// The Python type of the value, as an annotation: `list[int | str]`
    /// for a list holding both, `list` for an empty one (for messages).
    pub fn type_name(&self) -> String {
        fn union(xs: impl Iterator<Item = String>) -> String {
            let mut seen: Vec<String> = Vec::new();
            for x in xs {
                if !seen.contains(&x) {
                    seen.push(x);
                }
            }
            seen.join(" | ")
        }
        match self {
            Value::None => "None".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::List(xs) if xs.is_empty() => "list".into(),
            Value::List(xs) => format!("list[{}]", union(xs.iter().map(Value::type_name))),
            Value::Dict(es) if es.is_empty() => "dict".into(),
            Value::Dict(es) => format!(
                "dict[{}, {}]",
                union(es.iter().map(|e| e.0.type_name())),
                union(es.iter().map(|e| e.1.type_name()))
            ),
            Value::Tuple(xs) if xs.is_empty() => "tuple[()]".into(),
            Value::Tuple(xs) => format!(
                "tuple[{}]",
                xs.iter()
                    .map(Value::type_name)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        }
    }
}

/// `repr()` of the value, as Python prints it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::None => f.write_str("None"),
            Value::Bool(true) => f.write_str("True"),
            Value::Bool(false) => f.write_str("False"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => f.write_str(&embed::repr_float(*x)),
            Value::Str(s) => f.write_str(&embed::repr_str(s)),
            Value::List(xs) => {
                f.write_str("[")?;
                list(f, xs)?;
                f.write_str("]")
            }
            Value::Dict(es) => {
                f.write_str("{")?;
                for (i, (k, v)) in es.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{k}: {v}")?;
                }
                f.write_str("}")
            }
            Value::Tuple(xs) => {
                f.write_str("(")?;
                list(f, xs)?;
                if xs.len() == 1 {
                    f.write_str(",")?;
                }
                f.write_str(")")
            }
        }
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Value {
            fn from(v: $t) -> Value {
                Value::Int(v.into())
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, u8, u16, u32);

impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}

impl From<f32> for Value {
    fn from(v: f32) -> Value {
        Value::Float(v.into())
    }
}

impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::Str(v.to_string())
    }
}

impl From<String> for Value {
    fn from(v: String) -> Value {
        Value::Str(v)
    }
}

impl From<()> for Value {
    fn from(_: ()) -> Value {
        Value::None
    }
}

/// `None` becomes Python's `None`.
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::None, Into::into)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(v: Vec<T>) -> Value {
        Value::List(v.into_iter().map(Into::into).collect())
    }
}

impl<T: Into<Value> + Clone> From<&[T]> for Value {
    fn from(v: &[T]) -> Value {
        Value::List(v.iter().cloned().map(Into::into).collect())
    }
}

/// A dict in the map's (sorted) order.
impl<K: Into<Value>, V: Into<Value>> From<std::collections::BTreeMap<K, V>> for Value {
    fn from(v: std::collections::BTreeMap<K, V>) -> Value {
        Value::dict(v)
    }
}

macro_rules! from_tuple {
    ($($n:tt $t:ident),+) => {
        impl<$($t: Into<Value>),+> From<($($t,)+)> for Value {
            fn from(v: ($($t,)+)) -> Value {
                Value::Tuple(vec![$(v.$n.into()),+])
            }
        }
    };
}
from_tuple!(0 A);
from_tuple!(0 A, 1 B);
from_tuple!(0 A, 1 B, 2 C);
from_tuple!(0 A, 1 B, 2 C, 3 D);

/// A value that the runtime side cannot take (checked before a call, so
/// this only reports what the check let through).
pub(crate) type Mismatch = String;

/// The slot of `v` as a value of type `t`, whose descriptor in the
/// compiled module is `desc`. `numtower`: the program keeps ints where
/// floats are declared (then an `int` for a `float` stays an int).
///
/// # Safety
/// `desc` must be the module's descriptor of `t`; the call must run under
/// the runtime's catcher (it allocates).
pub(crate) unsafe fn to_slot(
    v: &Value,
    t: &Type,
    desc: *const MgType,
    numtower: bool,
) -> Result<u64, Mismatch> {
    let bad = || format!("{} is not a {t}", v.type_name());
    Ok(match (t, v) {
        (Type::None, Value::None) => 0,
        (Type::Bool, Value::Bool(b)) => *b as u64,
        (Type::Int, Value::Int(i)) => *i as u64,
        // Only quiet NaNs are floats: the numeric tower's boxes are
        // signalling NaNs, which a host's value must not pass for.
        (Type::Float, Value::Float(x)) if x.is_nan() => f64::NAN.to_bits(),
        (Type::Float, Value::Float(x)) => x.to_bits(),
        (Type::Float, Value::Int(i)) if numtower => embed::box_int_in_float(*i)
            .ok_or_else(|| format!("int {i} is too large to keep where a float is declared"))?
            .to_bits(),
        (Type::Float, Value::Int(i)) => exact_float(*i)
            .ok_or_else(|| format!("int {i} has no exact float value"))?
            .to_bits(),
        (Type::Str, Value::Str(s)) => embed::new_str(s),
        (Type::List(e), Value::List(xs)) => {
            let elem = arg(desc, KIND_LIST, 0)?;
            let list = embed::new_list(elem);
            for x in xs {
                let s = to_slot(x, e, elem, numtower)?;
                embed::list_push(list, s);
            }
            list as u64
        }
        (Type::Dict(kt, vt), Value::Dict(es)) => {
            let (kd, vd) = (arg(desc, KIND_DICT, 0)?, arg(desc, KIND_DICT, 1)?);
            let d = embed::new_dict(kd, vd);
            for (k, x) in es {
                let ks = to_slot(k, kt, kd, numtower)?;
                let xs = to_slot(x, vt, vd, numtower)?;
                embed::dict_insert(d, ks, xs);
            }
            d as u64
        }
        (Type::Tuple(ts), Value::Tuple(xs)) if ts.len() == xs.len() => {
            let tup = embed::new_tuple(xs.len());
            for (i, (x, ft)) in xs.iter().zip(ts).enumerate() {
                let s = to_slot(x, ft, arg(desc, KIND_TUPLE, i)?, numtower)?;
                embed::tuple_set(tup, i, s);
            }
            tup as u64
        }
        (Type::VarTuple(e), Value::Tuple(xs)) => {
            let ed = arg(desc, KIND_TUPLE, 0)?;
            let tup = embed::new_tuple(xs.len());
            for (i, x) in xs.iter().enumerate() {
                let s = to_slot(x, e, ed, numtower)?;
                embed::tuple_set(tup, i, s);
            }
            tup as u64
        }
        (Type::Optional(_), Value::None) => 0,
        (Type::Optional(e), v) => {
            let s = to_slot(v, e, arg(desc, KIND_OPTIONAL, 0)?, numtower)?;
            if is_scalar(e) {
                embed::box_cell(s)
            } else {
                s
            }
        }
        _ => return Err(bad()),
    })
}

/// The value held in slot `s` of type `t` (descriptor `desc`).
///
/// # Safety
/// `s` must hold a valid value of type `t`, `desc` be its descriptor.
pub(crate) unsafe fn from_slot(t: &Type, desc: *const MgType, s: u64) -> Result<Value, Mismatch> {
    Ok(match t {
        Type::None => Value::None,
        Type::Bool => Value::Bool(s != 0),
        Type::Int => Value::Int(s as i64),
        Type::Float => {
            let x = f64::from_bits(s);
            match embed::int_in_float(x) {
                Some(i) => Value::Int(i),
                None => Value::Float(x),
            }
        }
        Type::Str => Value::Str(embed::str_text(s)),
        Type::List(e) => {
            let ed = arg(desc, KIND_LIST, 0)?;
            let items = embed::list_items(s);
            Value::List(
                items
                    .into_iter()
                    .map(|x| from_slot(e, ed, x))
                    .collect::<Result<_, _>>()?,
            )
        }
        Type::Dict(kt, vt) => {
            let (kd, vd) = (arg(desc, KIND_DICT, 0)?, arg(desc, KIND_DICT, 1)?);
            let mut out = Vec::new();
            for (k, v) in embed::dict_entries(s) {
                out.push((from_slot(kt, kd, k)?, from_slot(vt, vd, v)?));
            }
            Value::Dict(out)
        }
        Type::Tuple(ts) => {
            let items = embed::tuple_items(s);
            if items.len() != ts.len() {
                return Err(format!("a tuple of {} items is not a {t}", items.len()));
            }
            let mut out = Vec::new();
            for (i, (x, ft)) in items.into_iter().zip(ts).enumerate() {
                out.push(from_slot(ft, arg(desc, KIND_TUPLE, i)?, x)?);
            }
            Value::Tuple(out)
        }
        Type::VarTuple(e) => {
            let ed = arg(desc, KIND_TUPLE, 0)?;
            let items = embed::tuple_items(s);
            Value::Tuple(
                items
                    .into_iter()
                    .map(|x| from_slot(e, ed, x))
                    .collect::<Result<_, _>>()?,
            )
        }
        Type::Optional(_) if s == 0 => Value::None,
        Type::Optional(e) => {
            let inner = if is_scalar(e) { embed::read_cell(s) } else { s };
            from_slot(e, arg(desc, KIND_OPTIONAL, 0)?, inner)?
        }
        Type::Other(name) => return Err(format!("a {name} cannot be converted to a Rust value")),
    })
}

/// The float equal to `i`, if there is one.
fn exact_float(i: i64) -> Option<f64> {
    let x = i as f64;
    // 2**63 is the first float that `as i64` saturates.
    (x < 2f64.powi(63) && x as i64 == i).then_some(x)
}

/// Whether `Optional` boxes values of `t` in a cell.
fn is_scalar(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Float | Type::Bool)
}

/// Type argument `i` of a descriptor of kind `kind`, checked: a mismatch
/// between the type and the descriptor is a bug, reported rather than
/// followed.
///
/// # Safety
/// `desc` must be null or a valid descriptor.
unsafe fn arg(desc: *const MgType, kind: i64, i: usize) -> Result<*const MgType, Mismatch> {
    match desc.as_ref() {
        Some(d) if d.kind == kind && (i as i64) < d.nargs => Ok(d.arg(i) as *const MgType),
        // A one-argument tuple descriptor describes every element
        // (`tuple[T, ...]`).
        Some(d) if d.kind == KIND_TUPLE && kind == KIND_TUPLE && d.nargs == 1 => {
            Ok(d.arg(0) as *const MgType)
        }
        _ => {
            Err("internal error: the compiled type descriptor does not match the signature".into())
        }
    }
}
