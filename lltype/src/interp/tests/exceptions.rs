//! Exceptions: caught, uncaught, re-raised, user classes, handler order.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

/// try: 1 // 0  except ZeroDivisionError as e: print(e)
#[test]
fn op_error_caught_by_handler() {
    let mut p = ProgramBuilder::new();
    let zde = p.exc("ZeroDivisionError");
    let lookup = p.exc("LookupError");
    let (mut g, _) = entry();
    g.op(Opcode::IntFloorDiv, vec![int(1), int(0)], Type::Int);
    let (ok, _) = g.block(&[]);
    let (h, hv) = g.block(&[Type::Instance(zde)]);
    g.exit(Exit::Catch {
        normal: link(ok, vec![]),
        handlers: vec![
            Handler {
                class: Some(lookup),
                link: link(ok, vec![]),
            },
            Handler {
                class: Some(zde),
                link: Link {
                    target: h,
                    args: vec![LinkArg::CaughtException],
                },
            },
        ],
    });
    g.switch(ok);
    g.ret(int(1));
    g.switch(h);
    g.print(v(hv[0]));
    let r = g.op(Opcode::Repr, vec![v(hv[0])], Type::Str);
    g.print(v(r));
    let name = g.op(Opcode::ClassName, vec![v(hv[0])], Type::Str);
    g.print(v(name));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(
        out,
        "integer division or modulo by zero\nZeroDivisionError('integer division or modulo by zero')\nZeroDivisionError\n"
    );
    assert_eq!(outcome, Outcome::Exit(0));
}

#[test]
fn uncaught_exception_is_fatal_and_output_is_flushed() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    g.print(s("before"));
    let l = g.op(Opcode::NewList, vec![int(1)], Type::list(Type::Int));
    g.op(Opcode::ListGetItem, vec![v(l), int(5)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "before\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "IndexError".into(),
            message: "list index out of range".into()
        }
    );
}

/// class MyError(Exception); def g(): raise MyError("boom")
/// def f(): try: g() except MyError as e: raise e   (re-raise)
/// entry: try: f() except Exception as e: print(ClassName(e), e)
#[test]
fn user_exception_raised_reraised_and_caught_by_base_class() {
    let mut p = ProgramBuilder::new();
    let exc = p.exc("Exception");
    let my = p.class("MyError", Some(exc), &[]);

    let (mut g, _) = GraphBuilder::new("test.g", &[], Type::Void);
    let e = g.op(Opcode::New(my), vec![], Type::Instance(my));
    g.emit(Opcode::SetField("message".into()), vec![v(e), s("boom")]);
    g.exit(Exit::Raise(v(e)));
    let gid = p.add(g.finish());

    let (mut f, _) = GraphBuilder::new("test.f", &[], Type::Void);
    f.emit(Opcode::DirectCall(gid), vec![]);
    let (ok, _) = f.block(&[]);
    let (h, hv) = f.block(&[Type::Instance(my)]);
    f.exit(Exit::Catch {
        normal: link(ok, vec![]),
        handlers: vec![Handler {
            class: Some(my),
            link: Link {
                target: h,
                args: vec![LinkArg::CaughtException],
            },
        }],
    });
    f.switch(ok);
    f.ret(c(Const::Void));
    f.switch(h);
    f.print(s("re-raising"));
    f.exit(Exit::Raise(v(hv[0])));
    let fid = p.add(f.finish());

    let (mut m, _) = entry();
    m.emit(Opcode::DirectCall(fid), vec![]);
    let (ok, _) = m.block(&[]);
    let (h, hv) = m.block(&[Type::Instance(exc)]);
    m.exit(Exit::Catch {
        normal: link(ok, vec![]),
        handlers: vec![Handler {
            class: None,
            link: Link {
                target: h,
                args: vec![LinkArg::CaughtException],
            },
        }],
    });
    m.switch(ok);
    m.ret(int(1));
    m.switch(h);
    let name = m.op(Opcode::ClassName, vec![v(hv[0])], Type::Str);
    m.print(v(name));
    m.print(v(hv[0]));
    let is_exc = m.op(Opcode::InstanceOf(exc), vec![v(hv[0])], Type::Bool);
    m.print(v(is_exc));
    // An uncaught user exception reports its own class name.
    m.emit(Opcode::DirectCall(gid), vec![]);
    m.ret(int(0));
    let id = p.add(m.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "re-raising\nMyError\nboom\nTrue\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "MyError".into(),
            message: "boom".into()
        }
    );
}

/// A handler that does not match lets the exception propagate; and only the
/// last op of a Catch block is covered by its handlers.
#[test]
fn unmatched_handlers_and_earlier_ops_propagate() {
    for raising_first in [false, true] {
        let mut p = ProgramBuilder::new();
        let key = p.exc("KeyError");
        let (mut g, _) = entry();
        let d = g.op(Opcode::NewDict, vec![], Type::dict(Type::Str, Type::Int));
        if raising_first {
            g.op(Opcode::DictGetItem, vec![v(d), s("k")], Type::Int);
            g.op(Opcode::IntAdd, vec![int(1), int(1)], Type::Int);
        } else {
            g.op(Opcode::IntFloorDiv, vec![int(1), int(0)], Type::Int);
        }
        let (ok, _) = g.block(&[]);
        let (h, _) = g.block(&[]);
        g.exit(Exit::Catch {
            normal: link(ok, vec![]),
            handlers: vec![Handler {
                class: Some(key),
                link: link(h, vec![]),
            }],
        });
        g.switch(ok);
        g.ret(int(1));
        g.switch(h);
        g.ret(int(2));
        let id = p.add(g.finish());
        let (outcome, _) = p.run(id);
        let expected = if raising_first {
            Outcome::Fatal {
                class: "KeyError".into(),
                message: "'k'".into(),
            }
        } else {
            Outcome::Fatal {
                class: "ZeroDivisionError".into(),
                message: "integer division or modulo by zero".into(),
            }
        };
        assert_eq!(outcome, expected);
    }
}

#[test]
fn os_errors_have_cpython_messages() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    g.print(s("a"));
    let data = g.op(Opcode::StrEncodeUtf8, vec![s("b\n")], Type::Bytes);
    let n = g.op(Opcode::OsWrite, vec![int(1), v(data)], Type::Int);
    g.print(v(n));
    g.op(
        Opcode::OsOpen,
        vec![s("/nonexistent/x"), int(0), int(0o644)],
        Type::Int,
    );
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "a\nb\n2\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "FileNotFoundError".into(),
            message: "[Errno 2] No such file or directory: '/nonexistent/x'".into()
        }
    );
}

#[test]
fn os_open_write_read_close_roundtrip() {
    let path = std::env::temp_dir().join(format!("interp-test-{}.txt", std::process::id()));
    let path_s = path.to_str().unwrap().to_string();
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    // O_WRONLY | O_CREAT | O_TRUNC
    let fd = g.op(
        Opcode::OsOpen,
        vec![s(&path_s), int(0o1101), int(0o644)],
        Type::Int,
    );
    let data = g.op(Opcode::StrEncodeUtf8, vec![s("héllo")], Type::Bytes);
    g.op(Opcode::OsWrite, vec![v(fd), v(data)], Type::Int);
    g.emit(Opcode::OsClose, vec![v(fd)]);
    let fd2 = g.op(Opcode::OsOpen, vec![s(&path_s), int(0), int(0)], Type::Int);
    let got = g.op(Opcode::OsRead, vec![v(fd2), int(100)], Type::Bytes);
    g.print(v(got));
    let text = g.op(Opcode::BytesDecodeUtf8, vec![v(got)], Type::Str);
    g.print(v(text));
    g.emit(Opcode::OsClose, vec![v(fd2)]);
    g.emit(Opcode::OsClose, vec![v(fd2)]);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    let _ = std::fs::remove_file(&path);
    assert_eq!(out, "b'h\\xc3\\xa9llo'\nhéllo\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "OSError".into(),
            message: "[Errno 9] Bad file descriptor".into()
        }
    );
}

/// Operations on None raise what CPython raises (catchable, unlike a crash),
/// and an optional str compares equal to None only when it is None.
#[test]
fn none_operands() {
    let cases: Vec<(Opcode, Vec<Value>, &str, &str)> = vec![
        (
            Opcode::ListLen,
            vec![null()],
            "TypeError",
            "object of type 'NoneType' has no len()",
        ),
        (
            Opcode::ListGetItem,
            vec![null(), int(0)],
            "TypeError",
            "'NoneType' object is not subscriptable",
        ),
        (
            Opcode::ListAppend,
            vec![null(), int(0)],
            "AttributeError",
            "'NoneType' object has no attribute 'append'",
        ),
        (
            Opcode::DictGet,
            vec![null(), int(0), int(0)],
            "AttributeError",
            "'NoneType' object has no attribute 'get'",
        ),
        (
            Opcode::StrSplit,
            vec![null(), null()],
            "AttributeError",
            "'NoneType' object has no attribute 'split'",
        ),
        (
            Opcode::NewIter(IterKind::List),
            vec![null()],
            "TypeError",
            "'NoneType' object is not iterable",
        ),
        (
            Opcode::StrConcat,
            vec![s("a"), null()],
            "TypeError",
            "can only concatenate str (not \"NoneType\") to str",
        ),
    ];
    for (op, args, class, message) in cases {
        let mut p = ProgramBuilder::new();
        let (mut g, _) = entry();
        g.op(op.clone(), args, Type::Int);
        g.ret(int(0));
        let id = p.add(g.finish());
        let (outcome, _) = p.run(id);
        assert_eq!(
            outcome,
            Outcome::Fatal {
                class: class.into(),
                message: message.into()
            },
            "{op:?}"
        );
    }

    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let none = g.op(Opcode::SameAs, vec![null()], Type::Str);
    for (x, y) in [
        (v(none), null()),
        (s("a"), null()),
        (v(none), s("a")),
        (s("a"), s("a")),
    ] {
        let eq = g.op(Opcode::StrEq, vec![x, y], Type::Bool);
        g.print(v(eq));
    }
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "True\nFalse\nFalse\nTrue\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// An op's exception raised two calls down, caught by a base-class handler
/// that looks at the instance.
#[test]
fn op_exception_propagates_through_calls() {
    let mut p = ProgramBuilder::new();
    let lookup = p.exc("LookupError");
    let (mut g, _) = GraphBuilder::new("test.g", &[], Type::Int);
    let d = g.op(
        Opcode::NewDict,
        vec![s("a"), int(1)],
        Type::dict(Type::Str, Type::Int),
    );
    let r = g.op(Opcode::DictGetItem, vec![v(d), s("zz")], Type::Int);
    g.ret(v(r));
    let gid = p.add(g.finish());
    let (mut f, _) = GraphBuilder::new("test.f", &[], Type::Int);
    let r = f.op(Opcode::DirectCall(gid), vec![], Type::Int);
    f.ret(v(r));
    let fid = p.add(f.finish());
    let (mut m, _) = entry();
    m.op(Opcode::DirectCall(fid), vec![], Type::Int);
    let (ok, _) = m.block(&[]);
    let (h, hv) = m.block(&[Type::Instance(lookup)]);
    m.exit(Exit::Catch {
        normal: link(ok, vec![]),
        handlers: vec![Handler {
            class: Some(lookup),
            link: Link {
                target: h,
                args: vec![LinkArg::CaughtException],
            },
        }],
    });
    m.switch(ok);
    m.ret(int(1));
    m.switch(h);
    let name = m.op(Opcode::ClassName, vec![v(hv[0])], Type::Str);
    m.print(v(name));
    m.print(v(hv[0]));
    m.ret(int(0));
    let id = p.add(m.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "KeyError\n'zz'\n");
    assert_eq!(outcome, Outcome::Exit(0));
}
