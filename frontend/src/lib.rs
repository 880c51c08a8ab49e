pub mod annotator;
pub mod diagnostics;
pub mod flowgraph;
pub mod program;
