//! The constant-length pass (`lltype::opt::fold_constant_lengths`): which
//! `len()` of prebuilt lists it folds, and that the folded program prints
//! what the original prints on the graph interpreter.

use lltype::ir::ops::Opcode;
use lltype::ir::{Const, Program, Value};

mod common;
use common::{output, typed};

const PROGRAM: &str = r#"
READ_ONLY = ["ka", "lo", "mi"]
SORTED_IN_PLACE = [3, 1, 2]
GROWN = [1, 2]
PASSED = [5, 6, 7, 8]
HELD = [9, 10]
HOLDER = (HELD, 0)

def pick(n):
    word = READ_ONLY[n % len(READ_ONLY)]
    for w in READ_ONLY:
        if len(w) == len(READ_ONLY) - 1:
            word = word + w
    return word

def sorted_len():
    SORTED_IN_PLACE.sort()
    SORTED_IN_PLACE[0] = len(SORTED_IN_PLACE)
    return len(SORTED_IN_PLACE) + SORTED_IN_PLACE[0]

def grow(n):
    if n > 2:
        GROWN.append(n)
    return len(GROWN)

def shrink(items):
    items.pop()
    return len(items)

def passed():
    return len(PASSED) * 10 + shrink(PASSED) + len(PASSED)

def held():
    HOLDER[0].append(1)
    return len(HELD)

def entry_point(argv):
    n = int(argv[1])
    print(pick(n), sorted_len(), grow(n), grow(n), passed(), held(), held())
    return 0
"#;

/// The `list_len` operations of `graph` whose list is a prebuilt constant.
fn prebuilt_lens(program: &Program, graph: &str) -> usize {
    let g = program
        .graphs
        .iter()
        .find(|g| g.name == graph)
        .expect("graph");
    g.blocks
        .iter()
        .flat_map(|b| &b.ops)
        .filter(|op| {
            op.opcode == Opcode::ListLen && matches!(op.args[0], Value::Const(Const::Prebuilt(_)))
        })
        .count()
}

#[test]
fn only_lists_nothing_can_resize_get_constant_lengths() {
    let before = typed(PROGRAM);
    let mut after = before.clone();
    lltype::opt::fold_constant_lengths(&mut after);
    assert_eq!(prebuilt_lens(&before, "prog.pick"), 2);
    assert_eq!(prebuilt_lens(&after, "prog.pick"), 0);
    // Sorting and item assignment keep the length.
    assert_eq!(prebuilt_lens(&before, "prog.sorted_len"), 2);
    assert_eq!(prebuilt_lens(&after, "prog.sorted_len"), 0);
    // Appended to; passed to a function that pops; reachable from a tuple.
    assert_eq!(prebuilt_lens(&after, "prog.grow"), 1);
    assert_eq!(prebuilt_lens(&after, "prog.passed"), 2);
    assert_eq!(prebuilt_lens(&after, "prog.held"), 1);
}

#[test]
fn folded_programs_compute_what_the_originals_compute() {
    let before = typed(PROGRAM);
    let mut after = before.clone();
    lltype::opt::optimize(&mut after);
    for n in ["0", "1", "5"] {
        assert_eq!(output(&before, n), output(&after, n), "n = {n}");
    }
}
