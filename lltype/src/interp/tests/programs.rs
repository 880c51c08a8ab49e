//! Small whole programs mixing many operations.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

/// counts = {}; for w in text.split(): counts[w] = counts.get(w, 0) + 1
/// pairs = [(-n, w) for w, n in counts.items()]; pairs.sort(); print each
#[test]
fn word_count() {
    let mut p = ProgramBuilder::new();
    let stop = p.exc("StopIteration");
    let pair = Type::tuple(vec![Type::Int, Type::Str]);
    let (mut g, _) = entry();
    let words = g.op(
        Opcode::StrSplit,
        vec![s("the cat  the dog\nthe end cat"), null()],
        Type::list(Type::Str),
    );
    let counts = g.op(Opcode::NewDict, vec![], Type::dict(Type::Str, Type::Int));
    g.for_each(v(words), IterKind::List, Type::Str, stop, |g, w| {
        let n = g.op(Opcode::DictGet, vec![v(counts), v(w), int(0)], Type::Int);
        let n1 = g.op(Opcode::IntAdd, vec![v(n), int(1)], Type::Int);
        g.emit(Opcode::DictSetItem, vec![v(counts), v(w), v(n1)]);
    });
    let pairs = g.op(Opcode::NewList, vec![], Type::list(pair.clone()));
    let items = g.op(Opcode::DictItems, vec![v(counts)], Type::list(pair.clone()));
    g.for_each(v(items), IterKind::List, pair.clone(), stop, |g, it| {
        let w = g.op(Opcode::TupleGetItem(0), vec![v(it)], Type::Str);
        let n = g.op(Opcode::TupleGetItem(1), vec![v(it)], Type::Int);
        let neg = g.op(Opcode::IntNeg, vec![v(n)], Type::Int);
        let t = g.op(Opcode::NewTuple, vec![v(neg), v(w)], pair.clone());
        g.emit(Opcode::ListAppend, vec![v(pairs), v(t)]);
    });
    g.emit(Opcode::ListSort, vec![v(pairs)]);
    g.print(v(pairs));
    g.for_each(v(pairs), IterKind::List, pair.clone(), stop, |g, it| {
        let n = g.op(Opcode::TupleGetItem(0), vec![v(it)], Type::Int);
        let w = g.op(Opcode::TupleGetItem(1), vec![v(it)], Type::Str);
        let n = g.op(Opcode::IntNeg, vec![v(n)], Type::Int);
        let spec = FormatSpec {
            fill: '.',
            align: Some('<'),
            plus: false,
            zero_pad: false,
            width: 6,
            precision: None,
            kind: None,
        };
        let padded = g.op(Opcode::Format(spec), vec![v(w)], Type::Str);
        let num = g.op(Opcode::ToStr, vec![v(n)], Type::Str);
        let line = g.op(Opcode::StrConcat, vec![v(padded), v(num)], Type::Str);
        g.print(v(line));
    });
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(
        out,
        "[(-3, 'the'), (-2, 'cat'), (-1, 'dog'), (-1, 'end')]\nthe...3\ncat...2\ndog...1\nend...1\n"
    );
    assert_eq!(outcome, Outcome::Exit(0));
}

/// A linked list of Node(value, next) built in a loop, summed by a
/// recursive method, then cut short by an exception from a method.
#[test]
fn linked_list_with_methods() {
    let mut p = ProgramBuilder::new();
    let stop = p.exc("StopIteration");
    let value_error = p.exc("ValueError");
    let node = p.class("Node", None, &[("value", Type::Int)]);
    p.program.classes[node.0 as usize].fields.push(Field {
        name: "next".into(),
        ty: Type::Instance(node),
    });

    // def total(self): rest = 0 if self.next is None else self.next.total(); return self.value + rest
    let (mut g, this) = GraphBuilder::new("test.Node.total", &[Type::Instance(node)], Type::Int);
    let nx = g.op(
        Opcode::GetField("next".into()),
        vec![v(this[0])],
        Type::Instance(node),
    );
    let has = g.op(Opcode::IsTrue, vec![v(nx)], Type::Bool);
    let (rec, _) = g.block(&[]);
    let (add, av) = g.block(&[Type::Int]);
    g.exit(Exit::Branch {
        cond: v(has),
        if_true: link(rec, vec![]),
        if_false: link(add, vec![int(0)]),
    });
    g.switch(rec);
    let r = g.op(Opcode::MethodCall("total".into()), vec![v(nx)], Type::Int);
    g.exit(Exit::Goto(link(add, vec![v(r)])));
    g.switch(add);
    let own = g.op(
        Opcode::GetField("value".into()),
        vec![v(this[0])],
        Type::Int,
    );
    let sum = g.op(Opcode::IntAdd, vec![v(own), v(av[0])], Type::Int);
    g.ret(v(sum));
    p.method(node, "total", g.finish());

    // def check(self): if self.value > 5: raise ValueError("too big: " + str(self.value))
    let (mut g, this) = GraphBuilder::new("test.Node.check", &[Type::Instance(node)], Type::Void);
    let val = g.op(
        Opcode::GetField("value".into()),
        vec![v(this[0])],
        Type::Int,
    );
    let big = g.op(Opcode::IntGt, vec![v(val), int(5)], Type::Bool);
    let (raise, _) = g.block(&[]);
    let (fine, _) = g.block(&[]);
    g.exit(Exit::Branch {
        cond: v(big),
        if_true: link(raise, vec![]),
        if_false: link(fine, vec![]),
    });
    g.switch(raise);
    let text = g.op(Opcode::ToStr, vec![v(val)], Type::Str);
    let msg = g.op(Opcode::StrConcat, vec![s("too big: "), v(text)], Type::Str);
    let e = g.op(
        Opcode::New(value_error),
        vec![],
        Type::Instance(value_error),
    );
    g.emit(Opcode::SetField("message".into()), vec![v(e), v(msg)]);
    g.exit(Exit::Raise(v(e)));
    g.switch(fine);
    g.ret(c(Const::Void));
    p.method(node, "check", g.finish());

    let (mut g, _) = entry();
    let head = g.op(Opcode::SameAs, vec![null()], Type::Instance(node));
    let cell = g.op(
        Opcode::NewList,
        vec![v(head)],
        Type::list(Type::Instance(node)),
    );
    let r = g.op(Opcode::NewRange, vec![int(1), int(11), int(1)], Type::Range);
    g.for_each(v(r), IterKind::Range, Type::Int, stop, |g, i| {
        let n = g.op(Opcode::New(node), vec![], Type::Instance(node));
        g.emit(Opcode::SetField("value".into()), vec![v(n), v(i)]);
        let old = g.op(
            Opcode::ListGetItem,
            vec![v(cell), int(0)],
            Type::Instance(node),
        );
        g.emit(Opcode::SetField("next".into()), vec![v(n), v(old)]);
        g.emit(Opcode::ListSetItem, vec![v(cell), int(0), v(n)]);
    });
    let first = g.op(
        Opcode::ListGetItem,
        vec![v(cell), int(0)],
        Type::Instance(node),
    );
    let total = g.op(
        Opcode::MethodCall("total".into()),
        vec![v(first)],
        Type::Int,
    );
    g.print(v(total));
    g.emit(Opcode::MethodCall("check".into()), vec![v(first)]);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "55\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "ValueError".into(),
            message: "too big: 10".into()
        }
    );
}
