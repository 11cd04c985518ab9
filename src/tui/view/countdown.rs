//! The deadline strip: what falls when, ticking once a second.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::briefing::{Curated, clock};
use crate::text::{truncate, width};
use crate::tui::app::{App, Focus};
use crate::tui::layout::Panes;

pub fn render(app: &App, t: &Theme, frame: &mut Frame, panes: &Panes) {
    let area = panes.countdown;
    let focused = app.focus == Focus::Countdown;
    let deadlines = &app.briefing.deadlines;
    let all_passed = !deadlines.is_empty() && clock::next_due(deadlines, &app.now).is_none();
    let title = match (app.suggested, all_passed) {
        (true, _) => "Countdown · suggested from the text, not curated (? explains)",
        (false, true) => "Countdown · all passed",
        (false, false) => "Countdown",
    };
    let mut block = super::pane(t, title, focused);
    if let Some(note) = legend(app) {
        block = block.title_bottom(Line::styled(note, t.dim).right_aligned());
    }
    let rows = panes.countdown_list.height as usize;
    let below = deadlines.len().saturating_sub(app.deadline_offset + rows);
    if app.deadline_offset > 0 || below > 0 {
        let more = match (app.deadline_offset, below) {
            (0, b) => format!(" ↓ {b} more "),
            (a, 0) => format!(" ↑ {a} more "),
            (a, b) => format!(" ↑ {a} · ↓ {b} more "),
        };
        block = block.title_bottom(Line::styled(more, t.title_focus).left_aligned());
    }
    let inner = panes.countdown_list;
    frame.render_widget(block, area);
    if deadlines.is_empty() {
        let msg = app.briefing.nothing_in(Curated::Deadlines);
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim)), inner);
        return;
    }
    let next = clock::next_due(deadlines, &app.now);
    let cells = inner.width as usize;
    let lines: Vec<Line> = deadlines
        .iter()
        .enumerate()
        .skip(app.deadline_offset)
        .take(inner.height as usize)
        .map(|(i, d)| {
            let secs = clock::seconds_remaining(&d.due, &app.now);
            let left = clock::remaining_precise(secs);
            let due = format!(
                "{}{}",
                d.due.format("%Y-%m-%d %H:%M %:z"),
                if d.assumed.is_some() { "*" } else { " " }
            );
            let (marker, style) = if Some(i) == next {
                ("▶ next ", t.next)
            } else if secs < 0 {
                ("  ", t.passed)
            } else {
                ("  ", t.text)
            };
            // Narrow panes drop the date before the time left.
            let fixed = 7 + 1 + 15;
            let show_due = cells >= fixed + width(&due) + 1 + 16;
            let label_room = cells
                .saturating_sub(fixed + if show_due { width(&due) + 1 } else { 0 })
                .max(8);
            let label = truncate(&d.label, label_room);
            let pad = label_room.saturating_sub(width(&label));
            let mut spans = vec![
                Span::styled(format!("{marker:<7}"), style),
                Span::styled(label, style),
                Span::raw(" ".repeat(pad + 1)),
            ];
            if show_due {
                let due_style = if secs < 0 { t.passed } else { t.dim };
                spans.push(Span::styled(due, due_style));
                spans.push(Span::raw(" "));
            }
            spans.push(Span::styled(format!("{left:>15}"), style));
            let line = Line::from(spans);
            if focused && i == app.deadline {
                line.style(t.selected)
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Explains `*`: the selected deadline's assumption when the pane has focus,
/// otherwise what the mark means.
fn legend(app: &App) -> Option<String> {
    let deadlines = &app.briefing.deadlines;
    if !deadlines.iter().any(|d| d.assumed.is_some()) {
        return None;
    }
    let selected = deadlines.get(app.deadline).and_then(|d| d.assumed.as_ref());
    match (app.focus == Focus::Countdown, selected) {
        (true, Some(note)) => {
            let room = (app.size.width as usize).saturating_sub(24);
            Some(format!(" * {} ", truncate(note, room)))
        }
        _ => Some(" * hour assumed (? for details) ".into()),
    }
}
