//! The screen: one function per pane, all reading `App`, none changing it.

pub mod countdown;
pub mod help;
pub mod issues;
pub mod layout;
pub mod reader;
pub mod search;
pub mod status;
pub mod text;
pub mod theme;

use ratatui::Frame;
use ratatui::buffer::{Buffer, Cell, CellWidth};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Clear, Paragraph, Wrap};

use crate::app::{App, Overlay};
use theme::Theme;

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let Some(panes) = layout::panes(
        area,
        app.briefing.deadlines.len(),
        app.briefing.issues.len(),
    ) else {
        return too_small(app, frame, area);
    };
    header(app, frame, panes.header);
    countdown::render(app, frame, &panes);
    issues::render(app, frame, &panes);
    reader::render(app, frame, &panes);
    status::render(app, frame, panes.status);
    match app.overlay {
        Overlay::None => {}
        Overlay::Search => search::render(app, frame, area),
        Overlay::Help => help::render(app, frame, layout::help_box(area)),
    }
}

fn too_small(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let text = vec![
        Line::styled("terminal too small", t.warning),
        Line::from(format!(
            "need {}x{}, have {}x{}",
            layout::MIN_WIDTH,
            layout::MIN_HEIGHT,
            area.width,
            area.height
        )),
        Line::styled("q quits", t.dim),
    ];
    let top = area.height.saturating_sub(3) / 2;
    let area = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// Title on the left, the clock on the right: `now … (frozen)`.
fn header(app: &App, frame: &mut Frame, area: Rect) {
    let t = &app.theme;
    let clock = format!(
        "now {}{} ",
        app.now.format("%Y-%m-%d %H:%M:%S %:z"),
        if app.frozen { " (frozen)" } else { "" }
    );
    let room = (area.width as usize).saturating_sub(text::width(&clock) + 2);
    let title = text::truncate(&format!(" ◆ {}", app.briefing.title), room);
    let gap = (area.width as usize).saturating_sub(text::width(&title) + text::width(&clock));
    let line = Line::from(vec![
        Span::raw(title),
        Span::raw(" ".repeat(gap)),
        Span::raw(clock),
    ]);
    frame.render_widget(Paragraph::new(line).style(t.header), area);
}

/// A pane's frame. Focus shows in the border type and the title's text,
/// not in colour alone.
pub fn pane<'a>(t: &Theme, title: &str, focused: bool) -> Block<'a> {
    let block = Block::bordered();
    if focused {
        block
            .border_type(BorderType::Thick)
            .border_style(t.border_focus)
            .title(Span::styled(format!("[ {title} ]"), t.title_focus))
    } else {
        block
            .border_type(BorderType::Rounded)
            .border_style(t.border)
            .title(Span::styled(format!(" {title} "), t.title))
    }
}

/// An overlay's frame, drawn over whatever was under it.
pub fn overlay<'a>(frame: &mut Frame, t: &Theme, title: &str, area: Rect) -> Block<'a> {
    frame.render_widget(Clear, area);
    Block::bordered()
        .border_type(BorderType::Double)
        .border_style(t.border_focus)
        .title(Span::styled(format!(" {title} "), t.title_focus))
}

/// A buffer as plain text, one line per row: what a snapshot or a
/// screenshot shows.
pub fn buffer_text(buffer: &Buffer) -> String {
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
