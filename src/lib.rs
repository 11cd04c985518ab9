//! `brief`: a terminal briefing explorer.
//!
//! Imports run one way: `briefing` (the domain) <- `text` (measuring and
//! wrapping) <- `tui`, `export`, `report` <- `cli` and the binary.

pub mod briefing;
pub mod cli;
pub mod complete;
pub mod export;
pub mod man;
pub mod pager;
pub mod report;
pub mod style;
pub mod text;
pub mod tui;
