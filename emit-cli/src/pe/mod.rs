//! The PE/COFF container (ECMA-335 II.25): DOS stub, PE headers, the single
//! `.text` section and the CLI header.

pub mod cli_header;
pub mod dos;
pub mod headers;
pub mod image;
pub mod imports;
pub mod layout;

pub use image::{write_image, Bodies, Image};
