//! The one run-time helper emitted as IL into every module, as a method of
//! the program class: `__make_exception(name, message)`, the factory through
//! which the C# runtime raises the program's own built-in exception classes
//! (which the runtime cannot name). Everything else Python needs at run
//! time is in the runtime (`runtime-shims/cli`).

use crate::il::{Code, Cond, Encoder, Insn};
use crate::metadata::user_string_token;
use crate::sig::SigType;

use super::context::Context;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Helper {
    /// (class name, message) -> a new instance of the program's built-in
    /// exception class of that name.
    MakeException,
}

impl Helper {
    pub const ALL: [Helper; 1] = [Helper::MakeException];

    pub fn name(self) -> String {
        match self {
            Helper::MakeException => "__make_exception".to_string(),
        }
    }

    pub fn signature(self, cx: &mut Context) -> (Vec<SigType>, SigType) {
        match self {
            Helper::MakeException => {
                let exception = cx.exception_type();
                (
                    vec![SigType::String, SigType::String],
                    SigType::Class(exception),
                )
            }
        }
    }

    /// The helper's code and locals.
    pub fn body(self, cx: &mut Context) -> (Code, Vec<SigType>) {
        let mut e = Encoder::new();
        match self {
            Helper::MakeException => make_exception_body(cx, &mut e),
        }
        (e.finish(), vec![])
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

/// `(name, message)`: compares the name with each built-in exception class
/// of the program and makes an instance with that message; null for a name
/// the program does not know (the runtime then tries its base class).
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
    // An unknown name: null, and the runtime tries the name's base class.
    e.emit(Insn::LdNull);
    e.emit(Insn::Ret { value: true });
}
