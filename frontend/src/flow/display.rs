//! A readable text form of flow graphs, for debugging and tests:
//!
//! ```text
//! block0(v0:n):
//!   v1 = binop.Add v0, 1
//!   return v1
//! ```

use std::fmt::{self, Display, Formatter, Write};

use crate::flowgraph::{Exit, FlowGraph, Link, LinkArg, OpKind, Operand};
use crate::program::Constant;

/// Short text of a constant (ids for program entities).
pub fn constant_text(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Str(s) => format!("{:?}", &**s),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(t) => {
            let items: Vec<String> = t.iter().map(constant_text).collect();
            format!(
                "({}{})",
                items.join(", "),
                if t.len() == 1 { "," } else { "" }
            )
        }
        Constant::List(l) => format!("list#{}", l.0),
        Constant::Dict(d) => format!("dict#{}", d.0),
        Constant::Function(f) => format!("func#{}", f.0),
        Constant::Class(c) => format!("class#{}", c.0),
        Constant::Instance(i) => format!("inst#{}", i.0),
        Constant::Module(m) => format!("module#{}", m.0),
        Constant::Builtin(b) => format!("{b:?}"),
        Constant::Undefined => "undef".into(),
    }
}

pub fn operand_text(o: &Operand) -> String {
    match o {
        Operand::Var(v) => format!("v{}", v.0),
        Operand::Const(c) => constant_text(c),
    }
}

fn kind_text(k: &OpKind) -> String {
    let call_extra = |keywords: &[String], star: bool| {
        let mut s = String::new();
        if !keywords.is_empty() {
            let _ = write!(s, "[kw={}]", keywords.join(","));
        }
        if star {
            s.push_str("[*]");
        }
        s
    };
    match k {
        OpKind::BinOp(op) => format!("binop.{op:?}"),
        OpKind::InplaceBinOp(op) => format!("inplace.{op:?}"),
        OpKind::Unary(op) => format!("unary.{op:?}"),
        OpKind::Compare(op) => format!("compare.{op:?}"),
        OpKind::Truth => "truth".into(),
        OpKind::GetAttr(a) => format!("getattr.{a}"),
        OpKind::SetAttr(a) => format!("setattr.{a}"),
        OpKind::GetItem => "getitem".into(),
        OpKind::SetItem => "setitem".into(),
        OpKind::DelItem => "delitem".into(),
        OpKind::GetSlice => "getslice".into(),
        OpKind::Call { keywords, star } => format!("call{}", call_extra(keywords, *star)),
        OpKind::CallMethod {
            name,
            keywords,
            star,
        } => format!("callmethod.{name}{}", call_extra(keywords, *star)),
        OpKind::CallSuper {
            class,
            name,
            keywords,
            star,
        } => {
            format!(
                "callsuper.class#{}.{name}{}",
                class.0,
                call_extra(keywords, *star)
            )
        }
        OpKind::NewList => "newlist".into(),
        OpKind::NewTuple => "newtuple".into(),
        OpKind::NewDict => "newdict".into(),
        OpKind::Iter => "iter".into(),
        OpKind::Next => "next".into(),
        OpKind::FormatValue { conversion, spec } => format!("format[{conversion:?},{spec:?}]"),
        OpKind::BuildString => "buildstring".into(),
        OpKind::Narrow(c) => format!("narrow.class#{}", c.0),
        OpKind::NarrowNotNone => "narrow_not_none".into(),
        OpKind::SameAs => "same_as".into(),
    }
}

fn link_text(l: &Link) -> String {
    let args: Vec<String> = l
        .args
        .iter()
        .map(|a| match a {
            LinkArg::Operand(o) => operand_text(o),
            LinkArg::CaughtException => "exc".into(),
        })
        .collect();
    format!("block{}({})", l.target.0, args.join(", "))
}

impl Display for FlowGraph {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        for (i, b) in self.blocks.iter().enumerate() {
            let params: Vec<String> = b
                .params
                .iter()
                .map(
                    |v| match self.var_names.get(v.0 as usize).cloned().flatten() {
                        Some(n) => format!("v{}:{n}", v.0),
                        None => format!("v{}", v.0),
                    },
                )
                .collect();
            let start = if i as u32 == self.start.0 {
                " (start)"
            } else {
                ""
            };
            writeln!(f, "block{i}({}){start}:", params.join(", "))?;
            for op in &b.ops {
                let args: Vec<String> = op.args.iter().map(operand_text).collect();
                writeln!(
                    f,
                    "  v{} = {} {}",
                    op.result.0,
                    kind_text(&op.kind),
                    args.join(", ")
                )?;
            }
            match &b.exit {
                Exit::Goto(l) => writeln!(f, "  goto {}", link_text(l))?,
                Exit::Branch {
                    cond,
                    if_true,
                    if_false,
                } => writeln!(
                    f,
                    "  branch {} ? {} : {}",
                    operand_text(cond),
                    link_text(if_true),
                    link_text(if_false)
                )?,
                Exit::Return(v) => writeln!(f, "  return {}", operand_text(v))?,
                Exit::Raise(v) => writeln!(f, "  raise {}", operand_text(v))?,
                Exit::Catch { normal, handlers } => {
                    write!(f, "  catch {}", link_text(normal))?;
                    for h in handlers {
                        match h.class {
                            Some(c) => write!(f, " | class#{}: {}", c.0, link_text(&h.link))?,
                            None => write!(f, " | *: {}", link_text(&h.link))?,
                        }
                    }
                    writeln!(f)?;
                }
                Exit::Unfinished => writeln!(f, "  <unfinished>")?,
            }
        }
        Ok(())
    }
}

/// A text dump of a whole loaded program: modules and their globals, classes,
/// prebuilt constants and every function's graph (ids as in the graphs).
pub fn dump_program(p: &crate::program::Program) -> String {
    let mut out = String::new();
    for (i, m) in p.modules.iter().enumerate() {
        let _ = writeln!(
            out,
            "module#{i} {}{}",
            m.name,
            if m.file.is_none() { " (library)" } else { "" }
        );
        if m.file.is_some() {
            for (name, c) in &m.globals {
                let _ = writeln!(out, "  {name} = {}", constant_text(c));
            }
        }
    }
    for (i, c) in p.classes.iter().enumerate().filter(|(_, c)| !c.builtin) {
        let base = c.base.map_or("-".to_string(), |b| format!("class#{}", b.0));
        let _ = writeln!(out, "class#{i} {} (base {base})", c.qualname);
        for (name, v) in &c.attrs {
            let _ = writeln!(out, "  {name} = {}", constant_text(v));
        }
        for (name, f) in &c.methods {
            let _ = writeln!(out, "  def {name} = func#{}", f.0);
        }
    }
    for (i, inst) in p.instances.iter().enumerate() {
        let fields: Vec<String> = inst
            .fields
            .iter()
            .map(|(n, v)| format!("{n}={}", constant_text(v)))
            .collect();
        let _ = writeln!(
            out,
            "inst#{i} class#{} {{{}}}",
            inst.class.0,
            fields.join(", ")
        );
    }
    for (i, l) in p.lists.iter().enumerate() {
        let items: Vec<String> = l.iter().map(constant_text).collect();
        let _ = writeln!(out, "list#{i} [{}]", items.join(", "));
    }
    for (i, d) in p.dicts.iter().enumerate() {
        let items: Vec<String> = d
            .iter()
            .map(|(k, v)| format!("{}: {}", constant_text(k), constant_text(v)))
            .collect();
        let _ = writeln!(out, "dict#{i} {{{}}}", items.join(", "));
    }
    for (i, f) in p.functions.iter().enumerate() {
        let params: Vec<String> = f
            .params
            .iter()
            .map(|p| match &p.default {
                Some(d) => format!("{}={}", p.name, constant_text(d)),
                None => p.name.clone(),
            })
            .collect();
        let hints = if f.hints.is_empty() {
            String::new()
        } else {
            format!(" @[{}]", f.hints.join(", "))
        };
        let entry = if p.entry.0 as usize == i {
            " (entry)"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "\nfunc#{i} {}({}) {:?}{hints}{entry}",
            f.qualname,
            params.join(", "),
            f.kind
        );
        out.push_str(&f.graph.to_string());
    }
    out
}
