//! `str(x)` and `repr(x)` of run-time values, byte for byte as CPython
//! prints them (floats by the shortest repr, containers by their items' repr).

use std::fmt::Write;

use super::machine::Interp;
use super::rt;
use super::value::Value;

impl Interp<'_> {
    /// `str(v)`: text as itself, exception instances as their message,
    /// everything else as its repr.
    pub fn to_str(&self, v: &Value) -> String {
        match v {
            Value::Str(s) => s.as_str().to_owned(),
            Value::Instance(o) if self.is_exception_class(o.class) => self.exception_message(o),
            _ => self.repr(v),
        }
    }

    pub fn repr(&self, v: &Value) -> String {
        let mut out = String::new();
        self.write_repr(v, &mut out);
        out
    }

    fn write_repr(&self, v: &Value, out: &mut String) {
        match v {
            Value::Void | Value::Null => out.push_str("None"),
            Value::Bool(true) => out.push_str("True"),
            Value::Bool(false) => out.push_str("False"),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&rt::float_repr(*f)),
            Value::Str(s) => out.push_str(&rt::str_repr(s.as_str())),
            Value::Bytes(b) => out.push_str(&rt::bytes_repr(b)),
            Value::List(l) => {
                out.push('[');
                self.write_items(&l.borrow(), out);
                out.push(']');
            }
            Value::Tuple(t) => {
                out.push('(');
                self.write_items(t, out);
                if t.len() == 1 {
                    out.push(',');
                }
                out.push(')');
            }
            Value::Dict(d) => {
                out.push('{');
                for (i, (k, v)) in d.borrow().iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    self.write_repr(k, out);
                    out.push_str(": ");
                    self.write_repr(v, out);
                }
                out.push('}');
            }
            Value::Range(r) => {
                let _ = if r.step == 1 {
                    write!(out, "range({}, {})", r.start, r.stop)
                } else {
                    write!(out, "range({}, {}, {})", r.start, r.stop, r.step)
                };
            }
            Value::Instance(o) => {
                let class = self.program.class(o.class);
                if self.is_exception_class(o.class) {
                    // CPython: ValueError('message'); no arguments gives ValueError().
                    let msg = self.exception_message(o);
                    out.push_str(&class.name);
                    out.push('(');
                    if !msg.is_empty() {
                        out.push_str(&rt::str_repr(&msg));
                    }
                    out.push(')');
                } else {
                    // CPython shows an address; ours is only stable within a run.
                    let _ = write!(
                        out,
                        "<{} object at {:#x}>",
                        class.qualname,
                        std::rc::Rc::as_ptr(o) as usize
                    );
                }
            }
            Value::Func(g) => {
                let _ = write!(out, "<function {}>", self.program.graph(*g).name);
            }
            Value::Iter(_) => out.push_str("<iterator object>"),
        }
    }

    fn write_items(&self, items: &[Value], out: &mut String) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_repr(item, out);
        }
    }
}
