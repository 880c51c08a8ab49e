//! A small typed assembler for one method body: instructions with symbolic
//! labels, operand-stack tracking (for `max_stack` and for stack map frames)
//! and exception-table entries.
//!
//! Frames: every local slot has one fixed type for the whole method, and a
//! frame lists the slots that hold a value on every path to it. The
//! assembler tracks the slots stored since the method's entry (or since the
//! last label) and the operand stack instruction by instruction; a label's
//! frame is what every jump to it and the fall-through agree on, or what the
//! lowering declares for it (`declare_locals`: the live variables of a block,
//! which a loop head needs before its back edge is seen). So no local needs a
//! zero value in a prologue only to satisfy the verifier.
//! Branch targets are instruction indices, as ristretto's `Instruction`
//! expects; ristretto converts them (and frame offsets) to byte offsets.

use std::collections::BTreeMap;

use ristretto_classfile::attributes::{
    ExceptionTableEntry, Instruction, StackFrame, VerificationType,
};

use super::jtype::{parse_method_descriptor, JType};
use super::pool::Pool;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Label(u32);

/// The local slots holding a value, with their types.
pub type Locals = BTreeMap<u16, JType>;

#[derive(Default)]
struct LabelInfo {
    pos: Option<usize>,
    /// The operand stack at the first jump to this label.
    stack_at_jump: Option<Vec<JType>>,
    /// The locals every jump so far agrees on.
    locals_at_jump: Option<Locals>,
    /// The locals the lowering promises at this label.
    declared: Option<Locals>,
    /// The locals where the label was bound or marked.
    locals_here: Option<Locals>,
}

/// The slots of `a` that `b` holds with the same type.
fn intersect(a: &Locals, b: &Locals) -> Locals {
    a.iter()
        .filter(|(s, t)| b.get(s) == Some(t))
        .map(|(s, t)| (*s, t.clone()))
        .collect()
}

fn covers(have: &Locals, need: &Locals) -> bool {
    need.iter().all(|(s, t)| have.get(s) == Some(t))
}

/// Conditional jumps, by the operands they pop.
#[derive(Clone, Copy, Debug)]
pub enum Cond {
    /// Pop an int, compare with zero.
    Eq,
    Ne,
    Lt,
    Ge,
    Gt,
    Le,
    /// Pop two ints.
    ICmpEq,
    ICmpNe,
    ICmpLt,
    ICmpGe,
    ICmpGt,
    ICmpLe,
    /// Pop two references.
    ACmpEq,
    ACmpNe,
    /// Pop one reference.
    Null,
    NonNull,
}

impl Cond {
    /// The condition that holds exactly when `self` does not.
    pub fn negate(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Lt => Cond::Ge,
            Cond::Ge => Cond::Lt,
            Cond::Gt => Cond::Le,
            Cond::Le => Cond::Gt,
            Cond::ICmpEq => Cond::ICmpNe,
            Cond::ICmpNe => Cond::ICmpEq,
            Cond::ICmpLt => Cond::ICmpGe,
            Cond::ICmpGe => Cond::ICmpLt,
            Cond::ICmpGt => Cond::ICmpLe,
            Cond::ICmpLe => Cond::ICmpGt,
            Cond::ACmpEq => Cond::ACmpNe,
            Cond::ACmpNe => Cond::ACmpEq,
            Cond::Null => Cond::NonNull,
            Cond::NonNull => Cond::Null,
        }
    }
}

pub enum Invoke {
    Static,
    Virtual,
    Special,
}

pub struct Code {
    insns: Vec<Instruction>,
    stack: Vec<JType>,
    max_stack: u16,
    reachable: bool,
    labels: Vec<LabelInfo>,
    /// (instruction index, label) of every branch whose target is still symbolic.
    fixups: Vec<(usize, Label)>,
    /// Frame locals and stacks by instruction index.
    frames: BTreeMap<usize, (Locals, Vec<JType>)>,
    /// The locals at the method's entry (its parameters).
    entry_locals: Locals,
    /// The locals holding a value at the current instruction.
    locals: Locals,
    handlers: Vec<(Label, Label, Label, Option<String>)>,
    /// Local slots used (params included).
    pub max_locals: u16,
    /// Where the last label was bound or marked: code may not move across it.
    last_label_pos: Option<usize>,
    /// The last store (its instruction index, slot, and the type the slot
    /// held before), for `take_back_store`.
    last_store: Option<(usize, u16, Option<JType>)>,
    /// The store before it, for `take_back_two_stores`.
    earlier_store: Option<(usize, u16, Option<JType>)>,
    /// The deepest operand stack (in slots) since the last store, and
    /// between the two last stores.
    peak_since_store: u16,
    peak_between_stores: u16,
}

/// The finished body, ready for a `Code` attribute.
pub struct Assembled {
    pub insns: Vec<Instruction>,
    pub max_stack: u16,
    pub max_locals: u16,
    pub exception_table: Vec<ExceptionTableEntry>,
    pub frames: Vec<StackFrame>,
}

fn slot_count(ts: &[JType]) -> u16 {
    ts.iter().map(JType::slots).sum()
}

impl Code {
    pub fn new(max_locals: u16) -> Code {
        Code {
            insns: Vec::new(),
            stack: Vec::new(),
            max_stack: 0,
            reachable: true,
            labels: Vec::new(),
            fixups: Vec::new(),
            frames: BTreeMap::new(),
            entry_locals: Locals::new(),
            locals: Locals::new(),
            handlers: Vec::new(),
            max_locals,
            last_label_pos: None,
            last_store: None,
            earlier_store: None,
            peak_since_store: 0,
            peak_between_stores: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.insns.len()
    }

    /// The size in bytes of the code so far (branch targets do not change it:
    /// only short branches are emitted).
    pub fn byte_size(&self) -> usize {
        let mut cursor = std::io::Cursor::new(Vec::new());
        for i in &self.insns {
            let _ = i.to_bytes(&mut cursor);
        }
        cursor.into_inner().len()
    }

    pub fn is_empty(&self) -> bool {
        self.insns.is_empty()
    }

    /// The locals at the method's entry, in slot order from slot 0 (the
    /// parameters, or locals the caller's prologue assigns before any label).
    pub fn set_frame_locals(&mut self, locals: Vec<JType>) {
        let mut slot = 0u16;
        let mut map = Locals::new();
        for t in locals {
            let n = t.slots();
            map.insert(slot, t);
            slot += n;
        }
        self.entry_locals = map.clone();
        self.locals = map;
    }

    /// The locals entry: `slot` holds a value of type `t` from here on.
    pub fn entry_local(&mut self, slot: u16, t: JType) {
        self.entry_locals.insert(slot, t.clone());
        self.locals.insert(slot, t);
    }

    /// Promises that at `label` exactly `locals` matter: every jump to it
    /// (checked) and the fall-through hold at least these.
    pub fn declare_locals(&mut self, label: Label, locals: Locals) {
        self.labels[label.0 as usize].declared = Some(locals);
    }

    fn push(&mut self, t: JType) {
        if t == JType::Void {
            return;
        }
        self.stack.push(t);
        let depth = slot_count(&self.stack);
        self.max_stack = self.max_stack.max(depth);
        self.peak_since_store = self.peak_since_store.max(depth);
    }

    fn pop(&mut self, n: usize) {
        assert!(
            self.stack.len() >= n,
            "operand stack underflow at instruction {}",
            self.insns.len()
        );
        self.stack.truncate(self.stack.len() - n);
    }

    /// Emits an instruction that pops `pops` values and pushes `push` (Void: nothing).
    pub fn raw(&mut self, insn: Instruction, pops: usize, push: JType) {
        self.pop(pops);
        self.insns.push(insn);
        self.push(push);
    }

    pub fn new_label(&mut self) -> Label {
        self.labels.push(LabelInfo::default());
        Label(self.labels.len() as u32 - 1)
    }

    /// Places `label` at the next instruction and records a frame there.
    pub fn bind(&mut self, label: Label) {
        let pos = self.insns.len();
        self.last_label_pos = Some(pos);
        let info = &mut self.labels[label.0 as usize];
        assert!(info.pos.is_none(), "label bound twice");
        info.pos = Some(pos);
        let reachable = self.reachable;
        if !self.reachable {
            self.stack = info.stack_at_jump.clone().unwrap_or_default();
            self.reachable = true;
        }
        let locals = if let Some(declared) = &info.declared {
            assert!(
                !reachable || covers(&self.locals, declared),
                "fall-through into a label without its declared locals"
            );
            declared.clone()
        } else {
            match (&info.locals_at_jump, reachable) {
                (Some(j), true) => intersect(j, &self.locals),
                (Some(j), false) => j.clone(),
                (None, true) => self.locals.clone(),
                // Only backward jumps can reach it: nothing is known yet.
                (None, false) => self.entry_locals.clone(),
            }
        };
        info.locals_here = Some(locals.clone());
        self.locals = locals.clone();
        self.frames.insert(pos, (locals, self.stack.clone()));
    }

    /// Places `label` at the next instruction without a frame: for the
    /// bounds of exception ranges, which are never jumped to.
    pub fn mark(&mut self, label: Label) {
        let pos = self.insns.len();
        self.last_label_pos = Some(pos);
        let info = &mut self.labels[label.0 as usize];
        assert!(info.pos.is_none(), "label bound twice");
        info.pos = Some(pos);
        info.locals_here = Some(self.locals.clone());
    }

    fn note_jump(&mut self, label: Label) {
        let stack = self.stack.clone();
        let info = &mut self.labels[label.0 as usize];
        if info.stack_at_jump.is_none() {
            info.stack_at_jump = Some(stack);
        }
        if let Some(promised) = info.declared.as_ref().or(info.locals_here.as_ref()) {
            assert!(
                covers(&self.locals, promised),
                "a jump to a label whose frame claims locals not assigned on this path"
            );
        }
        info.locals_at_jump = Some(match &info.locals_at_jump {
            Some(j) => intersect(j, &self.locals),
            None => self.locals.clone(),
        });
        self.fixups.push((self.insns.len(), label));
    }

    pub fn goto(&mut self, label: Label) {
        self.note_jump(label);
        self.insns.push(Instruction::Goto(0));
        self.reachable = false;
        self.stack.clear();
    }

    pub fn jump_if(&mut self, cond: Cond, label: Label) {
        let pops = match cond {
            Cond::Eq
            | Cond::Ne
            | Cond::Lt
            | Cond::Ge
            | Cond::Gt
            | Cond::Le
            | Cond::Null
            | Cond::NonNull => 1,
            _ => 2,
        };
        self.pop(pops);
        self.note_jump(label);
        let insn = match cond {
            Cond::Eq => Instruction::Ifeq(0),
            Cond::Ne => Instruction::Ifne(0),
            Cond::Lt => Instruction::Iflt(0),
            Cond::Ge => Instruction::Ifge(0),
            Cond::Gt => Instruction::Ifgt(0),
            Cond::Le => Instruction::Ifle(0),
            Cond::ICmpEq => Instruction::If_icmpeq(0),
            Cond::ICmpNe => Instruction::If_icmpne(0),
            Cond::ICmpLt => Instruction::If_icmplt(0),
            Cond::ICmpGe => Instruction::If_icmpge(0),
            Cond::ICmpGt => Instruction::If_icmpgt(0),
            Cond::ICmpLe => Instruction::If_icmple(0),
            Cond::ACmpEq => Instruction::If_acmpeq(0),
            Cond::ACmpNe => Instruction::If_acmpne(0),
            Cond::Null => Instruction::Ifnull(0),
            Cond::NonNull => Instruction::Ifnonnull(0),
        };
        self.insns.push(insn);
    }

    /// Ends the straight-line path (after return/athrow).
    fn dead(&mut self) {
        self.reachable = false;
        self.stack.clear();
    }

    pub fn return_value(&mut self, t: &JType) {
        let insn = match t {
            JType::Void => Instruction::Return,
            JType::Bool | JType::Int => Instruction::Ireturn,
            JType::Long => Instruction::Lreturn,
            JType::Double => Instruction::Dreturn,
            JType::Ref(_) => Instruction::Areturn,
        };
        self.insns.push(insn);
        self.dead();
    }

    pub fn athrow(&mut self) {
        self.insns.push(Instruction::Athrow);
        self.dead();
    }

    /// Protects instructions `[start, end)`: exceptions of `class` (None:
    /// any Throwable) jump to `handler` with the exception on the stack.
    pub fn add_handler(&mut self, start: Label, end: Label, handler: Label, class: Option<String>) {
        self.handlers.push((start, end, handler, class));
    }

    /// Binds a handler label: the stack holds just the caught exception, and
    /// the locals are those held at the start of every range it protects
    /// (slots only get assigned inside a range, never change type).
    pub fn bind_handler(&mut self, label: Label, class: &str) {
        self.dead();
        let mut locals: Option<Locals> = None;
        for (start, _, handler, _) in &self.handlers {
            if *handler == label {
                let at = self.labels[start.0 as usize]
                    .locals_here
                    .clone()
                    .expect("a protected range starts at a marked label");
                locals = Some(match locals {
                    Some(l) => intersect(&l, &at),
                    None => at,
                });
            }
        }
        let info = &mut self.labels[label.0 as usize];
        info.stack_at_jump = Some(vec![JType::object(class)]);
        info.locals_at_jump = locals;
        self.bind(label);
    }

    pub fn load(&mut self, t: &JType, slot: u16) {
        use Instruction as I;
        let insn = match (t, slot) {
            (JType::Void, _) => return,
            (JType::Bool | JType::Int, 0) => I::Iload_0,
            (JType::Bool | JType::Int, 1) => I::Iload_1,
            (JType::Bool | JType::Int, 2) => I::Iload_2,
            (JType::Bool | JType::Int, 3) => I::Iload_3,
            (JType::Bool | JType::Int, s) if s < 256 => I::Iload(s as u8),
            (JType::Bool | JType::Int, s) => I::Iload_w(s),
            (JType::Long, 0) => I::Lload_0,
            (JType::Long, 1) => I::Lload_1,
            (JType::Long, 2) => I::Lload_2,
            (JType::Long, 3) => I::Lload_3,
            (JType::Long, s) if s < 256 => I::Lload(s as u8),
            (JType::Long, s) => I::Lload_w(s),
            (JType::Double, 0) => I::Dload_0,
            (JType::Double, 1) => I::Dload_1,
            (JType::Double, 2) => I::Dload_2,
            (JType::Double, 3) => I::Dload_3,
            (JType::Double, s) if s < 256 => I::Dload(s as u8),
            (JType::Double, s) => I::Dload_w(s),
            (JType::Ref(_), 0) => I::Aload_0,
            (JType::Ref(_), 1) => I::Aload_1,
            (JType::Ref(_), 2) => I::Aload_2,
            (JType::Ref(_), 3) => I::Aload_3,
            (JType::Ref(_), s) if s < 256 => I::Aload(s as u8),
            (JType::Ref(_), s) => I::Aload_w(s),
        };
        self.raw(insn, 0, t.clone());
    }

    pub fn store(&mut self, t: &JType, slot: u16) {
        use Instruction as I;
        let insn = match (t, slot) {
            (JType::Void, _) => return,
            (JType::Bool | JType::Int, 0) => I::Istore_0,
            (JType::Bool | JType::Int, 1) => I::Istore_1,
            (JType::Bool | JType::Int, 2) => I::Istore_2,
            (JType::Bool | JType::Int, 3) => I::Istore_3,
            (JType::Bool | JType::Int, s) if s < 256 => I::Istore(s as u8),
            (JType::Bool | JType::Int, s) => I::Istore_w(s),
            (JType::Long, 0) => I::Lstore_0,
            (JType::Long, 1) => I::Lstore_1,
            (JType::Long, 2) => I::Lstore_2,
            (JType::Long, 3) => I::Lstore_3,
            (JType::Long, s) if s < 256 => I::Lstore(s as u8),
            (JType::Long, s) => I::Lstore_w(s),
            (JType::Double, 0) => I::Dstore_0,
            (JType::Double, 1) => I::Dstore_1,
            (JType::Double, 2) => I::Dstore_2,
            (JType::Double, 3) => I::Dstore_3,
            (JType::Double, s) if s < 256 => I::Dstore(s as u8),
            (JType::Double, s) => I::Dstore_w(s),
            (JType::Ref(_), 0) => I::Astore_0,
            (JType::Ref(_), 1) => I::Astore_1,
            (JType::Ref(_), 2) => I::Astore_2,
            (JType::Ref(_), 3) => I::Astore_3,
            (JType::Ref(_), s) if s < 256 => I::Astore(s as u8),
            (JType::Ref(_), s) => I::Astore_w(s),
        };
        self.raw(insn, 1, JType::Void);
        let before = self.locals.insert(slot, t.clone());
        self.earlier_store = self.last_store.take();
        self.last_store = Some((self.insns.len() - 1, slot, before));
        self.peak_between_stores = self.peak_since_store;
        self.peak_since_store = slot_count(&self.stack);
    }

    /// Undoes the store just emitted into `slot`, leaving its value on the
    /// stack: for a value read once, right after it is computed. Refused
    /// (false) when anything, a label included, came after the store.
    pub fn take_back_store(&mut self, slot: u16, t: &JType) -> bool {
        let here = self.insns.len();
        let Some((at, s, before)) = self.last_store.take() else {
            return false;
        };
        if s != slot || at + 1 != here || self.last_label_pos == Some(here) || !self.reachable {
            self.last_store = Some((at, s, before));
            return false;
        }
        self.insns.pop();
        match before {
            Some(b) => self.locals.insert(slot, b),
            None => self.locals.remove(&slot),
        };
        self.push(t.clone());
        true
    }

    /// Undoes the last two stores, into `first` and then `second`, leaving
    /// both values on the stack, `first` below: for two values read once, in
    /// the order they were made, by the operation being emitted. Refused
    /// (false) unless the second store ends the code and nothing between the
    /// two (the code that computes the second value) is a label, a jump or a
    /// frame, so that no position moves under anything that refers to it.
    /// (Every local write is a `store`, which records it: none lies between
    /// the two.)
    pub fn take_back_two_stores(
        &mut self,
        first: u16,
        first_type: &JType,
        second: u16,
        second_type: &JType,
    ) -> bool {
        let here = self.insns.len();
        let (Some((at2, s2, before2)), Some((at1, s1, before1))) =
            (self.last_store.clone(), self.earlier_store.clone())
        else {
            return false;
        };
        if s1 != first
            || s2 != second
            || at2 + 1 != here
            || !self.reachable
            || self.last_label_pos.is_some_and(|p| p >= at1)
            || self.fixups.iter().any(|(i, _)| *i >= at1)
            || self.frames.range(at1..).next().is_some()
        {
            return false;
        }
        self.insns.pop();
        self.insns.remove(at1);
        for (slot, before) in [(second, before2), (first, before1)] {
            match before {
                Some(b) => self.locals.insert(slot, b),
                None => self.locals.remove(&slot),
            };
        }
        // The first value now sits under the code computing the second.
        self.max_stack = self
            .max_stack
            .max(self.peak_between_stores + first_type.slots());
        self.push(first_type.clone());
        self.push(second_type.clone());
        self.last_store = None;
        self.earlier_store = None;
        true
    }

    pub fn int_const(&mut self, pool: &mut Pool, v: i32) {
        use Instruction as I;
        let insn = match v {
            -1 => I::Iconst_m1,
            0 => I::Iconst_0,
            1 => I::Iconst_1,
            2 => I::Iconst_2,
            3 => I::Iconst_3,
            4 => I::Iconst_4,
            5 => I::Iconst_5,
            v if i8::try_from(v).is_ok() => I::Bipush(v as i8),
            v if i16::try_from(v).is_ok() => I::Sipush(v as i16),
            v => ldc(pool.int(v)),
        };
        self.raw(insn, 0, JType::Int);
    }

    pub fn bool_const(&mut self, v: bool) {
        self.raw(
            if v {
                Instruction::Iconst_1
            } else {
                Instruction::Iconst_0
            },
            0,
            JType::Bool,
        );
    }

    pub fn long_const(&mut self, pool: &mut Pool, v: i64) {
        let insn = match v {
            0 => Instruction::Lconst_0,
            1 => Instruction::Lconst_1,
            v => Instruction::Ldc2_w(pool.long(v)),
        };
        self.raw(insn, 0, JType::Long);
    }

    pub fn double_const(&mut self, pool: &mut Pool, v: f64) {
        let insn = if v.to_bits() == 0 {
            Instruction::Dconst_0
        } else if v == 1.0 {
            Instruction::Dconst_1
        } else {
            Instruction::Ldc2_w(pool.double(v))
        };
        self.raw(insn, 0, JType::Double);
    }

    /// Pushes a string constant. A CONSTANT_Utf8 holds at most 65535 bytes of
    /// modified UTF-8, so longer strings are pushed in pieces and concatenated.
    pub fn string_const(&mut self, pool: &mut Pool, s: &str) {
        let pieces = utf8_pieces(s);
        for (i, piece) in pieces.iter().enumerate() {
            self.raw(
                ldc(pool.string(piece)),
                0,
                JType::object("java/lang/String"),
            );
            if i > 0 {
                self.invoke(
                    pool,
                    Invoke::Virtual,
                    "java/lang/String",
                    "concat",
                    "(Ljava/lang/String;)Ljava/lang/String;",
                );
            }
        }
    }

    pub fn null_const(&mut self, class: &str) {
        self.raw(Instruction::Aconst_null, 0, JType::object(class));
    }

    /// Pushes a `java/lang/invoke/MethodHandle` for a static method.
    pub fn method_handle(&mut self, pool: &mut Pool, owner: &str, name: &str, desc: &str) {
        let i = pool.static_method_handle(owner, name, desc);
        self.raw(ldc(i), 0, JType::object("java/lang/invoke/MethodHandle"));
    }

    pub fn invoke(&mut self, pool: &mut Pool, kind: Invoke, owner: &str, name: &str, desc: &str) {
        let (params, ret) = parse_method_descriptor(desc);
        let receiver = usize::from(!matches!(kind, Invoke::Static));
        let idx = pool.method(owner, name, desc);
        let insn = match kind {
            Invoke::Static => Instruction::Invokestatic(idx),
            Invoke::Virtual => Instruction::Invokevirtual(idx),
            Invoke::Special => Instruction::Invokespecial(idx),
        };
        self.raw(insn, params.len() + receiver, ret);
    }

    pub fn get_field(&mut self, pool: &mut Pool, owner: &str, name: &str, t: &JType) {
        let i = pool.field(owner, name, &t.descriptor());
        self.raw(Instruction::Getfield(i), 1, t.clone());
    }

    pub fn put_field(&mut self, pool: &mut Pool, owner: &str, name: &str, t: &JType) {
        let i = pool.field(owner, name, &t.descriptor());
        self.raw(Instruction::Putfield(i), 2, JType::Void);
    }

    pub fn get_static(&mut self, pool: &mut Pool, owner: &str, name: &str, t: &JType) {
        let i = pool.field(owner, name, &t.descriptor());
        self.raw(Instruction::Getstatic(i), 0, t.clone());
    }

    pub fn put_static(&mut self, pool: &mut Pool, owner: &str, name: &str, t: &JType) {
        let i = pool.field(owner, name, &t.descriptor());
        self.raw(Instruction::Putstatic(i), 1, JType::Void);
    }

    /// `new C; dup`: leaves two references to the uninitialised object (no
    /// label may sit between this and the constructor call).
    pub fn new_dup(&mut self, pool: &mut Pool, class: &str) {
        let i = pool.class(class);
        self.raw(Instruction::New(i), 0, JType::object(class));
        self.raw(Instruction::Dup, 0, JType::object(class));
    }

    pub fn checkcast(&mut self, pool: &mut Pool, class: &str) {
        let i = pool.class(class);
        self.raw(Instruction::Checkcast(i), 1, JType::object(class));
    }

    pub fn instance_of(&mut self, pool: &mut Pool, class: &str) {
        let i = pool.class(class);
        self.raw(Instruction::Instanceof(i), 1, JType::Bool);
    }

    /// Swaps the tracker's view of the two topmost values (after a `swap`
    /// or `dup_x2; pop`, which `raw` cannot describe).
    pub fn fix_top_two_swapped(&mut self) {
        let n = self.stack.len();
        assert!(n >= 2, "swap needs two values");
        self.stack.swap(n - 1, n - 2);
    }

    pub fn pop_value(&mut self) {
        let t = self.stack.last().cloned().expect("pop of an empty stack");
        let insn = if t.slots() == 2 {
            Instruction::Pop2
        } else {
            Instruction::Pop
        };
        self.raw(insn, 1, JType::Void);
    }

    pub fn dup_value(&mut self) {
        let t = self.stack.last().cloned().expect("dup of an empty stack");
        let insn = if t.slots() == 2 {
            Instruction::Dup2
        } else {
            Instruction::Dup
        };
        self.raw(insn, 0, t);
    }

    fn vtype(pool: &mut Pool, t: &JType) -> VerificationType {
        match t {
            JType::Void => unreachable!("void has no verification type"),
            JType::Bool | JType::Int => VerificationType::Integer,
            JType::Long => VerificationType::Long,
            JType::Double => VerificationType::Double,
            JType::Ref(n) => VerificationType::Object {
                cpool_index: pool.class(n),
            },
        }
    }

    /// A frame's locals in slot order: `Top` for a slot without a value.
    fn vlocals(pool: &mut Pool, locals: &Locals) -> Vec<VerificationType> {
        let mut out = Vec::new();
        let mut slot = 0u16;
        for (s, t) in locals {
            while slot < *s {
                out.push(VerificationType::Top);
                slot += 1;
            }
            out.push(Self::vtype(pool, t));
            slot += t.slots();
        }
        out
    }

    /// Resolves labels and builds the exception table and stack map frames.
    pub fn assemble(mut self, pool: &mut Pool) -> Result<Assembled, String> {
        // A frame at offset 0 is only needed when something jumps there (the
        // entry frame is implicit). ristretto mishandles one followed by
        // other frames; no method of ours needs one once a no-op is in front.
        let at_start = |labels: &[LabelInfo], l: &Label| labels[l.0 as usize].pos == Some(0);
        let jumped_to_start = self.fixups.iter().any(|(_, l)| at_start(&self.labels, l))
            || self
                .handlers
                .iter()
                .any(|(_, _, h, _)| at_start(&self.labels, h));
        if !jumped_to_start {
            self.frames.remove(&0);
        }
        if self.frames.contains_key(&0) {
            self.insns.insert(0, Instruction::Nop);
            self.frames = self.frames.into_iter().map(|(k, v)| (k + 1, v)).collect();
            for f in &mut self.fixups {
                f.0 += 1;
            }
            for l in &mut self.labels {
                if let Some(p) = &mut l.pos {
                    *p += 1;
                }
            }
        }
        let pos = |labels: &[LabelInfo], l: Label| -> Result<u16, String> {
            let p = labels[l.0 as usize].pos.ok_or("unbound label")?;
            u16::try_from(p).map_err(|_| "method too large".to_string())
        };
        for (at, label) in std::mem::take(&mut self.fixups) {
            let target = pos(&self.labels, label)?;
            use Instruction as I;
            match &mut self.insns[at] {
                I::Goto(t)
                | I::Ifeq(t)
                | I::Ifne(t)
                | I::Iflt(t)
                | I::Ifge(t)
                | I::Ifgt(t)
                | I::Ifle(t)
                | I::If_icmpeq(t)
                | I::If_icmpne(t)
                | I::If_icmplt(t)
                | I::If_icmpge(t)
                | I::If_icmpgt(t)
                | I::If_icmple(t)
                | I::If_acmpeq(t)
                | I::If_acmpne(t)
                | I::Ifnull(t)
                | I::Ifnonnull(t) => *t = target,
                other => panic!("fixup on a non-branch {other:?}"),
            }
        }
        let mut exception_table = Vec::new();
        for (start, end, handler, class) in std::mem::take(&mut self.handlers) {
            let (s, e) = (pos(&self.labels, start)?, pos(&self.labels, end)?);
            if s == e {
                continue;
            }
            exception_table.push(ExceptionTableEntry {
                range_pc: s..e,
                handler_pc: pos(&self.labels, handler)?,
                catch_type: class.map_or(0, |c| pool.class(&c)),
            });
        }
        let mut frames = Vec::new();
        let mut prev: Option<usize> = None;
        let mut prev_locals: Option<&Locals> = None;
        let mut max_locals = self.max_locals;
        for (at, (frame_locals, stack)) in &self.frames {
            let delta = match prev {
                None => *at,
                Some(p) => at - p - 1,
            };
            let delta = u16::try_from(delta).map_err(|_| "method too large".to_string())?;
            let stack: Vec<VerificationType> = stack.iter().map(|t| Self::vtype(pool, t)).collect();
            if let Some((s, t)) = frame_locals.last_key_value() {
                max_locals = max_locals.max(s + t.slots());
            }
            let frame = if prev_locals != Some(frame_locals) || stack.len() > 1 {
                StackFrame::FullFrame {
                    frame_type: 255,
                    offset_delta: delta,
                    locals: Self::vlocals(pool, frame_locals),
                    stack,
                }
            } else if stack.is_empty() {
                // Always the extended forms: ristretto rewrites instruction
                // deltas into byte deltas, which may not fit the compact ones.
                StackFrame::SameFrameExtended {
                    frame_type: 251,
                    offset_delta: delta,
                }
            } else {
                StackFrame::SameLocals1StackItemFrameExtended {
                    frame_type: 247,
                    offset_delta: delta,
                    stack,
                }
            };
            frames.push(frame);
            prev = Some(*at);
            prev_locals = Some(frame_locals);
        }
        if let Some((s, t)) = self.entry_locals.last_key_value() {
            max_locals = max_locals.max(s + t.slots());
        }
        Ok(Assembled {
            insns: self.insns,
            max_stack: self.max_stack,
            max_locals,
            exception_table,
            frames,
        })
    }
}

/// Splits `s` into pieces whose modified UTF-8 form fits a CONSTANT_Utf8
/// (65535 bytes): NUL takes 2 bytes there, a character above U+FFFF 6 (a
/// surrogate pair of 3 each).
fn utf8_pieces(s: &str) -> Vec<&str> {
    const LIMIT: usize = 65535;
    let mut pieces = Vec::new();
    let (mut start, mut size) = (0, 0);
    for (i, c) in s.char_indices() {
        let n = match c as u32 {
            0 => 2,
            1..=0x7F => 1,
            0x80..=0x7FF => 2,
            0x800..=0xFFFF => 3,
            _ => 6,
        };
        if size + n > LIMIT {
            pieces.push(&s[start..i]);
            start = i;
            size = 0;
        }
        size += n;
    }
    pieces.push(&s[start..]);
    pieces
}

fn ldc(index: u16) -> Instruction {
    match u8::try_from(index) {
        Ok(i) => Instruction::Ldc(i),
        Err(_) => Instruction::Ldc_w(index),
    }
}

#[cfg(test)]
mod tests {
    use super::utf8_pieces;

    #[test]
    fn long_strings_are_cut_by_encoded_size() {
        assert_eq!(utf8_pieces("abc"), vec!["abc"]);
        assert_eq!(utf8_pieces(""), vec![""]);
        let emoji = "\u{1F600}".repeat(20_000); // 120 000 bytes of modified UTF-8
        let pieces = utf8_pieces(&emoji);
        assert_eq!(pieces.len(), 2);
        assert_eq!(pieces.concat(), emoji);
        assert!(pieces.iter().all(|p| p.chars().count() * 6 <= 65535));
    }
}
