//! The bottom line: the keys that matter for the focused pane or overlay.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::text::width;
use crate::tui::app::{App, Focus, Overlay};

fn hints(app: &App) -> &'static [(&'static str, &'static str)] {
    match (app.overlay, app.focus) {
        (Overlay::Search, _) => &[
            ("type", "filter"),
            ("↑↓", "move"),
            ("Enter", "show in reader"),
            ("Esc", "close"),
        ],
        (Overlay::Help, _) => &[("j/k", "scroll"), ("Esc", "close"), ("q", "quit")],
        (_, Focus::Countdown) => &[
            ("j/k", "select"),
            ("Enter", "read source"),
            ("Tab", "next pane"),
            ("/", "search"),
            ("?", "help"),
            ("q", "quit"),
        ],
        (_, Focus::Issues) => &[
            ("j/k", "select"),
            ("Enter", "read"),
            ("n/N", "mentions"),
            ("Tab", "next pane"),
            ("/", "search"),
            ("?", "help"),
            ("q", "quit"),
        ],
        (_, Focus::Reader) => &[
            ("j/k", "scroll"),
            ("[/]", "article"),
            ("n/N", "next match"),
            ("Tab", "pane"),
            ("/", "search"),
            ("?", "help"),
            ("q", "quit"),
        ],
    }
}

pub fn render(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    for (key, what) in hints(app) {
        let cost = width(key) + 1 + width(what) + 3;
        // Drop what does not fit rather than cut a hint in half.
        if used + cost > area.width as usize {
            break;
        }
        used += cost;
        spans.push(Span::styled(*key, t.key));
        spans.push(Span::styled(format!(" {what}   "), t.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
