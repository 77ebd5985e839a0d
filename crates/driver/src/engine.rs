//! The library API: compile Python programs into this process and call
//! their functions with Rust values.
//!
//! An [`Engine`] holds the settings; each `load_*` call compiles one
//! program into a [`Module`] with a JIT of its own (every program defines
//! its own module body, globals and frame-depth counter, so programs
//! cannot share one); [`Module::function`] looks a function up by name
//! and returns a [`Function`] whose [`Signature`] is the function's
//! annotations. [`Function::call`] checks the arguments against it, runs
//! the module body first if it has not run yet (as `import` does), calls
//! the function through its entry point (`codegen/src/gen/entry.rs`) under
//! the catcher, and converts the result back (`value.rs`). A Python
//! exception comes back as [`Error::Exception`]; the runtime is reset
//! (frame depth, exception being handled, stdout flushed) and the module
//! stays usable.
//!
//! The runtime is process-wide (one collector, one stdout buffer, one
//! "exception being handled"), so calls into compiled code from all
//! engines are serialised by one lock. Handles are reference-counted: a
//! [`Function`] keeps its module's code alive, and dropping the engine,
//! modules and functions in any order is safe. None of them is `Send` or
//! `Sync`: a module's compiled code and its objects belong to the thread
//! that loaded it (separate engines on separate threads are fine).

use crate::engine_ir;
use crate::value::{from_slot, to_slot, Type, Value};
use crate::{check, module_name, Config, Error, PyException, Timer};
use multigen_codegen::{jit::Jit, Options};
use multigen_diag::SourceFile;
use multigen_hir::ir::Program;
use multigen_runtime::embed::{self, Catcher};
use multigen_runtime::fatal;
use multigen_runtime::object::{MgException, MgType};
use std::cell::RefCell;
use std::fmt;
use std::marker::PhantomData;
use std::path::Path;
use std::rc::Rc;
use std::sync::{Mutex, MutexGuard};

/// Compiles Python programs (or LLVM IR) into this process, each into a
/// [`Module`] whose functions are called with [`Value`]s
/// (`examples/host.rs` is a complete host).
///
/// A module's body runs before its first call, as an import; arguments are
/// checked against the function's annotations before anything runs
/// ([`Error::SignatureMismatch`]); a Python exception the function does
/// not catch is [`Error::Exception`], after which the module stays usable.
/// Modules keep their own globals; engines, modules and functions can be
/// dropped in any order (a [`Function`] keeps its code alive). Calls from
/// all engines are serialised by one lock, because the runtime is
/// process-wide; none of these types is `Send` or `Sync`.
///
/// ```
/// use multigen_driver::{Engine, Error, Value};
///
/// # std::env::set_var("MULTIGEN_NO_CACHE", "1");
/// let engine = Engine::new(Default::default());
/// let module = engine.load_source(
///     "geometry.py",
///     "def area(w: float, h: float) -> float:\n    return w * h\n\
///      def scale(xs: list[int], k: int) -> list[int]:\n    return [x * k for x in xs]\n\
///      def ratio(a: int, b: int) -> float:\n    return a / b\n",
/// )?;
/// let area = module.function("area")?;
/// assert_eq!(area.signature().to_string(), "area(w: float, h: float) -> float");
/// assert_eq!(area.call(&[2.5.into(), 4.0.into()])?, Value::Float(10.0));
/// let scale = module.function("scale")?;
/// assert_eq!(scale.call(&[vec![1, 2].into(), 3.into()])?, Value::from(vec![3, 6]));
/// // A Python exception is an error value; the module stays usable.
/// match module.function("ratio")?.call(&[1.into(), 0.into()]) {
///     Err(Error::Exception(e)) => assert_eq!(e.type_name, "ZeroDivisionError"),
///     other => panic!("{other:?}"),
/// }
/// assert_eq!(area.call(&[1.into(), 2.into()])?, Value::Float(2.0));
/// # Ok::<(), Error>(())
/// ```
pub struct Engine {
    cfg: Config,
    /// Not `Send`/`Sync`, like the modules it makes.
    _thread: PhantomData<Rc<()>>,
}

/// A compiled program loaded into the process.
#[derive(Clone)]
pub struct Module {
    inner: Rc<Loaded>,
}

/// A function of a [`Module`], callable with [`Value`]s.
#[derive(Clone)]
pub struct Function {
    module: Rc<Loaded>,
    index: usize,
}

/// A function's name, parameters and result type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signature {
    pub name: String,
    pub params: Vec<(String, Type)>,
    pub ret: Type,
}

/// `f(a: int, b: list[str]) -> float`.
impl fmt::Display for Signature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}(", self.name)?;
        for (i, (n, t)) in self.params.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "{n}: {t}")?;
        }
        write!(f, ") -> {}", self.ret)
    }
}

/// What a module's body has done.
enum Body {
    NotRun,
    /// It ran to completion, as the main program (`__name__ ==
    /// "__main__"`) or as an import.
    Ran,
    /// It raised (the exception, once rendered).
    Failed(Option<PyException>),
}

/// One compiled program: its JIT and what the host needs from it.
struct Loaded {
    /// `__name__` when the body runs as an import, and the name errors use.
    name: String,
    /// `__name__` while its code runs: set when the body runs.
    dunder_name: RefCell<String>,
    /// The module body (none for LLVM IR other than a converted Python
    /// program's).
    init: Option<unsafe extern "C-unwind" fn()>,
    /// Whether the body runs before the first call, as an import (Python
    /// source; IR's `main` runs the body itself).
    import_first: bool,
    catcher: Catcher,
    functions: Vec<Entry>,
    /// Functions a host cannot call, with the reason (a decorated or
    /// generic Python function; IR with LLVM types a host cannot pass).
    refused: Vec<(String, String)>,
    numtower: bool,
    body: RefCell<Body>,
    /// The collector roots the module's bodies registered (its globals),
    /// removed before its code is freed.
    roots: RefCell<Vec<(usize, usize)>>,
    /// The tables of compiled functions the bodies registered for the
    /// fatal-error report (`runtime/src/fatal`), forgotten likewise.
    frames: RefCell<Vec<usize>>,
    /// Dropped last: the code everything above points into.
    _jit: Jit,
}

/// A function's entry point.
struct Entry {
    sig: Signature,
    entry: unsafe extern "C-unwind" fn(*mut u64),
    /// The result's descriptor, then each parameter's (null for IR input,
    /// whose values are all scalars).
    descs: *const *const MgType,
    /// Which parameters are an IR function's `i32`s.
    narrow: Vec<bool>,
}

/// Why a call did not produce its value: an error, or an exception not
/// rendered yet (`multigen call` reports it as `run` does).
pub(crate) enum Failure {
    Error(Error),
    Raised(*mut MgException),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Error(e)
    }
}

/// What a call hands back.
pub(crate) enum Want {
    Value,
    /// `repr()` of the result, for any result type (`multigen call`).
    Repr,
}

/// Serialises all calls into compiled code (see the module
/// documentation).
static RUNTIME: Mutex<()> = Mutex::new(());

/// Holds the runtime for one call from the host.
struct RuntimeGuard {
    _lock: MutexGuard<'static, ()>,
}

impl RuntimeGuard {
    fn acquire() -> RuntimeGuard {
        // A panic while the lock was held leaves nothing half-done that
        // the next call depends on.
        let lock = RUNTIME.lock().unwrap_or_else(|e| e.into_inner());
        init_collector();
        // Registers this thread with the collector (once per thread).
        multigen_runtime::mg_init();
        RuntimeGuard { _lock: lock }
    }
}

/// Initialises the collector, once. The collector takes the thread that
/// initialises it for the process's main thread, whose stack it scans
/// until the process ends; a host's first call may come from a thread
/// that ends long before (a worker, a test), so unless it comes from the
/// main thread the collector is initialised by a thread of its own that
/// only waits. Other threads register themselves, and unregister when
/// they end (`runtime/src/gc.rs`).
fn init_collector() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::thread::current().name() == Some("main") {
            multigen_runtime::mg_init();
            return;
        }
        let (ready, wait) = std::sync::mpsc::sync_channel(0);
        let spawned = std::thread::Builder::new()
            .name("multigen-collector".into())
            .stack_size(64 * 1024)
            .spawn(move || {
                multigen_runtime::mg_init();
                let _ = ready.send(());
                loop {
                    std::thread::park();
                }
            });
        // Without the thread, this thread initialises the collector.
        if spawned.is_ok() {
            let _ = wait.recv();
        }
    });
}

impl Drop for RuntimeGuard {
    fn drop(&mut self) {
        // What the program printed appears before whatever the host
        // prints next.
        multigen_runtime::mg_flush();
    }
}

impl Engine {
    /// An engine that compiles with `cfg` (optimisation level, timings).
    pub fn new(cfg: Config) -> Engine {
        Engine {
            cfg,
            _thread: PhantomData,
        }
    }

    /// Compiles a program given as text. `name` stands for its file name
    /// in diagnostics and tracebacks (`"geometry.py"`); its stem is the
    /// module's `__name__` when the body runs as an import. Modules it
    /// imports are looked for beside that name (relative to the current
    /// directory).
    pub fn load_source(&self, name: &str, text: &str) -> Result<Module, Error> {
        self.load(&SourceFile::new(name, text))
    }

    /// Compiles the program in a file, with the modules and packages it
    /// imports (found beside it, as CPython finds them).
    pub fn load_file(&self, path: impl AsRef<Path>) -> Result<Module, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Other(format!("cannot read {}: {e}", path.display())))?;
        self.load(&SourceFile::new(path.display().to_string(), text))
    }

    /// Compiles LLVM IR text (what `multigen convert` writes, several
    /// modules included, or hand-written IR). Its exported functions are
    /// callable by their LLVM types: parameters `i64` and `i32` (`int`),
    /// `i1` (`bool`), `double` (`float`), results of those types or `void`
    /// (`None`); a `main(i32, ptr)` is called with no arguments by
    /// [`Module::run_main`]. Other functions are refused at lookup with
    /// `Error::SignatureMismatch`. Text that does not parse or verify is
    /// `Error::InvalidIr` with LLVM's message. IR that `multigen convert`
    /// wrote for a Python program has a module body, which runs before the
    /// first call as for Python source.
    pub fn load_ir(&self, name: &str, text: &str) -> Result<Module, Error> {
        let mut t = Timer::new(self.cfg.timings);
        let loaded = Loaded::link_ir(text, name, self.cfg)?;
        t.lap("ir compile+link");
        Ok(Module {
            inner: Rc::new(loaded),
        })
    }

    /// [`Engine::load_ir`] for a file (`.ll`); the module is named by the
    /// file's stem.
    pub fn load_ir_file(&self, path: impl AsRef<Path>) -> Result<Module, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Other(format!("cannot read {}: {e}", path.display())))?;
        let name = path
            .file_stem()
            .map_or_else(|| "module".into(), |s| s.to_string_lossy().into_owned());
        self.load_ir(&name, &text)
    }

    fn load(&self, src: &SourceFile) -> Result<Module, Error> {
        let mut t = Timer::new(self.cfg.timings);
        // Diagnostics carry their file, so that the error renders alone.
        let program = check(src).map_err(|e| match e {
            Error::Diagnostics(ds) => Error::InFiles(
                ds.into_iter()
                    .map(|d| (SourceFile::new(src.name.clone(), src.text.clone()), d))
                    .collect(),
            ),
            e => e,
        })?;
        t.lap("parse+check");
        let name = module_name(src);
        let opts = Options {
            opt_level: self.cfg.opt_level,
            host_cpu: true,
            with_main: false,
            call_wrappers: true,
        };
        let objects = crate::cache::compile_checked(&program, &name, self.cfg, opts)?;
        t.lap("codegen+optimize+emit");
        let loaded = Loaded::link(&program, name, &objects)?;
        t.lap("jit link");
        Ok(Module {
            inner: Rc::new(loaded),
        })
    }
}

impl Loaded {
    /// Links a program's objects in a new JIT and finds its entry points.
    fn link(
        program: &Program,
        name: String,
        objects: &[(String, Vec<u8>)],
    ) -> Result<Loaded, Error> {
        let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
        for (_, object) in objects {
            jit.add_object(object)?;
        }
        let init = jit.lookup(multigen_codegen::MODULE_INIT)?;
        let catcher = jit.lookup(multigen_codegen::CATCH)?;
        let mut functions = Vec::new();
        for id in multigen_codegen::entry_functions(program) {
            let f = &program.functions[id.index()];
            let entry = jit.lookup(&format!("{}{}", multigen_codegen::ENTRY_PREFIX, f.name))?;
            let descs = jit.lookup(&format!("{}{}", multigen_codegen::SIG_PREFIX, f.name))?;
            let params = f
                .params
                .iter()
                .map(|l| {
                    let local = &f.locals[l.index()];
                    (local.name.clone(), Type::of(program, &local.ty))
                })
                .collect();
            functions.push(Entry {
                sig: Signature {
                    name: f.name.clone(),
                    params,
                    ret: Type::of(program, &f.ret),
                },
                // SAFETY: `__mg_entry.NAME` has the signature `void(ptr)`
                // (`gen/entry.rs`); the JIT owning it lives in the same
                // `Loaded`, which every caller keeps alive.
                entry: unsafe {
                    std::mem::transmute::<usize, unsafe extern "C-unwind" fn(*mut u64)>(entry)
                },
                descs: descs as *const *const MgType,
                narrow: vec![false; f.params.len()],
            });
        }
        // SAFETY: as above, for `void __mg_module_init()` and
        // `ptr __mg_catch(ptr, ptr)`.
        let (init, catcher) = unsafe {
            (
                std::mem::transmute::<usize, unsafe extern "C-unwind" fn()>(init),
                std::mem::transmute::<usize, Catcher>(catcher),
            )
        };
        let mut loaded = Loaded::new(jit, name, Some(init), catcher, functions, program.numtower);
        loaded.refused = multigen_codegen::refused_entry_functions(program)
            .into_iter()
            .map(|(name, why)| {
                let why = match why {
                    "decorated" => format!(
                        "'{name}' is decorated: its name holds the decorated function value, \
                         which a host cannot call yet"
                    ),
                    _ => format!(
                        "'{name}' is generic (compiled once for each binding of its type \
                         variables): a host cannot call it"
                    ),
                };
                (name, why)
            })
            .collect();
        Ok(loaded)
    }

    fn new(
        jit: Jit,
        name: String,
        init: Option<unsafe extern "C-unwind" fn()>,
        catcher: Catcher,
        functions: Vec<Entry>,
        numtower: bool,
    ) -> Loaded {
        Loaded {
            dunder_name: RefCell::new(name.clone()),
            name,
            import_first: true,
            init,
            catcher,
            functions,
            refused: Vec::new(),
            numtower,
            body: RefCell::new(Body::NotRun),
            roots: RefCell::new(Vec::new()),
            frames: RefCell::new(Vec::new()),
            _jit: jit,
        }
    }

    /// Compiles LLVM IR text and the entry points of its functions
    /// (`engine_ir.rs`) and links them in a new JIT.
    fn link_ir(text: &str, name: &str, cfg: Config) -> Result<Loaded, Error> {
        let modules = crate::compile_ir_modules(text, name, cfg, false)?;
        let functions: Vec<crate::IrFunction> =
            modules.iter().flat_map(|m| m.functions.clone()).collect();
        let (entries_text, entries, refused) = engine_ir::entry_module(&functions);
        let entries_object = crate::compile_ir(&entries_text, "__mg_host", cfg, false)
            .map_err(|e| Error::Other(format!("internal error: the IR entry points: {e}")))?;
        let link_error = |e: String| Error::Other(format!("cannot link the IR: {e}"));
        let mut jit = Jit::new(&multigen_runtime::interface::symbols())?;
        for object in modules
            .iter()
            .map(|m| &m.object)
            .chain(entries_object.iter().map(|m| &m.1))
        {
            jit.add_object(object).map_err(link_error)?;
        }
        // Linking the input itself first: a symbol it needs and nothing
        // defines fails these lookups, where a lookup of an entry point
        // alone could succeed with the input's linking left to fail.
        for f in &functions {
            jit.lookup(&f.name).map_err(link_error)?;
        }
        let catcher = jit.lookup(engine_ir::CATCH).map_err(link_error)?;
        let mut list = Vec::new();
        for e in entries {
            let entry = jit
                .lookup(&format!("{}{}", engine_ir::ENTRY_PREFIX, e.name))
                .map_err(link_error)?;
            list.push(Entry {
                sig: Signature {
                    params: (0..e.params.len())
                        .map(|k| format!("arg{k}"))
                        .zip(e.params)
                        .collect(),
                    name: e.name,
                    ret: e.ret,
                },
                // SAFETY: the entries `engine_ir.rs` writes have the type
                // `void(ptr)`; the JIT lives in the same `Loaded`.
                entry: unsafe {
                    std::mem::transmute::<usize, unsafe extern "C-unwind" fn(*mut u64)>(entry)
                },
                descs: std::ptr::null(),
                narrow: e.narrow,
            });
        }
        // A module body if the IR is what `multigen convert` wrote for a
        // Python program (whose `main` runs it).
        let body = functions
            .iter()
            .any(|f| f.name == multigen_codegen::MODULE_INIT && f.type_text() == "void ()");
        let init = match body {
            true => Some(
                jit.lookup(multigen_codegen::MODULE_INIT)
                    .map_err(link_error)?,
            ),
            false => None,
        };
        // SAFETY: `__mg_host_catch` has the catcher's type; the module body
        // was checked to be `void ()`.
        let (init, catcher) = unsafe {
            (
                init.map(|a| std::mem::transmute::<usize, unsafe extern "C-unwind" fn()>(a)),
                std::mem::transmute::<usize, Catcher>(catcher),
            )
        };
        let mut loaded = Loaded::new(jit, name.to_string(), init, catcher, list, false);
        loaded.refused = refused
            .into_iter()
            .map(|(name, ty)| {
                let why = format!(
                    "'{name}' has the LLVM type `{ty}`, which a host cannot call: parameters \
                     must be i64, i32, i1 or double, the result one of those or void"
                );
                (name, why)
            })
            .collect();
        loaded.import_first = false;
        // IR's `main` is a program's entry: its code sees `__main__`.
        *loaded.dunder_name.borrow_mut() = "__main__".into();
        Ok(loaded)
    }

    /// Runs the module body unless it has run; `as_main` sets `__name__`
    /// to `"__main__"` (else the module's name). The runtime must be held.
    fn ensure_body(&self, as_main: bool) -> Result<(), Failure> {
        match &*self.body.borrow() {
            Body::NotRun => {}
            Body::Ran => return Ok(()),
            Body::Failed(Some(e)) => return Err(Failure::Error(Error::Exception(e.clone()))),
            Body::Failed(None) => {
                return Err(Failure::Error(Error::Other(format!(
                    "the body of module '{}' raised an exception",
                    self.name
                ))))
            }
        }
        let name = if as_main { "__main__" } else { &self.name };
        *self.dunder_name.borrow_mut() = name.to_string();
        let mark = embed::root_count();
        let frames = fatal::frames_mark();
        let Some(init) = self.init else {
            return Err(Failure::Error(Error::Other(format!(
                "module '{}' has no module body",
                self.name
            ))));
        };
        // SAFETY: the catcher and the body are this module's code, loaded
        // while `self` lives; the runtime is initialised (RuntimeGuard).
        let result = unsafe {
            embed::catch(self.catcher, || {
                multigen_runtime::module::set_module_name(name);
                init()
            })
        };
        self.roots.borrow_mut().extend(embed::roots_since(mark));
        self.keep_frames(frames);
        match result {
            Ok(()) => {
                *self.body.borrow_mut() = Body::Ran;
                Ok(())
            }
            Err(exc) => {
                *self.body.borrow_mut() = Body::Failed(None);
                Err(Failure::Raised(exc))
            }
        }
    }

    /// Calls function `index` (its arguments already checked); the
    /// runtime must be held.
    fn invoke(
        &self,
        index: usize,
        args: &[Value],
        want: Want,
    ) -> Result<Result<Value, String>, Failure> {
        if self.import_first {
            self.ensure_body(false)?;
        }
        let f = &self.functions[index];
        let n = f.sig.params.len();
        let mut out: Option<Result<Result<Value, String>, String>> = None;
        // IR input runs module bodies from its functions (`main`).
        let frames = fatal::frames_mark();
        let name = self.dunder_name.borrow().clone();
        // SAFETY: the entry point, the descriptors and the catcher are
        // this module's, alive while `self` is; the arguments are built
        // with the descriptors of the parameters' own types, and the
        // result read with the result's.
        let result = unsafe {
            embed::catch(self.catcher, || {
                multigen_runtime::module::set_module_name(&name);
                // Collector memory: the argument objects stay reachable
                // while the function runs.
                let slots = embed::alloc_slots(n + 1);
                for (k, (arg, (_, t))) in args.iter().zip(&f.sig.params).enumerate() {
                    match to_slot(arg, t, desc(f.descs, k + 1), self.numtower) {
                        Ok(s) => slots.add(k).write(s),
                        Err(m) => {
                            out = Some(Err(m));
                            return;
                        }
                    }
                }
                (f.entry)(slots);
                let r = slots.add(n).read();
                out = Some(Ok(match want {
                    Want::Repr if !f.descs.is_null() => Ok(Value::Str(embed::repr(*f.descs, r))),
                    Want::Repr => from_slot(&f.sig.ret, std::ptr::null(), r)
                        .map(|v| Value::Str(v.to_string())),
                    Want::Value => from_slot(&f.sig.ret, desc(f.descs, 0), r),
                }));
            })
        };
        self.keep_frames(frames);
        match (result, out) {
            (Err(exc), _) => Err(Failure::Raised(exc)),
            (Ok(()), Some(Ok(r))) => Ok(r),
            (Ok(()), Some(Err(m))) => Err(Failure::Error(Error::SignatureMismatch(format!(
                "{}: {m}",
                f.sig
            )))),
            (Ok(()), None) => Err(Failure::Error(Error::Other(
                "the call did not complete".into(),
            ))),
        }
    }

    /// Records the tables of compiled functions registered since `mark`
    /// (by this module's bodies), to forget them before the code is freed.
    fn keep_frames(&self, mark: i64) {
        if fatal::frames_mark() != mark {
            self.frames.borrow_mut().extend(fatal::frames_since(mark));
        }
    }

    /// The exception as a host sees it; the runtime must be held.
    fn render(&self, exc: *mut MgException) -> PyException {
        // SAFETY: `exc` is a live exception the catcher returned (it is on
        // this stack, so the collector keeps it); the catcher is ours.
        let r = unsafe { embed::render(self.catcher, exc) };
        PyException {
            type_name: r.type_name,
            message: r.message,
            traceback: r.report,
        }
    }

    /// A [`Failure`] as the library's error, rendering an exception.
    fn error(&self, f: Failure) -> Error {
        match f {
            Failure::Error(e) => e,
            Failure::Raised(exc) => {
                let e = self.render(exc);
                if let Body::Failed(slot @ None) = &mut *self.body.borrow_mut() {
                    *slot = Some(e.clone());
                }
                Error::Exception(e)
            }
        }
    }
}

impl Drop for Loaded {
    fn drop(&mut self) {
        // The collector must stop scanning the globals before the JIT
        // frees them (the `_jit` field is dropped after this).
        // SAFETY: these are the ranges this module's bodies registered.
        unsafe { embed::remove_roots(&self.roots.borrow()) };
        // SAFETY: the tables this module's bodies registered, still alive.
        unsafe { fatal::forget_frames(&self.frames.borrow()) };
    }
}

impl Module {
    /// The module's name (the file's stem).
    pub fn name(&self) -> &str {
        &self.inner.name
    }

    /// The signatures of the functions a host can call: the module-level
    /// functions (decorated functions and generic functions with several
    /// instances excepted).
    pub fn functions(&self) -> impl Iterator<Item = &Signature> {
        self.inner.functions.iter().map(|e| &e.sig)
    }

    /// The function named `name`.
    pub fn function(&self, name: &str) -> Result<Function, Error> {
        self.inner
            .functions
            .iter()
            .position(|e| e.sig.name == name)
            .map(|index| Function {
                module: self.inner.clone(),
                index,
            })
            .ok_or_else(|| match self.inner.refused.iter().find(|r| r.0 == name) {
                Some((_, why)) => Error::SignatureMismatch(why.clone()),
                None => Error::FunctionNotFound(name.to_string()),
            })
    }

    /// Runs the module body as the main program (`__name__ ==
    /// "__main__"`), as `multigen run` does. The body runs at most once:
    /// after it ran (also as an import, before a call) this is an error.
    pub fn run_body(&self) -> Result<(), Error> {
        let _rt = RuntimeGuard::acquire();
        if !matches!(*self.inner.body.borrow(), Body::NotRun) {
            return Err(Error::Other(format!(
                "the body of module '{}' has already run",
                self.inner.name
            )));
        }
        self.inner
            .ensure_body(true)
            .map_err(|f| self.inner.error(f))
    }

    /// Imports the module (runs its body as an import unless it has run)
    /// and calls its `main()`, which must take no arguments.
    pub fn run_main(&self) -> Result<Value, Error> {
        self.function("main")?.call(&[])
    }

    /// Runs the body as an import if it has not run (for `multigen call`,
    /// which reports an exception as `run` does).
    pub(crate) fn import(&self) -> Result<(), Failure> {
        let _rt = RuntimeGuard::acquire();
        self.inner.ensure_body(false)
    }

    /// Reports an exception as an uncaught one and ends the process.
    pub(crate) fn exit_with_report(&self, exc: *mut MgException) -> ! {
        let _rt = RuntimeGuard::acquire();
        // SAFETY: a live exception returned by this module's catcher.
        unsafe { embed::exit_with_report(self.inner.catcher, exc) }
    }
}

impl Function {
    /// The function's name.
    pub fn name(&self) -> &str {
        &self.entry().sig.name
    }

    /// Its parameters and result, from its annotations.
    pub fn signature(&self) -> &Signature {
        &self.entry().sig
    }

    fn entry(&self) -> &Entry {
        &self.module.functions[self.index]
    }

    /// Checks the arguments against the signature: `Error::SignatureMismatch`
    /// for a wrong count, a value of the wrong type, or a parameter (or,
    /// with `ret`, a result) of a type that has no [`Value`].
    pub(crate) fn check_args(&self, args: &[Value], ret: bool) -> Result<(), Error> {
        let sig = &self.entry().sig;
        let mismatch = |m: String| Err(Error::SignatureMismatch(m));
        if args.len() != sig.params.len() {
            let n = sig.params.len();
            return mismatch(format!(
                "{sig} takes {n} argument{} but {} {} given",
                if n == 1 { "" } else { "s" },
                args.len(),
                if args.len() == 1 { "was" } else { "were" }
            ));
        }
        for ((arg, (name, t)), narrow) in args.iter().zip(&sig.params).zip(&self.entry().narrow) {
            if let (true, Value::Int(i)) = (narrow, arg) {
                if i32::try_from(*i).is_err() {
                    return mismatch(format!(
                        "{sig}: argument '{name}' is an LLVM i32: {i} does not fit in 32 bits"
                    ));
                }
            }
            if !t.is_convertible() {
                return mismatch(format!(
                    "{sig}: parameter '{name}' has type {t}, which cannot be passed in"
                ));
            }
            if !t.accepts(arg) {
                return mismatch(format!(
                    "{sig}: argument '{name}' must be {t}, got {} ({})",
                    arg.type_name(),
                    short(arg)
                ));
            }
        }
        if ret && !sig.ret.is_convertible() {
            return mismatch(format!(
                "{sig}: the result has type {}, which cannot be converted to a Rust value",
                sig.ret
            ));
        }
        Ok(())
    }

    /// Calls the function. The arguments must fit the signature (checked
    /// before anything runs); the module body runs first if it has not
    /// run (as an import). A Python exception raised and not caught by the
    /// function is `Error::Exception`, after which the module stays usable.
    pub fn call(&self, args: &[Value]) -> Result<Value, Error> {
        self.check_args(args, true)?;
        let _rt = RuntimeGuard::acquire();
        match self.module.invoke(self.index, args, Want::Value) {
            Ok(r) => r.map_err(Error::SignatureMismatch),
            Err(f) => Err(self.module.error(f)),
        }
    }

    /// `repr()` of the result of a call, for any result type (checked
    /// arguments; `multigen call`).
    pub(crate) fn call_repr(&self, args: &[Value]) -> Result<String, Failure> {
        self.check_args(args, false)?;
        let _rt = RuntimeGuard::acquire();
        match self.module.invoke(self.index, args, Want::Repr)? {
            Ok(Value::Str(s)) => Ok(s),
            Ok(_) => unreachable!("a repr is a string"),
            Err(m) => Err(Failure::Error(Error::SignatureMismatch(m))),
        }
    }
}

/// Descriptor `i` of a signature table (null without one).
///
/// # Safety
/// `descs` must be null or a table with more than `i` entries.
unsafe fn desc(descs: *const *const MgType, i: usize) -> *const MgType {
    if descs.is_null() {
        std::ptr::null()
    } else {
        *descs.add(i)
    }
}

/// A value for a message, shortened.
fn short(v: &Value) -> String {
    let s = v.to_string();
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &s[..i]),
        None => s,
    }
}
