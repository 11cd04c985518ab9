//! A screen as plain text: one line per row, trailing spaces trimmed, a wide
//! character written once (it takes two columns on any terminal). The same
//! text the app's own screen tests read ([`ui::buffer_text`]).

use ratatui::buffer::Buffer;

use crate::ui;

/// The buffer's text, every row ending in a newline.
pub fn to_text(buf: &Buffer) -> String {
    ui::buffer_text(buf)
}

#[cfg(test)]
mod tests {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::{Color, Style};

    use super::*;

    #[test]
    fn rows_trimmed_and_wide_characters_once() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 8, 3));
        buf.set_string(0, 0, "ab  c", Style::new().fg(Color::Red));
        buf.set_string(1, 1, "会議x", Style::new());
        assert_eq!(to_text(&buf), "ab  c\n 会議x\n\n");
    }
}
