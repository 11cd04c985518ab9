//! The issue list and the selected issue's summary.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Paragraph, Wrap};

use super::theme::Theme;
use super::theme::side_tag;
use crate::briefing::Curated;
use crate::briefing::text::count;
use crate::text::{fit, truncate, width, wrap};
use crate::tui::app::{App, Focus, Stepping};
use crate::tui::layout::Panes;

pub fn render(app: &App, t: &Theme, frame: &mut Frame, panes: &Panes) {
    let focused = app.focus == Focus::Issues;
    let issues = &app.briefing.issues;
    let title = if issues.is_empty() {
        "Issues".to_string()
    } else {
        format!("Issues {}/{}", app.issue + 1, issues.len())
    };
    let mut block = super::pane(t, &title, focused);
    if !issues.is_empty() {
        block = block.title_bottom(Line::styled(" side · # sources ", t.dim).right_aligned());
    }
    let inner = block.inner(panes.issues);
    frame.render_widget(block, panes.issues);
    if !app.briefing.curated || issues.is_empty() {
        let mut msg = app.briefing.nothing_in(Curated::Issues);
        if !app.briefing.curated {
            msg.push_str(" Quote search (/) and the reader still work.");
        }
        frame.render_widget(
            Paragraph::new(Span::styled(msg, t.dim)).wrap(Wrap { trim: true }),
            inner,
        );
        return;
    }
    list(app, t, frame, panes.issue_list);
    if let Some(area) = panes.issue_detail_box {
        let block = Block::bordered()
            .border_type(BorderType::Rounded)
            .border_style(t.border)
            .title(Span::styled(" Issue detail ", t.title));
        frame.render_widget(block, area);
    } else {
        let rule = Rect {
            y: panes.issue_list.bottom(),
            height: 1,
            ..panes.issue_list
        };
        if rule.bottom() <= inner.bottom() {
            frame.render_widget(
                Paragraph::new(Span::styled("─".repeat(rule.width as usize), t.border)),
                rule,
            );
        }
    }
    detail(app, t, frame, panes.issue_detail, panes.wide);
}

fn list(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let focused = app.focus == Focus::Issues;
    let cells = area.width as usize;
    let lines: Vec<Line> = app
        .briefing
        .issues
        .iter()
        .enumerate()
        .skip(app.issue_offset)
        .take(area.height as usize)
        .map(|(i, issue)| {
            let selected = i == app.issue;
            let count = issue.source_count().to_string();
            // Marker, side tag, title, count: the title takes what is left.
            let room = cells.saturating_sub(2 + 3 + 1 + width(&count));
            let title = truncate(&issue.title, room);
            let pad = room.saturating_sub(width(&title));
            let line = Line::from(vec![
                Span::raw(if selected { "▸ " } else { "  " }),
                Span::styled(side_tag(issue.side), t.side(issue.side)),
                Span::raw(" "),
                Span::raw(title),
                Span::raw(" ".repeat(pad + 1)),
                Span::styled(count, t.dim),
            ]);
            match (selected, focused) {
                (true, true) => line.style(t.selected),
                (true, false) => line.style(t.selected_idle),
                _ => line,
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn detail(app: &App, t: &Theme, frame: &mut Frame, area: Rect, wide: bool) {
    let Some(issue) = app.briefing.issues.get(app.issue) else {
        return;
    };
    let cells = area.width as usize;
    let height = area.height as usize;
    let n = issue.mentions.len();
    let sources = issue.source_count();
    let stats = Line::styled(
        truncate(
            &format!("{} · {}", count(n, "mention"), count(sources, "source")),
            cells,
        ),
        t.dim,
    );
    let head = Line::from(vec![
        Span::styled(format!("{} · ", issue.side.label()), t.side(issue.side)),
        Span::styled(
            truncate(
                &issue.title,
                cells.saturating_sub(width(issue.side.label()) + 3),
            ),
            t.bold,
        ),
    ]);
    // The summary gets what the title and the counts leave, cut with `…`.
    let rows = wrap(&issue.summary, cells);
    let room = height.saturating_sub(2);
    let mut lines = vec![head];
    for (i, r) in rows.iter().take(room).enumerate() {
        let row = &issue.summary[r.clone()];
        if i + 1 == room && rows.len() > room {
            let cut = &issue.summary[r.start..];
            lines.push(Line::raw(truncate(
                &format!("{}…", &cut[..fit(cut, cells.saturating_sub(1))]),
                cells,
            )));
        } else {
            lines.push(Line::raw(row.to_string()));
        }
    }
    lines.push(stats);
    if wide {
        let current = match app.stepping {
            Some(Stepping::Mentions { issue: i, index }) if i == app.issue => Some(index),
            _ => None,
        };
        lines.push(Line::raw(""));
        let before = lines.len();
        // Keep the current mention in view when the list is longer than the pane.
        let skip = current.map_or(0, |c| (c + 1).saturating_sub(height.saturating_sub(before)));
        for (i, m) in issue.mentions.iter().enumerate().skip(skip) {
            let marker = if current == Some(i) { "▸" } else { " " };
            let head = format!("{marker}{:>2} {}:{} ", i + 1, m.source, m.line);
            let room = cells.saturating_sub(width(&head));
            let line = Line::from(vec![
                Span::styled(head, t.dim),
                Span::raw(truncate(&format!("“{}”", m.text), room)),
            ]);
            lines.push(if current == Some(i) {
                line.style(t.selected_idle)
            } else {
                line
            });
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}
