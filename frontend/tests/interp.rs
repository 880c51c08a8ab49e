//! A small but realistic RPython program (a bytecode interpreter) goes
//! through the loader with well-formed graphs.

mod common;
use common::*;

const MAIN: &str = r#"
"""A toy stack machine."""
import os
from rlib.jit import JitDriver, promote, elidable
from rlib.rarithmetic import ovfcheck, intmask
from rlib.objectmodel import specialize
import bytecode
from bytecode import LOAD, ADD, JUMP_IF, HALT, PRINT, OPNAMES

driver = JitDriver(greens=['pc', 'code'], reds=['frame'])


class W_Object(object):
    def str(self):
        raise NotImplementedError


class W_Int(W_Object):
    _immutable_fields_ = ['value']

    def __init__(self, value):
        self.value = value

    def str(self):
        return str(self.value)

    def add(self, other):
        if not isinstance(other, W_Int):
            raise TypeError("bad operand")
        try:
            return W_Int(ovfcheck(self.value + other.value))
        except OverflowError:
            return W_Int(intmask(self.value + other.value))


class Frame(object):
    def __init__(self, size):
        self.stack = [None] * size
        self.depth = 0

    def push(self, w):
        self.stack[self.depth] = w
        self.depth += 1

    def pop(self):
        self.depth -= 1
        w = self.stack[self.depth]
        assert w is not None, "empty stack"
        return w


class Stats(object):
    def __init__(self):
        self.steps = 0
        self.names = {}


STATS = Stats()


@elidable
def opname(op):
    return OPNAMES.get(op, "?")


@specialize.argtype(0)
def show(x):
    return "%s" % (x,)


def run(code, frame):
    pc = 0
    while True:
        driver.jit_merge_point(pc=pc, code=code, frame=frame)
        op = ord(code[pc])
        STATS.steps += 1
        if op == LOAD:
            frame.push(W_Int(ord(code[pc + 1])))
            pc += 2
        elif op == ADD:
            b = frame.pop()
            a = frame.pop()
            if isinstance(a, W_Int):
                frame.push(a.add(b))
            pc += 1
        elif op == JUMP_IF:
            w = frame.pop()
            if isinstance(w, W_Int) and w.value:
                pc = promote(ord(code[pc + 1]))
            else:
                pc += 2
        elif op == PRINT:
            os.write(1, f"{frame.pop().str()}\n")
            pc += 1
        elif op == HALT:
            break
        else:
            raise ValueError(f"bad opcode {op} ({opname(op)}) at {pc:d}")
    return frame.depth


def entry_point(argv):
    if len(argv) < 2:
        print("usage:", argv[0], "<code>")
        return 2
    code = argv[1]
    frame = Frame(16)
    try:
        depth = run(code, frame)
    except ValueError as e:
        print("error:", e)
        return 1
    finally:
        STATS.names[show(STATS.steps)] = True
    words = [w.upper() for w in argv[1:] if w]
    for i, (a, b) in enumerate(zip(words, words[1:])):
        print(i, a, b, sep=", ")
    return 0 if depth == 0 else depth


if __name__ == "__main__":
    import sys
    entry_point(sys.argv)
"#;

const BYTECODE: &str = r#"
LOAD, ADD, JUMP_IF, HALT, PRINT = range(5) if False else (0, 1, 2, 3, 4)
OPNAMES = {LOAD: "LOAD", ADD: "ADD", JUMP_IF: "JUMP_IF", HALT: "HALT", PRINT: "PRINT"}
"#;

#[test]
fn toy_interpreter_loads() {
    let p = match load_files(&[("interp.py", MAIN), ("bytecode.py", BYTECODE)]) {
        Ok(p) => p,
        Err(mut f) => panic!("{}", f.diagnostics.render_all(&f.sources)),
    };
    check_graphs(&p);
    if std::env::var("DUMP").is_ok() {
        println!("{}", frontend::flow::display::dump_program(&p));
    }
    assert_eq!(p.function(p.entry).qualname, "interp.entry_point");
    assert!(func(&p, "run").graph.blocks.len() > 10);
    // The dump is deterministic.
    let again = load_files(&[("interp.py", MAIN), ("bytecode.py", BYTECODE)])
        .ok()
        .unwrap();
    let strip = |s: String| s;
    assert_eq!(
        strip(frontend::flow::display::dump_program(&p)),
        strip(frontend::flow::display::dump_program(&again))
    );
}
