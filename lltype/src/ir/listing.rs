//! A readable text listing of a typed program (`rpython dump`).

use std::fmt::Write;

use super::{Const, Exit, Graph, Link, LinkArg, Program, Value};

fn value(v: &Value) -> String {
    match v {
        Value::Var(v) => format!("v{}", v.0),
        Value::Const(c) => match c {
            Const::Void => "void".into(),
            Const::Bool(b) => b.to_string(),
            Const::Int(i) => i.to_string(),
            Const::Float(f) => format!("{f:?}"),
            Const::Str(s) => format!("{s:?}"),
            Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Const::Null => "null".into(),
            Const::Func(g) => format!("@g{}", g.0),
            Const::Prebuilt(p) => format!("&p{}", p.0),
        },
    }
}

fn link(l: &Link) -> String {
    let args: Vec<String> = l
        .args
        .iter()
        .map(|a| match a {
            LinkArg::Value(v) => value(v),
            LinkArg::CaughtException => "exc".into(),
        })
        .collect();
    format!("b{}({})", l.target.0, args.join(", "))
}

pub fn graph_listing(g: &Graph) -> String {
    let mut out = String::new();
    let params: Vec<String> = g
        .params()
        .iter()
        .map(|p| format!("v{}: {}", p.0, g.var_type(*p)))
        .collect();
    let _ = writeln!(
        out,
        "graph {} ({}) -> {}   # {}",
        g.name,
        params.join(", "),
        g.ret,
        g.origin
    );
    for (i, b) in g.blocks.iter().enumerate() {
        let params: Vec<String> = b
            .params
            .iter()
            .map(|p| format!("v{}: {}", p.0, g.var_type(*p)))
            .collect();
        let _ = writeln!(out, "  b{i}({}):", params.join(", "));
        for op in &b.ops {
            let args: Vec<String> = op.args.iter().map(value).collect();
            let _ = writeln!(
                out,
                "    v{}: {} = {}({})",
                op.result.0,
                g.var_type(op.result),
                opcode_text(&op.opcode),
                args.join(", ")
            );
        }
        let exit = match &b.exit {
            Exit::Goto(l) => format!("goto {}", link(l)),
            Exit::Branch {
                cond,
                if_true,
                if_false,
            } => {
                format!(
                    "if {} then {} else {}",
                    value(cond),
                    link(if_true),
                    link(if_false)
                )
            }
            Exit::Return(v) => format!("return {}", value(v)),
            Exit::Raise(v) => format!("raise {}", value(v)),
            Exit::Catch { normal, handlers } => {
                let hs: Vec<String> = handlers
                    .iter()
                    .map(|h| {
                        format!(
                            "{} -> {}",
                            h.class
                                .map_or("*".to_string(), |c| format!("class#{}", c.0)),
                            link(&h.link)
                        )
                    })
                    .collect();
                format!("catch normal {} except [{}]", link(normal), hs.join(", "))
            }
        };
        let _ = writeln!(out, "    {exit}");
    }
    out
}

pub fn listing(p: &Program) -> String {
    let mut out = String::new();
    for (i, c) in p.classes.iter().enumerate() {
        if c.builtin && c.fields.is_empty() {
            continue;
        }
        let fields: Vec<String> = c
            .fields
            .iter()
            .map(|f| format!("{}: {}", f.name, f.ty))
            .collect();
        let _ = writeln!(
            out,
            "class#{i} {} base={:?} fields=[{}] methods={:?}",
            c.qualname,
            c.base.map(|b| b.0),
            fields.join(", "),
            c.methods.keys().collect::<Vec<_>>()
        );
    }
    for (i, g) in p.graphs.iter().enumerate() {
        let _ = write!(out, "\n# g{i}\n{}", graph_listing(g));
    }
    out
}

/// `get_field[x]`: the opcode's name with its immediate operand, if any.
fn opcode_text(opcode: &super::Opcode) -> String {
    use super::Opcode::*;
    let payload = match opcode {
        GetField(n) | SetField(n) | GetClassAttr(n) | MethodCall(n) | GetMethod(n) => n.clone(),
        New(c) | InstanceOf(c) | Downcast(c) => format!("class#{}", c.0),
        DirectCall(g) => format!("g{}", g.0),
        TupleGetItem(i) => i.to_string(),
        NewIter(kind) => format!("{kind:?}"),
        Math(f) => format!("{f:?}").to_lowercase(),
        Format(spec) => format!("{spec:?}"),
        _ => return opcode.name(),
    };
    format!("{}[{payload}]", opcode.name())
}
