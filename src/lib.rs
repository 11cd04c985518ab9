//! `brief`: a terminal briefing explorer.
//!
//! Imports run one way: `briefing` (the domain) <- `text` (measuring and
//! wrapping), `style` (when to colour), `pager` <- `tui`, `export`, `report`
//! <- `cli`, with `complete` and `man` made from it, and the binary.

pub mod briefing;
pub mod building;
pub mod cli;
pub mod complete;
pub mod corpus;
pub mod export;
pub mod man;
pub mod pager;
pub mod progress;
pub mod report;
pub mod style;
pub mod suggesting;
pub mod text;
pub mod tui;
