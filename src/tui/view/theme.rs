//! Colours and attributes, chosen once at startup. Every style that carries
//! meaning in colour also carries it in an attribute, so the monochrome theme
//! (`NO_COLOR`, `--color never`: see `style`) only has to drop the colours.

use ratatui::style::{Color, Modifier, Style};

use crate::briefing::Side;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub bold: Style,
    pub header: Style,
    pub border: Style,
    pub border_focus: Style,
    pub title: Style,
    pub title_focus: Style,
    pub us: Style,
    pub china: Style,
    pub peripheral: Style,
    /// The deadline that falls next.
    pub next: Style,
    pub passed: Style,
    /// The selected row of the focused pane.
    pub selected: Style,
    /// The selected row of a pane without focus.
    pub selected_idle: Style,
    /// The selected search result: its matched characters must still show.
    pub cursor: Style,
    /// Every anchor of the selected issue in the reader.
    pub anchor: Style,
    /// The mention or quote being shown.
    pub current: Style,
    /// Matched characters in search results.
    pub matched: Style,
    pub key: Style,
    pub warning: Style,
}

impl Theme {
    pub fn color() -> Theme {
        let fg = |c| Style::new().fg(c);
        Theme {
            text: Style::new(),
            dim: fg(Color::DarkGray),
            bold: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            border: fg(Color::DarkGray),
            border_focus: fg(Color::Cyan),
            title: fg(Color::Gray),
            title_focus: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            us: fg(Color::LightBlue).add_modifier(Modifier::BOLD),
            china: fg(Color::LightRed).add_modifier(Modifier::BOLD),
            peripheral: fg(Color::Gray),
            next: fg(Color::Yellow).add_modifier(Modifier::BOLD),
            passed: fg(Color::DarkGray).add_modifier(Modifier::DIM),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(Modifier::BOLD),
            selected_idle: Style::new()
                .bg(Color::DarkGray)
                .add_modifier(Modifier::BOLD),
            cursor: Style::new().bg(Color::DarkGray),
            anchor: fg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
            current: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            matched: fg(Color::LightYellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
            warning: fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }

    /// Everything through bold, reverse, underline and dim.
    pub fn mono() -> Theme {
        let m = |m| Style::new().add_modifier(m);
        Theme {
            text: Style::new(),
            dim: m(Modifier::DIM),
            bold: m(Modifier::BOLD),
            header: m(Modifier::REVERSED | Modifier::BOLD),
            border: Style::new(),
            border_focus: m(Modifier::BOLD),
            title: Style::new(),
            title_focus: m(Modifier::BOLD),
            us: m(Modifier::BOLD),
            china: m(Modifier::BOLD),
            peripheral: Style::new(),
            next: m(Modifier::BOLD),
            passed: m(Modifier::DIM),
            selected: m(Modifier::REVERSED | Modifier::BOLD),
            selected_idle: m(Modifier::UNDERLINED | Modifier::BOLD),
            cursor: m(Modifier::REVERSED),
            anchor: m(Modifier::UNDERLINED),
            current: m(Modifier::REVERSED),
            matched: m(Modifier::BOLD | Modifier::UNDERLINED),
            key: m(Modifier::BOLD),
            warning: m(Modifier::BOLD),
        }
    }

    pub fn side(&self, side: Side) -> Style {
        match side {
            Side::Us => self.us,
            Side::China => self.china,
            Side::Peripheral => self.peripheral,
        }
    }
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::color()
    }
}

/// The side as text, so the list does not rely on colour.
pub fn side_tag(side: Side) -> &'static str {
    match side {
        Side::Us => "US",
        Side::China => "CN",
        Side::Peripheral => "··",
    }
}
