//! Pins: what the reader collected, and the selected one as the citation
//! `y` copies and `brief pins` prints.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::briefing::pins::Kind;
use crate::text::{truncate, width};
use crate::tui::app::App;

pub fn render(app: &App, t: &Theme, frame: &mut Frame) {
    let v = app.view_panes();
    let title = format!("Pins · {}", app.pins.len());
    frame.render_widget(super::pane(t, &title, true), v.main);
    if app.pins.is_empty() {
        let msg = "No pins yet. p pins the quote, mention or reader line at the cursor; \
                   y copies it as a citation; brief pins prints them all.";
        frame.render_widget(
            Paragraph::new(Span::styled(msg, t.dim)).wrap(Wrap { trim: true }),
            v.list,
        );
        return;
    }
    let cells = v.list.width as usize;
    let lines: Vec<Line> = app
        .pins
        .iter()
        .enumerate()
        .skip(app.pins_list.offset)
        .take(v.list.height as usize)
        .map(|(i, p)| {
            let kind = match p.kind {
                Kind::Quote => "quote",
                Kind::Mention => "mention",
                Kind::Line => "line",
            };
            let at = format!(
                " {} · {}:{}",
                p.speaker.as_deref().unwrap_or(kind),
                p.source,
                p.line
            );
            let stale = if p.resolves(&app.briefing) {
                ""
            } else {
                " (gone)"
            };
            let room = cells.saturating_sub(2 + width(&at) + stale.len());
            let selected = i == app.pins_list.selected;
            let line = Line::from(vec![
                Span::raw(if selected { "▸ " } else { "  " }),
                Span::raw(truncate(&format!("“{}”", p.text), room)),
                Span::styled(at, t.dim),
                Span::styled(stale, t.warning),
            ]);
            if selected {
                line.style(t.selected)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), v.list);
    frame.render_widget(super::pane(t, "Citation · y copies", false), v.side);
    if let Some(pin) = app.pins.get(app.pins_list.selected) {
        frame.render_widget(
            Paragraph::new(pin.citation(&app.briefing)).wrap(Wrap { trim: false }),
            v.side_list,
        );
    }
}
