//! The help overlay: the lines `tui::help` lays out, styled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::tui::app::App;
use crate::tui::help::{self, HelpLine, Item};

fn spans(t: &Theme, item: &Item) -> Vec<Span<'static>> {
    match item {
        Item::Blank => vec![],
        Item::Heading(s) => vec![Span::styled(s.clone(), t.title_focus)],
        Item::Key { keys, what } => {
            vec![Span::styled(keys.clone(), t.key), Span::raw(what.clone())]
        }
        Item::Bold(s) => vec![Span::styled(s.clone(), t.bold)],
        Item::Text(s) => vec![Span::raw(s.clone())],
    }
}

fn styled(t: &Theme, line: &HelpLine) -> Line<'static> {
    let mut out = Line::from(spans(t, &line.left));
    if let Some((pad, right)) = &line.right {
        let gap = pad - out.width().min(*pad);
        out.spans.push(Span::raw(" ".repeat(gap)));
        out.spans.extend(spans(t, right));
    }
    out
}

pub fn render(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let block = super::overlay(frame, t, "Help · Esc or ? closes", area);
    let inner = block.inner(area);
    let lines: Vec<Line> = help::lines(&app.briefing, inner)
        .iter()
        .map(|l| styled(t, l))
        .collect();
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
