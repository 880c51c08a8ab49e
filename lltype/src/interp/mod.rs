//! The graph interpreter: runs a typed program directly, so that the whole
//! toolchain is testable without a backend and every backend can be checked
//! against it.
//!
//! Layout:
//! - `value`, `text`: run-time values (strs cache their length and hash);
//! - `key`, `dict`, `compare`, `pyhash`: Python hashing, insertion-ordered
//!   dicts, equality and ordering, CPython's `hash()`;
//! - `display`: `str()` and `repr()`;
//! - `code`, `operand_types`, `liveness`: graphs pre-decoded once (names
//!   resolved to indexes, constants typed, last reads turned into moves);
//! - `machine`: interpreter state, class layouts, dispatch tables, exceptions;
//! - `prebuilt`: materialising prebuilt constants (cycles included);
//! - `eval`: the evaluation loop, calls and exception unwinding;
//! - `ops/`: every other opcode, one file per kind of value;
//! - `rt`: the `runtime` functions used (CPython semantics and messages).

mod code;
mod compare;
mod dict;
mod display;
mod eval;
mod fast;
mod key;
mod liveness;
mod machine;
mod operand_types;
mod ops;
mod prebuilt;
mod pyhash;
mod rt;
mod text;
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
/// committed, so this costs address space, not memory. Smaller sizes are
/// tried where that much cannot be reserved, with a proportionally lower
/// recursion limit.
const STACK_SIZES: [usize; 3] = [2 << 30, 256 << 20, 32 << 20];

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
    // The job sits in a slot so that a failed spawn (whose closure never
    // runs) leaves it there for the next, smaller attempt.
    let slot = std::sync::Mutex::new(Some(SendAnyway((program, out, argv))));
    std::thread::scope(|scope| {
        for size in STACK_SIZES {
            let depth = if size == STACK_SIZES[0] {
                max_depth
            } else {
                (max_depth * (size >> 20) / 2048).max(500)
            };
            let slot = &slot;
            let spawned = std::thread::Builder::new()
                .name("rpython-interp".into())
                .stack_size(size)
                .spawn_scoped(scope, move || {
                    let job = slot.lock().map(|mut s| s.take()).ok().flatten();
                    let (program, out, argv) =
                        job.expect("interpreter job taken once").into_inner();
                    run_here(program, argv, out, depth)
                });
            if let Ok(handle) = spawned {
                return handle.join().unwrap_or_else(|panic| {
                    let message = panic
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    Outcome::Fatal {
                        class: "InternalError".into(),
                        message,
                    }
                });
            }
        }
        Outcome::Fatal {
            class: "MemoryError".into(),
            message: "cannot start the interpreter thread".into(),
        }
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
        Err(Unwind::Pending(class, message)) => Outcome::Fatal {
            class: program.class(class).name.clone(),
            message: message.into_string(),
        },
        Err(Unwind::Raise(exc)) => Outcome::Fatal {
            class: program.class(exc.class).name.clone(),
            message: it.exception_message(&exc),
        },
        Err(Unwind::Abort(abort)) => {
            let (class, message) = *abort;
            Outcome::Fatal { class, message }
        }
    };
    it.out.flush();
    outcome
}
