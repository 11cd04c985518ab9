//! The domain: articles, anchors, quotes, deadlines and search. Knows nothing
//! of the terminal; the CLI and the TUI both stand on it.

pub mod model;
pub mod quotes;
pub mod text;

pub use model::*;
