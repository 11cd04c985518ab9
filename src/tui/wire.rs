//! What goes over the wire to the terminal: ratatui's changed cells in as
//! few bytes as will draw them. A live countdown redraws a handful of
//! digits every second, for hours, often over SSH or into a recording;
//! crossterm's backend spends most of a tick's bytes on absolute moves
//! and on resetting every colour at the end of each frame. Here a move is
//! the shortest that gets there (a backspace and a line feed to the digit
//! below, say), a style change is one SGR sequence of only what changed,
//! and the style is reset once, only if a frame leaves one set.

use std::fmt::Write as _;
use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::crossterm::{cursor, queue, terminal};
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};

/// A ratatui backend writing to `W`, for a terminal in raw mode (a line
/// feed moves straight down, with no carriage return).
pub struct Wire<W: Write> {
    out: W,
    /// The screen's size when fixed (tests, recordings); else the
    /// terminal is asked at each frame.
    fixed: Option<Size>,
    /// What the terminal shows, as far as known, row by row: a short run
    /// of cells the cursor must pass over is written again rather than
    /// moved over when that is shorter (two digits: 2 bytes, not 4).
    shown: Vec<Option<Shown>>,
    shown_size: Size,
    /// Where the cursor is, when known for sure.
    at: Option<Position>,
    hidden: Option<bool>,
}

/// A cell on the terminal that can be written again for 1 byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shown {
    ascii: u8,
    pen: Pen,
}

/// The style a cell is drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Pen {
    fg: Color,
    bg: Color,
    underline: Color,
    modifier: Modifier,
}

const PLAIN: Pen = Pen {
    fg: Color::Reset,
    bg: Color::Reset,
    underline: Color::Reset,
    modifier: Modifier::empty(),
};

impl<W: Write> Wire<W> {
    /// A screen of a fixed size, whatever the terminal says.
    pub fn fixed(out: W, width: u16, height: u16) -> Wire<W> {
        Wire {
            fixed: Some(Size { width, height }),
            ..Wire::new(out)
        }
    }

    pub fn new(out: W) -> Wire<W> {
        Wire {
            out,
            fixed: None,
            shown: Vec::new(),
            shown_size: Size::default(),
            at: None,
            hidden: None,
        }
    }
}

/// The shortest bytes that move the cursor from `from` (if known) to `to`.
fn motion(from: Option<Position>, to: Position) -> String {
    let absolute = format!("\x1b[{};{}H", to.y + 1, to.x + 1);
    let Some(from) = from else {
        return absolute;
    };
    let mut rel = String::new();
    if to.y > from.y {
        match to.y - from.y {
            1 => rel.push('\n'),
            n => write!(rel, "\x1b[{n}B").unwrap(),
        }
    } else if to.y < from.y {
        write!(rel, "\x1b[{}A", from.y - to.y).unwrap();
    }
    let across = match (to.x, to.x.cmp(&from.x)) {
        (_, std::cmp::Ordering::Equal) => String::new(),
        (0, _) => "\r".to_string(),
        (_, std::cmp::Ordering::Less) if from.x - to.x == 1 => "\x08".to_string(),
        (_, std::cmp::Ordering::Less) => format!("\x1b[{}D", from.x - to.x),
        (_, std::cmp::Ordering::Greater) => format!("\x1b[{}C", to.x - from.x),
    };
    rel.push_str(&across);
    if rel.len() < absolute.len() {
        rel
    } else {
        absolute
    }
}

/// A colour's number among the 256, if it has one.
fn number(c: Color) -> Option<u8> {
    Some(match c {
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(n) => n,
        Color::Reset | Color::Rgb(..) => return None,
    })
}

/// SGR parameters setting a colour of `layer`: 3 foreground, 4 background
/// (the 16 named colours by their short codes), 5 underline (58/59).
fn colour(c: Color, layer: u8) -> String {
    match (c, number(c)) {
        (Color::Reset, _) => format!("{layer}9"),
        (Color::Rgb(r, g, b), _) => format!("{layer}8;2;{r};{g};{b}"),
        (_, Some(n)) if n < 8 && layer != 5 => format!("{}", layer * 10 + n),
        (_, Some(n)) if n < 16 && layer != 5 => format!("{}", layer * 10 + 60 + n - 8),
        (_, n) => format!("{layer}8;5;{}", n.unwrap_or(0)),
    }
}

/// One SGR sequence taking the terminal's style from `from` to `to`, or
/// nothing when they are the same.
fn restyle(from: Pen, to: Pen) -> String {
    if from == to {
        return String::new();
    }
    let mut p: Vec<&str> = Vec::new();
    let (gone, added) = (from.modifier - to.modifier, to.modifier - from.modifier);
    // Bold and dim are switched off together; one that stays is set again.
    let mut set = added;
    if gone.intersects(Modifier::BOLD | Modifier::DIM) {
        p.push("22");
        set |= to.modifier & (Modifier::BOLD | Modifier::DIM);
    }
    for (m, off) in [
        (Modifier::ITALIC, "23"),
        (Modifier::UNDERLINED, "24"),
        (Modifier::SLOW_BLINK | Modifier::RAPID_BLINK, "25"),
        (Modifier::REVERSED, "27"),
        (Modifier::HIDDEN, "28"),
        (Modifier::CROSSED_OUT, "29"),
    ] {
        if gone.intersects(m) {
            p.push(off);
            set |= to.modifier & m;
        }
    }
    for (m, on) in [
        (Modifier::BOLD, "1"),
        (Modifier::DIM, "2"),
        (Modifier::ITALIC, "3"),
        (Modifier::UNDERLINED, "4"),
        (Modifier::SLOW_BLINK, "5"),
        (Modifier::RAPID_BLINK, "6"),
        (Modifier::REVERSED, "7"),
        (Modifier::HIDDEN, "8"),
        (Modifier::CROSSED_OUT, "9"),
    ] {
        if set.contains(m) {
            p.push(on);
        }
    }
    let mut colours = Vec::new();
    for (from, to, layer) in [
        (from.fg, to.fg, 3),
        (from.bg, to.bg, 4),
        (from.underline, to.underline, 5),
    ] {
        if to != from {
            colours.push(colour(to, layer));
        }
    }
    p.extend(colours.iter().map(String::as_str));
    format!("\x1b[{}m", p.join(";"))
}

/// The shorter of changing only what differs and starting from plain.
fn restyle_shortest(from: Pen, to: Pen) -> String {
    let changed = restyle(from, to);
    let fresh = match restyle(PLAIN, to).strip_prefix("\x1b[") {
        Some(params) => format!("\x1b[0;{params}"),
        None => "\x1b[0m".into(),
    };
    if from == to || changed.len() <= fresh.len() {
        changed
    } else {
        fresh
    }
}

impl<W: Write> Backend for Wire<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let size = match self.fixed {
            Some(size) => size,
            None => self.size()?,
        };
        self.draw_within(content, size)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        // ratatui hides the cursor before every frame; once is enough.
        if self.hidden != Some(true) {
            queue!(self.out, cursor::Hide)?;
            self.hidden = Some(true);
        }
        self.out.flush()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        queue!(self.out, cursor::Show)?;
        self.hidden = Some(false);
        // What is written next may go to the terminal by another way (a
        // suspend leaving the alternate screen): nothing may stay queued.
        self.out.flush()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        cursor::position()
            .map(|(x, y)| Position { x, y })
            .map_err(io::Error::other)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let to = position.into();
        self.out.write_all(motion(self.at, to).as_bytes())?;
        self.at = Some(to);
        self.out.flush()
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        use terminal::ClearType as To;
        // A clear comes after anything else used the terminal (a suspend,
        // a resize): the cursor may be anywhere and shown, the screen hold
        // anything.
        self.at = None;
        self.hidden = None;
        self.shown.clear();
        // Erased with the plain style a frame always ends in.
        if clear_type == ClearType::All
            && let Ok(size) = self.fixed.map_or_else(|| self.size(), Ok)
        {
            let blank = Some(Shown {
                ascii: b' ',
                pen: PLAIN,
            });
            self.shown = vec![blank; size.width as usize * size.height as usize];
            self.shown_size = size;
        }
        let kind = match clear_type {
            ClearType::All => To::All,
            ClearType::AfterCursor => To::FromCursorDown,
            ClearType::BeforeCursor => To::FromCursorUp,
            ClearType::CurrentLine => To::CurrentLine,
            ClearType::UntilNewLine => To::UntilNewLine,
        };
        queue!(self.out, terminal::Clear(kind))?;
        self.out.flush()
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        for _ in 0..n {
            self.out.write_all(b"\n")?;
        }
        // A line feed on the last row scrolls: where it leaves the cursor
        // is the terminal's to say.
        self.at = None;
        self.out.flush()
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let w = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: w.columns,
                height: w.rows,
            },
            pixels: Size {
                width: w.width,
                height: w.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl<W: Write> Wire<W> {
    /// Draws `content` on a screen of `size`.
    fn draw_within<'a>(
        &mut self,
        content: impl Iterator<Item = (u16, u16, &'a Cell)>,
        size: Size,
    ) -> io::Result<()> {
        if self.shown_size != size {
            self.shown.clear();
            self.shown_size = size;
        }
        self.shown
            .resize(size.width as usize * size.height as usize, None);
        let mut bytes = String::new();
        let mut pen = PLAIN;
        for (x, y, cell) in content {
            let to = Position { x, y };
            if self.at != Some(to) {
                match self.passing(to, pen) {
                    Some(again) => bytes.push_str(&again),
                    None => bytes.push_str(&motion(self.at, to)),
                }
            }
            let next = Pen {
                fg: cell.fg,
                bg: cell.bg,
                underline: cell.underline_color,
                modifier: cell.modifier,
            };
            bytes.push_str(&restyle_shortest(pen, next));
            pen = next;
            let symbol = cell.symbol();
            bytes.push_str(symbol);
            // Only where every terminal agrees is the cursor known: after
            // one ASCII character short of the last column (the last one
            // leaves a wrap pending, and wide or combined characters are
            // measured differently by different terminals).
            let ascii = symbol.len() == 1 && symbol.is_ascii();
            self.at = (ascii && x + 1 < size.width).then_some(Position { x: x + 1, y });
            if let Some(slot) = self.slot(to) {
                *slot = ascii.then(|| Shown {
                    ascii: symbol.as_bytes()[0],
                    pen,
                });
            }
        }
        bytes.push_str(&restyle_shortest(pen, PLAIN));
        self.out.write_all(bytes.as_bytes())
    }

    fn slot(&mut self, at: Position) -> Option<&mut Option<Shown>> {
        let i = at.y as usize * self.shown_size.width as usize + at.x as usize;
        (at.x < self.shown_size.width).then(|| self.shown.get_mut(i))?
    }

    /// The cells between the cursor and `to` on its row, when writing them
    /// again in `pen` changes nothing on screen and is shorter than a move.
    fn passing(&mut self, to: Position, pen: Pen) -> Option<String> {
        let from = self.at.filter(|at| at.y == to.y && at.x < to.x)?;
        let gap = (to.x - from.x) as usize;
        if gap >= motion(self.at, to).len() {
            return None;
        }
        (from.x..to.x)
            .map(
                |x| match self.slot(Position { x, y: to.y }).copied().flatten() {
                    Some(cell) if cell.pen == pen => Some(cell.ascii as char),
                    _ => None,
                },
            )
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(x: u16, y: u16) -> Position {
        Position { x, y }
    }

    #[test]
    fn a_move_is_the_shortest_that_gets_there() {
        assert_eq!(motion(None, at(77, 3)), "\x1b[4;78H");
        assert_eq!(motion(Some(at(78, 3)), at(77, 4)), "\n\x08");
        assert_eq!(motion(Some(at(5, 3)), at(0, 4)), "\n\r");
        assert_eq!(motion(Some(at(5, 3)), at(9, 3)), "\x1b[4C");
        assert_eq!(motion(Some(at(50, 20)), at(3, 1)), "\x1b[2;4H");
    }

    #[test]
    fn a_style_change_says_only_what_changed() {
        let bold_on_cyan = Pen {
            fg: Color::Black,
            bg: Color::Cyan,
            modifier: Modifier::BOLD,
            ..PLAIN
        };
        assert_eq!(restyle(PLAIN, bold_on_cyan), "\x1b[1;30;46m");
        let yellow = Pen {
            fg: Color::Yellow,
            ..PLAIN
        };
        assert_eq!(restyle(bold_on_cyan, yellow), "\x1b[22;33;49m");
        assert_eq!(restyle(yellow, yellow), "");
        // Dim stays when bold goes: 22 ends both, so dim is set again.
        let both = Pen {
            modifier: Modifier::BOLD | Modifier::DIM,
            ..PLAIN
        };
        let dim = Pen {
            modifier: Modifier::DIM,
            ..PLAIN
        };
        assert_eq!(restyle(both, dim), "\x1b[22;2m");
        let grey = Pen {
            fg: Color::DarkGray,
            bg: Color::Indexed(236),
            ..PLAIN
        };
        assert_eq!(restyle(PLAIN, grey), "\x1b[90;48;5;236m");
        let underlined = Pen {
            underline: Color::Red,
            ..PLAIN
        };
        assert_eq!(restyle(PLAIN, underlined), "\x1b[58;5;1m");
        assert_eq!(restyle(underlined, PLAIN), "\x1b[59m");
        // Back to plain from much: one reset is shorter.
        let much = Pen {
            fg: Color::Rgb(1, 2, 3),
            modifier: Modifier::BOLD | Modifier::ITALIC,
            ..PLAIN
        };
        assert_eq!(restyle_shortest(much, PLAIN), "\x1b[0m");
    }
}
