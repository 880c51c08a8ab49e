//! Operations whose common case is inline C and whose rare case (the one
//! that may raise) is a call into the runtime: list indexing, float
//! division, sqrt, integer floor division, modulo and shifts. The test of
//! `rpy_exc` is only on the slow path, so a hot loop pays neither a call
//! nor a reload of `rpy_exc` per operation.

use lltype::ir::{Type, Value};

use super::ctype::{c_type, from_word, to_word, word_member};
use super::function::FnCx;

const UNWIND: &str = "if (RPY_UNLIKELY(rpy_exc != NULL)) goto rpy_unwind;";

/// `if (likely(cond)) fast else { slow; exception test }`, the test only
/// when the function lets this operation test for itself (see
/// `FnCx::unwind_on_slow_path`).
fn guarded(cx: &mut FnCx, cond: &str, fast: &str, slow: &str) -> String {
    let check = if cx.unwind_on_slow_path {
        cx.exception_tested = true;
        UNWIND
    } else {
        ""
    };
    format!(
        "    if (RPY_LIKELY({cond})) {{\n        {fast}\n    }} else {{\n        {slow}\n        {check}\n    }}\n"
    )
}

fn in_bounds(l: &str, i: &str) -> String {
    format!("(uint64_t){i} < (uint64_t)((rpy_list *){l})->len")
}

/// Where `l[i]` is, when it is reached through the block's view of `l`
/// (`list_views.rs`): the statements to run first (loading the view,
/// checking the index), the item array and the checked index.
struct ViewedItem {
    setup: String,
    items: String,
    index: String,
}

/// `l[i]` through a view, when the operation may leave through
/// `rpy_unwind` by itself (the last operation of a `Catch` block must fall
/// through to its handlers instead) and `l` is a variable.
fn viewed_item(cx: &mut FnCx, args: &[Value], assignment: bool) -> Option<ViewedItem> {
    let Value::Var(l) = &args[0] else {
        return None;
    };
    if !cx.unwind_on_slow_path {
        return None;
    }
    let list = cx.var(*l);
    let i = cx.value(&args[1], &Type::Int);
    let view = cx.list_views.of(*l, &list);
    let (index, checked) = cx.list_views.index(&view, &i);
    let mut setup = view.load.clone();
    if !checked {
        let len = &view.len;
        setup.push_str(&format!(
            "    {index} = {i};\n    if (RPY_UNLIKELY((uint64_t){index} >= (uint64_t){len})) {{\n        {index} = rpy_list_index_slow({len}, {index}, {assignment});\n        {UNWIND}\n    }}\n"
        ));
    }
    cx.exception_tested = true;
    Some(ViewedItem {
        setup,
        items: view.items,
        index,
    })
}

/// `@ = l[i]`.
pub(crate) fn get_item(cx: &mut FnCx, args: &[Value], rty: &Type) -> String {
    if c_type(rty).is_some() {
        if let Some(v) = viewed_item(cx, args, false) {
            let item = from_word(&format!("{}[{}]", v.items, v.index), rty);
            return format!("{}    @ = {item};\n", v.setup);
        }
    }
    let l = cx.value(&args[0], &Type::Void);
    let i = cx.value(&args[1], &Type::Int);
    let (fast, slow) = match c_type(rty) {
        Some(_) => (
            format!(
                "@ = {};",
                from_word(&format!("((rpy_list *){l})->items[{i}]"), rty)
            ),
            format!(
                "@ = {};",
                from_word(&format!("rpy_list_getitem_slow({l}, {i})"), rty)
            ),
        ),
        None => (
            String::new(),
            format!("(void)rpy_list_getitem_slow({l}, {i});"),
        ),
    };
    guarded(cx, &in_bounds(&l, &i), &fast, &slow)
}

/// `l[i] = x`; the write barrier only for reference items.
pub(crate) fn set_item(cx: &mut FnCx, args: &[Value], item: &Type) -> String {
    let l = cx.value(&args[0], &Type::Void);
    let x = cx.value(&args[2], item);
    let barrier = if item.is_heap_reference() {
        format!("rpy_gc_write_barrier({l});\n        ")
    } else {
        String::new()
    };
    if c_type(item).is_some() {
        if let Some(v) = viewed_item(cx, args, true) {
            let member = word_member(item);
            let barrier = barrier.replace("\n        ", "\n    ");
            return format!(
                "{}    {barrier}{}[{}].{member} = {x};\n",
                v.setup, v.items, v.index
            );
        }
    }
    let i = cx.value(&args[1], &Type::Int);
    let slow = format!("rpy_list_setitem_slow({l}, {i}, {});", to_word(&x, item));
    let fast = if c_type(item).is_none() {
        String::new()
    } else {
        format!(
            "{barrier}((rpy_list *){l})->items[{i}].{} = {x};",
            word_member(item)
        )
    };
    guarded(cx, &in_bounds(&l, &i), &fast, &slow)
}

/// A binary operation: `fast` and the runtime function `full` (which
/// handles every operand, raising where Python does) take `(a, b)`.
pub(crate) fn binary(
    cx: &mut FnCx,
    cond: &str,
    fast: &str,
    full: &str,
    a: &str,
    b: &str,
) -> String {
    let cond = cond.replace("$a", a).replace("$b", b);
    let fast = fast.replace("$a", a).replace("$b", b);
    guarded(
        cx,
        &cond,
        &format!("@ = {fast};"),
        &format!("@ = {full}({a}, {b});"),
    )
}

/// `math.sqrt`: inline unless the operand is negative or NaN.
pub(crate) fn sqrt(cx: &mut FnCx, x: &str) -> String {
    guarded(
        cx,
        &format!("{x} >= 0.0"),
        &format!("@ = sqrt({x});"),
        &format!("@ = rpy_math1(0, {x});"),
    )
}
