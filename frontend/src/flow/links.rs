//! Iterating over the links of a block exit.

use crate::flowgraph::{Exit, Link};

pub fn links_mut(exit: &mut Exit) -> Vec<&mut Link> {
    match exit {
        Exit::Goto(l) => vec![l],
        Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        Exit::Catch { normal, handlers } => std::iter::once(normal)
            .chain(handlers.iter_mut().map(|h| &mut h.link))
            .collect(),
        Exit::Return(_) | Exit::Raise(_) | Exit::Unfinished => Vec::new(),
    }
}

pub fn links(exit: &Exit) -> Vec<&Link> {
    match exit {
        Exit::Goto(l) => vec![l],
        Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        Exit::Catch { normal, handlers } => std::iter::once(normal)
            .chain(handlers.iter().map(|h| &h.link))
            .collect(),
        Exit::Return(_) | Exit::Raise(_) | Exit::Unfinished => Vec::new(),
    }
}
