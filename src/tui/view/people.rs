//! People: everyone quoted, how often and in how many sources, with the
//! role the text gives them; beside, the selected person's quotes.

use ratatui::Frame;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::briefing::text::count;
use crate::text::{truncate, width};
use crate::tui::app::App;

pub fn render(app: &App, t: &Theme, frame: &mut Frame) {
    let v = app.view_panes();
    let title = format!("People · {} quoted", app.people.len());
    frame.render_widget(super::pane(t, &title, !app.in_quotes), v.main);
    if app.people.is_empty() {
        let msg = "No quote in the sources has a speaker.";
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim)), v.list);
    }
    let cells = v.list.width as usize;
    let lines: Vec<Line> = app
        .people
        .iter()
        .enumerate()
        .skip(app.people_list.offset)
        .take(v.list.height as usize)
        .map(|(i, p)| {
            let counts = format!(" {}q {}s", p.quotes.len(), p.sources);
            let name = truncate(&p.name, cells.saturating_sub(width(&counts) + 2));
            let gap = cells.saturating_sub(2 + width(&name) + width(&counts));
            let selected = i == app.people_list.selected;
            let line = Line::from(vec![
                Span::raw(if selected { "▸ " } else { "  " }),
                Span::styled(name, t.bold),
                Span::raw(" ".repeat(gap)),
                Span::styled(counts, t.dim),
            ]);
            match (selected, app.in_quotes) {
                (true, false) => line.style(t.selected),
                (true, true) => line.style(t.selected_idle),
                _ => line,
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), v.list);

    let Some(person) = app.person() else {
        frame.render_widget(super::pane(t, "Quotes", false), v.side);
        return;
    };
    let title = format!(
        "{} · {} in {}",
        person.name,
        count(person.quotes.len(), "quote"),
        count(person.sources, "source")
    );
    let block = super::pane(
        t,
        &truncate(&title, v.side.width.saturating_sub(6) as usize),
        app.in_quotes,
    );
    frame.render_widget(block, v.side);
    let inner = v.side_list;
    let cells = inner.width as usize;
    let mut lines = vec![Line::styled(
        truncate(
            &format!(
                "role: {}",
                person.role.as_deref().unwrap_or("(the text gives none)")
            ),
            cells,
        ),
        t.dim,
    )];
    // Two rows a quote: its words, then where it was said.
    for (i, &q) in person
        .quotes
        .iter()
        .enumerate()
        .skip(app.person_quotes.offset)
    {
        let quote = &app.briefing.quotes[q];
        let selected = app.in_quotes && i == app.person_quotes.selected;
        let words = Line::from(vec![
            Span::raw(if selected { "▸ " } else { "  " }),
            Span::raw(truncate(
                &format!("“{}”", quote.text),
                cells.saturating_sub(2),
            )),
        ]);
        lines.push(if selected {
            words.style(t.selected)
        } else {
            words
        });
        lines.push(Line::styled(
            format!("    {}:{}", quote.source, quote.line),
            t.dim,
        ));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
