//! The graph interpreter: runs a typed program directly, so that the whole
//! toolchain is testable without a backend and every backend can be checked
//! against it.
//!
//! Layout: `value` (run-time values), `key`/`dict`/`compare` (Python
//! hashing, dicts, equality and ordering), `display` (str/repr), `code`
//! (graphs pre-decoded for speed), `machine` (interpreter state),
//! `prebuilt` (constants), `eval` (the evaluation loop), `ops/` (opcodes).

mod code;
mod compare;
mod dict;
mod display;
mod eval;
mod key;
mod machine;
mod ops;
mod prebuilt;
mod rt;
mod value;

#[cfg(test)]
mod tests;

use std::io::Write;

use crate::ir::Program;

use machine::{Interp, Unwind};
use value::Value;

/// How a run ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// `entry_point` returned this status.
    Exit(i64),
    /// An exception escaped `entry_point`: its class name and `str(e)`.
    Fatal { class: String, message: String },
}

/// Interpreted frames allowed before RecursionError.
pub const MAX_DEPTH: usize = 20_000;

/// Host stack reserved for the interpreter thread. Only touched pages are
/// committed, so this costs address space, not memory.
const STACK_SIZE: usize = 2 << 30;

/// Runs `program.entry` with argv (a List(Str)), writing program output to `out`.
pub fn run(program: &Program, argv: Vec<String>, out: &mut dyn Write) -> Outcome {
    run_with_limit(program, argv, out, MAX_DEPTH)
}

/// `run` with a chosen recursion limit.
pub fn run_with_limit(
    program: &Program,
    argv: Vec<String>,
    out: &mut dyn Write,
    max_depth: usize,
) -> Outcome {
    let job = SendAnyway((program, out));
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("rpython-interp".into())
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, move || {
                let (program, out) = job.into_inner();
                run_here(program, argv, out, max_depth)
            });
        let handle = match spawned {
            Ok(h) => h,
            Err(e) => {
                return Outcome::Fatal {
                    class: "MemoryError".into(),
                    message: format!("cannot start the interpreter thread: {e}"),
                }
            }
        };
        handle.join().unwrap_or_else(|panic| {
            let message = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            Outcome::Fatal {
                class: "InternalError".into(),
                message,
            }
        })
    })
}

/// Moves the borrowed program and output sink to the interpreter thread.
///
/// SAFETY: they are not `Send` only because the IR holds `Rc`s (and the sink
/// is a plain `dyn Write`). The scoped thread is the only one touching them
/// while it runs: `run_with_limit` blocks in `join` meanwhile, and every `Rc`
/// the interpreter clones from the program is dropped before the thread ends.
struct SendAnyway<T>(T);
unsafe impl<T> Send for SendAnyway<T> {}

impl<T> SendAnyway<T> {
    /// Taking the whole wrapper by value makes closures capture all of it
    /// (edition 2021 closures would otherwise capture its fields one by one).
    fn into_inner(self) -> T {
        self.0
    }
}

fn run_here(
    program: &Program,
    argv: Vec<String>,
    out: &mut dyn Write,
    max_depth: usize,
) -> Outcome {
    let mut it = Interp::new(program, out, max_depth);
    let argv = Value::list(argv.into_iter().map(Value::string).collect());
    let result = it.call_with(program.entry, vec![argv]);
    let outcome = match result {
        Ok(Value::Int(status)) => Outcome::Exit(status),
        Ok(Value::Bool(b)) => Outcome::Exit(b as i64),
        Ok(_) => Outcome::Exit(0),
        Err(Unwind::Raise(exc)) => Outcome::Fatal {
            class: program.class(exc.class).name.clone(),
            message: it.exception_message(&exc),
        },
        Err(Unwind::Abort { class, message }) => Outcome::Fatal { class, message },
    };
    it.out.flush();
    outcome
}
