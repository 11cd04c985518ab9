//! What the explorer writes to the terminal: a live countdown's tick is a
//! few dozen bytes, and the few bytes draw exactly the screen ratatui
//! means, checked cell by cell (character, colours, bold, italic,
//! underline, reverse) on a terminal emulator through a session of frames.

use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

use brief::briefing::Time;
use brief::tui::app::{Action, App, View};
use brief::tui::view::{self, theme::Theme};
use brief::tui::wire::Wire;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier};
use ratatui::{Terminal, TerminalOptions, Viewport};

/// Everything written, kept.
#[derive(Clone, Default)]
struct Tape(Rc<RefCell<Vec<u8>>>);

impl Write for Tape {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Tape {
    fn take(&self) -> Vec<u8> {
        std::mem::take(&mut self.0.borrow_mut())
    }
}

fn now() -> Time {
    chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap()
}

fn fixed<B: Backend>(backend: B, w: u16, h: u16) -> Terminal<B> {
    Terminal::with_options(
        backend,
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, w, h)),
        },
    )
    .unwrap()
}

fn live(w: u16, h: u16) -> App {
    let mut app = App::new(brief::briefing::load::builtin().unwrap(), now(), false);
    app.update(Action::Resize(w, h));
    app
}

/// Bytes each of `ticks` one-second ticks writes, after a first whole
/// frame; the first tick turns the hour (12:00:00 to 12:00:01 takes every
/// countdown from `…h 00m 00s` to `…h 59m 59s`).
fn tick_bytes<B: Backend>(backend: B, tape: &Tape, (w, h): (u16, u16), ticks: i64) -> Vec<usize> {
    let mut app = live(w, h);
    let mut terminal = fixed(backend, w, h);
    // As the explorer starts: the screen cleared, then drawn whole.
    terminal.backend_mut().clear().unwrap();
    let theme = Theme::color();
    terminal.draw(|f| view::view(&app, &theme, f)).unwrap();
    tape.take();
    (1..=ticks)
        .map(|s| {
            app.update(Action::Tick(now() + chrono::TimeDelta::seconds(s)));
            terminal.draw(|f| view::view(&app, &theme, f)).unwrap();
            tape.take().len()
        })
        .collect()
}

/// Ten minutes of ticks, 600 frames, at three sizes.
#[test]
fn a_second_of_a_live_countdown_writes_under_a_hundred_bytes() {
    for (w, h) in [(80, 24), (120, 40), (200, 60)] {
        let tape = Tape::default();
        let ours = tick_bytes(Wire::fixed(tape.clone(), w, h), &tape, (w, h), 600);
        let tape = Tape::default();
        let crossterm = tick_bytes(CrosstermBackend::new(tape.clone()), &tape, (w, h), 600);
        let median = |v: &[usize]| {
            let mut v = v.to_vec();
            v.sort();
            v[v.len() / 2]
        };
        println!(
            "{w}x{h}: a tick writes {} B at the median (crossterm's backend {} B), {} B at the turn of the hour",
            median(&ours),
            median(&crossterm),
            ours[0]
        );
        assert!(ours.iter().all(|&n| n > 0), "every tick changes a digit");
        let (hour, rest) = ours.split_first().unwrap();
        assert!(rest.iter().all(|&n| n <= 100), "{w}x{h}: {rest:?}");
        // Every digit of every countdown changes once an hour.
        assert!(*hour <= 128, "{w}x{h}: {hour}");
        assert!(2 * median(&ours) < median(&crossterm));
    }
}

fn expected_colour(c: Color) -> vt100::Color {
    match c {
        Color::Reset => vt100::Color::Default,
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
        Color::Indexed(n) => vt100::Color::Idx(n),
        named => {
            let all = [
                Color::Black,
                Color::Red,
                Color::Green,
                Color::Yellow,
                Color::Blue,
                Color::Magenta,
                Color::Cyan,
                Color::Gray,
                Color::DarkGray,
                Color::LightRed,
                Color::LightGreen,
                Color::LightYellow,
                Color::LightBlue,
                Color::LightMagenta,
                Color::LightCyan,
                Color::White,
            ];
            vt100::Color::Idx(all.iter().position(|c| *c == named).unwrap() as u8)
        }
    }
}

/// The emulated screen shows `buffer`, cell by cell.
fn assert_shows(screen: &vt100::Screen, buffer: &Buffer, step: &str) {
    let area = buffer.area;
    for y in 0..area.height {
        for x in 0..area.width {
            let want = &buffer[(x, y)];
            let got = screen.cell(y, x).unwrap();
            if got.is_wide_continuation() {
                continue;
            }
            let symbol = if want.symbol() == " " {
                ""
            } else {
                want.symbol()
            };
            let at = format!("{step}: cell ({x}, {y}), {want:?}");
            assert_eq!(got.contents().trim_end(), symbol.trim_end(), "{at}");
            assert_eq!(got.fgcolor(), expected_colour(want.fg), "{at} fg");
            assert_eq!(got.bgcolor(), expected_colour(want.bg), "{at} bg");
            let mut m = want.modifier;
            // The emulator keeps one intensity, the one set last; bold and
            // dim are set in that order (as crossterm's backend does too).
            if m.contains(Modifier::BOLD | Modifier::DIM) {
                m.remove(Modifier::BOLD);
            }
            assert_eq!(got.bold(), m.contains(Modifier::BOLD), "{at} bold");
            assert_eq!(got.dim(), m.contains(Modifier::DIM), "{at} dim");
            assert_eq!(got.italic(), m.contains(Modifier::ITALIC), "{at} italic");
            assert_eq!(
                got.underline(),
                m.contains(Modifier::UNDERLINED),
                "{at} underline"
            );
            assert_eq!(
                got.inverse(),
                m.contains(Modifier::REVERSED),
                "{at} reverse"
            );
        }
    }
}

#[test]
fn the_few_bytes_draw_exactly_the_frames_meant() {
    let (w, h) = (100, 30);
    let tape = Tape::default();
    let mut terminal = fixed(Wire::fixed(tape.clone(), w, h), w, h);
    terminal.backend_mut().clear().unwrap();
    let mut emulator = vt100::Parser::new(
        std::num::NonZeroU16::new(h).unwrap(),
        std::num::NonZeroU16::new(w).unwrap(),
        0,
    );
    let mut app = live(w, h);
    let steps: Vec<(&str, Vec<Action>)> = vec![
        ("first frame", vec![]),
        (
            "a tick",
            vec![Action::Tick(now() + chrono::TimeDelta::seconds(1))],
        ),
        ("down the issues", vec![Action::Down, Action::Down]),
        ("the reader", vec![Action::FocusNext, Action::PageDown]),
        (
            "a search",
            "rare e"
                .chars()
                .map(Action::SearchInput)
                .chain([Action::OpenSearch])
                .collect(),
        ),
        ("the help", vec![Action::CloseOverlay, Action::OpenHelp]),
        (
            "the timeline",
            vec![Action::CloseOverlay, Action::ShowView(View::Timeline)],
        ),
        (
            "the coverage",
            vec![Action::ShowView(View::Coverage), Action::Right],
        ),
        (
            "the people",
            vec![Action::ShowView(View::People), Action::Down],
        ),
        ("time travel", vec![Action::ShiftClock(5 * 86_400)]),
        (
            "back to the briefing",
            vec![Action::ShowView(View::Briefing)],
        ),
    ];
    for theme in [Theme::color(), Theme::mono()] {
        for (step, actions) in &steps {
            for action in actions {
                app.update(action.clone());
            }
            let frame = terminal.draw(|f| view::view(&app, &theme, f)).unwrap();
            let buffer = frame.buffer.clone();
            emulator.process(&tape.take());
            assert_shows(emulator.screen(), &buffer, step);
        }
    }
}
