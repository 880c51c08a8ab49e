//! Integer helpers: Python's floor division and modulo, shifts, powers.

use crate::il::{Cond, Encoder, Insn};

use super::super::context::Context;
use super::{raise_fatal, Helper};

/// Branches to the returned label when arg 1 is nonzero, else is fatal.
pub(super) fn check_divisor(cx: &mut Context, e: &mut Encoder, message: &str) {
    let nonzero = e.new_label();
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Branch(Cond::True, nonzero));
    raise_fatal(cx, e, "ZeroDivisionError", message);
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Ret { value: true });
    e.mark(nonzero);
}

/// `a // b`: the CLI's `div` truncates toward zero; Python floors, so the
/// quotient drops by one when the remainder is nonzero and the signs differ.
/// `MIN // -1` wraps to MIN (RPython ints wrap) where `div` would throw.
pub(super) fn int_floordiv_body(cx: &mut Context, e: &mut Encoder) {
    check_divisor(cx, e, "integer division or modulo by zero");
    let not_minus_one = e.new_label();
    let done = e.new_label();
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(-1));
    e.emit(Insn::Branch(Cond::NeUn, not_minus_one));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::Neg);
    e.emit(Insn::Ret { value: true });
    e.mark(not_minus_one);
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Div);
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Rem);
    e.emit(Insn::StLoc(1));
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::Branch(Cond::False, done));
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Xor);
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, done));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdcI8(1));
    e.emit(Insn::Sub);
    e.emit(Insn::StLoc(0));
    e.mark(done);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Ret { value: true });
}

/// `a % b` with the sign of the divisor (Python), from the CLI's `rem`
/// (sign of the dividend). `MIN % -1` is 0 where `rem` would throw.
pub(super) fn int_mod_body(cx: &mut Context, e: &mut Encoder) {
    check_divisor(cx, e, "integer modulo by zero");
    let not_minus_one = e.new_label();
    let done = e.new_label();
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(-1));
    e.emit(Insn::Branch(Cond::NeUn, not_minus_one));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Ret { value: true });
    e.mark(not_minus_one);
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Rem);
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Branch(Cond::False, done));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Xor);
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, done));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Add);
    e.emit(Insn::StLoc(0));
    e.mark(done);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Ret { value: true });
}

/// Shifts: the CLI masks the count (x86 semantics); the typed IR gives 0
/// (or the sign for `>>`) from 64 on, and rejects negative counts.
pub(super) fn shift_body(cx: &mut Context, e: &mut Encoder, h: Helper) {
    let non_negative = e.new_label();
    let small = e.new_label();
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, non_negative));
    raise_fatal(cx, e, "ValueError", "negative shift count");
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Ret { value: true });
    e.mark(non_negative);
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(64));
    e.emit(Insn::Branch(Cond::Lt, small));
    if h == Helper::IntLshift {
        e.emit(Insn::LdcI8(0));
    } else {
        e.emit(Insn::LdArg(0));
        e.emit(Insn::LdcI4(63));
        e.emit(Insn::Shr);
    }
    e.emit(Insn::Ret { value: true });
    e.mark(small);
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::ConvI4);
    e.emit(if h == Helper::IntLshift {
        Insn::Shl
    } else {
        Insn::Shr
    });
    e.emit(Insn::Ret { value: true });
}

/// result = 1; while e: if e & 1: result *= a; a *= a; e >>= 1
pub(super) fn int_pow_body(cx: &mut Context, e: &mut Encoder) {
    let (ok, test, skip, done) = (e.new_label(), e.new_label(), e.new_label(), e.new_label());
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, ok));
    raise_fatal(
        cx,
        e,
        "ValueError",
        "integer pow() with a negative exponent is not supported",
    );
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Ret { value: true });
    e.mark(ok);
    e.emit(Insn::LdcI8(1));
    e.emit(Insn::StLoc(0));
    e.mark(test);
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Branch(Cond::False, done));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(1));
    e.emit(Insn::And);
    e.emit(Insn::Branch(Cond::False, skip));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::Mul);
    e.emit(Insn::StLoc(0));
    e.mark(skip);
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::Mul);
    e.emit(Insn::StArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI4(1));
    e.emit(Insn::Shr);
    e.emit(Insn::StArg(1));
    e.emit(Insn::Branch(Cond::Always, test));
    e.mark(done);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Ret { value: true });
}
