//! Screenshots and recordings made by the app itself: the real `App`,
//! keymap, update and view, driven by a key script through
//! [`term::replay`](crate::tui::term::replay) (the loop the terminal uses, fed
//! scripted events), with a frozen clock. Screens are written from a ratatui
//! [`Buffer`] as plain text or SVG; recordings are the bytes the crossterm
//! backend writes, as an asciicast.

pub mod cast;
pub mod screen;
pub mod script;
pub mod svg;

use std::cell::RefCell;
use std::io::{self, Write};
use std::path::Path;
use std::rc::Rc;
use std::time::Duration;

use ratatui::backend::{Backend, ClearType, CrosstermBackend, WindowSize};
use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::{Position, Rect, Size};
use ratatui::{Terminal, TerminalOptions, Viewport};

use crate::briefing::{Briefing, Time};
use crate::tui::app::App;
use crate::tui::term;
use crate::tui::view::theme::Theme;
use cast::Cast;
use script::Step;

/// The moment screenshots and recordings show when neither `--now` nor
/// `BRIEF_NOW` gives one: two days before the Trump–Xi meeting.
pub const DEFAULT_NOW: &str = "2025-10-28T12:00:00-04:00";

/// In a recording, each typed character takes this long...
pub const TYPE_DELAY: Duration = Duration::from_millis(150);
/// ...and any other key this long, before it is pressed.
pub const KEY_DELAY: Duration = Duration::from_millis(600);

/// `now`, or [`DEFAULT_NOW`].
pub fn now_or_default(now: Option<Time>) -> Time {
    now.unwrap_or_else(|| {
        chrono::DateTime::parse_from_rfc3339(DEFAULT_NOW).expect("DEFAULT_NOW is RFC 3339")
    })
}

/// The screen after the keys of `steps` (pauses do not matter here).
pub fn screenshot(app: &mut App, (width, height): (u16, u16), steps: &[Step]) -> Buffer {
    let events = steps.iter().filter_map(|s| match s {
        Step::Key(event) => Some(event.clone()),
        Step::Wait(_) => None,
    });
    screen::render(app, &Theme::color(), (width, height), events)
}

/// What a screenshot file holds, from its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Svg,
}

impl Format {
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" => Some(Format::Text),
            "svg" => Some(Format::Svg),
            _ => None,
        }
    }

    pub fn render(self, buf: &Buffer) -> String {
        match self {
            Format::Text => screen::text(buf),
            Format::Svg => svg::to_svg(buf),
        }
    }
}

/// A `Write` whose bytes the recorder can take while the terminal owns it.
#[derive(Clone, Default)]
struct Tape(Rc<RefCell<Vec<u8>>>);

impl Tape {
    fn take(&self) -> String {
        let bytes = std::mem::take(&mut *self.0.borrow_mut());
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for Tape {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The crossterm backend as a recording sees it: its bytes go to the tape,
/// and its size is the one asked for. The terminal `brief` happens to run
/// in (if any) is never queried, so a recording is the same everywhere.
struct Recorder {
    inner: CrosstermBackend<Tape>,
    size: Size,
    cursor: Position,
}

impl Backend for Recorder {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        self.inner.draw(content)
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.inner.hide_cursor()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.inner.show_cursor()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor = position.into();
        self.inner.set_cursor_position(self.cursor)
    }

    fn clear(&mut self) -> io::Result<()> {
        self.inner.clear()
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        self.inner.clear_region(clear_type)
    }

    fn size(&self) -> io::Result<Size> {
        Ok(self.size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize {
            columns_rows: self.size,
            pixels: Size::default(),
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        Backend::flush(&mut self.inner)
    }
}

/// What the terminal is sent before the first frame: default colours, no
/// cursor, a clear screen. (The live explorer gets the same from entering
/// the alternate screen; a recording has no screen to leave.)
pub const SETUP: &str = "\x1b[0m\x1b[?25l\x1b[2J\x1b[H";
/// What it is sent once the recording ends: default colours and the cursor
/// back, so `asciinema play` leaves the terminal as it found it.
pub const RESTORE: &str = "\x1b[0m\x1b[?25h";

/// The session of `steps` as a recording: the bytes the crossterm backend
/// writes for each frame, at scripted times. Each key comes [`TYPE_DELAY`]
/// (typed characters) or [`KEY_DELAY`] (other keys) after the previous one,
/// a pause adds its length; the clock of the wall is never read, so two runs
/// give the same bytes.
pub fn record(app: &mut App, (width, height): (u16, u16), steps: &[Step], title: &str) -> Cast {
    let tape = Tape::default();
    let backend = Recorder {
        inner: CrosstermBackend::new(tape.clone()),
        size: Size::new(width, height),
        cursor: Position::ORIGIN,
    };
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
    };
    let mut terminal =
        Terminal::with_options(backend, options).expect("a fixed viewport needs no terminal");
    let cast = RefCell::new(Cast::new(width, height, title));
    let clock = std::cell::Cell::new(Duration::ZERO);
    let emit = |data: String| {
        if !data.is_empty() {
            let millis = clock.get().as_millis() as u64;
            cast.borrow_mut().events.push(cast::Event { millis, data });
        }
    };
    emit(SETUP.to_string());
    // `replay` draws after every event it takes; taking the next one is the
    // moment to stamp what the last draw wrote, then move the clock on.
    let mut steps_left = steps.iter();
    let events = std::iter::from_fn(|| {
        emit(tape.take());
        next_key(&mut steps_left, &clock)
    });
    term::replay(&mut terminal, app, &Theme::color(), events)
        .expect("writing to memory cannot fail");
    // What the last draw wrote, if the app quit before asking for more; then
    // hold the last frame through any pause that ends the script.
    emit(tape.take());
    let end = clock.get().as_millis() as u64;
    let mut cast = cast.into_inner();
    if let Some(last) = cast.events.last_mut()
        && last.millis == end
    {
        last.data.push_str(RESTORE);
    } else {
        cast.events.push(cast::Event {
            millis: end,
            data: RESTORE.to_string(),
        });
    }
    cast
}

/// The next key of a script, with `clock` moved on to when it is pressed:
/// past the pauses before it, then [`TYPE_DELAY`] for a typed character or
/// [`KEY_DELAY`] for any other key.
fn next_key<'a>(
    steps: &mut impl Iterator<Item = &'a Step>,
    clock: &std::cell::Cell<Duration>,
) -> Option<ratatui::crossterm::event::Event> {
    for step in steps {
        match step {
            Step::Wait(pause) => clock.set(clock.get() + *pause),
            Step::Key(event) => {
                let delay = if step.is_typed_char() {
                    TYPE_DELAY
                } else {
                    KEY_DELAY
                };
                clock.set(clock.get() + delay);
                return Some(event.clone());
            }
        }
    }
    None
}

/// `brief screenshot`: the screen after `steps`, written to `out` as its
/// extension says (.svg or .txt).
pub fn write_screenshot(
    briefing: Briefing,
    now: Option<Time>,
    steps: &[Step],
    size: (u16, u16),
    out: &Path,
) -> io::Result<()> {
    let format = Format::from_path(out).ok_or_else(|| {
        io::Error::new(io::ErrorKind::InvalidInput, "a screenshot is .svg or .txt")
    })?;
    let mut app = App::new(briefing, now_or_default(now), true);
    let buf = screenshot(&mut app, size, steps);
    std::fs::write(out, format.render(&buf))
}

/// The screens of the session of `steps`, each with the moment it appears,
/// timed as in a recording; a key that changes nothing on screen adds no
/// screen. Also the moment the session ends.
pub fn frames(
    app: &mut App,
    (width, height): (u16, u16),
    steps: &[Step],
) -> (Vec<(u64, Buffer)>, u64) {
    let backend = ratatui::backend::TestBackend::new(width, height);
    let options = TerminalOptions {
        viewport: Viewport::Fixed(Rect::new(0, 0, width, height)),
    };
    let mut terminal =
        Terminal::with_options(backend, options).expect("a test backend cannot fail");
    let clock = std::cell::Cell::new(Duration::ZERO);
    let mut steps_left = steps.iter();
    let events = std::iter::from_fn(|| next_key(&mut steps_left, &clock));
    let mut frames: Vec<(u64, Buffer)> = Vec::new();
    term::replay_frames(&mut terminal, app, &Theme::color(), events, |buf| {
        if frames.last().is_none_or(|(_, last)| last != buf) {
            frames.push((clock.get().as_millis() as u64, buf.clone()));
        }
    })
    .expect("a test backend cannot fail");
    // A pause that ends the script holds the last screen.
    for step in steps_left {
        if let Step::Wait(pause) = step {
            clock.set(clock.get() + *pause);
        }
    }
    (frames, clock.get().as_millis() as u64)
}

/// `brief record`: the session of `steps`, written to `out` as an asciicast
/// (`.cast`) or an animated SVG (`.svg`).
pub fn write_recording(
    briefing: Briefing,
    now: Option<Time>,
    steps: &[Step],
    size: (u16, u16),
    out: &Path,
) -> io::Result<()> {
    let mut app = App::new(briefing, now_or_default(now), true);
    if Format::from_path(out) == Some(Format::Svg) {
        let (frames, end) = frames(&mut app, size, steps);
        return std::fs::write(out, svg::animated(&frames, end));
    }
    let title = format!("brief: {}", app.briefing.title);
    let cast = record(&mut app, size, steps, &title);
    std::fs::write(out, cast.to_text())
}
