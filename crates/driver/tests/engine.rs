//! The library API (`engine.rs`): values of every supported type both
//! ways, every error variant, exceptions that leave the engine usable,
//! several modules in one engine, dropping in any order, a program of
//! several files, and the `examples/host.rs` program.

use multigen_driver::{CacheSetting, Config, Engine, Error, Module, PyException, Type, Value};
use std::path::Path;

const PROG: &str = r#"
from typing import Optional

def add(a: int, b: int) -> int:
    return a + b

def scale(x: float, k: float) -> float:
    return x * k

def negate(b: bool) -> bool:
    return not b

def greet(name: str) -> str:
    return "héllo " + name

def nothing(x: None) -> None:
    pass

def total(xs: list[int]) -> int:
    return sum(xs)

def words(s: str) -> list[str]:
    return s.split()

def invert(d: dict[str, float]) -> dict[float, str]:
    return {v: k for k, v in d.items()}

def swap(t: tuple[int, str]) -> tuple[str, int]:
    return (t[1], t[0])

def lengths(t: tuple[str, ...]) -> tuple[int, ...]:
    return tuple(len(s) for s in t)

def nested(d: dict[str, list[tuple[int, float]]]) -> dict[str, list[tuple[int, float]]]:
    return {k + "!": [(i + 1, x * 2) for i, x in v] for k, v in d.items()}

def opt_int(x: Optional[int]) -> Optional[int]:
    return None if x is None else x + 1

def opt_float(x: float | None) -> float | None:
    return x

def opt_bool(x: bool | None) -> bool | None:
    return x

def opt_str(x: Optional[str]) -> Optional[str]:
    return None if x is None else x * 2

def opt_list(x: Optional[list[int]]) -> Optional[list[int]]:
    return x

def opt_tuple(x: Optional[tuple[int, int]]) -> Optional[tuple[int, int]]:
    return x

def list_of_opt(xs: list[Optional[int]]) -> list[Optional[int]]:
    return [None if x is None else -x for x in xs]

def echo_float(x: float) -> float:
    return x

def first_key(d: dict[str, int]) -> str:
    for k in d:
        return k
    return ""

def divide(a: int, b: int) -> float:
    return a / b

class Shape:
    def __init__(self, n: int) -> None:
        self.n = n

def make(n: int) -> Shape:
    return Shape(n)

def area(s: Shape) -> int:
    return s.n

class AppError(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(f"code {code}")
        self.code = code

def fail(code: int) -> int:
    if code > 0:
        raise AppError(code)
    return 0

class BadStr(Exception):
    def __str__(self) -> str:
        raise ValueError("no str")

def bad() -> None:
    raise BadStr()

def chained() -> None:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("while looking up") from e

def handled_then_raise() -> None:
    try:
        raise KeyError("first")
    except KeyError:
        raise IndexError("second")

def plain_raise() -> None:
    raise RuntimeError("plain")

def down(n: int) -> int:
    return down(n + 1) + 1

def depth(n: int) -> int:
    return 0 if n == 0 else 1 + depth(n - 1)

def churn(xs: list[str], rounds: int) -> int:
    junk: list[list[int]] = []
    for i in range(rounds):
        junk.append([i] * 100)
        if len(junk) > 50:
            junk = []
    return sum(len(x) for x in xs)

def who() -> str:
    return __name__
"#;

/// An engine without the compiled-module cache (the user's cache stays
/// clean; `the_compiled_module_cache_keeps_entry_points` uses one of its
/// own).
fn engine() -> Engine {
    Engine::new(Config {
        cache: CacheSetting::Off,
        ..Config::default()
    })
}

fn module() -> Module {
    engine()
        .load_source("prog.py", PROG)
        .unwrap_or_else(|e| panic!("{e}"))
}

fn call(m: &Module, f: &str, args: &[Value]) -> Value {
    m.function(f)
        .unwrap_or_else(|e| panic!("{f}: {e}"))
        .call(args)
        .unwrap_or_else(|e| panic!("{f}: {e}"))
}

fn exception(r: Result<Value, Error>) -> PyException {
    match r {
        Err(Error::Exception(e)) => e,
        other => panic!("expected an exception, got {other:?}"),
    }
}

fn mismatch(r: Result<Value, Error>) -> String {
    match r {
        Err(Error::SignatureMismatch(m)) => m,
        other => panic!("expected a signature mismatch, got {other:?}"),
    }
}

#[test]
fn scalars_both_ways() {
    let m = module();
    assert_eq!(call(&m, "add", &[2.into(), 40.into()]), Value::Int(42));
    assert_eq!(
        call(&m, "add", &[i64::MIN.into(), 0.into()]),
        Value::Int(i64::MIN)
    );
    assert_eq!(
        call(&m, "scale", &[1.5.into(), (-2.0).into()]),
        Value::Float(-3.0)
    );
    assert_eq!(call(&m, "negate", &[true.into()]), Value::Bool(false));
    assert_eq!(
        call(&m, "greet", &["wörld".into()]),
        Value::Str("héllo wörld".into())
    );
    assert_eq!(call(&m, "nothing", &[Value::None]), Value::None);
    // An int where a float is declared: this program keeps no ints in
    // floats, so it becomes the float.
    assert_eq!(call(&m, "echo_float", &[3.into()]), Value::Float(3.0));
    let nan = call(&m, "echo_float", &[f64::NAN.into()]);
    assert!(matches!(nan, Value::Float(x) if x.is_nan()), "{nan:?}");
}

#[test]
fn containers_both_ways() {
    let m = module();
    assert_eq!(call(&m, "total", &[vec![1, 2, 3].into()]), Value::Int(6));
    assert_eq!(call(&m, "total", &[Value::List(vec![])]), Value::Int(0));
    assert_eq!(
        call(&m, "words", &[" a bc  d ".into()]),
        vec!["a", "bc", "d"].into()
    );
    assert_eq!(
        call(&m, "invert", &[Value::dict([("x", 1.5), ("y", -2.0)])]),
        Value::dict([(1.5, "x"), (-2.0, "y")])
    );
    // Insertion order is kept, and a later equal key replaces the value.
    assert_eq!(
        call(
            &m,
            "first_key",
            &[Value::dict([("z", 1), ("a", 2), ("z", 3)])]
        ),
        Value::Str("z".into())
    );
    assert_eq!(call(&m, "swap", &[(7, "x").into()]), ("x", 7).into());
    assert_eq!(
        call(
            &m,
            "lengths",
            &[Value::Tuple(vec!["ab".into(), "".into(), "xyz".into()])]
        ),
        Value::Tuple(vec![2.into(), 0.into(), 3.into()])
    );
    assert_eq!(
        call(&m, "lengths", &[Value::Tuple(vec![])]),
        Value::Tuple(vec![])
    );
    let arg = Value::dict([("p", vec![(1, 0.5), (2, 1.5)]), ("q", vec![])]);
    assert_eq!(
        call(&m, "nested", &[arg]),
        Value::dict([("p!", vec![(2, 1.0), (3, 3.0)]), ("q!", vec![])])
    );
}

#[test]
fn optionals_both_ways() {
    let m = module();
    assert_eq!(call(&m, "opt_int", &[Value::None]), Value::None);
    assert_eq!(call(&m, "opt_int", &[41.into()]), Value::Int(42));
    assert_eq!(call(&m, "opt_float", &[2.5.into()]), Value::Float(2.5));
    assert_eq!(call(&m, "opt_float", &[Value::None]), Value::None);
    assert_eq!(call(&m, "opt_bool", &[false.into()]), Value::Bool(false));
    assert_eq!(
        call(&m, "opt_str", &[Some("ab").into()]),
        Value::Str("abab".into())
    );
    assert_eq!(call(&m, "opt_str", &[None::<&str>.into()]), Value::None);
    assert_eq!(
        call(&m, "opt_list", &[vec![1, 2].into()]),
        vec![1, 2].into()
    );
    assert_eq!(call(&m, "opt_list", &[Value::None]), Value::None);
    assert_eq!(call(&m, "opt_tuple", &[(1, 2).into()]), (1, 2).into());
    assert_eq!(call(&m, "opt_tuple", &[Value::None]), Value::None);
    assert_eq!(
        call(&m, "list_of_opt", &[vec![Some(1), None, Some(-3)].into()]),
        vec![Some(-1), None, Some(3)].into()
    );
}

#[test]
fn signatures_print_as_annotations() {
    let m = module();
    let sig = |f: &str| m.function(f).unwrap().signature().to_string();
    assert_eq!(sig("add"), "add(a: int, b: int) -> int");
    assert_eq!(sig("opt_int"), "opt_int(x: int | None) -> int | None");
    assert_eq!(
        sig("nested"),
        "nested(d: dict[str, list[tuple[int, float]]]) -> dict[str, list[tuple[int, float]]]"
    );
    assert_eq!(
        sig("lengths"),
        "lengths(t: tuple[str, ...]) -> tuple[int, ...]"
    );
    assert_eq!(sig("make"), "make(n: int) -> Shape");
    let f = m.function("swap").unwrap();
    assert_eq!(
        f.signature().params[0].1,
        Type::Tuple(vec![Type::Int, Type::Str])
    );
    // Methods are not functions of the module.
    assert!(m.functions().all(|s| s.name != "__init__"));
    assert!(m.functions().any(|s| s.name == "who"));
}

#[test]
fn values_print_as_python_reprs() {
    let v = Value::dict([("a", Value::from(vec![(1, 2.5)])), ("b'", Value::None)]);
    assert_eq!(v.to_string(), r#"{'a': [(1, 2.5)], "b'": None}"#);
    assert_eq!(Value::Tuple(vec![1e16.into()]).to_string(), "(1e+16,)");
    assert_eq!(Value::from(vec![true, false]).to_string(), "[True, False]");
}

#[test]
fn diagnostics_are_errors_that_render_alone() {
    let err = engine()
        .load_source("bad.py", "def f(x: int) -> int:\n    return x + 'a'\n")
        .err()
        .expect("a type error");
    assert!(matches!(err, Error::InFiles(_)), "{err:?}");
    let text = err.to_string();
    assert!(text.starts_with("bad.py:2:"), "{text}");
    assert!(text.contains("error[type]"), "{text}");
    let err = engine()
        .load_source("syntax.py", "def f(:\n")
        .err()
        .expect("a syntax error");
    assert!(err.to_string().contains("error[syntax]"), "{err}");
}

#[test]
fn function_not_found() {
    let m = module();
    assert!(matches!(m.function("missing"), Err(Error::FunctionNotFound(n)) if n == "missing"));
    // A method is not a module-level function.
    assert!(matches!(
        m.function("__init__"),
        Err(Error::FunctionNotFound(_))
    ));
}

#[test]
fn wrong_argument_count() {
    let m = module();
    let f = m.function("add").unwrap();
    let msg = mismatch(f.call(&[1.into()]));
    assert_eq!(
        msg,
        "add(a: int, b: int) -> int takes 2 arguments but 1 was given"
    );
    let msg = mismatch(f.call(&[1.into(), 2.into(), 3.into()]));
    assert!(msg.ends_with("takes 2 arguments but 3 were given"), "{msg}");
}

#[test]
fn wrong_argument_types() {
    let m = module();
    let msg = mismatch(m.function("add").unwrap().call(&[1.into(), "2".into()]));
    assert_eq!(
        msg,
        "add(a: int, b: int) -> int: argument 'b' must be int, got str ('2')"
    );
    // A bool is not an int here: the checker refuses it too.
    mismatch(m.function("add").unwrap().call(&[true.into(), 2.into()]));
    let msg = mismatch(
        m.function("total")
            .unwrap()
            .call(&[vec![Value::Int(1), "x".into()].into()]),
    );
    assert!(
        msg.contains("argument 'xs' must be list[int], got list[int | str]"),
        "{msg}"
    );
    let msg = mismatch(m.function("swap").unwrap().call(&[(1, 2, 3).into()]));
    assert!(
        msg.contains("must be tuple[int, str], got tuple[int, int, int]"),
        "{msg}"
    );
    mismatch(m.function("opt_int").unwrap().call(&[2.5.into()]));
    mismatch(
        m.function("invert")
            .unwrap()
            .call(&[Value::dict([(1, 1.0)])]),
    );
    // Types without a Rust value: refused before anything runs.
    let msg = mismatch(m.function("area").unwrap().call(&[1.into()]));
    assert!(
        msg.contains("parameter 's' has type Shape, which cannot be passed in"),
        "{msg}"
    );
    let msg = mismatch(m.function("make").unwrap().call(&[1.into()]));
    assert!(msg.contains("the result has type Shape"), "{msg}");
    // Nothing ran: the module body has not run yet, so the first real
    // call still imports the module.
    assert_eq!(call(&m, "who", &[]), Value::Str("prog".into()));
}

#[test]
fn exceptions_are_returned_and_the_engine_stays_usable() {
    let m = module();
    let e = exception(m.function("divide").unwrap().call(&[1.into(), 0.into()]));
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert_eq!(e.message, "division by zero");
    assert!(
        e.traceback
            .starts_with("Traceback (most recent call last):\n"),
        "{}",
        e.traceback
    );
    assert!(
        e.traceback
            .contains("prog.py\", line 67, in divide\n    return a / b\n"),
        "{}",
        e.traceback
    );
    assert!(
        e.traceback
            .ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        e.traceback
    );
    assert_eq!(
        call(&m, "divide", &[1.into(), 4.into()]),
        Value::Float(0.25)
    );

    let e = exception(m.function("fail").unwrap().call(&[7.into()]));
    assert_eq!(
        (e.type_name.as_str(), e.message.as_str()),
        ("AppError", "code 7")
    );
    assert!(
        e.traceback.ends_with("AppError: code 7\n"),
        "{}",
        e.traceback
    );
    assert_eq!(call(&m, "fail", &[0.into()]), Value::Int(0));

    // A `__str__` that raises, as CPython's report shows it.
    let e = exception(m.function("bad").unwrap().call(&[]));
    assert_eq!(e.message, "<exception str() failed>");
    assert!(
        e.traceback.ends_with("BadStr: <exception str() failed>\n"),
        "{}",
        e.traceback
    );

    let e = exception(m.function("chained").unwrap().call(&[]));
    assert!(
        e.traceback
            .contains("KeyError: 'k'\n\nThe above exception was the direct cause"),
        "{}",
        e.traceback
    );
    let e = exception(m.function("handled_then_raise").unwrap().call(&[]));
    assert!(
        e.traceback
            .contains("During handling of the above exception"),
        "{}",
        e.traceback
    );
    // The exception being handled does not leak into the next call.
    let e = exception(m.function("plain_raise").unwrap().call(&[]));
    assert!(!e.traceback.contains("During handling"), "{}", e.traceback);
    assert_eq!(
        e.traceback.matches("Traceback").count(),
        1,
        "{}",
        e.traceback
    );
}

#[test]
fn recursion_error_then_normal_calls() {
    let m = module();
    for _ in 0..2 {
        let e = exception(m.function("down").unwrap().call(&[0.into()]));
        assert_eq!(e.type_name, "RecursionError");
        assert_eq!(e.message, "maximum recursion depth exceeded");
        assert!(
            e.traceback.contains("[Previous line repeated"),
            "{}",
            e.traceback
        );
        // The frame-depth counter is back: a deep but legal recursion works.
        assert_eq!(call(&m, "depth", &[900.into()]), Value::Int(900));
    }
}

#[test]
fn arguments_survive_collections_during_the_call() {
    let m = module();
    let xs: Vec<String> = (0..2000).map(|i| "x".repeat(i % 7)).collect();
    let want: i64 = xs.iter().map(|s| s.len() as i64).sum();
    assert_eq!(
        call(&m, "churn", &[xs.into(), 20_000.into()]),
        Value::Int(want)
    );
}

const BODY: &str = r#"
print("body runs as", __name__)
N = 5

def get() -> int:
    return N

def main() -> str:
    return "main of " + __name__

if __name__ == "__main__":
    print("main guard")
"#;

#[test]
fn module_body_runs_once_as_main_or_as_import() {
    let m = engine().load_source("body.py", BODY).unwrap();
    m.run_body().unwrap();
    assert_eq!(call(&m, "get", &[]), Value::Int(5));
    assert_eq!(m.run_main().unwrap(), Value::Str("main of __main__".into()));
    assert!(matches!(m.run_body(), Err(Error::Other(_))));
    // A call first imports the module: `__name__` is its name.
    let m = engine().load_source("body.py", BODY).unwrap();
    assert_eq!(m.run_main().unwrap(), Value::Str("main of body".into()));
    assert!(m.run_body().is_err());
}

#[test]
fn a_failing_body_fails_every_call() {
    let m = engine()
        .load_source("broken.py", "def f() -> int:\n    return 1\n\nX = 1 // 0\n")
        .unwrap();
    let e = exception(m.function("f").unwrap().call(&[]));
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert!(
        e.traceback.contains("line 4, in <module>"),
        "{}",
        e.traceback
    );
    assert_eq!(exception(m.function("f").unwrap().call(&[])), e);
    let m = engine().load_source("broken.py", "X = [][0]\n").unwrap();
    assert_eq!(
        exception(m.run_body().map(|()| Value::None)).type_name,
        "IndexError"
    );
}

#[test]
fn two_modules_with_the_same_names() {
    let engine = engine();
    let src = |k: i64| {
        format!("TOTAL = 0\n\ndef bump(n: int) -> int:\n    global TOTAL\n    TOTAL += n * {k}\n    return TOTAL\n")
    };
    let a = engine.load_source("a.py", &src(1)).unwrap();
    let b = engine.load_source("b.py", &src(100)).unwrap();
    let (fa, fb) = (a.function("bump").unwrap(), b.function("bump").unwrap());
    assert_eq!(fa.call(&[1.into()]).unwrap(), Value::Int(1));
    assert_eq!(fb.call(&[1.into()]).unwrap(), Value::Int(100));
    assert_eq!(fa.call(&[2.into()]).unwrap(), Value::Int(3));
    assert_eq!(fb.call(&[2.into()]).unwrap(), Value::Int(300));
    assert_eq!(a.name(), "a");
    assert_eq!(b.name(), "b");
}

#[test]
fn dropping_in_any_order() {
    let src = "KEEP = [str(i) for i in range(1000)]\n\ndef n(extra: list[str]) -> int:\n    return len(KEEP) + len(extra)\n";
    // The engine first (at the end of the block), then the module, then
    // the function.
    let (m, f) = {
        let engine = engine();
        let m = engine.load_source("d1.py", src).unwrap();
        let f = m.function("n").unwrap();
        assert_eq!(f.call(&[vec!["a"].into()]).unwrap(), Value::Int(1001));
        (m, f)
    };
    drop(m);
    multigen_runtime::mg_gc_collect();
    assert_eq!(f.call(&[Value::List(vec![])]).unwrap(), Value::Int(1000));
    let g = f.clone();
    drop(f);
    assert_eq!(g.call(&[Value::List(vec![])]).unwrap(), Value::Int(1000));
    drop(g);
    // Functions first, then the module, then the engine; each time the
    // collector runs with the dropped modules' globals gone (it would
    // scan freed memory if they were still registered).
    for _ in 0..3 {
        let engine = self::engine();
        let m = engine.load_source("d2.py", src).unwrap();
        let f = m.function("n").unwrap();
        assert_eq!(f.call(&[vec!["a", "b"].into()]).unwrap(), Value::Int(1002));
        drop(f);
        drop(m);
        multigen_runtime::mg_gc_collect();
        let m = engine.load_source("d3.py", src).unwrap();
        assert_eq!(
            m.function("n")
                .unwrap()
                .call(&[Value::List(vec![])])
                .unwrap(),
            Value::Int(1000)
        );
    }
}

#[test]
fn a_program_of_several_files() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/multi");
    let m = engine().load_file(dir.join("main.py")).unwrap();
    assert_eq!(m.name(), "main");
    assert_eq!(call(&m, "run", &[vec![1, 2].into()]), vec![20, 40].into());
    assert_eq!(call(&m, "total", &[vec![1, 2].into()]), Value::Int(160));
    // Only the main module's functions are the module's.
    assert!(matches!(
        m.function("double"),
        Err(Error::FunctionNotFound(_))
    ));
    let err = engine().load_file(dir.join("missing.py")).err().unwrap();
    assert!(matches!(err, Error::Other(_)), "{err:?}");
}

#[test]
fn the_numeric_tower_keeps_ints_in_floats() {
    let src = "LIMIT: float = 10\n\ndef half(x: float) -> float:\n    return x\n\ndef clamp(x: float) -> float:\n    return min(x, LIMIT)\n";
    let m = engine().load_source("tower.py", src).unwrap();
    assert_eq!(call(&m, "half", &[3.into()]), Value::Int(3));
    assert_eq!(call(&m, "half", &[2.5.into()]), Value::Float(2.5));
    assert_eq!(call(&m, "clamp", &[12.into()]), Value::Int(10));
    mismatch(m.function("half").unwrap().call(&[(1i64 << 60).into()]));
}

#[test]
fn the_host_example() {
    // The test binary is in target/<profile>/deps, the example in
    // target/<profile>/examples; `cargo test` builds both.
    let exe = std::env::current_exe().unwrap();
    let host = exe
        .parent()
        .unwrap()
        .parent()
        .unwrap()
        .join("examples/host");
    let out = std::process::Command::new(&host)
        .env("MULTIGEN_NO_CACHE", "1")
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", host.display()));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for want in [
        "compiled prices(names: list[str]) -> dict[str, float]\n",
        "fib(50) = 12586269025\n",
        "hypot(3, 4) = 5.0\n",
        // The program's own output comes before the host's next line.
        "python prints: hello\nshout = 'HELLO!'\n",
        "prices = {'tea': 3.75, 'coffee': 7.5}\n",
        "find z = None\n",
        "average([]) raised ZeroDivisionError: float division by zero\nTraceback (most recent call last):\n",
        "shop.py\", line 38, in average\n    return sum(xs) / len(xs)\n",
        "refused: average(xs: list[float]) -> float: argument 'xs' must be list[float], got str ('oops')\n",
        "average([1, 2]) = 1.5\ncount() = 2\n",
    ] {
        assert!(stdout.contains(want), "missing {want:?} in\n{stdout}");
    }
}

const IR: &str = r#"
define i64 @add(i64 %a, i64 %b) {
  %r = add i64 %a, %b
  ret i64 %r
}

define double @scale(double %x, i32 %k) {
  %kf = sitofp i32 %k to double
  %r = fmul double %x, %kf
  ret double %r
}

define i1 @flip(i1 %b) {
  %r = xor i1 %b, true
  ret i1 %r
}

define i32 @neg32(i32 %x) {
  %r = sub i32 0, %x
  ret i32 %r
}

define void @nothing() {
  ret void
}

define ptr @id(ptr %p) {
  ret ptr %p
}

define i32 @main(i32 %argc, ptr %argv) {
  %r = add i32 %argc, 40
  ret i32 %r
}
"#;

#[test]
fn llvm_ir_functions_by_their_llvm_types() {
    let m = engine()
        .load_ir("hand", IR)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(call(&m, "add", &[2.into(), 40.into()]), Value::Int(42));
    assert_eq!(
        call(&m, "scale", &[1.5.into(), (-2).into()]),
        Value::Float(-3.0)
    );
    assert_eq!(call(&m, "flip", &[true.into()]), Value::Bool(false));
    assert_eq!(call(&m, "neg32", &[7.into()]), Value::Int(-7));
    assert_eq!(call(&m, "nothing", &[]), Value::None);
    let sig = m.function("scale").unwrap().signature().to_string();
    assert_eq!(sig, "scale(arg0: float, arg1: int) -> float");
    // An i32 parameter takes only what fits.
    let msg = mismatch(m.function("neg32").unwrap().call(&[(1i64 << 40).into()]));
    assert!(msg.contains("is an LLVM i32"), "{msg}");
    mismatch(m.function("add").unwrap().call(&[1.5.into(), 2.into()]));
    // Other LLVM types are refused at lookup, never called.
    let err = m.function("id").err().unwrap();
    assert!(
        matches!(&err, Error::SignatureMismatch(m) if m.contains("`ptr (ptr)`")),
        "{err:?}"
    );
    assert!(matches!(
        m.function("absent"),
        Err(Error::FunctionNotFound(_))
    ));
    // `main(argc, argv)` runs with no arguments.
    assert_eq!(m.run_main().unwrap(), Value::Int(40));
    assert!(matches!(m.run_body(), Err(Error::Other(_))));
}

#[test]
fn invalid_llvm_ir_is_reported_with_llvms_message() {
    let err = engine()
        .load_ir("bad", "define i64 @f() {\n  ret i32 0\n}\n")
        .err()
        .expect("invalid IR");
    match err {
        Error::InvalidIr(msg) => assert!(msg.contains("line 2"), "{msg}"),
        other => panic!("{other:?}"),
    }
    let err = engine()
        .load_ir("undefined", "declare i64 @multigen_no_such_symbol()\ndefine i64 @f() {\n  %r = call i64 @multigen_no_such_symbol()\n  ret i64 %r\n}\n")
        .err()
        .expect("a link error");
    assert!(err.to_string().contains("cannot link the IR"), "{err}");
}

#[test]
fn llvm_ir_of_a_python_program_runs_and_raises() {
    let dir = std::env::temp_dir().join(format!("multigen-engine-ir-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let ir = |name: &str, src: &str| {
        let text = multigen_driver::emit(
            &multigen_diag::SourceFile::new(dir.join(name).display().to_string(), src),
            Config {
                cache: CacheSetting::Off,
                ..Config::default()
            },
            multigen_driver::EmitKind::LlvmIr,
            true,
        )
        .unwrap();
        let path = dir.join(name).with_extension("ll");
        std::fs::write(&path, text).unwrap();
        path
    };
    let ok = ir(
        "ok.py",
        "if __name__ != '__main__':\n    raise ValueError(__name__)\nprint('hello from IR')\n",
    );
    let m = engine().load_ir_file(&ok).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(m.name(), "ok");
    assert_eq!(m.run_main().unwrap(), Value::Int(0));
    let bad = ir(
        "bad.py",
        "def f(n: int) -> int:\n    return 1 // n\n\nf(0)\n",
    );
    let m = engine().load_ir_file(&bad).unwrap();
    let e = exception(m.run_body().map(|()| Value::None));
    assert_eq!(e.type_name, "ZeroDivisionError");
    assert!(
        e.traceback.contains("bad.py\", line 2, in f"),
        "{}",
        e.traceback
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn decorated_and_generic_functions_are_refused_by_name() {
    let src = r#"
from typing import Callable, TypeVar

T = TypeVar("T")

def logged(f: Callable[[int], int]) -> Callable[[int], int]:
    def w(x: int) -> int:
        return f(x) + 1
    return w

@logged
def inc(x: int) -> int:
    return x

def first(xs: list[T]) -> T:
    return xs[0]

def only(xs: list[T]) -> T:
    return xs[-1]

A = first([1])
B = first(["x"])
C = only([2.5])
"#;
    let m = engine()
        .load_source("deco.py", src)
        .unwrap_or_else(|e| panic!("{e}"));
    let err = m.function("inc").err().unwrap();
    assert!(
        matches!(&err, Error::SignatureMismatch(s) if s.contains("'inc' is decorated")),
        "{err:?}"
    );
    let err = m.function("first").err().unwrap();
    assert!(
        matches!(&err, Error::SignatureMismatch(s) if s.contains("'first' is generic")),
        "{err:?}"
    );
    // A generic function with one instance is that instance.
    assert_eq!(
        call(&m, "only", &[vec![1.5, 3.5].into()]),
        Value::Float(3.5)
    );
    // A function value has no Rust value yet.
    let msg = mismatch(m.function("logged").unwrap().call(&[1.into()]));
    assert!(
        msg.contains("parameter 'f' has type Callable[[int], int]"),
        "{msg}"
    );
}

#[test]
fn the_compiled_module_cache_keeps_entry_points() {
    let dir = std::env::temp_dir().join(format!("multigen-engine-cache-{}", std::process::id()));
    let engine = Engine::new(Config {
        cache: CacheSetting::dir(&dir),
        ..Config::default()
    });
    // The second load takes the objects the first one stored.
    for _ in 0..2 {
        let m = engine
            .load_source(
                "cached.py",
                "def f(xs: list[int]) -> int:\n    return len(xs)\n",
            )
            .unwrap();
        assert_eq!(call(&m, "f", &[vec![1, 2, 3].into()]), Value::Int(3));
    }
    let stored = std::fs::read_dir(&dir).map(|d| d.count()).unwrap_or(0);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(stored > 0, "nothing was cached in {}", dir.display());
}
