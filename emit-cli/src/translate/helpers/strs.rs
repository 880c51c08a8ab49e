//! String helpers: code-point semantics over UTF-16 strings.

use crate::il::{Cond, Encoder, Insn};

use super::super::context::Context;
use super::call;

/// Counts code points: i walks the UTF-16 units (local 0), n counts (local 1).
pub(super) fn str_len_body(cx: &mut Context, e: &mut Encoder) {
    let (body, test, single) = (e.new_label(), e.new_label(), e.new_label());
    e.emit(Insn::LdcI4(0));
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::StLoc(1));
    e.emit(Insn::Branch(Cond::Always, test));
    e.mark(body);
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdcI8(1));
    e.emit(Insn::Add);
    e.emit(Insn::StLoc(1));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdLoc(0));
    call(e, cx.char_is_surrogate_pair());
    e.emit(Insn::Branch(Cond::False, single));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdcI4(1));
    e.emit(Insn::Add);
    e.emit(Insn::StLoc(0));
    e.mark(single);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdcI4(1));
    e.emit(Insn::Add);
    e.emit(Insn::StLoc(0));
    e.mark(test);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(0));
    let length = cx.string_length();
    e.emit(Insn::CallVirt {
        token: length.token,
        pops: length.pops,
        pushes: length.pushes,
    });
    e.emit(Insn::Branch(Cond::Lt, body));
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::Ret { value: true });
}
