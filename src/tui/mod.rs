//! The explorer: one `App` and its pure `update` (`app`), the one table of
//! key bindings (`bindings`) the keymap, help and hints are made from, the
//! rectangles update and view share (`layout`), the view that only reads
//! (`view`), and the terminal loop (`term`).

pub mod app;
pub mod bindings;
pub mod help;
pub mod keymap;
pub mod layout;
pub mod reload;
pub mod search_job;
pub mod term;
pub mod view;
pub mod views;
pub mod watch;
pub mod wire;
