//! List helpers, per item type: indexing, slicing, printing.

use crate::il::{Cond, Encoder, Insn};

use super::super::context::Context;
use super::super::types::Elem;
use super::{call, ldstr, raise_fatal, Helper};

/// `l[i]` / `l[i] = v`: a negative index counts from the end; then one
/// unsigned comparison with the length rejects both ends.
pub(super) fn list_item_body(cx: &mut Context, e: &mut Encoder, elem: Elem, set: bool) {
    let count = cx.list_method(elem, "get_Count");
    let call_count = |e: &mut Encoder| {
        e.emit(Insn::CallVirt {
            token: count.token,
            pops: count.pops,
            pushes: count.pushes,
        });
        e.emit(Insn::ConvI8);
    };
    let non_negative = e.new_label();
    let in_range = e.new_label();
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, non_negative));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdArg(0));
    call_count(e);
    e.emit(Insn::Add);
    e.emit(Insn::StArg(1));
    e.mark(non_negative);
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdArg(0));
    call_count(e);
    e.emit(Insn::Branch(Cond::LtUn, in_range));
    let message = if set {
        "list assignment index out of range"
    } else {
        "list index out of range"
    };
    raise_fatal(cx, e, "IndexError", message);
    if !set {
        e.emit(match elem {
            Elem::Int => Insn::LdcI8(0),
            Elem::Float => Insn::LdcR8(0.0),
            Elem::Bool => Insn::LdcI4(0),
            Elem::Str | Elem::Instance(_) => Insn::LdNull,
        });
    }
    e.emit(Insn::Ret { value: !set });
    e.mark(in_range);
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::ConvI4);
    let m = if set {
        e.emit(Insn::LdArg(2));
        cx.list_method(elem, "set_Item")
    } else {
        cx.list_method(elem, "get_Item")
    };
    e.emit(Insn::CallVirt {
        token: m.token,
        pops: m.pops,
        pushes: m.pushes,
    });
    e.emit(Insn::Ret { value: !set });
}

/// "[" + ", ".join(str(x) for x in l) + "]" with a StringBuilder (local 0)
/// and an index (local 1).
pub(super) fn list_str_body(cx: &mut Context, e: &mut Encoder, elem: Elem) {
    let append = cx.string_builder_append();
    let append = |e: &mut Encoder| {
        e.emit(Insn::CallVirt {
            token: append.token,
            pops: append.pops,
            pushes: append.pushes,
        });
        e.emit(Insn::Pop);
    };
    let not_null = e.new_label();
    e.emit(Insn::LdArg(0));
    e.emit(Insn::Branch(Cond::True, not_null));
    ldstr(cx, e, "None");
    e.emit(Insn::Ret { value: true });
    e.mark(not_null);
    let ctor = cx.string_builder_ctor();
    e.emit(Insn::NewObj {
        token: ctor,
        pops: 0,
    });
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdLoc(0));
    ldstr(cx, e, "[");
    append(e);
    e.emit(Insn::LdcI4(0));
    e.emit(Insn::StLoc(1));
    let (body, test, no_sep) = (e.new_label(), e.new_label(), e.new_label());
    e.emit(Insn::Branch(Cond::Always, test));
    e.mark(body);
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::Branch(Cond::False, no_sep));
    e.emit(Insn::LdLoc(0));
    ldstr(cx, e, ", ");
    append(e);
    e.mark(no_sep);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdLoc(1));
    let get = cx.list_method(elem, "get_Item");
    e.emit(Insn::CallVirt {
        token: get.token,
        pops: get.pops,
        pushes: get.pushes,
    });
    let item_str = match elem {
        Elem::Int => cx.helper(Helper::IntToStr),
        Elem::Bool => cx.helper(Helper::BoolToStr),
        _ => unreachable!("only lists of ints and bools print without repr"),
    };
    call(e, item_str);
    append(e);
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdcI4(1));
    e.emit(Insn::Add);
    e.emit(Insn::StLoc(1));
    e.mark(test);
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::LdArg(0));
    let count = cx.list_method(elem, "get_Count");
    e.emit(Insn::CallVirt {
        token: count.token,
        pops: count.pops,
        pushes: count.pushes,
    });
    e.emit(Insn::Branch(Cond::Lt, body));
    e.emit(Insn::LdLoc(0));
    ldstr(cx, e, "]");
    append(e);
    e.emit(Insn::LdLoc(0));
    let to_string = cx.string_builder_to_string();
    e.emit(Insn::CallVirt {
        token: to_string.token,
        pops: to_string.pops,
        pushes: to_string.pushes,
    });
    e.emit(Insn::Ret { value: true });
}

/// Clamps as Python slices: len in local 0; bounds in args 1 and 2.
pub(super) fn list_slice_body(cx: &mut Context, e: &mut Encoder, elem: Elem) {
    let count = cx.list_method(elem, "get_Count");
    e.emit(Insn::LdArg(0));
    e.emit(Insn::CallVirt {
        token: count.token,
        pops: count.pops,
        pushes: count.pushes,
    });
    e.emit(Insn::ConvI8);
    e.emit(Insn::StLoc(0));
    for arg in [1u16, 2] {
        let (non_negative, in_range) = (e.new_label(), e.new_label());
        // A negative bound counts from the end, then stops at 0.
        e.emit(Insn::LdArg(arg));
        e.emit(Insn::LdcI8(0));
        e.emit(Insn::Branch(Cond::Ge, non_negative));
        e.emit(Insn::LdArg(arg));
        e.emit(Insn::LdLoc(0));
        e.emit(Insn::Add);
        e.emit(Insn::StArg(arg));
        e.emit(Insn::LdArg(arg));
        e.emit(Insn::LdcI8(0));
        e.emit(Insn::Branch(Cond::Ge, non_negative));
        e.emit(Insn::LdcI8(0));
        e.emit(Insn::StArg(arg));
        e.mark(non_negative);
        // ... and at most the length.
        e.emit(Insn::LdLoc(0));
        e.emit(Insn::LdArg(arg));
        e.emit(Insn::Branch(Cond::Ge, in_range));
        e.emit(Insn::LdLoc(0));
        e.emit(Insn::StArg(arg));
        e.mark(in_range);
    }
    let ordered = e.new_label();
    e.emit(Insn::LdArg(2));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Branch(Cond::Ge, ordered));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::StArg(2));
    e.mark(ordered);
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::ConvI4);
    e.emit(Insn::LdArg(2));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Sub);
    e.emit(Insn::ConvI4);
    let range = cx.list_method(elem, "GetRange");
    e.emit(Insn::CallVirt {
        token: range.token,
        pops: range.pops,
        pushes: range.pushes,
    });
    e.emit(Insn::Ret { value: true });
}

/// Pushes `(long) l.Count` for the list in arg 0.
fn push_count(cx: &mut Context, e: &mut Encoder, elem: Elem) {
    let count = cx.list_method(elem, "get_Count");
    e.emit(Insn::LdArg(0));
    e.emit(Insn::CallVirt {
        token: count.token,
        pops: count.pops,
        pushes: count.pushes,
    });
    e.emit(Insn::ConvI8);
}

/// A dummy value of the item type, after a raise (never reached).
fn push_dummy(e: &mut Encoder, elem: Elem) {
    e.emit(match elem {
        Elem::Int => Insn::LdcI8(0),
        Elem::Float => Insn::LdcR8(0.0),
        Elem::Bool => Insn::LdcI4(0),
        Elem::Str | Elem::Instance(_) => Insn::LdNull,
    });
}

/// The length in local 0; the item in local 1.
pub(super) fn list_pop_body(cx: &mut Context, e: &mut Encoder, elem: Elem) {
    let (not_empty, non_negative, in_range) = (e.new_label(), e.new_label(), e.new_label());
    push_count(cx, e, elem);
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Branch(Cond::True, not_empty));
    raise_fatal(cx, e, "IndexError", "pop from empty list");
    push_dummy(e, elem);
    e.emit(Insn::Ret { value: true });
    e.mark(not_empty);
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, non_negative));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Add);
    e.emit(Insn::StArg(1));
    e.mark(non_negative);
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Branch(Cond::LtUn, in_range));
    raise_fatal(cx, e, "IndexError", "pop index out of range");
    push_dummy(e, elem);
    e.emit(Insn::Ret { value: true });
    e.mark(in_range);
    let get = cx.list_method(elem, "get_Item");
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::ConvI4);
    e.emit(Insn::CallVirt {
        token: get.token,
        pops: get.pops,
        pushes: get.pushes,
    });
    e.emit(Insn::StLoc(1));
    let remove = cx.list_method(elem, "RemoveAt");
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::ConvI4);
    e.emit(Insn::CallVirt {
        token: remove.token,
        pops: remove.pops,
        pushes: remove.pushes,
    });
    e.emit(Insn::LdLoc(1));
    e.emit(Insn::Ret { value: true });
}

/// The length in local 0; the index clamped to [0, len].
pub(super) fn list_insert_body(cx: &mut Context, e: &mut Encoder, elem: Elem) {
    let (non_negative, at_most_len) = (e.new_label(), e.new_label());
    push_count(cx, e, elem);
    e.emit(Insn::StLoc(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, non_negative));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::Add);
    e.emit(Insn::StArg(1));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::Branch(Cond::Ge, non_negative));
    e.emit(Insn::LdcI8(0));
    e.emit(Insn::StArg(1));
    e.mark(non_negative);
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::Branch(Cond::Ge, at_most_len));
    e.emit(Insn::LdLoc(0));
    e.emit(Insn::StArg(1));
    e.mark(at_most_len);
    let insert = cx.list_method(elem, "Insert");
    e.emit(Insn::LdArg(0));
    e.emit(Insn::LdArg(1));
    e.emit(Insn::ConvI4);
    e.emit(Insn::LdArg(2));
    e.emit(Insn::CallVirt {
        token: insert.token,
        pops: insert.pops,
        pushes: insert.pushes,
    });
    e.emit(Insn::Ret { value: false });
}
