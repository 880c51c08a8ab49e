//! The counted-loop pass (`lltype::opt::lower_counted_loops`): which range
//! and list loops it rewrites, and that a rewritten program prints what the
//! original prints on the graph interpreter.

use lltype::ir::ops::Opcode;
use lltype::ir::types::IterKind;
use lltype::ir::Program;

mod common;
use common::{assert_same_output, before_and_after};

const PROGRAM: &str = r#"
def counted(n):
    total = 0
    for i in range(n):
        total += i
    for j in range(n, 0, -1):
        total = total * 3 + j
    for k in range(2, n):
        if k == 5:
            break
        total -= k
    else:
        total += 1000
    return total

def stepped(n):
    out = []
    for i in range(0, n, 3):
        out.append(i)
    return out

def shared_range(n):
    r = range(1, n)
    total = len(r)
    for i in r:
        total += i
    return total

def nested(n):
    count = 0
    for i in range(n):
        for j in range(i, n):
            if (i + j) % 3 == 0:
                continue
            count += 1
    return count

def summed(items):
    total = 0
    for x in items:
        total = total * 7 + x
    return total

def growing(n):
    # Items appended while iterating are seen, as in CPython.
    items = [1, 2]
    for x in items:
        if len(items) < n:
            items.append(x + 10)
    return items

def nested_lists(rows):
    out = []
    for row in rows:
        for x in row:
            if x % 4 == 3:
                break
            out.append(x)
        else:
            out.append(-1)
    return out

def pairs(n):
    d = {}
    for i in range(n):
        d["k%d" % i] = i * i
    total = 0
    for k, v in d.items():
        total += len(k) * v
    return total

def entry_point(argv):
    n = int(argv[1])
    print(counted(n), stepped(n), shared_range(n), nested(n))
    print(counted(0), stepped(0), shared_range(0), nested(0))
    items = [i * 3 for i in range(n)]
    rows = [[i + j for j in range(i % 5)] for i in range(n)]
    print(summed(items), growing(n), nested_lists(rows))
    print(summed([]), growing(0), nested_lists([]), pairs(n), pairs(0))
    return 0
"#;

fn iterators(program: &Program, graph: &str, kind: IterKind) -> usize {
    let g = program
        .graphs
        .iter()
        .find(|g| g.name == graph)
        .expect("graph");
    g.blocks
        .iter()
        .flat_map(|b| &b.ops)
        .filter(|op| op.opcode == Opcode::NewIter(kind))
        .count()
}

#[test]
fn loops_with_unit_steps_lose_their_iterators() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::optimize);
    let range = |p: &Program, g: &str| iterators(p, g, IterKind::Range);
    assert_eq!(range(&before, "prog.counted"), 3);
    assert_eq!(range(&after, "prog.counted"), 0);
    assert_eq!(range(&after, "prog.nested"), 0);
    // A step of 3 could overflow past the stop: the iterator stays.
    assert_eq!(range(&after, "prog.stepped"), 1);
    // The range object is still needed for len(); only the iterator goes.
    assert_eq!(range(&after, "prog.shared_range"), 0);
}

#[test]
fn list_loops_lose_their_iterators() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::optimize);
    let list = |p: &Program, g: &str| iterators(p, g, IterKind::List);
    assert_eq!(list(&before, "prog.summed"), 1);
    for graph in ["prog.summed", "prog.growing", "prog.nested_lists"] {
        assert_eq!(list(&after, graph), 0, "{graph}");
    }
    // The list of `d.items()` is left to the backends, which may walk the
    // dict instead of building it.
    assert_eq!(list(&after, "prog.pairs"), 1);
}

#[test]
fn rewritten_loops_compute_what_the_originals_compute() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::optimize);
    assert_same_output(&before, &after, &["0", "1", "7", "40"]);
}
