//! The cache's keys: what a compiled object or program depends on,
//! hashed with BLAKE3.
//!
//! Both kinds of key start from the same [`base`]: the key format, the
//! compiler's build identity (a hash of the compiler's and runtime's
//! sources made by `build.rs`, so that any rebuild that may generate
//! different code has keys of its own), the runtime's ABI (every
//! declaration of `multigen_runtime::interface`), the code generation
//! options and [`multigen_codegen::target_identity`] (LLVM version,
//! target triple, CPU name and features, optimisation level and LLVM's
//! options). Then:
//!
//! * an **object key** adds the module's complete unoptimised LLVM IR,
//!   which is everything the object is made from;
//! * a **program key** adds everything the front end reads: the main
//!   file's name as given, and for every module of the loaded import
//!   graph, in order, its dotted name, file path as shown and absolute,
//!   package flag, cycle flag, source-map offset and source text.
//!
//! Every field is written with its length first, so that no two different
//! sequences of fields hash the same bytes.

use super::store::{Key, FORMAT};
use crate::modules::Graph;
use multigen_codegen::Options;

/// The compiler's build identity (`build.rs`).
pub(crate) const BUILD_ID: &str = env!("MULTIGEN_BUILD_ID");

/// A hasher that frames each field with its length.
#[derive(Clone)]
pub(crate) struct KeyHasher(blake3::Hasher);

impl KeyHasher {
    fn field(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.update(&(bytes.len() as u64).to_le_bytes());
        self.0.update(bytes);
        self
    }

    fn finish(&self) -> Key {
        *self.0.finalize().as_bytes()
    }
}

/// The hasher holding what every key of a compilation with `opts` shares.
pub(crate) fn base(opts: Options) -> Result<KeyHasher, String> {
    let mut h = KeyHasher(blake3::Hasher::new());
    h.field(b"multigen compiled-module cache")
        .field(&FORMAT.to_le_bytes())
        .field(env!("CARGO_PKG_VERSION").as_bytes())
        .field(BUILD_ID.as_bytes());
    for d in multigen_runtime::interface::decls() {
        h.field(format!("{} {:?} {:?} {}", d.name, d.params, d.ret, d.noreturn).as_bytes());
    }
    h.field(
        format!(
            "O{} host_cpu={} with_main={} call_wrappers={}",
            opts.opt_level, opts.host_cpu, opts.with_main, opts.call_wrappers
        )
        .as_bytes(),
    )
    .field(multigen_codegen::target_identity(opts)?.as_bytes());
    Ok(h)
}

/// The key of the object compiled from module IR `ir`.
pub(crate) fn object(base: &KeyHasher, ir: &[u8]) -> Key {
    let mut h = base.clone();
    h.field(b"object").field(ir);
    h.finish()
}

/// The key of the whole program whose main file is named `main_name` and
/// whose import graph is `graph`.
pub(crate) fn program(base: &KeyHasher, main_name: &str, graph: &Graph) -> Key {
    let mut h = base.clone();
    h.field(b"program")
        .field(main_name.as_bytes())
        .field(&(graph.modules.len() as u64).to_le_bytes());
    for m in &graph.modules {
        h.field(m.name.as_bytes())
            .field(m.file.name.as_bytes())
            .field(m.path.as_bytes())
            .field(&[m.is_package as u8, m.cyclic as u8])
            .field(&m.base.to_le_bytes())
            .field(m.file.text.as_bytes());
    }
    h.finish()
}
