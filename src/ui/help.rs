//! Every key, grouped, and what the marks on screen mean.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::layout;
use super::text::truncate;
use super::theme::Theme;
use crate::app::App;
use crate::briefing::Briefing;

type Group = (&'static str, Vec<(&'static str, String)>);

fn groups(briefing: &Briefing) -> Vec<Group> {
    let s = |x: &str| x.to_string();
    let mut marks = vec![
        ("▶ next", s("the deadline that falls next")),
        ("passed", s("deadline gone by (dimmed)")),
        ("*", s("hour assumed: the source gives only a date")),
    ];
    for d in &briefing.deadlines {
        if let Some(note) = &d.assumed {
            marks.push(("  *", format!("{}: {note}", d.label)));
        }
    }
    marks.extend([
        ("US CN ··", s("US asks, China asks, peripheral")),
        ("underline", s("where the selected issue is mentioned")),
        ("highlight", s("the mention or quote being shown")),
        ("[ Pane ]", s("the pane with focus (thick border)")),
    ]);
    vec![
        (
            "Global",
            vec![
                ("q Esc", s("quit (Esc closes an overlay first)")),
                ("?", s("this help")),
                ("/", s("quote search")),
                ("Tab S-Tab", s("next / previous pane")),
                ("n N", s("next / previous mention or result")),
            ],
        ),
        (
            "Moving",
            vec![
                ("j k ↑ ↓", s("move, or scroll the reader")),
                ("g G", s("top / bottom")),
                ("PgUp PgDn", s("a page up / down")),
                ("wheel", s("scroll the pane under the pointer")),
            ],
        ),
        (
            "Issues and countdown",
            vec![
                ("Enter", s("read where it is said")),
                ("click", s("select an issue or deadline")),
            ],
        ),
        (
            "Reader",
            vec![
                ("[ ] h l", s("previous / next article")),
                ("1-9", s("article by number")),
            ],
        ),
        (
            "Quote search",
            vec![
                ("type", s("filter; results follow each key")),
                ("↑ ↓ ^n ^p", s("move")),
                ("Backspace", s("edit")),
                ("Enter", s("show the quote in the reader")),
                ("Esc", s("close, reader unchanged")),
            ],
        ),
        ("Marks", marks),
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

/// The groups split into columns as the box allows, each column's lines.
fn columns(t: &Theme, briefing: &Briefing, inner: Rect) -> Vec<Vec<Line<'static>>> {
    let groups = groups(briefing);
    let two = inner.width >= 72;
    if !two {
        return vec![lines(t, &groups, inner.width as usize)];
    }
    let cells = (inner.width as usize - 2) / 2;
    let (left, right) = groups.split_at(3);
    vec![lines(t, left, cells), lines(t, right, cells)]
}

fn inner_of(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        y: area.y + 1,
        width: area.width.saturating_sub(2),
        height: area.height.saturating_sub(2),
    }
}

/// How far the help can scroll at this size.
pub fn max_scroll(briefing: &Briefing, size: Rect) -> usize {
    let inner = inner_of(layout::help_box(size));
    let longest = columns(&Theme::mono(), briefing, inner)
        .iter()
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    longest.saturating_sub(inner.height as usize)
}

pub fn render(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let block = super::overlay(frame, t, "Help · Esc or ? closes", area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = columns(t, &app.briefing, inner);
    let scroll = app.help_scroll.min(max_scroll(&app.briefing, app.size)) as u16;
    let width = if cols.len() == 2 {
        (inner.width - 2) / 2
    } else {
        inner.width
    };
    for (i, col) in cols.into_iter().enumerate() {
        let area = Rect {
            x: inner.x + i as u16 * (width + 2),
            width,
            ..inner
        };
        frame.render_widget(Paragraph::new(col).scroll((scroll, 0)), area);
    }
}
