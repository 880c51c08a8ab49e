//! Backend-independent transformations of typed graphs, one per file.

pub mod prune_block_params;

use crate::ir::Program;

/// The passes every translation runs, in order.
pub fn optimize(program: &mut Program) {
    for g in &mut program.graphs {
        prune_block_params::prune_block_params(g);
    }
}
