//! The pre-decoded form of a typed graph, built once per graph on its first
//! call: operands are frame-slot indexes or ready-made constant values, and
//! everything that the typed IR names by string (fields, methods, class
//! attributes) is resolved to an index, so the evaluation loop never hashes
//! a name.

use std::rc::Rc;

use crate::ir::{self, ClassId, GraphId, Opcode, Type, Var};

pub use super::fast::{FastOp, IntOp};
use super::liveness::{exit_reads, LastReads, Liveness};
use super::machine::coerce;
use super::value::Value;

/// An operand: a slot of the current frame or a constant.
#[derive(Debug)]
pub enum Arg {
    Var(u32),
    /// The last read of a slot: a link argument moves the value out, and
    /// `StrAppend` may grow it in place. Anything else reads it as `Var`.
    Move(u32),
    Const(Value),
}

#[derive(Debug)]
pub enum Kind {
    /// A two-operand int operation, run inline.
    Int(IntOp),
    /// An operation with an inline fast path for the common case.
    Fast(FastOp),
    /// `StrConcat` whose left operand is an `Arg::Move`: appends in place
    /// when that str is referenced by nobody else.
    StrAppend,
    /// Any other opcode without a name to resolve, run by `ops::exec_op`.
    Op(Opcode),
    /// Field by its index in the object's layout (the name is for errors).
    GetField(u32, Rc<str>),
    SetField(u32, Rc<str>),
    /// A field whose owner class is not known statically (a malformed or
    /// unusual graph): looked up by name in the run-time class's layout.
    GetFieldByName(Rc<str>),
    SetFieldByName(Rc<str>),
    /// Class attribute, by interned attribute number.
    GetClassAttr(u32),
    DirectCall(GraphId),
    /// By interned method number; the vtable row gives the graph per class.
    MethodCall(u32),
    IndirectCall,
}

#[derive(Debug)]
pub struct Instr {
    pub kind: Kind,
    pub args: Box<[Arg]>,
    pub result: u32,
}

#[derive(Debug)]
pub enum LinkArg {
    Arg(Arg),
    Caught,
}

#[derive(Debug)]
pub struct Link {
    pub target: u32,
    pub args: Box<[LinkArg]>,
    /// True when storing the arguments one by one would overwrite a slot
    /// that a later argument reads (a loop passing `(b, a)` to `(a, b)`):
    /// then they are all read before any is stored.
    pub parallel: bool,
}

#[derive(Debug)]
pub enum Exit {
    Goto(Link),
    Branch(Arg, Link, Link),
    /// `Branch` on an int comparison computed just for it (the block's last
    /// op, whose result nothing else reads): compared and branched on at once.
    BranchCmp(IntOp, Arg, Arg, Link, Link),
    Return(Arg),
    Raise(Arg),
    Catch(Link, Box<[(Option<ClassId>, Link)]>),
}

#[derive(Debug)]
pub struct Block {
    pub params: Box<[u32]>,
    pub instrs: Box<[Instr]>,
    pub exit: Exit,
}

#[derive(Debug)]
pub struct Code {
    /// Number of frame slots (the graph's variables).
    pub nslots: usize,
    pub start: u32,
    pub params: Box<[u32]>,
    pub blocks: Box<[Block]>,
}

/// What decoding needs from the interpreter: constants and name resolution.
pub trait Resolver {
    fn const_value(&self, c: &ir::Const) -> Value;
    /// Static class of a prebuilt instance constant.
    fn prebuilt_class(&self, c: &ir::Const) -> Option<ClassId>;
    fn field_index(&self, class: ClassId, name: &str) -> Option<u32>;
    fn method_id(&mut self, name: &str) -> u32;
    fn attr_id(&mut self, name: &str) -> u32;
}

pub fn decode(program: &ir::Program, graph: &ir::Graph, res: &mut dyn Resolver) -> Code {
    let (slots, nslots) = assign_slots(graph);
    let d = Decoder {
        program,
        graph,
        live: Liveness::new(graph),
        slots,
    };
    let blocks = graph.blocks.iter().map(|b| d.block(b, res)).collect();
    Code {
        nslots,
        start: graph.start.0,
        params: graph.params().iter().map(|v| d.slot(*v)).collect(),
        blocks,
    }
}

/// Frame slots for a graph's variables. A variable read only in the block
/// that defines it (nearly all of them: flow graphs pass values between
/// blocks through links) shares its slot with variables of other blocks,
/// since one block runs at a time; any other gets a slot of its own. Frames
/// of large graphs (an interpreter's dispatch loop) stay small, so entering
/// a call stays cheap.
fn assign_slots(graph: &ir::Graph) -> (Vec<u32>, usize) {
    const UNDEFINED: usize = usize::MAX;
    let n = graph.var_types.len();
    let mut def_block = vec![UNDEFINED; n];
    for (bi, b) in graph.blocks.iter().enumerate() {
        for p in &b.params {
            def_block[p.0 as usize] = bi;
        }
        for op in &b.ops {
            def_block[op.result.0 as usize] = bi;
        }
    }
    let mut own_slot = vec![false; n];
    for (bi, b) in graph.blocks.iter().enumerate() {
        let mut reads: Vec<Var> = exit_reads(&b.exit);
        for op in &b.ops {
            reads.extend(op.args.iter().filter_map(|a| match a {
                ir::Value::Var(v) => Some(*v),
                ir::Value::Const(_) => None,
            }));
        }
        for v in reads {
            if def_block[v.0 as usize] != bi {
                own_slot[v.0 as usize] = true;
            }
        }
    }
    let mut slots = vec![0u32; n];
    let mut next = 0u32;
    for v in 0..n {
        if own_slot[v] {
            slots[v] = next;
            next += 1;
        }
    }
    let shared_base = next;
    let mut widest = 0u32;
    for b in &graph.blocks {
        let mut local = shared_base;
        for v in b.params.iter().chain(b.ops.iter().map(|op| &op.result)) {
            if !own_slot[v.0 as usize] {
                slots[v.0 as usize] = local;
                local += 1;
            }
        }
        widest = widest.max(local - shared_base);
    }
    (slots, (shared_base + widest).max(1) as usize)
}

struct Decoder<'g> {
    program: &'g ir::Program,
    graph: &'g ir::Graph,
    live: Liveness,
    /// The frame slot of each variable (see `assign_slots`).
    slots: Vec<u32>,
}

impl Decoder<'_> {
    fn slot(&self, v: Var) -> u32 {
        self.slots[v.0 as usize]
    }

    fn block(&self, b: &ir::Block, res: &mut dyn Resolver) -> Block {
        let last = Liveness::last_reads(b);
        let mut instrs: Vec<Instr> = b
            .ops
            .iter()
            .enumerate()
            .map(|(i, op)| self.instr(op, i, &last, res))
            .collect();
        let exit = self.exit(&b.exit, b.ops.len(), &last, res);
        let exit = self.fuse_compare(b, &mut instrs, exit, &last);
        Block {
            params: b.params.iter().map(|v| self.slot(*v)).collect(),
            instrs: instrs.into(),
            exit,
        }
    }

    /// Turns `c = int_lt(x, y); branch c` into one `BranchCmp` when nothing
    /// else reads `c`, removing the comparison op.
    fn fuse_compare(
        &self,
        b: &ir::Block,
        instrs: &mut Vec<Instr>,
        exit: Exit,
        last: &LastReads,
    ) -> Exit {
        let (c, t, f) = match exit {
            Exit::Branch(Arg::Var(c), t, f) => (c, t, f),
            other => return other,
        };
        // The condition as a variable (`c` is its frame slot).
        let cond_var = match &b.exit {
            ir::Exit::Branch {
                cond: ir::Value::Var(v),
                ..
            } => *v,
            _ => return Exit::Branch(Arg::Var(c), t, f),
        };
        let read_by_links = match &b.exit {
            ir::Exit::Branch {
                if_true, if_false, ..
            } => {
                let cond = ir::LinkArg::Value(ir::Value::Var(cond_var));
                if_true
                    .args
                    .iter()
                    .chain(&if_false.args)
                    .any(|a| *a == cond)
            }
            _ => true,
        };
        let fusable = match instrs.last() {
            Some(Instr {
                kind: Kind::Int(op),
                result,
                args,
            }) => {
                *result == c
                    && op.is_comparison()
                    && args.len() == 2
                    && !read_by_links
                    && self.live.is_last_read(last, cond_var, b.ops.len())
            }
            _ => false,
        };
        let Some(Instr {
            kind: Kind::Int(op),
            args,
            ..
        }) = fusable.then(|| instrs.pop()).flatten()
        else {
            return Exit::Branch(Arg::Var(c), t, f);
        };
        let [x, y]: [Arg; 2] = match <Box<[Arg; 2]>>::try_from(args) {
            Ok(pair) => *pair,
            Err(_) => unreachable!("two operands checked above"),
        };
        Exit::BranchCmp(op, x, y, t, f)
    }

    /// A variable read at `position` that is its last read, and the only
    /// read of it among `reads` (the operands of one op or link).
    fn movable(
        &self,
        v: &ir::Value,
        reads: &[ir::Value],
        position: usize,
        last: &LastReads,
    ) -> Option<u32> {
        let ir::Value::Var(var) = v else { return None };
        let once = reads.iter().filter(|r| *r == v).count() == 1;
        (once && self.live.is_last_read(last, *var, position)).then_some(self.slot(*var))
    }

    /// Call arguments read for the last time move into the callee's frame.
    fn move_last_reads(&self, op: &ir::Op, args: &mut [Arg], position: usize, last: &LastReads) {
        for (i, a) in op.args.iter().enumerate() {
            if let Some(slot) = self.movable(a, &op.args, position, last) {
                args[i] = Arg::Move(slot);
            }
        }
    }

    fn instr(
        &self,
        op: &ir::Op,
        position: usize,
        last: &LastReads,
        res: &mut dyn Resolver,
    ) -> Instr {
        let types = super::operand_types::expected(self.program, self.graph, op);
        let mut args: Box<[Arg]> = op
            .args
            .iter()
            .zip(&types)
            .map(|(a, t)| self.arg(a, t.as_ref(), res))
            .collect();
        let kind = match &op.opcode {
            Opcode::StrConcat => match self.movable(&op.args[0], &op.args, position, last) {
                Some(slot) => {
                    args[0] = Arg::Move(slot);
                    Kind::StrAppend
                }
                None => Kind::Op(Opcode::StrConcat),
            },
            Opcode::GetField(name) | Opcode::SetField(name) => {
                let get = matches!(op.opcode, Opcode::GetField(_));
                let index = self
                    .static_class(&op.args[0], res)
                    .and_then(|c| res.field_index(c, name));
                match (index, get) {
                    (Some(i), true) => Kind::GetField(i, name.as_str().into()),
                    (Some(i), false) => Kind::SetField(i, name.as_str().into()),
                    (None, true) => Kind::GetFieldByName(name.as_str().into()),
                    (None, false) => Kind::SetFieldByName(name.as_str().into()),
                }
            }
            Opcode::GetClassAttr(name) => Kind::GetClassAttr(res.attr_id(name)),
            Opcode::DirectCall(g) => {
                self.move_last_reads(op, &mut args, position, last);
                Kind::DirectCall(*g)
            }
            Opcode::MethodCall(name) => {
                self.move_last_reads(op, &mut args, position, last);
                Kind::MethodCall(res.method_id(name))
            }
            Opcode::IndirectCall => {
                self.move_last_reads(op, &mut args, position, last);
                Kind::IndirectCall
            }
            other => match (IntOp::of(other), FastOp::of(other)) {
                (Some(op), _) => Kind::Int(op),
                (None, Some(op)) => Kind::Fast(op),
                (None, None) => Kind::Op(other.clone()),
            },
        };
        Instr {
            kind,
            args,
            result: self.slot(op.result),
        }
    }

    fn static_class(&self, v: &ir::Value, res: &dyn Resolver) -> Option<ClassId> {
        match v {
            ir::Value::Var(var) => match self.graph.var_type(*var) {
                Type::Instance(c) => Some(*c),
                _ => None,
            },
            ir::Value::Const(c) => res.prebuilt_class(c),
        }
    }

    /// A constant is typed by its context; `ty` (when known) fixes up an int
    /// literal flowing into a float slot, so arithmetic never sees a mismatch.
    fn arg(&self, v: &ir::Value, ty: Option<&Type>, res: &dyn Resolver) -> Arg {
        match v {
            ir::Value::Var(var) => Arg::Var(self.slot(*var)),
            ir::Value::Const(c) => {
                let value = res.const_value(c);
                Arg::Const(match ty {
                    Some(ty) => coerce(value, ty),
                    None => value,
                })
            }
        }
    }

    fn link(
        &self,
        l: &ir::Link,
        position: usize,
        last: &LastReads,
        res: &mut dyn Resolver,
    ) -> Link {
        let params = &self.graph.block(l.target).params;
        let reads: Vec<ir::Value> = l
            .args
            .iter()
            .filter_map(|a| match a {
                ir::LinkArg::Value(v) => Some(v.clone()),
                ir::LinkArg::CaughtException => None,
            })
            .collect();
        let args: Box<[LinkArg]> = l
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                ir::LinkArg::CaughtException => LinkArg::Caught,
                ir::LinkArg::Value(v) => match self.movable(v, &reads, position, last) {
                    Some(slot) => LinkArg::Arg(Arg::Move(slot)),
                    None => {
                        let ty = params.get(i).map(|p| self.graph.var_type(*p));
                        LinkArg::Arg(self.arg(v, ty, res))
                    }
                },
            })
            .collect();
        let parallel = (0..args.len()).any(|j| {
            let LinkArg::Arg(Arg::Var(read) | Arg::Move(read)) = &args[j] else {
                return false;
            };
            params[..j.min(params.len())]
                .iter()
                .any(|p| self.slot(*p) == *read)
        });
        Link {
            target: l.target.0,
            args,
            parallel,
        }
    }

    fn exit(
        &self,
        e: &ir::Exit,
        position: usize,
        last: &LastReads,
        res: &mut dyn Resolver,
    ) -> Exit {
        let link = |l: &ir::Link, res: &mut dyn Resolver| self.link(l, position, last, res);
        match e {
            ir::Exit::Goto(l) => Exit::Goto(link(l, res)),
            ir::Exit::Branch {
                cond,
                if_true,
                if_false,
            } => Exit::Branch(
                self.arg(cond, None, res),
                link(if_true, res),
                link(if_false, res),
            ),
            ir::Exit::Return(v) => Exit::Return(self.arg(v, Some(&self.graph.ret), res)),
            ir::Exit::Raise(v) => Exit::Raise(self.arg(v, None, res)),
            ir::Exit::Catch { normal, handlers } => Exit::Catch(
                link(normal, res),
                handlers
                    .iter()
                    .map(|h| (h.class, link(&h.link, res)))
                    .collect(),
            ),
        }
    }
}
