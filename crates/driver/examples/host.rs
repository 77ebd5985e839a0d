//! A Rust program that embeds multigen: it compiles a Python module into
//! its own process, calls functions of several signatures with Rust
//! values, survives a Python exception raised in one of them, and goes on
//! calling. Run it with `cargo run -p multigen-driver --example host`.

use multigen_driver::{Config, Engine, Error, Value};

const SOURCE: &str = r#"
from typing import Optional

CALLS = 0

def count() -> int:
    global CALLS
    CALLS += 1
    return CALLS

def fib(n: int) -> int:
    count()
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def hypot(x: float, y: float) -> float:
    return (x * x + y * y) ** 0.5

def shout(s: str) -> str:
    print(f"python prints: {s}")
    return s.upper() + "!"

def total(xs: list[int]) -> int:
    return sum(xs)

def prices(names: list[str]) -> dict[str, float]:
    return {n: round(len(n) * 1.25, 2) for n in names}

def minmax(xs: list[float]) -> tuple[float, float]:
    return (min(xs), max(xs))

def find(words: list[str], w: str) -> Optional[int]:
    return words.index(w) if w in words else None

def average(xs: list[float]) -> float:
    return sum(xs) / len(xs)
"#;

fn main() -> Result<(), Error> {
    let engine = Engine::new(Config::default());
    let module = engine.load_source("shop.py", SOURCE)?;
    for sig in module.functions() {
        println!("compiled {sig}");
    }

    let fib = module.function("fib")?;
    println!("fib(50) = {}", fib.call(&[50.into()])?);
    let hypot = module.function("hypot")?;
    println!("hypot(3, 4) = {}", hypot.call(&[3.0.into(), 4.0.into()])?);
    println!(
        "shout = {}",
        module.function("shout")?.call(&["hello".into()])?
    );
    println!(
        "total = {}",
        module.function("total")?.call(&[vec![1, 2, 3, 4].into()])?
    );
    let prices = module
        .function("prices")?
        .call(&[vec!["tea", "coffee"].into()])?;
    println!("prices = {prices}");
    if let Value::Dict(entries) = &prices {
        for (k, v) in entries {
            println!("  {k} costs {v}");
        }
    }
    println!(
        "minmax = {}",
        module
            .function("minmax")?
            .call(&[vec![2.5, -1.0, 7.0].into()])?
    );
    let find = module.function("find")?;
    let words: Value = vec!["a", "b", "c"].into();
    println!("find b = {}", find.call(&[words.clone(), "b".into()])?);
    println!("find z = {}", find.call(&[words, "z".into()])?);

    // An exception raised in Python comes back as an error value.
    let average = module.function("average")?;
    match average.call(&[Value::List(vec![])]) {
        Err(Error::Exception(e)) => {
            println!("average([]) raised {}: {}", e.type_name, e.message);
            print!("{}", e.traceback);
        }
        other => println!("unexpected: {other:?}"),
    }
    // A call that does not fit the signature is refused before it runs.
    if let Err(e) = average.call(&["oops".into()]) {
        println!("refused: {e}");
    }
    // The module is still usable, its globals intact.
    println!(
        "average([1, 2]) = {}",
        average.call(&[vec![1.0, 2.0].into()])?
    );
    println!("count() = {}", module.function("count")?.call(&[])?);
    Ok(())
}
