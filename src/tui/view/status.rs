//! The bottom line: the keys that matter for the focused pane or overlay.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::Theme;
use crate::text::width;
use crate::tui::app::App;
use crate::tui::bindings::hints;

pub fn render(app: &App, t: &Theme, frame: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    let mut used = 1;
    // A notice (pinned, copied, a pins file set aside) comes first.
    if let Some(notice) = &app.notice {
        let text = crate::text::truncate(notice, (area.width as usize).saturating_sub(2));
        used += width(&text) + 3;
        spans.push(Span::styled(text, t.warning));
        spans.push(Span::raw("   "));
    }
    for hint in hints(app.front()) {
        let cost = width(hint.keys) + 1 + width(hint.what) + 3;
        // Drop what does not fit rather than cut a hint in half.
        if used + cost > area.width as usize {
            break;
        }
        used += cost;
        spans.push(Span::styled(hint.keys, t.key));
        spans.push(Span::styled(format!(" {}   ", hint.what), t.dim));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
