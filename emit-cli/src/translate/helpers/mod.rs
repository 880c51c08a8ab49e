//! Run-time helpers emitted into every module as IL methods of the program
//! class: the parts of Python semantics that are a few branches long (floor
//! division, shifts, printing) and the fatal-error exit. Keeping them out of
//! line keeps each graph's IL one instruction sequence per operation.

mod ints;
mod lists;
mod ranges;
mod strs;

use crate::il::{Code, Cond, Encoder, Insn};
use crate::metadata::user_string_token;
use crate::sig::SigType;

use super::context::Context;
use super::types::Elem;
use ints::*;
use lists::*;
use ranges::*;
use strs::*;

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
    /// `len(s)` in code points: a surrogate pair of the UTF-16 string
    /// counts as one.
    StrLen,
    /// (start, stop, step) -> a range; ValueError for a zero step.
    RangeNew,
    /// range -> a fresh iterator over it.
    RangeIter,
    /// iterator -> bool: whether `IterNext` has an item (else StopIteration).
    RangeHasNext,
    /// iterator -> the next item, advancing.
    RangeNext,
    /// `l[i]` with Python's negative indexes and IndexError, per item type
    /// (emitted only for the item types the program indexes).
    ListGetItem(Elem),
    ListSetItem(Elem),
    /// `str(l)` for a list of ints or bools (whose items print as their
    /// repr); `None` for a null list.
    ListToStr(Elem),
    /// `l[start:stop]` (step 1) as a new list; bounds clamped as Python's,
    /// `i64::MIN`/`i64::MAX` standing for absent ones.
    ListSlice(Elem),
    /// `l.pop(i)` (the graph passes -1 for `l.pop()`).
    ListPop(Elem),
    /// `l.insert(i, v)`, the index clamped as Python does.
    ListInsert(Elem),
}

impl Helper {
    pub const ALL: [Helper; 14] = [
        Helper::Fatal,
        Helper::IntFloorDiv,
        Helper::IntMod,
        Helper::IntLshift,
        Helper::IntRshift,
        Helper::IntToStr,
        Helper::BoolToStr,
        Helper::FloatTrueDiv,
        Helper::IntPow,
        Helper::StrLen,
        Helper::RangeNew,
        Helper::RangeIter,
        Helper::RangeHasNext,
        Helper::RangeNext,
    ];

    pub fn name(self) -> String {
        match self {
            Helper::ListGetItem(e) => return format!("__list_getitem_{}", e.suffix()),
            Helper::ListSetItem(e) => return format!("__list_setitem_{}", e.suffix()),
            Helper::ListToStr(e) => return format!("__list_str_{}", e.suffix()),
            Helper::ListSlice(e) => return format!("__list_slice_{}", e.suffix()),
            Helper::ListPop(e) => return format!("__list_pop_{}", e.suffix()),
            Helper::ListInsert(e) => return format!("__list_insert_{}", e.suffix()),
            _ => {}
        }
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
            Helper::StrLen => "__str_len",
            Helper::RangeNew => "__range_new",
            Helper::RangeIter => "__range_iter",
            Helper::RangeHasNext => "__range_has_next",
            Helper::RangeNext => "__range_next",
            Helper::ListGetItem(_)
            | Helper::ListSetItem(_)
            | Helper::ListToStr(_)
            | Helper::ListSlice(_)
            | Helper::ListPop(_)
            | Helper::ListInsert(_) => {
                unreachable!()
            }
        }
        .to_string()
    }

    pub fn signature(self, cx: &mut Context) -> (Vec<SigType>, SigType) {
        use SigType::*;
        match self {
            Helper::ListGetItem(e) => (vec![cx.list_sig(e), I8], cx.elem_sig(e)),
            Helper::ListSetItem(e) => (vec![cx.list_sig(e), I8, cx.elem_sig(e)], Void),
            Helper::ListToStr(e) => (vec![cx.list_sig(e)], String),
            Helper::ListSlice(e) => (vec![cx.list_sig(e), I8, I8], cx.list_sig(e)),
            Helper::ListPop(e) => (vec![cx.list_sig(e), I8], cx.elem_sig(e)),
            Helper::ListInsert(e) => (vec![cx.list_sig(e), I8, cx.elem_sig(e)], Void),
            Helper::Fatal => (vec![String, String], Void),
            Helper::IntFloorDiv
            | Helper::IntMod
            | Helper::IntLshift
            | Helper::IntRshift
            | Helper::IntPow => (vec![I8, I8], I8),
            Helper::IntToStr => (vec![I8], String),
            Helper::StrLen => (vec![String], I8),
            Helper::BoolToStr => (vec![Bool], String),
            Helper::FloatTrueDiv => (vec![R8, R8], R8),
            Helper::RangeNew => (vec![I8, I8, I8], SzArray(Box::new(I8))),
            Helper::RangeIter => (vec![SzArray(Box::new(I8))], SzArray(Box::new(I8))),
            Helper::RangeHasNext => (vec![SzArray(Box::new(I8))], Bool),
            Helper::RangeNext => (vec![SzArray(Box::new(I8))], I8),
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
            Helper::StrLen => {
                locals = vec![SigType::I4, SigType::I8];
                str_len_body(cx, &mut e);
            }
            Helper::RangeIter => {
                // A copy: iterating must not change the range.
                let int64 = cx.int64_type();
                new_triple(&mut e, int64, |e, i| {
                    e.emit(Insn::LdArg(0));
                    e.emit(Insn::LdcI4(i));
                    e.emit(Insn::LdElemI8);
                });
                e.emit(Insn::Ret { value: true });
            }
            Helper::RangeHasNext => range_has_next_body(&mut e),
            Helper::RangeNext => {
                locals = vec![SigType::I8];
                // v = it[0]; it[0] = v + it[2]; return v
                e.emit(Insn::LdArg(0));
                e.emit(Insn::LdcI4(0));
                e.emit(Insn::LdElemI8);
                e.emit(Insn::StLoc(0));
                e.emit(Insn::LdArg(0));
                e.emit(Insn::LdcI4(0));
                e.emit(Insn::LdLoc(0));
                e.emit(Insn::LdArg(0));
                e.emit(Insn::LdcI4(2));
                e.emit(Insn::LdElemI8);
                e.emit(Insn::Add);
                e.emit(Insn::StElemI8);
                e.emit(Insn::LdLoc(0));
                e.emit(Insn::Ret { value: true });
            }
            Helper::ListToStr(elem) => {
                locals = vec![cx.string_builder_sig(), SigType::I4];
                list_str_body(cx, &mut e, elem);
            }
            Helper::ListPop(elem) => {
                locals = vec![SigType::I8, cx.elem_sig(elem)];
                list_pop_body(cx, &mut e, elem);
            }
            Helper::ListInsert(elem) => {
                locals = vec![SigType::I8];
                list_insert_body(cx, &mut e, elem);
            }
            Helper::ListSlice(elem) => {
                locals = vec![SigType::I8];
                list_slice_body(cx, &mut e, elem);
            }
            Helper::ListGetItem(elem) => list_item_body(cx, &mut e, elem, false),
            Helper::ListSetItem(elem) => list_item_body(cx, &mut e, elem, true),
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

fn fatal_body(cx: &mut Context, e: &mut Encoder) {
    let concat = cx.string_concat();
    // Flush what the program printed before its error.
    call(e, cx.console_out());
    let flush = cx.writer_flush();
    e.emit(Insn::CallVirt {
        token: flush.token,
        pops: flush.pops,
        pushes: flush.pushes,
    });
    call(e, cx.console_error());
    ldstr(cx, e, "Fatal RPython error: ");
    e.emit(Insn::LdArg(0));
    call(e, concat);
    // An empty message prints the class name alone, as the interpreter does.
    let no_message = e.new_label();
    e.emit(Insn::LdArg(1));
    call(e, cx.string_is_null_or_empty());
    e.emit(Insn::Branch(Cond::True, no_message));
    ldstr(cx, e, ": ");
    call(e, concat);
    e.emit(Insn::LdArg(1));
    call(e, concat);
    e.mark(no_message);
    ldstr(cx, e, "\n");
    call(e, concat);
    let write = cx.writer_write();
    e.emit(Insn::CallVirt {
        token: write.token,
        pops: write.pops,
        pushes: write.pushes,
    });
    e.emit(Insn::LdcI4(1));
    call(e, cx.environment_exit());
    e.emit(Insn::Ret { value: false });
}
