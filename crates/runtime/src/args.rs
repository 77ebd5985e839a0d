//! CPython's argument errors for calls whose arity is only known at run
//! time (`f(*xs)`, `f(**d)`): the checker passes a description of the
//! callee's parameters, the number of positional arguments and the keyword
//! names, and [`mg_check_args`] raises the `TypeError` CPython's
//! `initialize_locals` (Python/ceval.c) would, in the same order of checks.

use crate::error::ErrArg;
use crate::object::MgList;
use crate::MgStr;

runtime_interface! {
    ARGS_DECLS, args_symbols;
    fn mg_check_args(*const MgStr, i64, *const MgList) -> ();
}

/// The parameters of a callee, parsed from the checker's description
/// (lines: qualified name, positional count, how many of those have
/// defaults, how many are positional-only, flags `a` for `*args` and `k`
/// for `**kwargs`, the positional names, the keyword-only names with a
/// `=` suffix when they have a default, the keywords written at the call).
struct Spec<'a> {
    qual: &'a str,
    argcount: usize,
    defcount: usize,
    posonly: usize,
    varargs: bool,
    varkw: bool,
    names: Vec<&'a str>,
    kwonly: Vec<(&'a str, bool)>,
    written: Vec<&'a str>,
}

fn list(s: &str) -> Vec<&str> {
    if s.is_empty() {
        Vec::new()
    } else {
        s.split(',').collect()
    }
}

fn parse(spec: &str) -> Spec<'_> {
    let l: Vec<&str> = spec.split('\n').collect();
    let num = |i: usize| l[i].parse::<usize>().unwrap_or(0);
    Spec {
        qual: l[0],
        argcount: num(1),
        defcount: num(2),
        posonly: num(3),
        varargs: l[4].contains('a'),
        varkw: l[4].contains('k'),
        names: list(l[5]),
        kwonly: list(l[6])
            .into_iter()
            .map(|n| match n.strip_suffix('=') {
                Some(n) => (n, true),
                None => (n, false),
            })
            .collect(),
        written: list(l[7]),
    }
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'` (CPython's `format_missing`).
fn names_text(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match q.len() {
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

/// The `TypeError` message for a call of `spec` with `npos` positional
/// arguments and the keyword names `keys` (the written ones first), if any.
fn check(s: &Spec, npos: usize, dict_keys: &[&str]) -> Option<String> {
    let q = s.qual;
    // Merging `**d` into the written keywords happens before the call.
    for k in dict_keys {
        if s.written.contains(k) {
            return Some(format!(
                "__main__.{q}() got multiple values for keyword argument '{k}'"
            ));
        }
    }
    let mut bound = vec![false; s.argcount + s.kwonly.len()];
    for b in bound.iter_mut().take(npos.min(s.argcount)) {
        *b = true;
    }
    let keys: Vec<&str> = s.written.iter().chain(dict_keys).copied().collect();
    for k in &keys {
        let j = (s.posonly..s.argcount)
            .find(|&i| s.names[i] == *k)
            .or_else(|| {
                s.kwonly
                    .iter()
                    .position(|(n, _)| n == k)
                    .map(|i| s.argcount + i)
            });
        let Some(j) = j else {
            if s.varkw {
                continue;
            }
            let posonly: Vec<&str> = keys
                .iter()
                .copied()
                .filter(|k| s.names[..s.posonly].contains(k))
                .collect();
            if !posonly.is_empty() {
                return Some(format!(
                    "{q}() got some positional-only arguments passed as keyword arguments: '{}'",
                    posonly.join(", ")
                ));
            }
            return Some(format!("{q}() got an unexpected keyword argument '{k}'"));
        };
        if bound[j] {
            return Some(format!("{q}() got multiple values for argument '{k}'"));
        }
        bound[j] = true;
    }
    if npos > s.argcount && !s.varargs {
        let kwonly_given = bound[s.argcount..].iter().filter(|b| **b).count();
        let (sig, plural) = if s.defcount > 0 {
            (
                format!("from {} to {}", s.argcount - s.defcount, s.argcount),
                true,
            )
        } else {
            (s.argcount.to_string(), s.argcount != 1)
        };
        let kw = if kwonly_given > 0 {
            format!(
                " positional argument{} (and {kwonly_given} keyword-only argument{})",
                if npos != 1 { "s" } else { "" },
                if kwonly_given != 1 { "s" } else { "" }
            )
        } else {
            String::new()
        };
        return Some(format!(
            "{q}() takes {sig} positional argument{} but {npos}{kw} {} given",
            if plural { "s" } else { "" },
            if npos == 1 && kwonly_given == 0 {
                "was"
            } else {
                "were"
            }
        ));
    }
    let required = s.argcount - s.defcount;
    let missing: Vec<&str> = (0..required)
        .filter(|&i| !bound[i])
        .map(|i| s.names[i])
        .collect();
    if !missing.is_empty() {
        return Some(format!(
            "{q}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            names_text(&missing)
        ));
    }
    let missing: Vec<&str> = s
        .kwonly
        .iter()
        .enumerate()
        .filter(|(i, (_, has_default))| !has_default && !bound[s.argcount + i])
        .map(|(_, (n, _))| *n)
        .collect();
    if !missing.is_empty() {
        return Some(format!(
            "{q}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            names_text(&missing)
        ));
    }
    None
}

/// Raises CPython's `TypeError` when a call of the function `spec`
/// describes, with `npos` positional arguments and the keys of a `**`
/// dict (a list of `str`, after the keywords written at the call), does
/// not bind; returns otherwise.
///
/// # Safety
/// `spec` must point to a str, `keys` to a list of str.
#[no_mangle]
pub unsafe extern "C-unwind" fn mg_check_args(spec: *const MgStr, npos: i64, keys: *const MgList) {
    let s = parse(MgStr::text(spec));
    let l = &*keys;
    let dict_keys: Vec<&str> = (0..l.len as usize)
        .map(|i| MgStr::text(*l.items.add(i) as *const MgStr))
        .collect();
    if let Some(msg) = check(&s, npos.max(0) as usize, &dict_keys) {
        crate::exc::raise_builtin(b"TypeError", ErrArg::Msg(msg));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        let s = parse("f\n2\n0\n0\n\na,b\n\n");
        assert_eq!(
            check(&s, 3, &[]).unwrap(),
            "f() takes 2 positional arguments but 3 were given"
        );
        assert_eq!(
            check(&s, 1, &[]).unwrap(),
            "f() missing 1 required positional argument: 'b'"
        );
        assert_eq!(check(&s, 1, &["b"]), None);
        assert_eq!(
            check(&s, 1, &["a"]).unwrap(),
            "f() got multiple values for argument 'a'"
        );
        assert_eq!(
            check(&s, 2, &["z"]).unwrap(),
            "f() got an unexpected keyword argument 'z'"
        );
        let s = parse("g\n3\n1\n0\n\na,b,c\nk\n");
        assert_eq!(
            check(&s, 0, &[]).unwrap(),
            "g() missing 2 required positional arguments: 'a' and 'b'"
        );
        assert_eq!(
            check(&s, 4, &[]).unwrap(),
            "g() takes from 2 to 3 positional arguments but 4 were given"
        );
        assert_eq!(
            check(&s, 2, &[]).unwrap(),
            "g() missing 1 required keyword-only argument: 'k'"
        );
    }
}
