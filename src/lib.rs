//! `brief`: a terminal briefing explorer.
//!
//! Imports run one way: `briefing` (the domain) <- `text` (measuring and
//! wrapping) <- `tui`, `export`, `report` <- `cli` and the binary.

pub mod briefing;
pub mod cli;
pub mod corpus;
pub mod export;
pub mod report;
pub mod text;
pub mod tui;
