//! Every key, grouped, and what the marks on screen mean.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::briefing::Briefing;
use crate::text::{truncate, wrap};
use crate::tui::app::App;
use crate::tui::layout;

type Group = (&'static str, Vec<(&'static str, &'static str)>);

fn groups() -> Vec<Group> {
    vec![
        (
            "Global",
            vec![
                ("q Esc", "quit, or close overlay"),
                ("?", "this help"),
                ("/", "quote search"),
                ("Tab S-Tab", "next / previous pane"),
                ("n N", "next / previous match"),
            ],
        ),
        (
            "Moving",
            vec![
                ("j k ↑ ↓", "move or scroll"),
                ("g G", "top / bottom"),
                ("PgUp PgDn", "page up / down"),
                ("wheel", "scroll pane under mouse"),
            ],
        ),
        (
            "Issues, countdown",
            vec![
                ("Enter", "read where it is said"),
                ("click", "select issue or deadline"),
            ],
        ),
        (
            "Reader",
            vec![
                ("[ ] h l", "previous / next article"),
                ("1-9", "article by number"),
            ],
        ),
        (
            "Quote search",
            vec![
                ("type", "filters as you type"),
                ("↑ ↓ ^n ^p", "move"),
                ("Backspace", "edit"),
                ("Enter", "show quote in reader"),
                ("Esc", "close, reader unchanged"),
            ],
        ),
        (
            "Marks",
            vec![
                ("▶ next", "deadline falling next"),
                ("passed", "deadline gone by (dim)"),
                ("*", "hour assumed, see below"),
                ("US CN ··", "US / China asks, other"),
                ("underline", "mentions of the issue"),
                ("highlight", "mention or quote shown"),
                ("[ Pane ]", "focused pane (thick)"),
            ],
        ),
    ]
}

const KEY_COLUMN: usize = 11;

fn lines(t: &Theme, groups: &[Group], cells: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    for (i, (name, keys)) in groups.iter().enumerate() {
        if i > 0 {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(*name, t.title_focus));
        for (key, what) in keys {
            out.push(Line::from(vec![
                Span::styled(format!("{key:<KEY_COLUMN$} "), t.key),
                Span::raw(truncate(what, cells.saturating_sub(KEY_COLUMN + 1))),
            ]));
        }
    }
    out
}

/// A bold heading line and a note wrapped under it, indented.
fn note(t: &Theme, heading: &str, note: &str, cells: usize) -> Vec<Line<'static>> {
    let mut out = vec![Line::styled(truncate(heading, cells), t.bold)];
    out.extend(
        wrap(note, cells.saturating_sub(2))
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|r| Line::raw(format!("  {}", &note[r]))),
    );
    out
}

/// Where the sources give only a date, which hour the data assumed; and how
/// recent the sources are, so a reader knows what the briefing cannot know.
fn notes(t: &Theme, briefing: &Briefing, cells: usize) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let assumed: Vec<_> = briefing
        .deadlines
        .iter()
        .filter_map(|d| Some((d, d.assumed.as_ref()?)))
        .collect();
    if !assumed.is_empty() {
        out.push(Line::raw(""));
        out.push(Line::styled("* Hours assumed", t.title_focus));
        for (d, text) in assumed {
            out.extend(note(t, &d.label, text, cells));
        }
    }
    if let Some(as_of) = briefing.as_of {
        out.push(Line::raw(""));
        out.push(Line::styled("Sources", t.title_focus));
        let heading = format!("As of {}", as_of.format("%Y-%m-%d %H:%M %:z"));
        out.extend(note(
            t,
            &heading,
            briefing.as_of_note.as_deref().unwrap_or(""),
            cells,
        ));
    }
    out
}

/// The key groups in one or two columns as the box allows, then the notes
/// on assumed hours across the full width. Every line of the box, in order.
fn lines_for(t: &Theme, briefing: &Briefing, inner: Rect) -> Vec<Line<'static>> {
    let groups = groups();
    let cells = inner.width as usize;
    let mut out = if cells >= 72 {
        let half = (cells - 2) / 2;
        let (left, right) = groups.split_at(3);
        let (left, right) = (lines(t, left, half), lines(t, right, half));
        (0..left.len().max(right.len()))
            .map(|i| {
                let mut spans = Vec::new();
                let l = left.get(i).cloned().unwrap_or_default();
                let pad = half + 2 - l.width().min(half + 2);
                spans.extend(l.spans);
                spans.push(Span::raw(" ".repeat(pad)));
                if let Some(r) = right.get(i) {
                    spans.extend(r.spans.clone());
                }
                Line::from(spans)
            })
            .collect()
    } else {
        lines(t, &groups, cells)
    };
    out.extend(notes(t, briefing, cells));
    out
}

/// How far the help can scroll at this size.
pub fn max_scroll(briefing: &Briefing, size: Rect) -> usize {
    let inner = layout::inner(layout::help_box(size));
    lines_for(&Theme::mono(), briefing, inner)
        .len()
        .saturating_sub(inner.height as usize)
}

pub fn render(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let block = super::overlay(frame, t, "Help · Esc or ? closes", area);
    let inner = block.inner(area);
    let lines = lines_for(t, &app.briefing, inner);
    let max = lines.len().saturating_sub(inner.height as usize);
    let scroll = app.help_scroll.min(max);
    let block = if max > 0 {
        block.title_bottom(
            Line::styled(
                if scroll < max {
                    " ↓ j for more "
                } else {
                    " ↑ k to go back "
                },
                t.title_focus,
            )
            .right_aligned(),
        )
    } else {
        block
    };
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines).scroll((scroll as u16, 0)), inner);
}
