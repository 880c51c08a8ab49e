//! Run-time helpers emitted into every module as IL methods of the program
//! class: the parts of Python semantics that are a few branches long (floor
//! division, shifts, printing) and the fatal-error exit. Keeping them out of
//! line keeps each graph's IL one instruction sequence per operation.

mod ints;
mod ranges;

use crate::il::{Code, Cond, Encoder, Insn};
use crate::metadata::user_string_token;
use crate::sig::SigType;

use super::context::Context;
use ints::*;
use ranges::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Helper {
    /// (class name, message): prints `Fatal RPython error: Class: message`
    /// to stderr and exits with status 1, as an uncaught RPython exception
    /// does (until exceptions are CLI exceptions).
    Fatal,
    IntFloorDiv,
    IntMod,
    IntLshift,
    IntRshift,
    IntToStr,
    BoolToStr,
    FloatTrueDiv,
    /// `a ** e` for e >= 0, wrapping (square and multiply).
    IntPow,
    /// (start, stop, step) -> a range; ValueError for a zero step.
    RangeNew,
    /// (class name, message) -> a new instance of the program's built-in
    /// exception class of that name: the factory the C# runtime raises with.
    MakeException,
}

impl Helper {
    pub const ALL: [Helper; 11] = [
        Helper::Fatal,
        Helper::IntFloorDiv,
        Helper::IntMod,
        Helper::IntLshift,
        Helper::IntRshift,
        Helper::IntToStr,
        Helper::BoolToStr,
        Helper::FloatTrueDiv,
        Helper::IntPow,
        Helper::RangeNew,
        Helper::MakeException,
    ];

    pub fn name(self) -> String {
        match self {
            Helper::Fatal => "__fatal",
            Helper::IntFloorDiv => "__int_floordiv",
            Helper::IntMod => "__int_mod",
            Helper::IntLshift => "__int_lshift",
            Helper::IntRshift => "__int_rshift",
            Helper::IntToStr => "__int_str",
            Helper::BoolToStr => "__bool_str",
            Helper::FloatTrueDiv => "__float_truediv",
            Helper::IntPow => "__int_pow",
            Helper::RangeNew => "__range_new",
            Helper::MakeException => "__make_exception",
        }
        .to_string()
    }

    pub fn signature(self, cx: &mut Context) -> (Vec<SigType>, SigType) {
        use SigType::*;
        match self {
            Helper::Fatal => (vec![String, String], Void),
            Helper::IntFloorDiv
            | Helper::IntMod
            | Helper::IntLshift
            | Helper::IntRshift
            | Helper::IntPow => (vec![I8, I8], I8),
            Helper::IntToStr => (vec![I8], String),
            Helper::BoolToStr => (vec![Bool], String),
            Helper::FloatTrueDiv => (vec![R8, R8], R8),
            Helper::RangeNew => (vec![I8, I8, I8], SzArray(Box::new(I8))),
            Helper::MakeException => {
                let exception = cx.exception_type();
                (vec![String, String], Class(exception))
            }
        }
    }

    /// The helper's code and locals.
    pub fn body(self, cx: &mut Context) -> (Code, Vec<SigType>) {
        let mut e = Encoder::new();
        let mut locals = vec![];
        match self {
            Helper::Fatal => fatal_body(cx, &mut e),
            Helper::IntFloorDiv => {
                locals = vec![SigType::I8, SigType::I8];
                int_floordiv_body(cx, &mut e);
            }
            Helper::IntMod => {
                locals = vec![SigType::I8];
                int_mod_body(cx, &mut e);
            }
            Helper::IntLshift | Helper::IntRshift => shift_body(cx, &mut e, self),
            Helper::IntToStr => {
                e.emit(Insn::LdArg(0));
                call(&mut e, cx.invariant_culture());
                call(&mut e, cx.convert_int64_to_string());
                e.emit(Insn::Ret { value: true });
            }
            Helper::BoolToStr => {
                let f = e.new_label();
                e.emit(Insn::LdArg(0));
                e.emit(Insn::Branch(Cond::False, f));
                ldstr(cx, &mut e, "True");
                e.emit(Insn::Ret { value: true });
                e.mark(f);
                ldstr(cx, &mut e, "False");
                e.emit(Insn::Ret { value: true });
            }
            Helper::RangeNew => range_new_body(cx, &mut e),
            Helper::IntPow => {
                locals = vec![SigType::I8];
                int_pow_body(cx, &mut e);
            }
            Helper::MakeException => make_exception_body(cx, &mut e),
            Helper::FloatTrueDiv => {
                let ok = e.new_label();
                e.emit(Insn::LdArg(1));
                e.emit(Insn::LdcR8(0.0));
                // Unordered (NaN) divisors branch too: they give NaN, as in Python.
                e.emit(Insn::Branch(Cond::NeUn, ok));
                raise_fatal(cx, &mut e, "ZeroDivisionError", "float division by zero");
                e.emit(Insn::LdcR8(0.0));
                e.emit(Insn::Ret { value: true });
                e.mark(ok);
                e.emit(Insn::LdArg(0));
                e.emit(Insn::LdArg(1));
                e.emit(Insn::Div);
                e.emit(Insn::Ret { value: true });
            }
        }
        (e.finish(), locals)
    }
}

fn call(e: &mut Encoder, m: super::mscorlib::ExternMethod) {
    e.emit(Insn::Call {
        token: m.token,
        pops: m.pops,
        pushes: m.pushes,
    });
}

fn ldstr(cx: &mut Context, e: &mut Encoder, s: &str) {
    let off = cx.md.user_strings.add(s);
    e.emit(Insn::LdStr(user_string_token(off)));
}

/// Raises the built-in exception `class` with `message`: a new instance,
/// thrown (the class names one of `Program::builtin_exceptions`; any other
/// is fatal at once). The caller then leaves the method with a dummy value,
/// unreachable but keeping the IL well formed.
pub fn raise_fatal(cx: &mut Context, e: &mut Encoder, class: &str, message: &str) {
    if let Some(&(ctor, message_field)) = cx.builtin_exceptions.get(class) {
        e.emit(Insn::NewObj {
            token: ctor,
            pops: 0,
        });
        e.emit(Insn::Dup);
        ldstr(cx, e, message);
        e.emit(Insn::StFld(message_field));
        e.emit(Insn::Throw);
        return;
    }
    ldstr(cx, e, class);
    ldstr(cx, e, message);
    call(e, cx.helper(Helper::Fatal));
}

/// Flushes standard output, prints the fatal-error line and exits with status 1.
fn fatal_body(cx: &mut Context, e: &mut Encoder) {
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    let fatal = cx.rt_static(
        "Sys",
        "Fatal",
        &[SigType::String, SigType::String],
        SigType::Void,
    );
    call(e, fatal);
    e.emit(Insn::LdcI4(1));
    call(e, cx.environment_exit());
    e.emit(Insn::Ret { value: false });
}

/// `(name, message)`: compares the name with each built-in exception class
/// of the program and makes an instance with that message (BaseException
/// for a name the program does not know).
fn make_exception_body(cx: &mut Context, e: &mut Encoder) {
    let mut classes: Vec<(String, (u32, u32))> = cx
        .builtin_exceptions
        .iter()
        .map(|(n, t)| (n.clone(), *t))
        .collect();
    classes.sort();
    let equals = cx.string_equals();
    let make = |e: &mut Encoder, ctor: u32, field: u32| {
        e.emit(Insn::NewObj {
            token: ctor,
            pops: 0,
        });
        e.emit(Insn::Dup);
        e.emit(Insn::LdArg(1));
        e.emit(Insn::StFld(field));
        e.emit(Insn::Ret { value: true });
    };
    for (name, (ctor, field)) in &classes {
        let next = e.new_label();
        e.emit(Insn::LdArg(0));
        ldstr(cx, e, name);
        call(e, equals);
        e.emit(Insn::Branch(Cond::False, next));
        make(e, *ctor, *field);
        e.mark(next);
    }
    match cx.builtin_exceptions.get("BaseException").copied() {
        Some((ctor, field)) => make(e, ctor, field),
        None => {
            let ctor = cx.exception_ctor();
            e.emit(Insn::NewObj {
                token: ctor,
                pops: 0,
            });
            e.emit(Insn::Ret { value: true });
        }
    }
}
