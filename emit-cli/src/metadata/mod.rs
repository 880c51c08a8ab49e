//! ECMA-335 partition II metadata: heaps, tables and their serialization.

pub mod builder;
pub mod coded_index;
pub mod compressed;
pub mod heaps;
pub mod root;
pub mod rows;
pub mod table_id;
pub mod tables_stream;
pub mod widths;

pub use builder::MetadataBuilder;
pub use table_id::{user_string_token, RowRef, TableId};
