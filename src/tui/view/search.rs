//! The quote search overlay: a query line and results that follow each keystroke.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::text::{char_width, width};
use crate::tui::app::{App, SearchScope};
use crate::tui::layout;

/// The overlay over a screen of `screen`'s size.
pub fn render(app: &App, t: &Theme, frame: &mut Frame, screen: Rect) {
    let area = layout::search_box(screen);
    let s = &app.search;
    let total = app.briefing.quotes.len();
    let title = match s.scope {
        SearchScope::Quotes => "Search [quotes] · Tab: full text",
        SearchScope::Text => "Search [full text] · Tab: quotes",
    };
    let block = super::overlay(frame, t, title, area).title_bottom(
        Line::styled(" ↑/↓ move · Enter show in reader · Esc close ", t.dim).left_aligned(),
    );
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height < 3 {
        return;
    }
    // How many matched in each scope searched so far.
    let count = match (s.pending, s.scope, &s.passages) {
        // The results below are still the last query's.
        (true, ..) => "searching…".to_string(),
        (_, SearchScope::Quotes, None) => format!("{}/{}", s.total, total),
        (_, SearchScope::Quotes, Some(_)) => {
            format!("{}/{} · text {}", s.total, total, s.text_total)
        }
        (_, SearchScope::Text, _) => format!("{} sentences · quotes {}", s.text_total, s.total),
    };
    let room = (inner.width as usize).saturating_sub(width(&count) + 4);
    // The end of a long query is what is being typed: keep it in view.
    let mut shown = s.query.as_str();
    while width(shown) > room.saturating_sub(1) && !shown.is_empty() {
        let mut chars = shown.chars();
        chars.next();
        shown = chars.as_str();
    }
    let input = Line::from(vec![
        Span::styled("/ ", t.key),
        Span::styled(shown.to_string(), t.bold),
        Span::styled("▏", t.key),
        Span::raw(" ".repeat(room.saturating_sub(width(shown) + 1) + 2)),
        Span::styled(count, t.dim),
    ]);
    frame.render_widget(Paragraph::new(input), Rect { height: 1, ..inner });
    frame.render_widget(
        Paragraph::new(Span::styled("─".repeat(inner.width as usize), t.border)),
        Rect {
            y: inner.y + 1,
            height: 1,
            ..inner
        },
    );
    let list = layout::search_results(screen);
    if s.scope == SearchScope::Text {
        return text_results(app, t, frame, list);
    }
    if s.hits.is_empty() {
        let msg = if total == 0 {
            "No quotes were found in the sources."
        } else {
            "No quote matches. Backspace to widen the search."
        };
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim)), list);
        return;
    }
    let cells = list.width as usize;
    let mut lines = Vec::new();
    for (i, hit) in s
        .hits
        .iter()
        .enumerate()
        .skip(s.offset)
        .take(list.height as usize / 2)
    {
        let quote = &app.briefing.quotes[hit.quote];
        let selected = i == s.selected;
        let marker = if selected { "▸ " } else { "  " };
        let mut first = vec![Span::raw(marker)];
        first.extend(marked(
            &quote.text,
            &hit.text_ranges,
            cells - 2,
            t.text,
            t.matched,
        ));
        let speaker = quote.speaker.as_deref().unwrap_or("unattributed");
        let mut second = vec![Span::styled("    — ", t.dim)];
        let speaker_style = if quote.speaker.is_some() {
            t.bold
        } else {
            t.dim
        };
        second.extend(marked(
            speaker,
            &hit.speaker_ranges,
            cells.saturating_sub(8),
            speaker_style,
            t.matched,
        ));
        second.push(Span::styled(
            format!(" · {}:{}", quote.source, quote.line),
            t.dim,
        ));
        let (mut a, mut b) = (Line::from(first), Line::from(second));
        if selected {
            a = a.style(t.cursor);
            b = b.style(t.cursor);
        }
        lines.push(a);
        lines.push(b);
    }
    frame.render_widget(Paragraph::new(lines), list);
}

/// Full-text results: each sentence with its matches marked, then where it is.
fn text_results(app: &App, t: &Theme, frame: &mut Frame, list: Rect) {
    let s = &app.search;
    let passages: &[_] = s.passages.as_deref().map_or(&[], |p| p.as_slice());
    if s.text_hits.is_empty() {
        let msg = "No sentence matches. Backspace to widen the search.";
        frame.render_widget(Paragraph::new(Span::styled(msg, t.dim)), list);
        return;
    }
    let cells = list.width as usize;
    let mut lines = Vec::new();
    for (i, hit) in s
        .text_hits
        .iter()
        .enumerate()
        .skip(s.offset)
        .take(list.height as usize / 2)
    {
        let Some(p) = passages.get(hit.passage) else {
            continue;
        };
        let source = &app.briefing.sources[p.source];
        let sentence = &source.text[p.span.clone()];
        let ranges: Vec<Range<usize>> = hit
            .ranges
            .iter()
            .map(|r| r.start - p.span.start..r.end - p.span.start)
            .collect();
        let selected = i == s.selected;
        let mut first = vec![Span::raw(if selected { "▸ " } else { "  " })];
        first.extend(marked(sentence, &ranges, cells - 2, t.text, t.matched));
        let second = Line::styled(format!("    {}:{}", source.id, p.line), t.dim);
        let first = Line::from(first);
        if selected {
            lines.push(first.style(t.cursor));
            lines.push(second.style(t.cursor));
        } else {
            lines.push(first);
            lines.push(second);
        }
    }
    frame.render_widget(Paragraph::new(lines), list);
}

/// `text` fitted to `cells` with `…`, its matched byte ranges styled. When
/// the first match would fall past the cut, the start is dropped instead so
/// the match shows.
fn marked<'a>(
    text: &'a str,
    ranges: &[Range<usize>],
    cells: usize,
    base: Style,
    hit: Style,
) -> Vec<Span<'a>> {
    let total = width(text);
    let mut start = 0;
    let mut lead = false;
    if total > cells
        && let Some(first) = ranges.first()
        && width(&text[..first.end]) + 1 > cells
    {
        // Start a little before the match.
        let mut skip = width(&text[..first.start]).saturating_sub(cells / 4);
        for (i, c) in text.char_indices() {
            if skip == 0 {
                start = i;
                break;
            }
            skip = skip.saturating_sub(char_width(c));
        }
        lead = start > 0;
    }
    let mut budget = cells.saturating_sub(lead as usize);
    let need_tail = width(&text[start..]) > budget;
    if need_tail {
        budget = budget.saturating_sub(1);
    }
    let mut spans = Vec::new();
    if lead {
        spans.push(Span::styled("…", base));
    }
    let mut run_start = start;
    let mut run_hit = None;
    let mut end = start;
    for (i, c) in text[start..].char_indices() {
        let i = start + i;
        let w = char_width(c);
        if w > budget {
            break;
        }
        budget -= w;
        let is_hit = ranges.iter().any(|r| r.start <= i && i < r.end);
        if run_hit != Some(is_hit) {
            if i > run_start {
                spans.push(Span::styled(
                    &text[run_start..i],
                    if run_hit == Some(true) { hit } else { base },
                ));
            }
            run_start = i;
            run_hit = Some(is_hit);
        }
        end = i + c.len_utf8();
    }
    if end > run_start {
        spans.push(Span::styled(
            &text[run_start..end],
            if run_hit == Some(true) { hit } else { base },
        ));
    }
    if need_tail {
        spans.push(Span::styled("…", base));
    }
    spans
}
