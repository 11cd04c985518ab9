//! Whether to colour, and the few styles the text reports use.
//!
//! The decision, first rule that applies:
//! 1. `--color always` or `--color never`: what the user typed wins.
//! 2. `NO_COLOR` set and not empty: no colour (no-color.org).
//! 3. `CLICOLOR_FORCE` set and not `0`: colour, even into a pipe.
//! 4. `CLICOLOR=0`: no colour.
//! 5. Colour only on a terminal whose `TERM` is not `dumb`.
//!
//! NO_COLOR is above CLICOLOR_FORCE because asking for less is the safer
//! reading of two conflicting wishes (anstream, which clap uses, agrees).
//! Every style here only emphasises what the text already says: a passed
//! deadline still reads "passed", the next one still has its `▶`.

use anstyle::{AnsiColor, Style};

/// `--color`: when to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, as NO_COLOR, CLICOLOR_FORCE and CLICOLOR say
    #[default]
    Auto,
    /// Always colour, even into a pipe or a file
    Always,
    /// Never colour
    Never,
}

/// The environment variables the decision reads, so tests can pass their own.
#[derive(Debug, Clone, Default)]
pub struct ColorEnv {
    pub no_color: Option<String>,
    pub clicolor_force: Option<String>,
    pub clicolor: Option<String>,
    pub term: Option<String>,
}

impl ColorEnv {
    pub fn from_process() -> ColorEnv {
        let var = |name| {
            std::env::var_os(name).map(|v: std::ffi::OsString| v.to_string_lossy().into_owned())
        };
        ColorEnv {
            no_color: var("NO_COLOR"),
            clicolor_force: var("CLICOLOR_FORCE"),
            clicolor: var("CLICOLOR"),
            term: var("TERM"),
        }
    }
}

/// Whether output to a stream should be coloured; `terminal` says whether
/// that stream is a terminal.
pub fn use_color(when: ColorWhen, env: &ColorEnv, terminal: bool) -> bool {
    match when {
        ColorWhen::Always => return true,
        ColorWhen::Never => return false,
        ColorWhen::Auto => {}
    }
    if env.no_color.as_deref().is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if env
        .clicolor_force
        .as_deref()
        .is_some_and(|v| !v.is_empty() && v != "0")
    {
        return true;
    }
    if env.clicolor.as_deref() == Some("0") {
        return false;
    }
    terminal && env.term.as_deref() != Some("dumb")
}

/// What a piece of report text is, for how it is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The briefing's title, a source's title.
    Title,
    /// A column header.
    Header,
    /// Who said a quote.
    Speaker,
    /// The deadline that falls next.
    Next,
    /// A deadline that has passed.
    Passed,
    /// Secondary text: where a quote is, footnotes.
    Dim,
    /// An issue's side, as its label already says.
    Us,
    China,
}

impl Role {
    fn style(self) -> Style {
        let fg = |c: AnsiColor| Style::new().fg_color(Some(c.into()));
        match self {
            Role::Title => Style::new().bold(),
            Role::Header => Style::new().bold().underline(),
            Role::Speaker => fg(AnsiColor::Cyan).bold(),
            Role::Next => fg(AnsiColor::Yellow).bold(),
            Role::Passed => Style::new().dimmed(),
            Role::Dim => Style::new().dimmed(),
            Role::Us => fg(AnsiColor::BrightBlue).bold(),
            Role::China => fg(AnsiColor::BrightRed).bold(),
        }
    }
}

/// Paints report text, or leaves it exactly as it is when colour is off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Paint {
    on: bool,
}

impl Paint {
    pub fn new(on: bool) -> Paint {
        Paint { on }
    }

    /// No escape sequences at all: what pipes, files and tests get.
    pub fn plain() -> Paint {
        Paint { on: false }
    }

    pub fn is_on(self) -> bool {
        self.on
    }

    /// `text` in the style of `role`. Pad before painting: the escape
    /// sequences take no cells but do count in `format!` widths.
    pub fn paint(self, role: Role, text: &str) -> String {
        if !self.on || text.is_empty() {
            return text.to_string();
        }
        let style = role.style();
        format!("{}{text}{}", style.render(), style.render_reset())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(no_color: Option<&str>, force: Option<&str>) -> ColorEnv {
        ColorEnv {
            no_color: no_color.map(String::from),
            clicolor_force: force.map(String::from),
            clicolor: None,
            term: Some("xterm-256color".into()),
        }
    }

    #[test]
    fn the_flag_wins_over_the_environment() {
        let hostile = env(Some("1"), Some("1"));
        assert!(use_color(ColorWhen::Always, &env(Some("1"), None), false));
        assert!(!use_color(ColorWhen::Never, &env(None, Some("1")), true));
        assert!(use_color(ColorWhen::Always, &hostile, false));
        assert!(!use_color(ColorWhen::Never, &hostile, true));
    }

    #[test]
    fn auto_reads_no_color_then_clicolor_force_then_the_terminal() {
        assert!(use_color(ColorWhen::Auto, &env(None, None), true));
        assert!(!use_color(ColorWhen::Auto, &env(None, None), false));
        assert!(!use_color(ColorWhen::Auto, &env(Some("1"), None), true));
        // An empty NO_COLOR is no request (no-color.org).
        assert!(use_color(ColorWhen::Auto, &env(Some(""), None), true));
        assert!(use_color(ColorWhen::Auto, &env(None, Some("1")), false));
        assert!(!use_color(ColorWhen::Auto, &env(None, Some("0")), false));
        assert!(!use_color(
            ColorWhen::Auto,
            &env(Some("1"), Some("1")),
            true
        ));
    }

    #[test]
    fn clicolor_zero_and_a_dumb_terminal_mean_no_colour() {
        let mut e = env(None, None);
        e.clicolor = Some("0".into());
        assert!(!use_color(ColorWhen::Auto, &e, true));
        e.clicolor = Some("1".into());
        assert!(use_color(ColorWhen::Auto, &e, true));
        e.term = Some("dumb".into());
        assert!(!use_color(ColorWhen::Auto, &e, true));
    }

    #[test]
    fn plain_paint_leaves_text_alone() {
        assert_eq!(Paint::plain().paint(Role::Speaker, "Xi"), "Xi");
        let on = Paint::new(true).paint(Role::Speaker, "Xi");
        assert!(on.starts_with("\x1b[") && on.ends_with("\x1b[0m"), "{on:?}");
        assert!(on.contains("Xi"));
    }
}
