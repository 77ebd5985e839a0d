//! The tables of compiled functions that a module's body registers for the
//! fatal-error report (`runtime/src/fatal`) are forgotten when the engine's
//! module is dropped, before its code is freed: a report made later must
//! not read freed memory. A test binary of its own, since the registry is
//! process-wide and the other engine tests load modules in parallel.

use multigen_driver::{CacheSetting, Config, Engine, Value};
use multigen_runtime::fatal::{frames_mark, frames_since};

const PROG: &str = "def add(a: int, b: int) -> int:\n    return a + b\n";

#[test]
fn dropped_modules_forget_their_frame_tables() {
    let engine = Engine::new(Config {
        cache: CacheSetting::Off,
        ..Default::default()
    });
    let mark = frames_mark();
    let a = engine.load_source("a.py", PROG).unwrap();
    let b = engine.load_source("b.py", PROG).unwrap();
    assert_eq!(frames_since(mark), Vec::<usize>::new(), "no body ran yet");
    let add = a.function("add").unwrap();
    assert_eq!(
        add.call(&[Value::Int(2), Value::Int(3)]).unwrap(),
        Value::Int(5)
    );
    let after_a = frames_since(mark);
    assert_eq!(after_a.len(), 1, "a's body registered its table");
    b.run_body().unwrap();
    assert_eq!(frames_since(mark).len(), 2);
    // The function keeps a's code alive; dropping both frees it.
    drop(a);
    assert_eq!(frames_since(mark).len(), 2);
    drop(add);
    let left = frames_since(mark);
    assert_eq!(left.len(), 1);
    assert!(!left.contains(&after_a[0]), "a's table is forgotten");
    drop(b);
    assert_eq!(frames_since(mark), Vec::<usize>::new());
}
