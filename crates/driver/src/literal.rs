//! Arguments of `multigen call` written as Python literals: `1`, `-2.5`,
//! `'text'`, `True`, `None`, `[1, 2]`, `{'a': 1.5}`, `(1, 'x')`, nested.
//!
//! The text is parsed with the project's parser as an expression and only
//! literal nodes are read (a unary minus or plus on a number included);
//! anything else is refused, nothing is evaluated. The engine then checks
//! the value against the parameter's type (an `int` for a `float` is
//! accepted, as Python does). For a `str` parameter, text that is not a
//! string literal is the text itself (`multigen call prog.py greet Bob`),
//! and for a `float` one, what Rust reads as a float (`inf`, `nan`) is
//! accepted too, as the command always did.

use crate::value::{Type, Value};
use multigen_syntax::ast::{ExprKind, StmtKind, UnaryOp};

/// The value of argument `text` for a parameter of type `t`, or why it
/// cannot be read.
pub(crate) fn parse_arg(text: &str, t: &Type) -> Result<Value, String> {
    let parsed = parse(text);
    match (t, &parsed) {
        (Type::Str, Ok(v @ Value::Str(_))) => Ok(v.clone()),
        (Type::Optional(inner), Ok(v @ (Value::Str(_) | Value::None))) if **inner == Type::Str => {
            Ok(v.clone())
        }
        (Type::Str, _) => Ok(Value::Str(text.to_string())),
        (Type::Optional(inner), _) if **inner == Type::Str => Ok(Value::Str(text.to_string())),
        // What Rust reads as a float (`inf`, `nan`, `1e5`): the command's
        // old reading of a float argument.
        (Type::Float, Err(e)) => text
            .trim()
            .parse::<f64>()
            .map(Value::Float)
            .map_err(|_| e.clone()),
        (_, Ok(v)) => Ok(v.clone()),
        (_, Err(e)) => Err(e.clone()),
    }
}

/// The literal written in `text`.
fn parse(text: &str) -> Result<Value, String> {
    let module = multigen_syntax::parse(text.trim()).map_err(|ds| {
        let why = ds.first().map_or("", |d| d.message.as_str());
        format!("not a Python literal ({why})")
    })?;
    match module.body.as_slice() {
        [s] => match &s.kind {
            StmtKind::Expr(e) => literal(&e.kind),
            _ => Err("not a Python literal".into()),
        },
        _ => Err("not a Python literal".into()),
    }
}

fn literal(e: &ExprKind) -> Result<Value, String> {
    Ok(match e {
        ExprKind::Int(i) => Value::Int(*i),
        ExprKind::Float(x) => Value::Float(*x),
        ExprKind::Str(s) => Value::Str(s.clone()),
        ExprKind::Bool(b) => Value::Bool(*b),
        ExprKind::None => Value::None,
        ExprKind::Unary(op @ (UnaryOp::Neg | UnaryOp::Pos), x) => match (op, literal(&x.kind)?) {
            (UnaryOp::Pos, v @ (Value::Int(_) | Value::Float(_))) => v,
            (_, Value::Int(i)) => Value::Int(
                i.checked_neg()
                    .ok_or_else(|| "the integer does not fit in 64 bits".to_string())?,
            ),
            (_, Value::Float(x)) => Value::Float(-x),
            _ => return Err("a sign applies only to a number".into()),
        },
        ExprKind::List(xs) => Value::List(xs.iter().map(|x| literal(&x.kind)).collect::<Result<_, _>>()?),
        ExprKind::Tuple(xs) => Value::Tuple(xs.iter().map(|x| literal(&x.kind)).collect::<Result<_, _>>()?),
        ExprKind::Dict(es) => Value::Dict(
            es.iter()
                .map(|(k, v)| Ok((literal(&k.kind)?, literal(&v.kind)?)))
                .collect::<Result<_, String>>()?,
        ),
        ExprKind::Set(_) => return Err("sets cannot be passed".into()),
        _ => return Err("not a Python literal (only numbers, strings, True, False, None, lists, dicts and tuples of them)".into()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(t: Type) -> Type {
        Type::List(Box::new(t))
    }

    #[test]
    fn literals_of_every_kind() {
        let t = Type::Dict(
            Box::new(Type::Str),
            Box::new(list(Type::Tuple(vec![Type::Int, Type::Float]))),
        );
        assert_eq!(
            parse_arg("{'a': [(1, -2.5), (-3, 4)], \"b\": []}", &t),
            Ok(Value::Dict(vec![
                (
                    "a".into(),
                    Value::List(vec![
                        Value::Tuple(vec![1.into(), (-2.5).into()]),
                        Value::Tuple(vec![(-3).into(), 4.into()]),
                    ])
                ),
                ("b".into(), Value::List(vec![])),
            ]))
        );
        let opt = Type::Optional(Box::new(Type::Int));
        assert_eq!(parse_arg("None", &opt), Ok(Value::None));
        assert_eq!(parse_arg("+7", &opt), Ok(Value::Int(7)));
        assert_eq!(parse_arg("True", &Type::Bool), Ok(Value::Bool(true)));
        assert_eq!(
            parse_arg("(1,)", &Type::VarTuple(Box::new(Type::Float))),
            Ok(Value::Tuple(vec![1.into()]))
        );
    }

    #[test]
    fn strings_and_floats_keep_the_old_readings() {
        assert_eq!(parse_arg("Bob", &Type::Str), Ok("Bob".into()));
        assert_eq!(parse_arg("'Bob'", &Type::Str), Ok("Bob".into()));
        assert_eq!(parse_arg("1 + 2", &Type::Str), Ok("1 + 2".into()));
        let opt = Type::Optional(Box::new(Type::Str));
        assert_eq!(parse_arg("None", &opt), Ok(Value::None));
        assert_eq!(parse_arg("x y", &opt), Ok("x y".into()));
        assert_eq!(parse_arg("3", &Type::Float), Ok(Value::Int(3)));
        assert_eq!(
            parse_arg("inf", &Type::Float),
            Ok(Value::Float(f64::INFINITY))
        );
    }

    #[test]
    fn nothing_but_literals() {
        for bad in [
            "__import__('os')",
            "[1, x]",
            "1 + 2",
            "{1, 2}",
            "-'a'",
            "x = 1",
            "1; 2",
            "[1,",
        ] {
            assert!(parse_arg(bad, &list(Type::Int)).is_err(), "{bad}");
        }
    }
}
