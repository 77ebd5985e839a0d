//! In-process linking and execution of compiled objects with ORC's LLJIT.
//!
//! inkwell only wraps the legacy MCJIT, so this module talks to LLVM's C API
//! (`llvm_sys::orc2`) directly and is the one place with such `unsafe` glue.
//! The JIT receives the same native object that an AOT build would write to
//! disk; it resolves the object's references to runtime functions from an
//! explicit table of addresses (the runtime lives in the compiler's own
//! process, whose symbols are not exported dynamically) and everything else
//! (libc, libm, libgc) from the process's loaded libraries.

use inkwell::llvm_sys::core::LLVMCreateMemoryBufferWithMemoryRangeCopy;
use inkwell::llvm_sys::error::{LLVMDisposeErrorMessage, LLVMErrorRef, LLVMGetErrorMessage};
use inkwell::llvm_sys::orc2::lljit::*;
use inkwell::llvm_sys::orc2::*;
use inkwell::targets::{InitializationConfig, Target};
use std::ffi::{c_void, CStr, CString};

/// A JIT session: one LLJIT instance with its main library.
pub struct Jit {
    jit: LLVMOrcLLJITRef,
    /// The errors ORC reported while linking (such as symbols that nothing
    /// defines), which it would otherwise print on stderr while the lookup
    /// that triggered the link only fails with "Failed to materialize
    /// symbols". Boxed so that its address, given to ORC, stays fixed.
    session_errors: Box<std::sync::Mutex<Vec<String>>>,
}

/// ORC's error reporter: keeps the message for [`Jit::lookup`].
extern "C" fn keep_session_error(ctx: *mut c_void, e: LLVMErrorRef) {
    if let Err(msg) = check(e) {
        // SAFETY: `ctx` is the `session_errors` box of a live `Jit` (the
        // reporter is only called while the JIT exists).
        let errors = unsafe { &*(ctx as *const std::sync::Mutex<Vec<String>>) };
        if let Ok(mut v) = errors.lock() {
            v.push(msg);
        }
    }
}

fn check(e: LLVMErrorRef) -> Result<(), String> {
    if e.is_null() {
        return Ok(());
    }
    // SAFETY: `e` is a live error that we consume exactly once.
    unsafe {
        let msg = LLVMGetErrorMessage(e);
        let s = CStr::from_ptr(msg).to_string_lossy().into_owned();
        LLVMDisposeErrorMessage(msg);
        Err(format!("JIT error: {s}"))
    }
}

impl Jit {
    /// Creates a JIT that resolves `symbols` (name, address) to the given
    /// addresses and other names from the current process.
    pub fn new(symbols: &[(&str, usize)]) -> Result<Jit, String> {
        Target::initialize_native(&InitializationConfig::default())?;
        // SAFETY: each call follows the ownership rules of the ORC C API:
        // `LLVMOrcCreateLLJIT` takes the builder, `JITDylibDefine` takes the
        // materialization unit, `AddGenerator` takes the generator.
        unsafe {
            let mut jit = std::ptr::null_mut();
            check(LLVMOrcCreateLLJIT(&mut jit, LLVMOrcCreateLLJITBuilder()))?;
            let this = Jit {
                jit,
                session_errors: Box::default(),
            };
            LLVMOrcExecutionSessionSetErrorReporter(
                LLVMOrcLLJITGetExecutionSession(jit),
                keep_session_error,
                &*this.session_errors as *const _ as *mut c_void,
            );
            let dylib = LLVMOrcLLJITGetMainJITDylib(jit);
            let mut pairs = Vec::with_capacity(symbols.len());
            for (name, addr) in symbols {
                let c = CString::new(*name).map_err(|e| e.to_string())?;
                pairs.push(LLVMOrcCSymbolMapPair {
                    Name: LLVMOrcLLJITMangleAndIntern(jit, c.as_ptr()),
                    Sym: LLVMJITEvaluatedSymbol {
                        Address: *addr as u64,
                        Flags: LLVMJITSymbolFlags {
                            GenericFlags:
                                LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsExported as u8
                                    | LLVMJITSymbolGenericFlags::LLVMJITSymbolGenericFlagsCallable
                                        as u8,
                            TargetFlags: 0,
                        },
                    },
                });
            }
            let mu = LLVMOrcAbsoluteSymbols(pairs.as_mut_ptr(), pairs.len());
            check(LLVMOrcJITDylibDefine(dylib, mu))?;
            let mut gen = std::ptr::null_mut();
            let prefix = LLVMOrcLLJITGetGlobalPrefix(jit);
            check(LLVMOrcCreateDynamicLibrarySearchGeneratorForProcess(
                &mut gen,
                prefix,
                None,
                std::ptr::null_mut(),
            ))?;
            LLVMOrcJITDylibAddGenerator(dylib, gen);
            Ok(this)
        }
    }

    /// Adds a native object file (as produced by `compile(.., Emit::Object)`).
    pub fn add_object(&mut self, object: &[u8]) -> Result<(), String> {
        // SAFETY: the buffer is copied, and ownership of the copy passes to ORC.
        unsafe {
            let name = c"multigen-object";
            let buf = LLVMCreateMemoryBufferWithMemoryRangeCopy(
                object.as_ptr().cast(),
                object.len(),
                name.as_ptr(),
            );
            let dylib = LLVMOrcLLJITGetMainJITDylib(self.jit);
            check(LLVMOrcLLJITAddObjectFile(self.jit, dylib, buf))
        }
    }

    /// The address of a defined symbol, linking the object on first use.
    /// A failed link's error names its cause (the errors ORC reported
    /// while linking, such as "Symbols not found: [ f ]").
    pub fn lookup(&mut self, name: &str) -> Result<usize, String> {
        let c = CString::new(name).map_err(|e| e.to_string())?;
        let mut addr = 0;
        // SAFETY: `self.jit` is live; `addr` receives the address.
        let result = unsafe { check(LLVMOrcLLJITLookup(self.jit, &mut addr, c.as_ptr())) };
        if let Err(msg) = result {
            let causes = std::mem::take(&mut *self.session_errors.lock().unwrap());
            return Err(causes
                .into_iter()
                .chain([msg])
                .collect::<Vec<_>>()
                .join("; "));
        }
        Ok(addr as usize)
    }
}

impl Drop for Jit {
    fn drop(&mut self) {
        // SAFETY: the JIT is disposed once; errors on teardown are ignored
        // because there is nobody left to report them to.
        unsafe {
            let e = LLVMOrcDisposeLLJIT(self.jit);
            let _ = check(e);
        }
    }
}
