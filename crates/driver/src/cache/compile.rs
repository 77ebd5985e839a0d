//! Compilation through the cache: a program entry hit skips the front end
//! and code generation; a miss compiles with each module's object taken
//! from or kept in its object entry, and records the program entry.
//!
//! With `--timings`, each lookup is reported on stderr (`[cache] program
//! hit`, `[cache] module NAME miss`...), which is how the tests observe
//! reuse without timing anything.

use super::key::{self, KeyHasher};
use super::store::{hex, parse_hex, Key, Kind, Store};
use super::{cache_location, CacheSetting};
use crate::{modules, Config, Error, Timer};
use multigen_codegen::{Emit, ObjectCache, Options};
use multigen_diag::SourceFile;
use multigen_hir::ir::Program;

/// An open cache, for compilations with one set of options.
struct Session {
    store: Store,
    base: KeyHasher,
    log: bool,
}

impl Session {
    /// The cache for compilations with `opts`, or None when it is disabled
    /// or its directory cannot be created.
    fn open(setting: CacheSetting, log: bool, opts: Options) -> Option<Session> {
        let location = cache_location(setting);
        let say = |what: String| {
            if log {
                eprintln!("[cache] {what}");
            }
        };
        if let Some(why) = location.disabled {
            say(format!("off ({why})"));
            return None;
        }
        let dir = location.dir?;
        let store = Store::new(&dir, location.limit);
        if let Err(e) = store.create() {
            say(format!("off (cannot create {}: {e})", dir.display()));
            return None;
        }
        match key::base(opts) {
            Ok(base) => Some(Session { store, base, log }),
            Err(e) => {
                say(format!("off ({e})"));
                None
            }
        }
    }

    fn say(&self, what: &str) {
        if self.log {
            eprintln!("[cache] {what}");
        }
    }

    /// The objects a program entry lists, if the entry and every object it
    /// names are present and intact.
    fn load_program(&self, key: &Key) -> Option<Vec<(String, Vec<u8>)>> {
        let list = self.store.get(Kind::Program, key)?;
        let list = String::from_utf8(list).ok()?;
        list.lines()
            .map(|line| {
                let (name, hex_key) = line.split_once('\t')?;
                let object = self.store.get(Kind::Object, &parse_hex(hex_key)?)?;
                Some((name.to_string(), object))
            })
            .collect()
    }

    /// Records a program entry: each module's name and object key.
    fn save_program(&self, key: &Key, modules: &[(String, Key)]) {
        let list: String = modules
            .iter()
            .map(|(name, k)| format!("{name}\t{}\n", hex(k)))
            .collect();
        self.store.put(Kind::Program, key, list.as_bytes());
    }
}

/// The object entries, as code generation consults them; remembers the
/// key of each module's object in order, for the program entry.
struct Objects<'a> {
    session: &'a Session,
    keys: Vec<(String, Key)>,
    /// False once an object could not be stored: a program entry naming
    /// it would only miss.
    complete: bool,
}

impl ObjectCache for Objects<'_> {
    fn lookup(&mut self, module: &str, ir: &[u8]) -> Option<Vec<u8>> {
        let k = key::object(&self.session.base, ir);
        self.keys.push((module.to_string(), k));
        let found = self.session.store.get(Kind::Object, &k);
        let verdict = if found.is_some() { "hit" } else { "miss" };
        self.session
            .say(&format!("module {module} {verdict} ({})", &hex(&k)[..16]));
        found
    }

    fn store(&mut self, _module: &str, _ir: &[u8], object: &[u8]) {
        // `lookup` came just before, for the same module.
        let stored = self
            .keys
            .last()
            .is_some_and(|(_, k)| self.session.store.put(Kind::Object, k, object));
        self.complete &= stored;
    }
}

/// The objects of program `src` for the JIT (`for_executable` false) or
/// an executable, through the cache unless it is off.
pub(crate) fn objects(
    src: &SourceFile,
    cfg: Config,
    for_executable: bool,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let opts = crate::options(cfg, for_executable);
    let mut t = Timer::new(cfg.timings);
    let Some(session) = Session::open(cfg.cache, cfg.timings, opts) else {
        return crate::emit_modules(src, cfg, Emit::Object, for_executable);
    };
    t.lap("cache open");
    let graph = modules::load(src)?;
    let program_key = key::program(&session.base, &src.name, &graph);
    t.lap("parse");
    let short = &hex(&program_key)[..16];
    if let Some(objects) = session.load_program(&program_key) {
        session.say(&format!("program hit ({short})"));
        t.lap("cache read");
        return Ok(objects);
    }
    session.say(&format!("program miss ({short})"));
    let program = crate::check_graph(&graph)?;
    t.lap("check");
    let mut cache = Objects {
        session: &session,
        keys: Vec::new(),
        complete: true,
    };
    let objects = multigen_codegen::compile_modules_cached(
        &program,
        &crate::module_name(src),
        opts,
        Emit::Object,
        Some(&mut cache),
    )?;
    t.lap("codegen+optimize+emit");
    if cache.complete && cache.keys.len() == objects.len() {
        session.save_program(&program_key, &cache.keys);
    }
    Ok(objects)
}

/// The objects of a checked program (`multigen call`, whose arguments need
/// the checked program anyway), each through its object entry unless the
/// cache is off.
pub(crate) fn compile_checked(
    program: &Program,
    name: &str,
    cfg: Config,
    opts: Options,
) -> Result<Vec<(String, Vec<u8>)>, Error> {
    let session = Session::open(cfg.cache, cfg.timings, opts);
    let mut cache = session.as_ref().map(|session| Objects {
        session,
        keys: Vec::new(),
        complete: true,
    });
    let objects = multigen_codegen::compile_modules_cached(
        program,
        name,
        opts,
        Emit::Object,
        cache.as_mut().map(|c| c as &mut dyn ObjectCache),
    )?;
    Ok(objects)
}
