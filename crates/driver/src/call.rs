//! `multigen call`: one function of a module called with arguments given
//! as text, through the library API (`engine.rs`).

use crate::engine::Failure;
use crate::{literal, signals, Config, Engine, Error};
use multigen_diag::SourceFile;

/// `multigen call`: imports the module (runs its body with `__name__` set
/// to the module's name), calls one of its functions with arguments given
/// as Python literals (`literal.rs`), converted by the parameters'
/// annotations, and prints the `repr` of the result. An exception the
/// function (or the body) does not catch is reported as `multigen run`
/// reports it, and ends the process with status 1.
pub fn call(src: &SourceFile, cfg: Config, func: &str, args: &[String]) -> Result<(), Error> {
    let module = Engine::new(cfg).load_source(&src.name, &src.text)?;
    let f = module.function(func)?;
    let sig = f.signature().clone();
    if args.len() != sig.params.len() {
        // The engine's message, before anything runs.
        f.check_args(&vec![crate::Value::None; args.len()], false)?;
    }
    let mut values = Vec::new();
    for (k, (text, (name, t))) in args.iter().zip(&sig.params).enumerate() {
        let v = literal::parse_arg(text, t).map_err(|why| {
            Error::SignatureMismatch(format!(
                "{sig}: cannot read argument {} for parameter '{name}: {t}' from {text:?}: {why}",
                k + 1
            ))
        })?;
        values.push(v);
    }
    f.check_args(&values, false)?;
    let _signals = signals::Guard::install();
    let out = module.import().and_then(|()| f.call_repr(&values));
    match out {
        Ok(repr) => {
            // The program's output is flushed: this follows it.
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            let _ = writeln!(stdout, "{repr}");
            let _ = stdout.flush();
            Ok(())
        }
        Err(Failure::Error(e)) => Err(e),
        Err(Failure::Raised(exc)) => module.exit_with_report(exc),
    }
}
