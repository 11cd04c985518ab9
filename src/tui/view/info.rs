//! `i` in the reader: what the data knows of the article (and where each
//! field came from), then each quote in view with its speaker and why the
//! extractor chose that speaker, so an attribution can be judged.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::theme::Theme;
use crate::tui::app::App;

pub fn render(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let Some(source) = app.briefing.sources.get(app.article) else {
        return;
    };
    let block = super::overlay(frame, t, "About this article · Esc closes", area);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let field = |name: &str, value: Option<&str>| {
        Line::from(vec![
            Span::styled(format!("{name:<8}"), t.key),
            match value {
                Some(v) => Span::raw(v.to_string()),
                None => Span::styled("not stated", t.dim),
            },
        ])
    };
    let mut lines = vec![
        field("title", source.title.as_deref()),
        field(
            "file",
            Some(&format!("sources/{} ({})", source.file, source.id)),
        ),
        field("outlet", source.outlet.as_deref()),
        field("date", source.date.as_deref()),
        field("address", source.url.as_deref()),
        field("note", source.note.as_deref()),
        Line::raw(""),
        Line::styled("Quotes in view", t.title_focus),
    ];
    let quotes = app.quotes_in_view();
    if quotes.is_empty() {
        lines.push(Line::styled("none on the rows shown", t.dim));
    }
    for q in quotes {
        let quote = &app.briefing.quotes[q];
        lines.push(Line::raw(format!("“{}” (line {})", quote.text, quote.line)));
        lines.push(match (&quote.speaker, quote.speaker_basis) {
            (Some(who), Some(basis)) => Line::from(vec![
                Span::raw("  — "),
                Span::styled(who.clone(), t.bold),
                Span::styled(format!(" · {}: {}", basis.label(), basis.explain()), t.dim),
            ]),
            (Some(who), None) => {
                Line::from(vec![Span::raw("  — "), Span::styled(who.clone(), t.bold)])
            }
            (None, _) => Line::styled("  — no speaker: the text does not tie it to anyone", t.dim),
        });
    }
    let scroll = app.help_scroll as u16;
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        inner,
    );
}
