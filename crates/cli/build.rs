//! Link options of the `multigen` executable.
//!
//! The executable carries LLVM, whose tables of pointers need about
//! 120,000 relocations when it is position-independent: the dynamic loader
//! then writes to every page holding one at each start, which costs a few
//! milliseconds of every `multigen run` (most of a warm-cache run). Linked
//! at a fixed address (`-no-pie`), the linker resolves them once and the
//! pages are only mapped. The objects stay position-independent code, so
//! this changes nothing else.

fn main() {
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bin=multigen=-no-pie");
    }
}
