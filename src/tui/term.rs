//! The terminal: setup and restore, and the event loop. The loop is generic
//! over the backend so tests and headless renders drive the real app.

use std::io::{self, Write, stdout};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;

use crate::briefing::pins::Store;
use crate::briefing::{Briefing, Time};
use crate::tui::app::{Action, App, Effect};
use crate::tui::keymap;
use crate::tui::view::{self, theme::Theme};
use crate::tui::watch::{FirstLoad, Watch};

/// How the explorer runs: the clock frozen at `now` (else it ticks), where
/// pins are kept, the folder to watch for changes, and colour or not.
#[derive(Debug, Default)]
pub struct Options {
    pub now: Option<Time>,
    pub pins: Option<Store>,
    pub watch: Option<PathBuf>,
    pub colour: bool,
    /// A folder to load while the explorer already shows: `briefing` is a
    /// stand-in until it is in.
    pub first_load: Option<PathBuf>,
}

/// How the explorer ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Ending {
    Quit,
    /// The first load failed; these are its errors, `file:line: message`.
    LoadFailed(Vec<String>),
}

/// What wakes the loop: a terminal event, or an action from elsewhere (a
/// reload of the data folder).
pub enum Input {
    Event(Event),
    Action(Action),
}

/// The `.txt` files a folder's `sources/` holds: what a first load will read.
fn count_articles(dir: &std::path::Path) -> usize {
    std::fs::read_dir(dir.join("sources")).map_or(0, |entries| {
        entries
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
            .count()
    })
}

/// How long the loop waits for a key before it looks for a reload.
const WATCH_SLICE: Duration = Duration::from_millis(100);

/// How often a frozen clock still wakes the loop, to notice SIGTERM.
const IDLE: Duration = Duration::from_millis(250);

fn local_now() -> Time {
    chrono::Local::now().fixed_offset()
}

fn backend_error<E: std::error::Error + Send + Sync + 'static>(e: E) -> io::Error {
    io::Error::other(e)
}

/// Opens the explorer on the real terminal until `q`, SIGTERM or an error;
/// the terminal is restored in every case, panics included. `now` freezes
/// the clock; without it the clock ticks.
pub fn run(briefing: Briefing, options: Options) -> io::Result<Ending> {
    let Options {
        now,
        pins,
        watch,
        colour,
        first_load,
    } = options;
    let mut app = App::new(briefing, now.unwrap_or_else(local_now), now.is_some());
    if let Some(store) = &pins {
        let loaded = store.load();
        app.pins = loaded.pins;
        if let Some(warning) = loaded.warning {
            app.update(Action::Notice(warning));
        }
    }
    let mut first = FirstLoad::start(first_load.as_deref());
    if first.running() {
        app.loading = Some(first_load.as_deref().map_or(0, count_articles));
    }
    let theme = if colour {
        Theme::color()
    } else {
        Theme::mono()
    };
    // crossterm drops colours by itself under NO_COLOR; `--color always` overrides it.
    ratatui::crossterm::style::force_color_output(colour);
    let mut watch = match watch.as_deref().map(Watch::start).transpose() {
        Ok(w) => w,
        Err(e) => {
            app.update(Action::Notice(format!("not watching the folder: {e}")));
            None
        }
    };
    let term = Arc::new(AtomicBool::new(false));
    signal_hook::flag::register(signal_hook::consts::SIGTERM, Arc::clone(&term))?;

    let mut terminal = ratatui::try_init()?;
    // ratatui's hook leaves raw mode and the alternate screen; mouse capture
    // is ours to undo, before the panic message prints.
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        restore_terminal(info);
    }));
    let result = execute!(stdout(), EnableMouseCapture).and_then(|()| {
        // Debug builds can be told to panic mid-session, so a test can check
        // that a panic leaves the terminal as it was found.
        let panic_for_test =
            cfg!(debug_assertions) && std::env::var_os("BRIEF_TEST_PANIC").is_some();
        let next_input = |timeout: Duration| {
            if panic_for_test {
                panic!("BRIEF_TEST_PANIC is set");
            }
            // While loading or watching, wake often enough to take it in soon.
            let slice = if watch.is_some() || first.running() {
                timeout.min(WATCH_SLICE)
            } else {
                timeout
            };
            if event::poll(slice)? {
                return event::read().map(|e| Some(Input::Event(e)));
            }
            let reloaded = first
                .poll()
                .or_else(|| watch.as_mut().and_then(Watch::poll));
            Ok(reloaded.map(|r| Input::Action(Action::Reload(r))))
        };
        let perform = |app: &App, effect: Effect| perform(app, effect, pins.as_ref());
        run_app(&mut terminal, &mut app, &theme, &term, next_input, perform)
    });
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result?;
    Ok(if app.fatal.is_empty() {
        Ending::Quit
    } else {
        Ending::LoadFailed(app.fatal)
    })
}

/// Does what an update asked for; a failure comes back as a notice.
fn perform(app: &App, effect: Effect, pins: Option<&Store>) -> Option<String> {
    match effect {
        Effect::SavePins => match pins {
            Some(store) => store
                .save(&app.pins)
                .err()
                .map(|e| format!("pins not saved to {}: {e}", store.path.display())),
            None => Some("pins not saved: no state directory on this system".into()),
        },
        Effect::Copy(text) => {
            let mut out = stdout();
            let sent = write!(out, "{}", osc52(&text)).and_then(|()| out.flush());
            sent.err().map(|e| format!("cannot copy: {e}"))
        }
    }
}

/// The escape sequence that asks the terminal to put `text` on the system
/// clipboard (OSC 52). Terminals that do not allow it ignore it.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

/// Draws, waits for an event (`next_event(timeout)`, `None` on timeout),
/// applies it, ticks a live clock once a second; until the app quits or
/// `stop` is set.
pub fn run_app<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    stop: &AtomicBool,
    mut next_input: impl FnMut(Duration) -> io::Result<Option<Input>>,
    mut perform: impl FnMut(&App, Effect) -> Option<String>,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(backend_error)?;
    app.update(Action::Resize(size.width, size.height));
    loop {
        terminal
            .draw(|frame| view::view(app, theme, frame))
            .map_err(backend_error)?;
        if app.quit || stop.load(Ordering::Relaxed) {
            return Ok(());
        }
        let timeout = if app.frozen {
            IDLE
        } else {
            // Wake on the next whole second so the countdown ticks evenly.
            let ms = 1000 - local_now().timestamp_subsec_millis().min(999);
            Duration::from_millis(ms as u64).min(IDLE * 4)
        };
        let action = match next_input(timeout)? {
            Some(Input::Event(event)) => keymap::action_for(app, &event),
            Some(Input::Action(action)) => Some(action),
            None => None,
        };
        if let Some(action) = action {
            app.update(action);
            for effect in std::mem::take(&mut app.effects) {
                if let Some(notice) = perform(app, effect) {
                    app.update(Action::Notice(notice));
                }
            }
        }
        if !app.frozen {
            let now = local_now();
            if now.timestamp() != app.now.timestamp() {
                app.update(Action::Tick(now));
            }
        }
    }
}

/// Applies `events` to `app` in order, drawing after each one: a scripted
/// session, for tests and headless screenshots. Stops early if the app quits.
pub fn replay<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    events: impl IntoIterator<Item = Event>,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    replay_frames(terminal, app, theme, events, |_| {})
}

/// As `replay`, handing each drawn frame to `on_frame` (the first before any
/// event): what an animation is made of.
pub fn replay_frames<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    events: impl IntoIterator<Item = Event>,
    mut on_frame: impl FnMut(&Buffer),
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let size = terminal.size().map_err(backend_error)?;
    app.update(Action::Resize(size.width, size.height));
    let frame = terminal
        .draw(|frame| view::view(app, theme, frame))
        .map_err(backend_error)?;
    on_frame(frame.buffer);
    for event in events {
        if app.quit {
            break;
        }
        if let Some(action) = keymap::action_for(app, &event) {
            app.update(action);
            // A scripted session writes nothing and copies nothing.
            app.effects.clear();
        }
        let frame = terminal
            .draw(|frame| view::view(app, theme, frame))
            .map_err(backend_error)?;
        on_frame(frame.buffer);
    }
    Ok(())
}
