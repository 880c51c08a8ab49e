//! Graphs too large for one JVM method (64 KiB of code, 65535 local slots).
//!
//! The blocks are partitioned into regions, each lowered as its own static
//! method `name$rK(Frame, int entry) -> int`. Variables used in more than one
//! region (and the parameters of blocks entered from another region, and the
//! graph's parameters) live in the fields of a generated frame class instead
//! of locals. A region runs from the entry block it is given until control
//! leaves it: a link to another region's block stores that block's
//! parameters and returns the block's id; a `return` stores the result in the
//! frame's `ret` field and returns -1. The graph's own method creates the
//! frame, stores the arguments and loops, calling the region that contains
//! the next block. Exceptions propagate through the region methods as
//! through any call. Because the operand stack is empty at block boundaries,
//! any block can start a method.

use lltype::ir::{Block, BlockId, Exit, Graph, GraphId, Link, LinkArg, Value, Var};
use ristretto_classfile::{ClassAccessFlags, FieldAccessFlags, MethodAccessFlags};

use super::graph::{block_order, lower_graph_body, MAX_METHOD_BYTES};
use super::{ClassBytes, Ctx};
use crate::classfile::{method_descriptor, ClassWriter, Code, Cond, Invoke, JType};
use crate::runtime::names as rt;

/// What one region method is made of.
#[derive(Clone, Debug)]
pub struct Region {
    pub frame_class: String,
    /// Block membership, by block index.
    pub blocks: Vec<bool>,
    /// The blocks control may enter this region at (dispatch order).
    pub entries: Vec<BlockId>,
    /// Variables living in the frame, by variable index.
    pub shared: Vec<bool>,
    /// Variables defined (as block parameter or op result) in this region.
    pub defined_here: Vec<bool>,
}

/// A rough code-size weight of a block, to cut regions of similar size.
fn weight(g: &Graph, b: BlockId) -> usize {
    let block = g.block(b);
    let links = match &block.exit {
        Exit::Goto(l) => l.args.len(),
        Exit::Branch {
            if_true, if_false, ..
        } => if_true.args.len() + if_false.args.len(),
        Exit::Catch { normal, handlers } => {
            normal.args.len()
                + handlers
                    .iter()
                    .map(|h| h.link.args.len() + 4)
                    .sum::<usize>()
        }
        _ => 1,
    };
    8 + block
        .ops
        .iter()
        .map(|o| 6 + 3 * o.args.len())
        .sum::<usize>()
        + 5 * links
}

/// Region index of each block: consecutive blocks (in emission order) until
/// the weight limit.
fn partition(g: &Graph, limit: usize) -> Vec<usize> {
    let mut region = vec![0; g.blocks.len()];
    let (mut current, mut acc) = (0, 0);
    for b in block_order(g) {
        let w = weight(g, b);
        if acc > 0 && acc + w > limit {
            current += 1;
            acc = 0;
        }
        acc += w;
        region[b.0 as usize] = current;
    }
    region
}

fn link_targets(exit: &Exit) -> Vec<(BlockId, &[LinkArg])> {
    match exit {
        Exit::Goto(l) => vec![(l.target, &l.args[..])],
        Exit::Branch {
            if_true, if_false, ..
        } => {
            vec![
                (if_true.target, &if_true.args[..]),
                (if_false.target, &if_false.args[..]),
            ]
        }
        Exit::Catch { normal, handlers } => {
            let mut v = vec![(normal.target, &normal.args[..])];
            v.extend(handlers.iter().map(|h| (h.link.target, &h.link.args[..])));
            v
        }
        _ => vec![],
    }
}

/// Computes the regions of `g` for a weight limit.
fn regions(g: &Graph, limit: usize, frame_class: &str) -> Vec<Region> {
    let region = partition(g, limit);
    let count = region.iter().max().map_or(1, |m| m + 1);
    let nvars = g.var_types.len();
    let mut def_region = vec![usize::MAX; nvars];
    for (b, block) in g.blocks.iter().enumerate() {
        for p in &block.params {
            def_region[p.0 as usize] = region[b];
        }
        for op in &block.ops {
            def_region[op.result.0 as usize] = region[b];
        }
    }
    let mut shared = vec![false; nvars];
    let mut entries: Vec<Vec<BlockId>> = vec![Vec::new(); count];
    entries[region[g.start.0 as usize]].push(g.start);
    for p in g.params() {
        shared[p.0 as usize] = true;
    }
    let use_in = |v: &Value, r: usize, shared: &mut Vec<bool>| {
        if let Value::Var(Var(i)) = v {
            if def_region[*i as usize] != r {
                shared[*i as usize] = true;
            }
        }
    };
    for (b, block) in g.blocks.iter().enumerate() {
        let r = region[b];
        for op in &block.ops {
            for a in &op.args {
                use_in(a, r, &mut shared);
            }
        }
        match &block.exit {
            Exit::Return(v) | Exit::Raise(v) => use_in(v, r, &mut shared),
            Exit::Branch { cond, .. } => use_in(cond, r, &mut shared),
            _ => {}
        }
        for (target, args) in link_targets(&block.exit) {
            for a in args {
                if let LinkArg::Value(v) = a {
                    use_in(v, r, &mut shared);
                }
            }
            let tr = region[target.0 as usize];
            if tr != r {
                for p in &g.block(target).params {
                    shared[p.0 as usize] = true;
                }
                if !entries[tr].contains(&target) {
                    entries[tr].push(target);
                }
            }
        }
    }
    (0..count)
        .map(|k| Region {
            frame_class: frame_class.to_string(),
            blocks: region.iter().map(|r| *r == k).collect(),
            entries: entries[k].clone(),
            shared: shared.clone(),
            defined_here: def_region.iter().map(|r| *r == k).collect(),
        })
        .filter(|r| !r.entries.is_empty())
        .collect()
}

/// Ops per piece when a block is cut.
const PIECE_OPS: usize = 200;

/// A copy of `g` whose blocks of more than `PIECE_OPS` operations are cut
/// into a chain of blocks. The pieces need no parameters: each is entered
/// only from the previous one, which dominates it, and a variable may be
/// used in any block its definition dominates.
fn cut_large_blocks(g: &Graph) -> Graph {
    let mut g = g.clone();
    let n = g.blocks.len();
    for b in 0..n {
        if g.blocks[b].ops.len() <= PIECE_OPS {
            continue;
        }
        let mut ops = std::mem::take(&mut g.blocks[b].ops);
        let exit = std::mem::replace(
            &mut g.blocks[b].exit,
            Exit::Return(Value::Const(lltype::ir::Const::Void)),
        );
        let rest = ops.split_off(PIECE_OPS);
        g.blocks[b].ops = ops;
        let mut current = b;
        for chunk in rest.chunks(PIECE_OPS) {
            let id = BlockId(g.blocks.len() as u32);
            g.blocks.push(Block {
                params: vec![],
                ops: chunk.to_vec(),
                exit: Exit::Return(Value::Const(lltype::ir::Const::Void)),
            });
            g.blocks[current].exit = Exit::Goto(Link {
                target: id,
                args: vec![],
            });
            current = id.0 as usize;
        }
        g.blocks[current].exit = exit;
    }
    g
}

/// Lowers graph `g` split into regions: adds its methods to `cw` and returns
/// the frame class.
pub fn lower_split(ctx: &Ctx, cw: &mut ClassWriter, g: GraphId) -> Result<ClassBytes, String> {
    let graph = &cut_large_blocks(ctx.program.graph(g));
    let name = ctx.graph_method(g);
    let frame_class = format!("py/Frame${name}");
    let mut limit = 3000;
    let (regions, codes) = loop {
        let regions = regions(graph, limit, &frame_class);
        let mut codes = Vec::new();
        let mut fits = true;
        for r in &regions {
            let code = lower_graph_body(ctx, &mut cw.pool, graph, Some(r.clone()))?;
            fits &= code.byte_size() <= MAX_METHOD_BYTES;
            codes.push(code);
        }
        if fits {
            break (regions, codes);
        }
        if limit < 50 {
            return Err(format!(
                "graph {} ({}): a block is too large for one JVM method",
                graph.name, graph.origin
            ));
        }
        limit /= 2;
    };

    let frame = JType::object(&frame_class);
    let region_desc = method_descriptor(&[frame.clone(), JType::Int], &JType::Int);
    for (k, code) in codes.into_iter().enumerate() {
        cw.add_method(
            MethodAccessFlags::PRIVATE | MethodAccessFlags::STATIC,
            &format!("{name}$r{k}"),
            &region_desc,
            code,
        )?;
    }

    // The graph's method: frame set-up and the dispatch loop.
    let params: Vec<(Var, JType)> = graph
        .params()
        .iter()
        .map(|p| (*p, ctx.jtype(graph.var_type(*p))))
        .filter(|(_, t)| *t != JType::Void)
        .collect();
    let param_slots: u16 = params.iter().map(|(_, t)| t.slots()).sum();
    let (f_slot, next_slot) = (param_slots, param_slots + 1);
    let mut code = Code::new(param_slots + 2);
    let owner = cw.name.clone();
    let pool = &mut cw.pool;
    code.new_dup(pool, &frame_class);
    code.invoke(pool, Invoke::Special, &frame_class, "<init>", "()V");
    code.store(&frame, f_slot);
    let mut slot = 0;
    for (v, t) in &params {
        code.load(&frame, f_slot);
        code.load(t, slot);
        code.put_field(pool, &frame_class, &format!("v{}", v.0), t);
        slot += t.slots();
    }
    code.int_const(pool, graph.start.0 as i32);
    code.store(&JType::Int, next_slot);
    let mut locals: Vec<JType> = params.iter().map(|(_, t)| t.clone()).collect();
    locals.push(frame.clone());
    locals.push(JType::Int);
    code.set_frame_locals(locals);
    let top = code.new_label();
    let done = code.new_label();
    code.bind(top);
    let calls: Vec<_> = regions.iter().map(|_| code.new_label()).collect();
    for (k, r) in regions.iter().enumerate() {
        for b in &r.entries {
            code.load(&JType::Int, next_slot);
            code.int_const(pool, b.0 as i32);
            code.jump_if(Cond::ICmpEq, calls[k]);
        }
    }
    code.goto(calls[0]);
    for (k, label) in calls.iter().enumerate() {
        code.bind(*label);
        code.load(&frame, f_slot);
        code.load(&JType::Int, next_slot);
        code.invoke(
            pool,
            Invoke::Static,
            &owner,
            &format!("{name}$r{k}"),
            &region_desc,
        );
        code.store(&JType::Int, next_slot);
        code.load(&JType::Int, next_slot);
        code.jump_if(Cond::Lt, done);
        code.goto(top);
    }
    code.bind(done);
    let ret = ctx.jtype(&graph.ret);
    if ret != JType::Void {
        code.load(&frame, f_slot);
        code.get_field(pool, &frame_class, "ret", &ret);
    }
    code.return_value(&ret);
    cw.add_method(
        MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
        &name,
        &ctx.graph_descriptor(g),
        code,
    )?;

    // The frame class: one field per shared variable, and the result.
    let mut fw = ClassWriter::new(
        &frame_class,
        rt::OBJECT,
        ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
    );
    let shared = &regions[0].shared;
    for (v, is_shared) in shared.iter().enumerate() {
        let t = ctx.jtype(&graph.var_types[v]);
        if *is_shared && t != JType::Void {
            fw.add_field(&format!("v{v}"), &t, FieldAccessFlags::PUBLIC);
        }
    }
    if ret != JType::Void {
        fw.add_field("ret", &ret, FieldAccessFlags::PUBLIC);
    }
    let mut init = Code::new(1);
    init.load(&frame, 0);
    init.invoke(&mut fw.pool, Invoke::Special, rt::OBJECT, "<init>", "()V");
    init.return_value(&JType::Void);
    fw.add_method(MethodAccessFlags::PUBLIC, "<init>", "()V", init)?;
    Ok((format!("{frame_class}.class"), fw.finish()?))
}
