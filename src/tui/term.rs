//! The terminal: setup and restore, and the event loop. The loop is generic
//! over the backend so tests and headless renders drive the real app.

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

use crate::briefing::{Briefing, Time};
use crate::tui::app::{Action, App};
use crate::tui::keymap;
use crate::tui::view::{self, theme::Theme};

/// How often a frozen clock still wakes the loop, to notice signals.
const IDLE: Duration = Duration::from_millis(250);

/// The signals that end the explorer: each restores the terminal first.
/// (Ctrl-C in raw mode is a key; SIGINT comes from `kill -INT`.)
const ENDING: [i32; 4] = [SIGTERM, SIGHUP, SIGINT, SIGQUIT];

fn local_now() -> Time {
    chrono::Local::now().fixed_offset()
}

fn backend_error<E: std::error::Error + Send + Sync + 'static>(e: E) -> io::Error {
    io::Error::other(e)
}

/// What signal handlers have noted for the loop to act on. Handlers only
/// set flags; the loop does the work between frames.
#[derive(Debug, Default)]
pub struct Signals {
    /// The ending signal received, or 0.
    pub stop: Arc<AtomicUsize>,
    /// SIGTSTP (`kill -TSTP`; Ctrl-Z itself arrives as a key in raw mode).
    pub suspend: Arc<AtomicBool>,
    /// SIGCONT: whatever stopped the process, the terminal may have been
    /// used meanwhile, so it is taken again and redrawn.
    pub resumed: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Signals> {
        let signals = Signals::default();
        for sig in ENDING {
            signal_hook::flag::register_usize(sig, Arc::clone(&signals.stop), sig as usize)?;
        }
        signal_hook::flag::register(SIGTSTP, Arc::clone(&signals.suspend))?;
        signal_hook::flag::register(SIGCONT, Arc::clone(&signals.resumed))?;
        Ok(signals)
    }

    /// The ending signal received, if any.
    pub fn stopped_by(&self) -> Option<i32> {
        match self.stop.load(Ordering::Relaxed) {
            0 => None,
            sig => Some(sig as i32),
        }
    }
}

/// What the loop needs of the world outside the backend: events, and
/// giving the terminal back to the shell and taking it again. A test host
/// feeds events and records suspends.
pub trait Host<B: Backend> {
    /// The next event, or `None` once `timeout` passes.
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>>;
    /// Restores the terminal, stops the process until it is continued
    /// (`fg`), then takes the terminal again.
    fn suspend(&mut self, terminal: &mut Terminal<B>) -> io::Result<()>;
    /// Takes the terminal again after the process was continued.
    fn resume(&mut self, terminal: &mut Terminal<B>) -> io::Result<()>;
}

/// The real terminal, through crossterm.
struct Tty {
    panic_for_test: bool,
}

impl Tty {
    /// Raw mode, the alternate screen and the mouse: what the explorer
    /// takes and every way out gives back.
    fn enter<B: Backend>(terminal: &mut Terminal<B>) -> io::Result<()>
    where
        B::Error: Send + Sync + 'static,
    {
        enable_raw_mode()?;
        execute!(stdout(), EnterAlternateScreen, EnableMouseCapture)?;
        // Whatever the shell drew meanwhile, and at whatever size: the next
        // frame is drawn whole. (`clear` would ask the terminal where its
        // cursor is, and not every terminal answers.)
        let size = terminal.size().map_err(backend_error)?;
        terminal
            .resize(Rect::new(0, 0, size.width, size.height))
            .map_err(backend_error)
    }

    fn leave<B: Backend>(terminal: &mut Terminal<B>) -> io::Result<()>
    where
        B::Error: Send + Sync + 'static,
    {
        execute!(stdout(), DisableMouseCapture, LeaveAlternateScreen)?;
        terminal.show_cursor().map_err(backend_error)?;
        disable_raw_mode()
    }
}

impl<B: Backend> Host<B> for Tty
where
    B::Error: Send + Sync + 'static,
{
    fn next_event(&mut self, timeout: Duration) -> io::Result<Option<Event>> {
        if self.panic_for_test {
            panic!("BRIEF_TEST_PANIC is set");
        }
        wait_for_input(timeout)?;
        if event::poll(Duration::ZERO)? {
            event::read().map(Some)
        } else {
            Ok(None)
        }
    }

    fn suspend(&mut self, terminal: &mut Terminal<B>) -> io::Result<()> {
        Tty::leave(terminal)?;
        // SIGTSTP has our handler now, so stop the way its default would:
        // this returns once the shell continues the process.
        signal_hook::low_level::emulate_default_handler(SIGTSTP)?;
        Tty::enter(terminal)
    }

    fn resume(&mut self, terminal: &mut Terminal<B>) -> io::Result<()> {
        Tty::enter(terminal)
    }
}

/// Waits until the terminal has input, `timeout` passes or a signal
/// arrives (a resize, a stop). crossterm's own wait would spin forever
/// reading the end-of-file of a terminal that hung up (window closed, SSH
/// gone), never returning to notice SIGHUP; here a hang-up is an error,
/// which ends the loop, and crossterm is only asked for what is waiting.
fn wait_for_input(timeout: Duration) -> io::Result<()> {
    let mut stdin = libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    };
    let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
    // SAFETY: one valid pollfd, and its count.
    if unsafe { libc::poll(&mut stdin, 1, ms) } < 0 {
        let e = io::Error::last_os_error();
        return if e.kind() == io::ErrorKind::Interrupted {
            Ok(())
        } else {
            Err(e)
        };
    }
    if stdin.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        return Err(io::Error::new(
            io::ErrorKind::BrokenPipe,
            "the terminal hung up",
        ));
    }
    Ok(())
}

/// Opens the explorer on the real terminal until `q`, a signal or an
/// error; the terminal is restored in every case, panics included. `now`
/// freezes the clock; without it the clock ticks. `Ok(Some(sig))` when an
/// ending signal closed it.
pub fn run(briefing: Briefing, now: Option<Time>) -> io::Result<Option<i32>> {
    let mut app = App::new(briefing, now.unwrap_or_else(local_now), now.is_some());
    let theme = Theme::from_env();
    let signals = Signals::register()?;

    let mut terminal = ratatui::try_init()?;
    // ratatui's hook leaves raw mode and the alternate screen; mouse capture
    // is ours to undo, before the panic message prints.
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        restore_terminal(info);
    }));
    // Debug builds can be told to panic mid-session, so a test can check
    // that a panic leaves the terminal as it was found.
    let mut tty = Tty {
        panic_for_test: cfg!(debug_assertions) && std::env::var_os("BRIEF_TEST_PANIC").is_some(),
    };
    let result = execute!(stdout(), EnableMouseCapture)
        .and_then(|()| run_app(&mut terminal, &mut app, &theme, &signals, &mut tty));
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    // A hang-up also fails the loop's reads: the signal says why it ended.
    match signals.stopped_by() {
        Some(signal) => Ok(Some(signal)),
        None => result.map(|()| None),
    }
}

/// Draws, waits for an event, applies it, ticks a live clock once a
/// second; suspends on Ctrl-Z or SIGTSTP and redraws whole after SIGCONT;
/// until the app quits or an ending signal arrives.
pub fn run_app<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    signals: &Signals,
    host: &mut impl Host<B>,
) -> io::Result<()>
where
    B::Error: Send + Sync + 'static,
{
    let fit = |terminal: &mut Terminal<B>, app: &mut App| -> io::Result<()> {
        let size = terminal.size().map_err(backend_error)?;
        app.update(Action::Resize(size.width, size.height));
        Ok(())
    };
    fit(terminal, app)?;
    loop {
        terminal
            .draw(|frame| view::view(app, theme, frame))
            .map_err(backend_error)?;
        if app.quit || signals.stopped_by().is_some() {
            return Ok(());
        }
        let timeout = if app.frozen {
            IDLE
        } else {
            // Wake on the next whole second so the countdown ticks evenly.
            let ms = 1000 - local_now().timestamp_subsec_millis().min(999);
            Duration::from_millis(ms as u64).min(IDLE * 4)
        };
        let action = host
            .next_event(timeout)?
            .and_then(|event| keymap::action_for(app, &event));
        let suspend = action == Some(Action::Suspend);
        if let Some(action) = action.filter(|_| !suspend) {
            app.update(action);
        }
        if suspend || signals.suspend.swap(false, Ordering::Relaxed) {
            host.suspend(terminal)?;
            // Our own stop's SIGCONT is handled by the suspend itself.
            signals.resumed.store(false, Ordering::Relaxed);
            fit(terminal, app)?;
        } else if signals.resumed.swap(false, Ordering::Relaxed) {
            host.resume(terminal)?;
            fit(terminal, app)?;
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
    let size = terminal.size().map_err(backend_error)?;
    app.update(Action::Resize(size.width, size.height));
    terminal
        .draw(|frame| view::view(app, theme, frame))
        .map_err(backend_error)?;
    for event in events {
        if app.quit {
            break;
        }
        if let Some(action) = keymap::action_for(app, &event) {
            app.update(action);
        }
        terminal
            .draw(|frame| view::view(app, theme, frame))
            .map_err(backend_error)?;
    }
    Ok(())
}
