//! The interpreter's state: the program, decoded graphs, class layouts and
//! dispatch tables, the value stack and the output buffer.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;

use crate::ir::{self, ClassId, GraphId, Program, Type};

use super::code::{self, Code, Resolver};
use super::value::{Object, Text, Value};

/// How a call ends abnormally.
#[derive(Debug)]
pub enum Unwind {
    /// An RPython-level exception, catchable by handlers.
    Raise(Rc<Object>),
    /// A built-in exception raised by an operation, whose instance is only
    /// allocated if something looks at it (`Interp::exception_instance`):
    /// most, like the StopIteration ending each `for` loop, are caught by a
    /// handler that never does.
    Pending(ClassId, Box<str>),
    /// An exception of a class the program does not define (so it cannot be
    /// instantiated): it ends the run. Boxed (class, message): every call
    /// returns a `Result<Value, Unwind>`, which this keeps small.
    Abort(Box<(String, String)>),
}

/// A static str's identity: its address and length.
type NameKey = (usize, usize);

/// Per class: field name -> slot, and the zero/null value of every slot.
pub struct Layout {
    pub names: HashMap<String, u32>,
    pub defaults: Box<[Value]>,
}

/// Program output, buffered: `WriteStdout` is the hot path of many programs.
pub struct Output<'a> {
    buf: Vec<u8>,
    sink: &'a mut dyn Write,
}

impl Output<'_> {
    pub fn write(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
        if self.buf.len() >= 1 << 16 {
            self.flush();
        }
    }
    /// Errors writing output (a closed pipe) are ignored, as CPython ignores
    /// them for the interpreter's own last flush.
    pub fn flush(&mut self) {
        if !self.buf.is_empty() {
            let _ = self.sink.write_all(&self.buf);
            self.buf.clear();
        }
        let _ = self.sink.flush();
    }
}

/// Output still buffered when the interpreter goes away (an internal error
/// unwinding) is written out all the same.
impl Drop for Output<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}

pub struct Interp<'a> {
    pub program: &'a Program,
    codes: Vec<Option<Rc<Code>>>,
    pub prebuilt: Vec<Value>,
    pub layouts: Vec<Layout>,
    method_ids: HashMap<String, u32>,
    /// `vtables[method][class]`: the graph run by `MethodCall` per run-time class.
    pub vtables: Vec<Box<[Option<GraphId>]>>,
    method_names: Vec<String>,
    attr_ids: HashMap<String, u32>,
    /// `class_attrs[attr][class]`: the value of a class attribute per class.
    pub class_attrs: Vec<Box<[Option<Value>]>>,
    attr_names: Vec<String>,
    /// Frames are windows of this stack, one slot per graph variable.
    pub stack: Vec<Value>,
    pub depth: usize,
    pub max_depth: usize,
    pub out: Output<'a>,
    /// Whether each class is BaseException or below it.
    is_exception: Vec<bool>,
    /// Per class, its chain of bases from the root down to itself: makes
    /// `isinstance` and handler matching O(1) (see `is_subclass`).
    ancestry: Vec<Box<[ClassId]>>,
    message_slot: Option<usize>,
    /// Cache of `builtin_class_cached`: (name key, class).
    last_raised: Cell<Option<(NameKey, Option<ClassId>)>>,
    /// The 128 one-character ASCII strings, shared (indexing and iterating
    /// strings would otherwise allocate one per character).
    pub ascii_chars: Vec<Value>,
    /// Reused buffer for link arguments (parallel assignment).
    pub scratch: Vec<Value>,
}

impl<'a> Interp<'a> {
    pub fn new(program: &'a Program, out: &'a mut dyn Write, max_depth: usize) -> Interp<'a> {
        let base_exc = program.builtin_exceptions.get("BaseException").copied();
        let is_exception: Vec<bool> = (0..program.classes.len() as u32)
            .map(|c| base_exc.is_some_and(|b| program.is_subclass(ClassId(c), b)))
            .collect();
        let layouts: Vec<Layout> = (0..program.classes.len() as u32)
            .map(|c| layout(program, ClassId(c)))
            .collect();
        let message_slot = base_exc
            .and_then(|b| layouts[b.0 as usize].names.get("message"))
            .map(|i| *i as usize);
        let mut it = Interp {
            program,
            codes: vec![None; program.graphs.len()],
            prebuilt: Vec::new(),
            layouts,
            method_ids: HashMap::new(),
            vtables: Vec::new(),
            method_names: Vec::new(),
            attr_ids: HashMap::new(),
            class_attrs: Vec::new(),
            attr_names: Vec::new(),
            stack: Vec::with_capacity(1 << 12),
            depth: 0,
            max_depth,
            out: Output {
                buf: Vec::with_capacity(1 << 16),
                sink: out,
            },
            is_exception,
            ancestry: (0..program.classes.len() as u32)
                .map(|c| ancestry(program, ClassId(c)))
                .collect(),
            message_slot,
            last_raised: Cell::new(None),
            ascii_chars: (0u8..128)
                .map(|b| Value::str(&(b as char).to_string()))
                .collect(),
            scratch: Vec::new(),
        };
        it.prebuilt = super::prebuilt::materialise(&it);
        it
    }

    /// The decoded form of a graph, decoded on first use.
    pub fn code(&mut self, g: GraphId) -> Rc<Code> {
        if let Some(c) = &self.codes[g.0 as usize] {
            return c.clone();
        }
        let program = self.program;
        let c = Rc::new(code::decode(program, program.graph(g), self));
        self.codes[g.0 as usize] = Some(c.clone());
        c
    }

    /// `sub` is `sup` or derives from it.
    #[inline]
    pub fn is_subclass(&self, sub: ClassId, sup: ClassId) -> bool {
        let depth = self.ancestry[sup.0 as usize].len() - 1;
        self.ancestry[sub.0 as usize].get(depth) == Some(&sup)
    }

    pub fn new_object(&self, class: ClassId) -> Rc<Object> {
        Rc::new(Object {
            class,
            fields: RefCell::new(self.layouts[class.0 as usize].defaults.clone()),
        })
    }

    pub fn method_name(&self, id: u32) -> &str {
        &self.method_names[id as usize]
    }
    pub fn attr_name(&self, id: u32) -> &str {
        &self.attr_names[id as usize]
    }

    // ---- exceptions ----

    pub fn is_exception_class(&self, class: ClassId) -> bool {
        self.is_exception[class.0 as usize]
    }

    /// What `str(e)` prints for an exception instance.
    pub fn exception_message(&self, o: &Object) -> String {
        let Some(slot) = self.message_slot else {
            return String::new();
        };
        match &o.fields.borrow()[slot] {
            Value::Str(s) => s.as_str().to_owned(),
            _ => String::new(),
        }
    }

    /// The built-in exception `class` with its message, raised. A class the
    /// program lacks is replaced by its nearest base it has; with no
    /// exception classes at all the run is aborted.
    pub fn raise(&self, class: &'static str, message: String) -> Unwind {
        match (self.builtin_class_cached(class), self.message_slot) {
            (Some(cid), Some(_)) => Unwind::Pending(cid, message.into_boxed_str()),
            _ => Unwind::Abort(Box::new((class.to_owned(), message))),
        }
    }

    /// The class of a catchable unwind.
    pub fn unwind_class(&self, u: &Unwind) -> Option<ClassId> {
        match u {
            Unwind::Raise(o) => Some(o.class),
            Unwind::Pending(c, _) => Some(*c),
            Unwind::Abort(_) => None,
        }
    }

    /// The exception instance of a catchable unwind, allocated if pending.
    pub fn exception_instance(&self, u: Unwind) -> Option<Rc<Object>> {
        match u {
            Unwind::Raise(o) => Some(o),
            Unwind::Pending(cid, message) => {
                let obj = self.new_object(cid);
                if let Some(slot) = self.message_slot {
                    obj.fields.borrow_mut()[slot] = Value::string(message.into_string());
                }
                Some(obj)
            }
            Unwind::Abort(_) => None,
        }
    }

    /// `builtin_class` behind a one-entry cache keyed by the (static) name:
    /// the same exception (StopIteration) tends to be raised again and again.
    fn builtin_class_cached(&self, name: &'static str) -> Option<ClassId> {
        let key = (name.as_ptr() as usize, name.len());
        if let Some((k, c)) = self.last_raised.get() {
            if k == key {
                return c;
            }
        }
        let c = self.builtin_class(name);
        self.last_raised.set(Some((key, c)));
        c
    }

    fn builtin_class(&self, mut name: &str) -> Option<ClassId> {
        loop {
            if let Some(c) = self.program.builtin_exceptions.get(name) {
                return Some(*c);
            }
            name = match name {
                "FileNotFoundError" | "FileExistsError" | "PermissionError"
                | "IsADirectoryError" | "NotADirectoryError" => "OSError",
                "RecursionError" | "NotImplementedError" => "RuntimeError",
                "ZeroDivisionError" | "OverflowError" => "ArithmeticError",
                "IndexError" | "KeyError" => "LookupError",
                "UnicodeDecodeError" | "UnicodeEncodeError" => "ValueError",
                "BaseException" => return None,
                "Exception" => "BaseException",
                _ => "Exception",
            };
        }
    }

    pub fn const_value_of(&self, c: &ir::Const) -> Value {
        match c {
            ir::Const::Void => Value::Void,
            ir::Const::Bool(b) => Value::Bool(*b),
            ir::Const::Int(i) => Value::Int(*i),
            ir::Const::Float(f) => Value::Float(*f),
            ir::Const::Str(s) => Value::Str(Rc::new(Text::new(s))),
            // Copied, not shared: the program's `Rc`s stay untouched by this thread.
            ir::Const::Bytes(b) => Value::Bytes(Rc::from(&b[..])),
            ir::Const::Null => Value::Null,
            ir::Const::Func(g) => Value::Func(*g),
            ir::Const::Prebuilt(p) => self
                .prebuilt
                .get(p.0 as usize)
                .cloned()
                .unwrap_or(Value::Null),
        }
    }
}

/// The zero value of a field or variable of type `ty`.
pub fn zero_value(ty: &Type) -> Value {
    match ty {
        Type::Void => Value::Void,
        Type::Bool => Value::Bool(false),
        Type::Int => Value::Int(0),
        Type::Float => Value::Float(0.0),
        _ => Value::Null,
    }
}

/// Constants are typed by their context: an int literal in a float slot
/// becomes a float, a bool in an int slot an int.
pub fn coerce(v: Value, ty: &Type) -> Value {
    match (v, ty) {
        (Value::Int(i), Type::Float) => Value::Float(i as f64),
        (Value::Bool(b), Type::Int) => Value::Int(b as i64),
        (Value::Bool(b), Type::Float) => Value::Float(b as i64 as f64),
        (v, _) => v,
    }
}

fn ancestry(program: &Program, class: ClassId) -> Box<[ClassId]> {
    let mut chain = vec![class];
    while let Some(b) = program.class(*chain.last().unwrap()).base {
        chain.push(b);
    }
    chain.reverse();
    chain.into()
}

fn layout(program: &Program, class: ClassId) -> Layout {
    let fields = program.all_fields(class);
    let mut names = HashMap::new();
    for (i, f) in fields.iter().enumerate() {
        // A redeclared name (should not happen) resolves to the subclass's slot.
        names.insert(f.name.clone(), i as u32);
    }
    Layout {
        names,
        defaults: fields.iter().map(|f| zero_value(&f.ty)).collect(),
    }
}

impl Resolver for Interp<'_> {
    fn const_value(&self, c: &ir::Const) -> Value {
        self.const_value_of(c)
    }
    fn prebuilt_class(&self, c: &ir::Const) -> Option<ClassId> {
        match c {
            ir::Const::Prebuilt(p) => match self.program.prebuilt.get(p.0 as usize)? {
                ir::Prebuilt::Instance { class, .. } => Some(*class),
                _ => None,
            },
            _ => None,
        }
    }
    fn field_index(&self, class: ClassId, name: &str) -> Option<u32> {
        self.layouts[class.0 as usize].names.get(name).copied()
    }
    fn method_id(&mut self, name: &str) -> u32 {
        if let Some(id) = self.method_ids.get(name) {
            return *id;
        }
        let id = self.vtables.len() as u32;
        let program = self.program;
        let row = (0..program.classes.len() as u32)
            .map(|c| program.resolve_method(ClassId(c), name))
            .collect();
        self.vtables.push(row);
        self.method_names.push(name.to_owned());
        self.method_ids.insert(name.to_owned(), id);
        id
    }
    fn attr_id(&mut self, name: &str) -> u32 {
        if let Some(id) = self.attr_ids.get(name) {
            return *id;
        }
        let id = self.class_attrs.len() as u32;
        let row = self
            .program
            .classes
            .iter()
            .map(|c| {
                c.class_attrs
                    .get(name)
                    .map(|(ty, k)| coerce(self.const_value_of(k), ty))
            })
            .collect();
        self.class_attrs.push(row);
        self.attr_names.push(name.to_owned());
        self.attr_ids.insert(name.to_owned(), id);
        id
    }
}
