//! The bar a long load shows on stderr while a command waits for it.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::briefing::load::Progress;

/// A load shorter than this shows nothing: a bar that flashes is noise.
const DELAY: Duration = Duration::from_millis(500);

/// A bar that stays hidden until the load has taken `DELAY`, and for good
/// when stderr is not a terminal (a script reads stderr for errors).
pub struct LoadBar {
    bar: ProgressBar,
    started: Instant,
    terminal: bool,
    shown: AtomicBool,
}

impl LoadBar {
    pub fn new() -> Self {
        Self::to(std::io::stderr().is_terminal())
    }

    fn to(terminal: bool) -> Self {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{msg:>18} {bar:30} {pos}/{len}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        Self {
            bar,
            started: Instant::now(),
            terminal,
            shown: AtomicBool::new(false),
        }
    }

    /// What the load reports, from any thread.
    pub fn update(&self, p: Progress) {
        // A bar never drawn needs no state: the load reports from both
        // cores for every article, and each report would take a lock.
        if !self.terminal {
            return;
        }
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        if self.bar.length() != Some(p.total as u64) {
            self.bar.set_length(p.total as u64);
        }
        self.bar.set_message(p.label());
        self.bar.set_position(p.done as u64);
    }

    /// Whether the bar has been drawn.
    pub fn shown(&self) -> bool {
        self.shown.load(Ordering::Relaxed)
    }

    /// Clears the bar, so that what the command prints starts on a clean line.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Default for LoadBar {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load::Stage;

    fn step(done: usize) -> Progress {
        Progress {
            stage: Stage::Speakers,
            done,
            total: 10,
        }
    }

    #[test]
    fn a_short_load_shows_nothing() {
        let bar = LoadBar::to(true);
        bar.update(step(1));
        assert!(!bar.shown());
    }

    #[test]
    fn a_long_load_shows_the_bar_on_a_terminal_only() {
        let on_terminal = LoadBar::to(true);
        let piped = LoadBar::to(false);
        std::thread::sleep(DELAY);
        on_terminal.update(step(3));
        piped.update(step(3));
        assert!(on_terminal.shown());
        assert!(!piped.shown());
        assert_eq!(on_terminal.bar.position(), 3);
        on_terminal.finish();
    }
}
