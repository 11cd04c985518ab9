//! `brief`: a terminal briefing explorer.

pub mod app;
pub mod briefing;
pub mod keymap;
pub mod term;
pub mod ui;
pub mod cli;
pub mod export;
pub mod keys;
pub mod report;
