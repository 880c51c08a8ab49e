//! Optimisations of the typed IR, run after rtyping and before any backend
//! or the graph interpreter sees the program. Each pass keeps the program's
//! observable behaviour and lives in its own module, named for what it does.

mod constant_lengths;
mod counted_loops;
mod list_repeats;
mod strength_reduction;

use crate::ir::Program;

pub use constant_lengths::fold_constant_lengths;
pub use counted_loops::lower_counted_loops;
pub use list_repeats::fuse_list_repeats;
pub use strength_reduction::reduce_strength;

/// Runs every pass, in order.
pub fn optimize(program: &mut Program) {
    fold_constant_lengths(program);
    reduce_strength(program);
    fuse_list_repeats(program);
    lower_counted_loops(program);
}
