//! `brief`: a terminal briefing explorer.

pub mod briefing;
pub mod cli;
pub mod report;
