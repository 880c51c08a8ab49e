//! Run-time values of the graph interpreter.
//!
//! One compact enum for every typed-IR type. Reference types are `Rc`s, so
//! copying a value between frame slots is a refcount bump, never a deep copy;
//! the mutable ones (lists, dicts, instance fields, iterators) sit in a
//! `RefCell` because RPython code aliases them freely.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ir::{ClassId, GraphId};

use super::dict::Dict;
pub use super::text::Text;

pub type ListRef = Rc<RefCell<Vec<Value>>>;
pub type DictRef = Rc<RefCell<Dict>>;

#[derive(Clone, Debug)]
pub enum Value {
    /// The value of a Void variable (and of ops without a result).
    Void,
    /// The null reference of any reference type (RPython's `None`).
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<Text>),
    Bytes(Rc<[u8]>),
    Instance(Rc<Object>),
    List(ListRef),
    Dict(DictRef),
    Tuple(Rc<[Value]>),
    Range(Rc<RangeObj>),
    Func(GraphId),
    Iter(Rc<RefCell<IterState>>),
}

/// An instance of a program class. Fields are laid out by
/// `Program::all_fields` (bases first), so a field's index is the same in a
/// class and in all its subclasses and GetField is a plain vector index.
pub struct Object {
    pub class: ClassId,
    pub fields: RefCell<Box<[Value]>>,
}

/// Shows the class and address only: objects form cycles, and a derived
/// Debug would recurse through them forever.
impl std::fmt::Debug for Object {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<instance of class #{} at {:p}>", self.class.0, self)
    }
}

thread_local! {
    /// Field arrays of objects whose drop is deferred; `Some` while an
    /// object drop is in progress on this thread.
    static DROP_QUEUE: RefCell<Option<Vec<Box<[Value]>>>> = const { RefCell::new(None) };
}

/// Dropping the head of a long chain of objects (a linked list of a million
/// nodes) would otherwise recurse once per node and overflow the host stack:
/// nested drops are queued and run by the outermost one, in a loop.
impl Drop for Object {
    fn drop(&mut self) {
        let fields = std::mem::take(self.fields.get_mut());
        // Fields that cannot own another object drop right here (the common
        // leaf case stays cheap).
        let may_nest = fields.iter().any(|v| {
            matches!(
                v,
                Value::Instance(_)
                    | Value::List(_)
                    | Value::Dict(_)
                    | Value::Tuple(_)
                    | Value::Iter(_)
            )
        });
        if !may_nest {
            return;
        }
        let outermost = DROP_QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            match q.as_mut() {
                Some(queue) => {
                    queue.push(fields);
                    None
                }
                None => {
                    *q = Some(Vec::new());
                    Some(fields)
                }
            }
        });
        let Some(fields) = outermost else { return };
        drop(fields);
        while let Some(next) = DROP_QUEUE.with(|q| q.borrow_mut().as_mut().and_then(Vec::pop)) {
            drop(next);
        }
        DROP_QUEUE.with(|q| *q.borrow_mut() = None);
    }
}

/// `range(start, stop, step)`; step is never zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> i64 {
        // Computed in i128 so that ranges spanning most of i64 do not overflow.
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 && start < stop {
            (stop - start - 1) / step + 1
        } else if step < 0 && start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n.min(i64::MAX as i128) as i64
    }
}

/// The state of an iterator (`NewIter` / `IterNext`).
#[derive(Debug)]
pub enum IterState {
    /// By index, re-reading the length each step so appends are seen.
    List {
        list: ListRef,
        index: usize,
    },
    /// By byte position in the text.
    Str {
        text: Rc<Text>,
        pos: usize,
    },
    Bytes {
        bytes: Rc<[u8]>,
        index: usize,
    },
    Range {
        next: i64,
        remaining: i64,
        step: i64,
    },
    /// By entry slot; `len` and `generation` detect mutation during iteration
    /// as CPython does.
    DictKeys {
        dict: DictRef,
        slot: usize,
        len: usize,
        generation: u64,
    },
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(Text::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(Text::from_string(s)))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    // Typed accessors. The rtyper guarantees operand types, so a mismatch is
    // an interpreter bug (or a malformed graph) and panics with a clear message.
    pub fn as_int(&self) -> i64 {
        match self {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            other => type_bug("int", other),
        }
    }
    pub fn as_float(&self) -> f64 {
        match self {
            Value::Float(f) => *f,
            Value::Int(i) => *i as f64,
            other => type_bug("float", other),
        }
    }
    pub fn as_bool(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            other => type_bug("bool", other),
        }
    }
    #[cfg(test)]
    pub fn as_text(&self) -> &Rc<Text> {
        match self {
            Value::Str(s) => s,
            other => type_bug("str", other),
        }
    }
    #[cfg(test)]
    pub fn as_tuple(&self) -> &Rc<[Value]> {
        match self {
            Value::Tuple(t) => t,
            other => type_bug("tuple", other),
        }
    }
}

#[cold]
fn type_bug(expected: &str, got: &Value) -> ! {
    panic!("graph interpreter: expected a {expected} operand, got {got:?} (malformed typed graph)")
}
