//! The domain: articles, anchors, quotes, deadlines and search. Knows nothing
//! of the terminal; the CLI and the TUI both stand on it.

pub mod add;
pub mod clock;
pub mod coverage;
pub mod load;
pub mod model;
pub mod new;
mod parallel;
pub mod people;
pub mod pins;
pub mod quotes;
pub mod search;
pub mod suggest;
pub mod text;
pub mod timeline;

pub use model::*;
