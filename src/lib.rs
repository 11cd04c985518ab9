//! `brief`: a terminal briefing explorer.

pub mod briefing;
