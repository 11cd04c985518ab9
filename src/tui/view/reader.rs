//! The article reader: wrapped text, the selected issue's anchors marked,
//! the current mention or quote standing out.

use std::ops::Range;

use ratatui::Frame;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::text::truncate;
use crate::tui::app::{App, Focus, Stepping};
use crate::tui::layout::Panes;

pub fn render(app: &App, t: &Theme, frame: &mut Frame, panes: &Panes) {
    let sources = &app.briefing.sources;
    let Some(source) = sources.get(app.article) else {
        let block = super::pane(t, "Reader", app.focus == Focus::Reader);
        let inner = block.inner(panes.reader);
        frame.render_widget(block, panes.reader);
        frame.render_widget(Paragraph::new(Span::styled("No articles.", t.dim)), inner);
        return;
    };
    let rows = app.reader_rows().to_vec();
    let height = panes.reader_text.height as usize;
    let title = format!("Reader {}/{}", app.article + 1, sources.len());
    let mut block = super::pane(t, &title, app.focus == Focus::Reader).title_bottom(
        Line::styled(position(app.scroll, height, rows.len()), t.dim).right_aligned(),
    );
    if let Some(walk) = walk(app, panes.reader.width >= 70) {
        block = block.title_bottom(Line::styled(walk, t.title_focus).left_aligned());
    }
    frame.render_widget(block, panes.reader);

    let cells = panes.reader_header.width as usize;
    // Unknown metadata stays unknown: shown as missing, never guessed.
    let known: Vec<&str> = [source.outlet.as_deref(), source.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let header = match &source.title {
        Some(title) => {
            let meta: Vec<&str> = [source.id.as_str()].into_iter().chain(known).collect();
            vec![
                Line::styled(truncate(title, cells), t.bold),
                Line::styled(truncate(&meta.join(" · "), cells), t.dim),
            ]
        }
        None => {
            let meta = if known.is_empty() {
                "no title, outlet or date in the text".to_string()
            } else {
                format!("untitled · {}", known.join(" · "))
            };
            vec![
                Line::styled(truncate(&source.id, cells), t.bold),
                Line::styled(truncate(&meta, cells), t.dim),
            ]
        }
    };
    frame.render_widget(Paragraph::new(header), panes.reader_header);

    let marks = marks(app, t);
    let lines: Vec<Line> = rows
        .iter()
        .skip(app.scroll)
        .take(height)
        .map(|row| styled_row(&source.text, row.clone(), &marks, t.text))
        .collect();
    frame.render_widget(Paragraph::new(lines), panes.reader_text);
}

/// `line 12/40 · 30%`: the first row shown, and how far down the view reaches.
fn position(scroll: usize, height: usize, total: usize) -> String {
    if total == 0 {
        return " empty ".into();
    }
    let end = (scroll + height).min(total);
    format!(" line {}/{} · {}% ", scroll + 1, total, end * 100 / total)
}

/// `mention 2/7 · Rare earths` or `result 3/12 · "rare"`: where `n`/`N` are.
fn walk(app: &App, roomy: bool) -> Option<String> {
    match app.stepping? {
        Stepping::Mentions { issue, index } => {
            let issue = app.briefing.issues.get(issue)?;
            let n = issue.mentions.len();
            Some(if roomy {
                format!(
                    " mention {}/{n} · {} ",
                    index + 1,
                    truncate(&issue.title, 28)
                )
            } else {
                format!(" mention {}/{n} ", index + 1)
            })
        }
        Stepping::Results { index } => {
            let query = &app.search.query;
            let of = if query.is_empty() || !roomy {
                String::new()
            } else {
                format!(" · “{}”", truncate(query, 16))
            };
            Some(format!(
                " result {}/{}{} ",
                index + 1,
                app.search.hits.len(),
                of
            ))
        }
        Stepping::Anchors { entry, index } => {
            let e = app.timeline.get(entry)?;
            let n = e.anchors(&app.briefing).len();
            Some(if roomy {
                format!(" anchor {}/{n} · {} ", index + 1, truncate(&e.label, 28))
            } else {
                format!(" anchor {}/{n} ", index + 1)
            })
        }
        Stepping::Quotes { person, index } => {
            let p = app.people.get(person)?;
            let n = p.quotes.len();
            Some(if roomy {
                format!(" quote {}/{n} · {} ", index + 1, truncate(&p.name, 28))
            } else {
                format!(" quote {}/{n} ", index + 1)
            })
        }
    }
}

/// Byte ranges of this article to style, later ones winning.
fn marks(app: &App, t: &Theme) -> Vec<(Range<usize>, Style)> {
    let Some(source) = app.briefing.sources.get(app.article) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // With a walk over an issue under way its anchors stay marked; otherwise
    // the selected issue's do.
    let issue = match app.stepping {
        Some(Stepping::Mentions { issue, .. }) => Some(issue),
        Some(Stepping::Results { .. } | Stepping::Anchors { .. } | Stepping::Quotes { .. }) => None,
        None => Some(app.issue),
    };
    if let Some(issue) = issue.and_then(|i| app.briefing.issues.get(i)) {
        out.extend(
            issue
                .mentions
                .iter()
                .filter(|m| m.source == source.id)
                .map(|m| (m.span.clone(), t.anchor)),
        );
    }
    if let Some(mark) = &app.mark
        && mark.source == app.article
    {
        out.push((mark.span.clone(), t.current));
    }
    out
}

fn styled_row<'a>(
    text: &'a str,
    row: Range<usize>,
    marks: &[(Range<usize>, Style)],
    base: Style,
) -> Line<'a> {
    // Cut points: the row's ends and every mark boundary inside it.
    let mut cuts = vec![row.start, row.end];
    for (r, _) in marks {
        for at in [r.start, r.end] {
            if at > row.start && at < row.end {
                cuts.push(at);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span> = cuts
        .windows(2)
        .map(|w| {
            let style = marks
                .iter()
                .filter(|(r, _)| r.start <= w[0] && w[1] <= r.end)
                .fold(base, |s, (_, m)| s.patch(*m));
            Span::styled(&text[w[0]..w[1]], style)
        })
        .collect();
    Line::from(spans)
}
