//! `brief`: a terminal briefing explorer.

pub mod app;
pub mod briefing;
pub mod building;
pub mod cli;
pub mod export;
pub mod keymap;
pub mod keys;
pub mod report;
pub mod term;
pub mod ui;
