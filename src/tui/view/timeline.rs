//! The timeline: curated events and deadlines on one axis, "now" marked
//! where it falls, each row saying in words whether it passed.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::briefing::timeline::{When, now_index};
use crate::text::{truncate, width};
use crate::tui::app::App;

/// Width of the date column: a deadline's `2025-11-10 00:00 -05:00`.
const DATE: usize = 23;

pub fn render(app: &App, t: &Theme, frame: &mut Frame) {
    let v = app.view_panes();
    let title = format!("Timeline · {} items", app.timeline.len());
    let block = super::pane(t, &title, true).title_bottom(
        Line::styled(" Enter read · n/N anchors · < > move the clock ", t.dim).right_aligned(),
    );
    frame.render_widget(block, v.main);
    if app.timeline.is_empty() {
        let msg = if app.briefing.curated {
            "No events or deadlines in this briefing."
        } else {
            "Nothing curated yet: no briefing.toml, so no timeline."
        };
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim)), v.list);
        return;
    }
    let now_row = now_index(&app.timeline, &app.now);
    let cells = v.list.width as usize;
    let mut rows: Vec<Line> = Vec::new();
    for (i, e) in app.timeline.iter().enumerate() {
        if i == now_row {
            rows.push(now_line(app, t, cells));
        }
        let when = e.when(&app.now);
        let selected = i == app.timeline_list.selected;
        let cursor = if selected { "▸ " } else { "  " };
        let label_room = cells.saturating_sub(2 + DATE + 2 + 9);
        let style = match when {
            When::Passed => t.passed,
            When::Current => t.next,
            When::Coming => t.text,
        };
        let line = Line::from(vec![
            Span::raw(cursor),
            Span::styled(format!("{:<DATE$}  ", e.date), style),
            Span::styled(format!("{:<8} ", when.label()), style),
            Span::styled(truncate(&e.label, label_room), style),
        ]);
        rows.push(if selected {
            line.style(t.selected)
        } else {
            line
        });
    }
    if now_row == app.timeline.len() {
        rows.push(now_line(app, t, cells));
    }
    let shown: Vec<Line> = rows
        .into_iter()
        .skip(app.timeline_list.offset)
        .take(v.list.height as usize)
        .collect();
    frame.render_widget(Paragraph::new(shown), v.list);
}

/// The axis' "now" row: the moment in use, across the pane.
fn now_line(app: &App, t: &Theme, cells: usize) -> Line<'static> {
    let label = format!("── now {} ", app.now.format("%Y-%m-%d %H:%M %:z"));
    let rest = cells.saturating_sub(width(&label) + 2);
    Line::from(vec![
        Span::raw("  "),
        Span::styled(format!("{label}{}", "─".repeat(rest)), t.title_focus),
    ])
}
