//! Range helpers: a range is `long[3]` {start, stop, step}; its iterator is
//! the runtime's `RangeIter`.

use crate::il::{Cond, Encoder, Insn};

use super::super::context::Context;
use super::raise_fatal;

/// Pushes a new `long[3]` whose item i is pushed by `item(e, i)`.
pub(super) fn new_triple(e: &mut Encoder, int64: u32, item: impl Fn(&mut Encoder, i32)) {
    e.emit(Insn::LdcI4(3));
    e.emit(Insn::NewArr(int64));
    for i in 0..3 {
        e.emit(Insn::Dup);
        e.emit(Insn::LdcI4(i));
        item(e, i);
        e.emit(Insn::StElemI8);
    }
}

pub(super) fn range_new_body(cx: &mut Context, e: &mut Encoder) {
    let ok = e.new_label();
    e.emit(Insn::LdArg(2));
    e.emit(Insn::Branch(Cond::True, ok));
    raise_fatal(cx, e, "ValueError", "range() arg 3 must not be zero");
    e.emit(Insn::LdNull);
    e.emit(Insn::Ret { value: true });
    e.mark(ok);
    let int64 = cx.int64_type();
    new_triple(e, int64, |e, i| e.emit(Insn::LdArg(i as u16)));
    e.emit(Insn::Ret { value: true });
}
