//! LLVM IR modules in the library ([`crate::Engine::load_ir`]): the
//! functions IR input exports are called by their LLVM types.
//!
//! IR carries no Python types, only LLVM's, so the functions a host can
//! call are those whose parameters are `i64`, `i32` (an `int`; the value
//! must fit), `i1` (a `bool`) or `double` (a `float`), returning one of
//! those or `void` (`None`). For each, and for a `main(i32, ptr)` (called
//! with no arguments, as a program without any), this file writes a small
//! IR module of entry points with the same slot convention as the ones
//! the code generator writes for Python functions (`gen/entry.rs`), plus
//! the catcher; it is compiled like the input and linked beside it. So a
//! call is checked against the function's real type before it is made,
//! and an exception the IR raises through the runtime (IR that `multigen
//! convert` wrote for a Python program) comes back to the host.

use crate::value::Type;
use crate::IrFunction;

/// The prefix of the entry points written for IR input (not the code
/// generator's, which IR from `multigen convert` may define itself).
pub(crate) const ENTRY_PREFIX: &str = "__mg_host_entry.";
/// The catcher written for IR input.
pub(crate) const CATCH: &str = "__mg_host_catch";

/// A function of IR input that a host can call.
pub(crate) struct IrEntry {
    pub name: String,
    pub params: Vec<Type>,
    /// Which parameters are `i32` (their values must fit in 32 bits).
    pub narrow: Vec<bool>,
    pub ret: Type,
}

/// The entry points of `functions` and the catcher as IR text, the
/// functions they call, and the functions that cannot be called (name
/// and LLVM type).
pub(crate) fn entry_module(
    functions: &[IrFunction],
) -> (String, Vec<IrEntry>, Vec<(String, String)>) {
    let mut text = String::from(CATCHER);
    let mut entries = Vec::new();
    let mut refused = Vec::new();
    for f in functions {
        let params: Option<Vec<Type>> = f.params.iter().map(|p| scalar(p)).collect();
        let ret = match f.ret.as_str() {
            "void" => Some(Type::None),
            r => scalar(r),
        };
        let argv_main = f.name == "main"
            && f.params == ["i32", "ptr"]
            && matches!(f.ret.as_str(), "i32" | "i64");
        match (params, ret) {
            (Some(params), Some(ret)) if !f.var_args => {
                text.push_str(&entry(f));
                entries.push(IrEntry {
                    name: f.name.clone(),
                    narrow: f.params.iter().map(|p| p == "i32").collect(),
                    params,
                    ret,
                });
            }
            _ if argv_main => {
                text.push_str(&argv_main_entry(f));
                entries.push(IrEntry {
                    name: f.name.clone(),
                    params: vec![],
                    narrow: vec![],
                    ret: Type::Int,
                });
            }
            _ => refused.push((f.name.clone(), f.type_text())),
        }
    }
    (text, entries, refused)
}

/// The [`Type`] of an LLVM scalar type a host can pass.
fn scalar(t: &str) -> Option<Type> {
    match t {
        "i64" | "i32" => Some(Type::Int),
        "i1" => Some(Type::Bool),
        "double" => Some(Type::Float),
        _ => None,
    }
}

/// `@"name"` with LLVM's escapes.
fn global(name: &str) -> String {
    let mut out = String::from("@\"");
    for b in name.bytes() {
        if b == b'"' || b == b'\\' || !(0x20..0x7f).contains(&b) {
            out.push_str(&format!("\\{b:02X}"));
        } else {
            out.push(b as char);
        }
    }
    out.push('"');
    out
}

/// The catcher (`gen/entry.rs` explains it; IR has no frame-depth counter
/// the host could reach, so it restores none).
const CATCHER: &str = "declare i32 @mg_personality(...)
declare ptr @mg_landing(ptr, ptr)

define ptr @__mg_host_catch(ptr %body, ptr %env) personality ptr @mg_personality {
entry:
  invoke void %body(ptr %env) to label %ok unwind label %caught
ok:
  ret ptr null
caught:
  %lp = landingpad { ptr, i32 } cleanup
  %ue = extractvalue { ptr, i32 } %lp, 0
  %exc = call ptr @mg_landing(ptr %ue, ptr null)
  ret ptr %exc
}
";

/// `void ENTRY(ptr slots)` calling `f` with its arguments from the slots
/// and storing its result after them.
fn entry(f: &IrFunction) -> String {
    let callee = global(&f.name);
    let mut body = String::new();
    let mut args = Vec::new();
    for (k, t) in f.params.iter().enumerate() {
        body.push_str(&format!(
            "  %p{k} = getelementptr i64, ptr %slots, i64 {k}\n  %s{k} = load i64, ptr %p{k}\n"
        ));
        let v = match t.as_str() {
            "i64" => format!("%s{k}"),
            "double" => {
                body.push_str(&format!("  %a{k} = bitcast i64 %s{k} to double\n"));
                format!("%a{k}")
            }
            // `i1` and `i32`: the slot holds the value zero- or
            // sign-extended.
            t => {
                body.push_str(&format!("  %a{k} = trunc i64 %s{k} to {t}\n"));
                format!("%a{k}")
            }
        };
        args.push(format!("{t} {v}"));
    }
    let n = f.params.len();
    let call = format!("call {} {callee}({})", f.ret, args.join(", "));
    let store = |v: &str| {
        format!("  %out = getelementptr i64, ptr %slots, i64 {n}\n  store i64 {v}, ptr %out\n")
    };
    match f.ret.as_str() {
        "void" => body.push_str(&format!("  {call}\n{}", store("0"))),
        "i64" => body.push_str(&format!("  %r = {call}\n{}", store("%r"))),
        "double" => body.push_str(&format!(
            "  %r = {call}\n  %rs = bitcast double %r to i64\n{}",
            store("%rs")
        )),
        "i1" => body.push_str(&format!(
            "  %r = {call}\n  %rs = zext i1 %r to i64\n{}",
            store("%rs")
        )),
        _ => body.push_str(&format!(
            "  %r = {call}\n  %rs = sext {} %r to i64\n{}",
            f.ret,
            store("%rs")
        )),
    }
    format!(
        "\ndeclare {} {callee}({})\n\ndefine void {}(ptr %slots) {{\nentry:\n{body}  ret void\n}}\n",
        f.ret,
        f.params.join(", "),
        global(&format!("{ENTRY_PREFIX}{}", f.name)),
    )
}

/// The entry of `main(i32 argc, ptr argv)`: called with `argc` 0 and an
/// `argv` holding only the terminating null, its status as the result.
fn argv_main_entry(f: &IrFunction) -> String {
    let widen = if f.ret == "i64" {
        "%rs = add i64 %r, 0"
    } else {
        "%rs = sext i32 %r to i64"
    };
    format!(
        "\ndeclare {ret} @main(i32, ptr)\n\ndefine void {entry}(ptr %slots) {{\nentry:\n  \
         %argv = alloca ptr\n  store ptr null, ptr %argv\n  %r = call {ret} @main(i32 0, ptr %argv)\n  \
         {widen}\n  store i64 %rs, ptr %slots\n  ret void\n}}\n",
        ret = f.ret,
        entry = global(&format!("{ENTRY_PREFIX}main")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(name: &str, ret: &str, params: &[&str]) -> IrFunction {
        IrFunction {
            name: name.into(),
            ret: ret.into(),
            params: params.iter().map(|p| p.to_string()).collect(),
            var_args: false,
        }
    }

    #[test]
    fn callable_types_only() {
        let (_, entries, refused) = entry_module(&[
            f("a", "double", &["i64", "i1", "i32"]),
            f("b", "ptr", &["i64"]),
            f("main", "i32", &["i32", "ptr"]),
            f("c", "void", &["float"]),
        ]);
        let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["a", "main"]);
        assert_eq!(entries[0].params, [Type::Int, Type::Bool, Type::Int]);
        assert_eq!(entries[0].narrow, [false, false, true]);
        assert_eq!(entries[0].ret, Type::Float);
        assert_eq!(entries[1].ret, Type::Int);
        assert_eq!(
            refused,
            [
                ("b".to_string(), "ptr (i64)".to_string()),
                ("c".to_string(), "void (float)".to_string())
            ]
        );
    }

    #[test]
    fn names_are_quoted() {
        assert_eq!(global("py.f"), "@\"py.f\"");
        assert_eq!(global("a\"b\\é"), "@\"a\\22b\\5C\\C3\\A9\"");
    }
}
