//! The headless screen: the real app drawn on ratatui's `TestBackend`, and
//! that screen read back as rows of cells or as plain text. Screenshots,
//! recordings' checks and the screen tests all read screens through here.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::crossterm::event::Event;
use ratatui::layout::Rect;
use ratatui::{TerminalOptions, Viewport};

use crate::tui::app::App;
use crate::tui::term;
use crate::tui::view::theme::Theme;

/// The screen `app` shows at `width`x`height` in `theme`, after `events`.
pub fn render(
    app: &mut App,
    theme: &Theme,
    (width, height): (u16, u16),
    events: impl IntoIterator<Item = Event>,
) -> Buffer {
    let backend = TestBackend::new(width, height);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
    };
    let mut terminal =
        Terminal::with_options(backend, options).expect("a test backend cannot fail");
    term::replay(&mut terminal, app, theme, events).expect("a test backend cannot fail");
    terminal.backend().buffer().clone()
}

/// A screen as plain text: one line per row, trailing spaces trimmed, a
/// wide character written once (it takes two columns on any terminal).
pub fn text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        for (_, _, cell) in row_cells(buffer, y) {
            out.push_str(cell.symbol());
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    out
}

/// The cells of row `y` that show something, with the columns each one
/// covers: a wide character covers two, and the cell it hides is left out,
/// as a terminal would. The text and the SVG screenshots both read rows
/// through this, so they agree on what a row shows.
pub(crate) fn row_cells(buf: &Buffer, y: u16) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let area = buf.area;
    let mut x = area.left();
    std::iter::from_fn(move || {
        if x >= area.right() {
            return None;
        }
        let cell = &buf[(x, y)];
        let width = cell.cell_width().clamp(1, area.right() - x);
        let item = (x, width, cell);
        x += width;
        Some(item)
    })
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
        assert_eq!(text(&buf), "ab  c\n 会議x\n\n");
    }
}
