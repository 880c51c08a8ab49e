//! Lists, dicts and tuples.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

fn dict_ty() -> Type {
    Type::dict(Type::Str, Type::Int)
}

#[test]
fn dict_keeps_insertion_order_across_deletion() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let d = g.op(
        Opcode::NewDict,
        vec![s("a"), int(1), s("b"), int(2)],
        dict_ty(),
    );
    g.emit(Opcode::DictSetItem, vec![v(d), s("c"), int(3)]);
    g.emit(Opcode::DictDelItem, vec![v(d), s("b")]);
    g.emit(Opcode::DictSetItem, vec![v(d), s("a"), int(10)]);
    g.emit(Opcode::DictSetItem, vec![v(d), s("b"), int(4)]);
    g.print(v(d));
    let keys = g.op(Opcode::DictKeys, vec![v(d)], Type::list(Type::Str));
    g.print(v(keys));
    let items = g.op(
        Opcode::DictItems,
        vec![v(d)],
        Type::list(Type::tuple(vec![Type::Str, Type::Int])),
    );
    g.print(v(items));
    let got = g.op(Opcode::DictGet, vec![v(d), s("zz"), int(-1)], Type::Int);
    g.print(v(got));
    let popped = g.op(Opcode::DictPop, vec![v(d), s("a")], Type::Int);
    g.print(v(popped));
    let sd = g.op(
        Opcode::DictSetDefault,
        vec![v(d), s("e"), int(5)],
        Type::Int,
    );
    g.print(v(sd));
    let len = g.op(Opcode::DictLen, vec![v(d)], Type::Int);
    g.print(v(len));
    let has = g.op(Opcode::DictContains, vec![v(d), s("c")], Type::Bool);
    g.print(v(has));
    g.print(v(d));
    g.op(Opcode::DictGetItem, vec![v(d), s("a")], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(
        out,
        "{'a': 10, 'c': 3, 'b': 4}\n['a', 'c', 'b']\n[('a', 10), ('c', 3), ('b', 4)]\n-1\n10\n5\n3\nTrue\n\
         {'c': 3, 'b': 4, 'e': 5}\n"
    );
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "KeyError".into(),
            message: "'a'".into()
        }
    );
}

/// Many deletions force compaction; order must survive it.
#[test]
fn dict_order_survives_compaction() {
    use crate::interp::dict::Dict;
    use crate::interp::value::Value;
    let mut d = Dict::new();
    for i in 0..100 {
        d.insert(Value::Int(i), Value::Int(i * i));
    }
    for i in (0..100).filter(|i| i % 3 != 0) {
        assert!(d.remove(&Value::Int(i)).is_some());
    }
    d.insert(Value::Int(1), Value::Int(-1));
    let keys: Vec<i64> = d.iter().map(|(k, _)| k.as_int()).collect();
    let mut expected: Vec<i64> = (0..100).filter(|i| i % 3 == 0).collect();
    expected.push(1);
    assert_eq!(keys, expected);
    assert_eq!(d.get(&Value::Int(99)).map(|v| v.as_int()), Some(99 * 99));
}

/// 1, 1.0 and True are the same key; -0.0 and 0.0 too; tuples by value.
#[test]
fn dict_keys_use_python_equality() {
    use crate::interp::dict::Dict;
    use crate::interp::value::Value;
    let mut d = Dict::new();
    d.insert(Value::Int(1), Value::str("int"));
    d.insert(Value::Float(1.0), Value::str("float"));
    d.insert(Value::Bool(true), Value::str("bool"));
    d.insert(Value::Float(-0.0), Value::str("zero"));
    assert_eq!(d.len(), 2);
    assert_eq!(d.get(&Value::Int(0)).unwrap().as_text().as_str(), "zero");
    assert_eq!(d.get(&Value::Int(1)).unwrap().as_text().as_str(), "bool");
    let t = |a: i64, b: &str| Value::Tuple(vec![Value::Int(a), Value::str(b)].into());
    d.insert(t(1, "x"), Value::Int(5));
    assert_eq!(d.get(&t(1, "x")).unwrap().as_int(), 5);
    assert!(d.get(&t(1, "y")).is_none());
}

#[test]
fn list_operations() {
    let mut p = ProgramBuilder::new();
    let lt = Type::list(Type::Int);
    let (mut g, _) = entry();
    let l = g.op(Opcode::NewList, vec![int(5), int(3), int(9)], lt.clone());
    g.emit(Opcode::ListAppend, vec![v(l), int(1)]);
    g.emit(Opcode::ListInsert, vec![v(l), int(-100), int(7)]);
    g.print(v(l));
    g.emit(Opcode::ListSort, vec![v(l)]);
    g.print(v(l));
    let popped = g.op(Opcode::ListPop, vec![v(l), int(-1)], Type::Int);
    g.print(v(popped));
    let sl = g.op(
        Opcode::ListSlice,
        vec![v(l), int(1), int(i64::MAX)],
        lt.clone(),
    );
    g.print(v(sl));
    let sl2 = g.op(
        Opcode::ListSlice,
        vec![v(l), int(i64::MIN), int(-2)],
        lt.clone(),
    );
    g.print(v(sl2));
    g.emit(Opcode::ListReverse, vec![v(l)]);
    g.emit(Opcode::ListExtend, vec![v(l), v(l)]);
    g.print(v(l));
    let idx = g.op(Opcode::ListIndex, vec![v(l), int(3)], Type::Int);
    g.print(v(idx));
    let cnt = g.op(Opcode::ListCount, vec![v(l), int(5)], Type::Int);
    g.print(v(cnt));
    g.emit(Opcode::ListRemove, vec![v(l), int(5)]);
    g.emit(Opcode::ListDelItem, vec![v(l), int(0)]);
    g.emit(Opcode::ListSetItem, vec![v(l), int(-1), int(42)]);
    g.print(v(l));
    let m = g.op(Opcode::ListMul, vec![v(sl2), int(2)], lt.clone());
    g.print(v(m));
    let eq = g.op(Opcode::Eq, vec![v(m), v(m)], Type::Bool);
    g.print(v(eq));
    let e = g.op(Opcode::NewList, vec![], lt.clone());
    g.op(Opcode::ListPop, vec![v(e), int(-1)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(
        out,
        "[7, 5, 3, 9, 1]\n[1, 3, 5, 7, 9]\n9\n[3, 5, 7]\n[1, 3]\n[7, 5, 3, 1, 7, 5, 3, 1]\n2\n2\n\
         [3, 1, 7, 5, 3, 42]\n[1, 3, 1, 3]\nTrue\n"
    );
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "IndexError".into(),
            message: "pop from empty list".into()
        }
    );
}

#[test]
fn sort_is_stable_and_survives_nan() {
    use crate::interp::compare::sort_values;
    use crate::interp::value::Value;
    let mut items: Vec<Value> = (0..200)
        .map(|i| Value::Tuple(vec![Value::Int((i * 7919) % 13), Value::Int(i)].into()))
        .collect();
    // Sort by the first item only would need a key; tuples sort fully, so
    // check against std's sort of the same pairs.
    let mut expected: Vec<(i64, i64)> = (0..200).map(|i| ((i * 7919) % 13, i)).collect();
    expected.sort();
    sort_values(&mut items);
    let got: Vec<(i64, i64)> = items
        .iter()
        .map(|t| (t.as_tuple()[0].as_int(), t.as_tuple()[1].as_int()))
        .collect();
    assert_eq!(got, expected);
    let mut floats: Vec<Value> = [3.0, f64::NAN, 1.0, 2.0, f64::NAN, 0.5]
        .iter()
        .map(|f| Value::Float(*f))
        .collect();
    sort_values(&mut floats);
    assert_eq!(floats.len(), 6);
}

/// for k in d: d[k+"x"] = 1 -> RuntimeError, as CPython.
#[test]
fn dict_iteration_and_mutation_during_iteration() {
    let mut p = ProgramBuilder::new();
    let stop = p.exc("StopIteration");
    let (mut g, _) = entry();
    let d = g.op(
        Opcode::NewDict,
        vec![s("a"), int(1), s("b"), int(2)],
        dict_ty(),
    );
    let ity = Type::Iter(IterKind::DictKeys, Type::Str.into());
    let it = g.op(Opcode::NewIter(IterKind::DictKeys), vec![v(d)], ity.clone());
    let (head, hv) = g.block(std::slice::from_ref(&ity));
    let (body, bv) = g.block(&[ity.clone(), Type::Str]);
    let (done, _) = g.block(&[]);
    g.exit(Exit::Goto(link(head, vec![v(it)])));
    g.switch(head);
    let k = g.op(Opcode::IterNext, vec![v(hv[0])], Type::Str);
    g.exit(Exit::Catch {
        normal: link(body, vec![v(hv[0]), v(k)]),
        handlers: vec![Handler {
            class: Some(stop),
            link: link(done, vec![]),
        }],
    });
    g.switch(body);
    g.print(v(bv[1]));
    let nk = g.op(Opcode::StrConcat, vec![v(bv[1]), s("x")], Type::Str);
    g.emit(Opcode::DictSetItem, vec![v(d), v(nk), int(0)]);
    g.exit(Exit::Goto(link(head, vec![v(bv[0])])));
    g.switch(done);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "a\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "RuntimeError".into(),
            message: "dictionary changed size during iteration".into()
        }
    );
}

/// A list iterator sees items appended during the loop; once exhausted it
/// stays exhausted (CPython's behaviour).
#[test]
fn list_iteration_sees_appends_and_stays_exhausted() {
    let mut p = ProgramBuilder::new();
    let stop = p.exc("StopIteration");
    let lt = Type::list(Type::Int);
    let (mut g, _) = entry();
    let l = g.op(Opcode::NewList, vec![int(1), int(2)], lt.clone());
    let ity = Type::Iter(IterKind::List, Type::Int.into());
    let it = g.op(Opcode::NewIter(IterKind::List), vec![v(l)], ity.clone());
    let (head, _) = g.block(&[]);
    let (body, bv) = g.block(&[Type::Int]);
    let (done, _) = g.block(&[]);
    g.exit(Exit::Goto(link(head, vec![])));
    g.switch(head);
    let x = g.op(Opcode::IterNext, vec![v(it)], Type::Int);
    g.exit(Exit::Catch {
        normal: link(body, vec![v(x)]),
        handlers: vec![Handler {
            class: Some(stop),
            link: link(done, vec![]),
        }],
    });
    g.switch(body);
    g.print(v(bv[0]));
    let small = g.op(Opcode::IntLt, vec![v(bv[0]), int(3)], Type::Bool);
    let (grow, _) = g.block(&[]);
    g.exit(Exit::Branch {
        cond: v(small),
        if_true: link(grow, vec![]),
        if_false: link(head, vec![]),
    });
    g.switch(grow);
    let y = g.op(Opcode::IntAdd, vec![v(bv[0]), int(10)], Type::Int);
    g.emit(Opcode::ListAppend, vec![v(l), v(y)]);
    g.exit(Exit::Goto(link(head, vec![])));
    g.switch(done);
    g.emit(Opcode::ListAppend, vec![v(l), int(99)]);
    g.op(Opcode::IterNext, vec![v(it)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "1\n2\n11\n12\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "StopIteration".into(),
            message: "".into()
        }
    );
}
