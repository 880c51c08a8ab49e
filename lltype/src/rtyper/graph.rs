//! Translating one annotated flow graph into a typed graph: blocks, links
//! (with the conversions their arguments need) and exits.

use frontend::annotator::SomeValue;
use frontend::diagnostics::Span;
use frontend::flowgraph as flow;
use frontend::program::FuncId;

use super::constants::default_const;
use super::RTyper;
use crate::ir::{self, BlockId, ClassId, Const, Exit, Link, LinkArg, Op, Opcode, Type, Value, Var};

pub(crate) struct GraphState {
    pub func: FuncId,
    pub var_types: Vec<Type>,
    pub blocks: Vec<ir::Block>,
    /// Operations of the block being translated.
    pub ops: Vec<Op>,
    pub span: Span,
    /// The flow block and operation being translated (to find which
    /// specialised copy a call site calls).
    pub block: BlockId,
    pub op_index: usize,
    pub dead: Option<BlockId>,
    pub ret: Type,
    /// Variables below this number are the flow graph's; above are temporaries.
    pub flow_vars: usize,
}

impl RTyper<'_> {
    fn gs(&mut self) -> &mut GraphState {
        self.g.as_mut().expect("inside a graph")
    }

    pub(crate) fn span(&self) -> Span {
        self.g.as_ref().expect("inside a graph").span
    }

    pub(crate) fn new_var(&mut self, ty: Type) -> Var {
        let g = self.gs();
        g.var_types.push(ty);
        Var(g.var_types.len() as u32 - 1)
    }

    pub(crate) fn var_type(&self, v: Var) -> Type {
        self.g.as_ref().unwrap().var_types[v.0 as usize].clone()
    }

    /// Emits an operation with a fresh result variable of type `ty`.
    pub(crate) fn emit(&mut self, opcode: Opcode, args: Vec<Value>, ty: Type) -> Value {
        let result = self.new_var(ty);
        self.gs().ops.push(Op {
            opcode,
            args,
            result,
        });
        Value::Var(result)
    }

    /// The typed value of a flow operand and its type.
    pub(crate) fn operand(&mut self, o: &flow::Operand) -> (Value, Type) {
        match o {
            flow::Operand::Var(v) => (Value::Var(Var(v.0)), self.var_type(Var(v.0))),
            flow::Operand::Const(c) => {
                let ty = self.const_type(c);
                let c = self.lower_const(c, &ty);
                (Value::Const(c), ty)
            }
        }
    }

    /// Converts a value between types where the dialect allows it implicitly.
    pub(crate) fn convert(&mut self, value: Value, from: &Type, to: &Type) -> Value {
        if from == to {
            return value;
        }
        if let Value::Const(c) = &value {
            let converted = match (c, to) {
                (Const::Bool(b), Type::Int) => Some(Const::Int(*b as i64)),
                (Const::Bool(b), Type::Float) => Some(Const::Float(*b as i64 as f64)),
                (Const::Int(i), Type::Float) => Some(Const::Float(*i as f64)),
                (Const::Void, _) | (Const::Null, _) => Some(default_const(to)),
                _ => None,
            };
            if let Some(c) = converted {
                return Value::Const(c);
            }
        }
        match (from, to) {
            (Type::Void, _) => Value::Const(default_const(to)),
            (_, Type::Void) => Value::Const(Const::Void),
            (Type::Bool, Type::Int) => self.emit(Opcode::BoolToInt, vec![value], Type::Int),
            (Type::Bool, Type::Float) => {
                let i = self.emit(Opcode::BoolToInt, vec![value], Type::Int);
                self.emit(Opcode::IntToFloat, vec![i], Type::Float)
            }
            (Type::Int, Type::Float) => self.emit(Opcode::IntToFloat, vec![value], Type::Float),
            (Type::Uint, Type::Float) => self.emit(Opcode::UintToFloat, vec![value], Type::Float),
            // Int and Uint share their bits (see `Type::Uint`).
            (Type::Int, Type::Uint) | (Type::Uint, Type::Int) => value,
            (Type::Bool, Type::Uint) => self.emit(Opcode::BoolToInt, vec![value], Type::Uint),

            (Type::Instance(_), Type::Instance(_)) => value,
            (Type::Tuple(a), Type::Tuple(b)) if a.len() == b.len() => {
                let mut items = Vec::new();
                for (i, (fa, fb)) in a.iter().zip(b.iter()).enumerate() {
                    let item = self.emit(
                        Opcode::TupleGetItem(i as u32),
                        vec![value.clone()],
                        fa.clone(),
                    );
                    items.push(self.convert(item, fa, fb));
                }
                self.emit(Opcode::NewTuple, items, to.clone())
            }
            (Type::List(_), Type::List(_))
            | (Type::Dict(..), Type::Dict(..))
            | (Type::Func(_), Type::Func(_)) => {
                // Same definition seen at two moments of annotation; the item
                // types are equal once annotation is complete.
                value
            }
            _ => {
                let span = self.span();
                self.error(
                    span,
                    format!(
                        "cannot convert {} to {}",
                        self.type_name(from),
                        self.type_name(to)
                    ),
                );
                value
            }
        }
    }

    /// Stores `value` (of type `from`) into the flow variable `dest`.
    pub(crate) fn assign(&mut self, dest: Var, value: Value, from: &Type) {
        let to = self.var_type(dest);
        let value = self.convert(value, from, &to);
        let g = self.gs();
        if let Value::Var(t) = value {
            if let Some(last) = g.ops.last_mut() {
                if last.result == t
                    && t.0 as usize >= g.flow_vars
                    && g.var_types[t.0 as usize] == to
                {
                    last.result = dest;
                    return;
                }
            }
        }
        g.ops.push(Op {
            opcode: Opcode::SameAs,
            args: vec![value],
            result: dest,
        });
    }

    pub(crate) fn translate_function(&mut self, f: FuncId) -> ir::Graph {
        let func = self.function(f);
        let graph = &func.graph;
        let bindings = self.ann.bindings[f.0 as usize].as_ref().unwrap();
        let var_types: Vec<Type> = bindings.iter().map(|v| self.lower(v)).collect();
        let ret = self.lower(&self.ann.returns[f.0 as usize]);
        let ret = if f == self.program.entry {
            Type::Int
        } else {
            ret
        };
        let blocks = graph
            .blocks
            .iter()
            .map(|b| ir::Block {
                params: b.params.iter().map(|p| Var(p.0)).collect(),
                ops: Vec::new(),
                exit: Exit::Return(Value::Const(default_const(&ret))),
            })
            .collect();
        self.g = Some(GraphState {
            func: f,
            var_types,
            blocks,
            ops: Vec::new(),
            span: func.span,
            block: BlockId(0),
            op_index: 0,
            dead: None,
            ret: ret.clone(),
            flow_vars: graph.var_count as usize,
        });
        // The number of flow blocks; temporaries are numbered after the flow vars.
        let reached = &self.ann.reached[f.0 as usize];
        for (i, block) in graph.blocks.iter().enumerate() {
            if reached.get(i).copied().unwrap_or(false) {
                self.translate_block(f, BlockId(i as u32), block);
            }
        }
        let g = self.g.take().unwrap();
        let (file_line, _) = self.program.sources.line_col(func.span);
        // Specialised copies get the id of the copy in their name, to stay unique.
        let name = if self.ann.original(f, self.program) == f {
            func.qualname.clone()
        } else {
            format!("{}${}", func.qualname, f.0)
        };
        ir::Graph {
            name,

            var_types: g.var_types,
            blocks: g.blocks,
            start: BlockId(graph.start.0),
            ret,
            origin: format!(
                "{}:{}",
                self.program.sources.file(func.span.file).path,
                file_line
            ),
        }
    }

    fn dead_block(&mut self) -> BlockId {
        if let Some(d) = self.gs().dead {
            return d;
        }
        let ret = self.gs().ret.clone();
        let g = self.gs();
        g.blocks.push(ir::Block {
            params: Vec::new(),
            ops: Vec::new(),
            exit: Exit::Return(Value::Const(default_const(&ret))),
        });
        let id = BlockId(g.blocks.len() as u32 - 1);
        g.dead = Some(id);
        id
    }

    fn translate_block(&mut self, f: FuncId, id: BlockId, block: &flow::Block) {
        self.gs().ops = Vec::new();
        let n = block.ops.len();
        let mut cut = false;
        for (i, op) in block.ops.iter().enumerate() {
            self.gs().span = op.span;
            self.gs().block = id;
            self.gs().op_index = i;

            let args_known = op.args.iter().all(|a| match a {
                flow::Operand::Var(v) => *self.ann.var(f, *v) != SomeValue::Impossible,
                flow::Operand::Const(frontend::program::Constant::Undefined) => false,
                _ => true,
            });
            if !args_known {
                cut = true;
                break;
            }
            self.translate_op(op);
            if *self.ann.var(f, op.result) == SomeValue::Impossible && i + 1 < n {
                cut = true;
                break;
            }
            if *self.ann.var(f, op.result) == SomeValue::Impossible
                && !matches!(block.exit, flow::Exit::Catch { .. })
            {
                cut = true;
                break;
            }
        }
        self.gs().span = block.exit_span;
        let exit = if cut {
            let dead = self.dead_block();
            Exit::Goto(Link {
                target: dead,
                args: Vec::new(),
            })
        } else {
            self.translate_exit(f, &block.exit)
        };
        let ops = std::mem::take(&mut self.gs().ops);
        let b = &mut self.gs().blocks[id.0 as usize];
        b.ops = ops;
        b.exit = exit;
    }

    fn translate_exit(&mut self, f: FuncId, exit: &flow::Exit) -> Exit {
        match exit {
            flow::Exit::Goto(link) => Exit::Goto(self.translate_link(f, link, None)),
            flow::Exit::Branch {
                cond,
                if_true,
                if_false,
            } => {
                let (v, t) = self.operand(cond);
                let cond = if t == Type::Bool {
                    v
                } else {
                    self.emit(Opcode::IsTrue, vec![v], Type::Bool)
                };
                let if_true = self.translate_link(f, if_true, None);
                let if_false = self.translate_link(f, if_false, None);
                Exit::Branch {
                    cond,
                    if_true,
                    if_false,
                }
            }
            flow::Exit::Return(v) => {
                let (v, t) = self.operand(v);
                let ret = self.gs().ret.clone();
                Exit::Return(self.convert(v, &t, &ret))
            }
            flow::Exit::Raise(v) => Exit::Raise(self.operand(v).0),
            flow::Exit::Catch { normal, handlers } => {
                let reached = self.ann.reached[f.0 as usize].clone();
                let normal = if reached
                    .get(normal.target.0 as usize)
                    .copied()
                    .unwrap_or(false)
                {
                    self.translate_link(f, normal, Some(None))
                } else {
                    let dead = self.dead_block();
                    Link {
                        target: dead,
                        args: Vec::new(),
                    }
                };
                let handlers = handlers
                    .iter()
                    .map(|h| ir::Handler {
                        class: h.class.map(|c| ClassId(c.0)),
                        link: self.translate_link(f, &h.link, Some(h.class.map(|c| ClassId(c.0)))),
                    })
                    .collect();
                Exit::Catch { normal, handlers }
            }
            flow::Exit::Unfinished => {
                let ret = self.gs().ret.clone();
                Exit::Return(Value::Const(default_const(&ret)))
            }
        }
    }

    /// A link with its arguments converted to the target's parameter types.
    /// After a raising operation (`catch` is Some) conversions cannot go in
    /// the source block, so they get a block of their own.
    fn translate_link(
        &mut self,
        f: FuncId,
        link: &flow::Link,
        catch: Option<Option<ClassId>>,
    ) -> Link {
        let target = BlockId(link.target.0);
        let params: Vec<Var> = self
            .function(f)
            .graph
            .block(link.target)
            .params
            .iter()
            .map(|p| Var(p.0))
            .collect();
        let saved_ops = catch.map(|_| std::mem::take(&mut self.gs().ops));
        let mut exc_param = None;
        let mut args = Vec::new();
        for (p, a) in params.iter().zip(&link.args) {
            let to = self.var_type(*p);
            match a {
                flow::LinkArg::Operand(o) => {
                    let (v, t) = self.operand(o);
                    let v = self.convert(v, &t, &to);
                    args.push(LinkArg::Value(v));
                }
                flow::LinkArg::CaughtException => {
                    let class = catch
                        .flatten()
                        .unwrap_or(ClassId(self.program.builtin_class("BaseException").0));
                    let e = self.new_var(Type::Instance(class));
                    exc_param = Some(e);
                    args.push(LinkArg::Value(Value::Var(e)));
                }
            }
        }
        let Some(saved) = saved_ops else {
            return Link { target, args };
        };
        let conversions = std::mem::replace(&mut self.gs().ops, saved);
        if conversions.is_empty() && exc_param.is_none() {
            return Link { target, args };
        }
        if conversions.is_empty() {
            // Only the exception is passed: pass it directly.
            let args = args
                .into_iter()
                .map(|a| match a {
                    LinkArg::Value(Value::Var(v)) if Some(v) == exc_param => {
                        LinkArg::CaughtException
                    }
                    other => other,
                })
                .collect();
            return Link { target, args };
        }
        let g = self.gs();
        g.blocks.push(ir::Block {
            params: exc_param.into_iter().collect(),
            ops: conversions,
            exit: Exit::Goto(Link { target, args }),
        });
        let mid = BlockId(g.blocks.len() as u32 - 1);
        let mid_args = if exc_param.is_some() {
            vec![LinkArg::CaughtException]
        } else {
            Vec::new()
        };
        Link {
            target: mid,
            args: mid_args,
        }
    }
}
