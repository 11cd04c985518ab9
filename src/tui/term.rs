//! The terminal: setup and restore, and the event loop. The loop is generic
//! over the backend so tests and headless renders drive the real app.

use std::io::{self, BufWriter, Read, Write, stdout};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::net::UnixStream;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{self, DisableMouseCapture, EnableMouseCapture, Event};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::layout::Rect;
use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};

use crate::briefing::load::{Progress, Stage};
use crate::briefing::pins::Store;
use crate::briefing::{Briefing, Time};
use crate::tui::app::{Action, App, Effect};
use crate::tui::keymap;
use crate::tui::search_job::{self, Results, Searcher};
use crate::tui::view::{self, theme::Theme};
use crate::tui::watch::{FirstLoad, Watch};
use crate::tui::wire::Wire;

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
    /// An ending signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) closed it.
    Signal(i32),
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
        end_if_stuck(Arc::clone(&signals.stop))?;
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

/// How long the loop has, after an ending signal, before the process ends
/// without it.
const GRACE: Duration = Duration::from_secs(2);

/// Ends the process if the loop has not ended within `GRACE` of an ending
/// signal. The loop notices a signal within a frame, unless it is stuck
/// inside crossterm: asked about a terminal that hung up between our look
/// and its own, crossterm reads the end-of-file over and over and never
/// returns. The process then leaves the terminal as the loop would have
/// and exits with the code the loop's end would give.
fn end_if_stuck(stop: Arc<AtomicUsize>) -> io::Result<()> {
    let (mut ring, wake) = UnixStream::pair()?;
    for sig in ENDING {
        signal_hook::low_level::pipe::register(sig, wake.try_clone()?)?;
    }
    std::thread::Builder::new()
        .name("end-if-stuck".into())
        .spawn(move || {
            if ring.read(&mut [0]).is_ok_and(|n| n > 0) {
                std::thread::sleep(GRACE);
                give_back();
                let sig = stop.load(Ordering::Relaxed).clamp(1, 127);
                std::process::exit(128 + sig as i32);
            }
        })?;
    Ok(())
}

/// Gives the terminal back as the shell had it: no mouse capture, the
/// cursor shown, raw mode off, the normal screen. Every way out ends here.
fn give_back() {
    let _ = execute!(stdout(), DisableMouseCapture, Show);
    ratatui::restore();
}

/// What the loop needs of the world outside the backend: events, and
/// giving the terminal back to the shell and taking it again. A test host
/// feeds events and records suspends.
pub trait Host<B: Backend> {
    /// The next input, or `None` once `timeout` passes.
    fn next_input(&mut self, timeout: Duration) -> io::Result<Option<Input>>;
    /// Restores the terminal, stops the process until it is continued
    /// (`fg`), then takes the terminal again.
    fn suspend(&mut self, terminal: &mut Terminal<B>) -> io::Result<()>;
    /// Takes the terminal again after the process was continued.
    fn resume(&mut self, terminal: &mut Terminal<B>) -> io::Result<()>;
}

/// The real terminal, through crossterm, and what else can wake the loop:
/// the folder's first load and changes to it, and the search job's answers.
struct Tty {
    panic_for_test: bool,
    /// Debug builds can be told to stop answering, as a loop stuck inside
    /// crossterm does, so a test can check that a signal still ends them.
    stuck_for_test: bool,
    first: FirstLoad,
    watch: Option<Watch>,
    found: Answers,
}

/// Where the search job's answers arrive, and a socket it writes a byte
/// to after each, so the loop's wait ends the moment one is ready.
struct Answers {
    inbox: Receiver<Results>,
    wake: UnixStream,
}

impl Answers {
    /// A search job whose answers wake the loop.
    fn start() -> io::Result<(Searcher, Answers)> {
        let (wake, ring) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        ring.set_nonblocking(true)?;
        let (post, inbox) = mpsc::channel();
        let searcher = Searcher::start(move |results| {
            if post.send(results).is_ok() {
                // A full socket already holds a wake-up.
                let _ = (&ring).write(&[1]);
            }
        });
        Ok((searcher, Answers { inbox, wake }))
    }

    /// The latest answer waiting, if any.
    fn take(&mut self) -> Option<Results> {
        let mut bytes = [0; 64];
        while matches!(self.wake.read(&mut bytes), Ok(n) if n > 0) {}
        self.inbox.try_iter().last()
    }
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
    fn next_input(&mut self, timeout: Duration) -> io::Result<Option<Input>> {
        if self.panic_for_test {
            panic!("BRIEF_TEST_PANIC is set");
        }
        if self.stuck_for_test {
            loop {
                std::thread::park();
            }
        }
        // While loading or watching, wake often enough to take it in soon.
        let slice = if self.watch.is_some() || self.first.running() {
            timeout.min(WATCH_SLICE)
        } else {
            timeout
        };
        // crossterm reads every byte stdin holds at once and queues the
        // events: keys it has queued leave nothing on the fd to wake `poll`,
        // so they are taken first, or a paste would come one key a timeout.
        if !event::poll(Duration::ZERO)? {
            wait_for_input(slice, self.found.wake.as_raw_fd())?;
        }
        if event::poll(Duration::ZERO)? {
            return event::read().map(|e| Some(Input::Event(e)));
        }
        if let Some(results) = self.found.take() {
            return Ok(Some(Input::Action(Action::Found(Box::new(results)))));
        }
        let reloaded = self
            .first
            .poll()
            .or_else(|| self.watch.as_mut().and_then(Watch::poll));
        if let Some(r) = reloaded {
            return Ok(Some(Input::Action(Action::Reload(r))));
        }
        Ok(self
            .first
            .progress()
            .map(|p| Input::Action(Action::Loading(p))))
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

/// Waits until the terminal has input, `wake` is readable, `timeout`
/// passes or a signal arrives (a resize, a stop). crossterm's own wait would spin forever
/// reading the end-of-file of a terminal that hung up (window closed, SSH
/// gone), never returning to notice SIGHUP; here a hang-up is an error,
/// which ends the loop, and crossterm is only asked for what is waiting.
fn wait_for_input(timeout: Duration, wake: RawFd) -> io::Result<()> {
    let watch = |fd| libc::pollfd {
        fd,
        events: libc::POLLIN,
        revents: 0,
    };
    let mut fds = [watch(libc::STDIN_FILENO), watch(wake)];
    let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
    // SAFETY: a valid array of pollfds, and its length.
    if unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, ms) } < 0 {
        let e = io::Error::last_os_error();
        return if e.kind() == io::ErrorKind::Interrupted {
            Ok(())
        } else {
            Err(e)
        };
    }
    if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        return Err(io::Error::new(
            io::ErrorKind::BrokenPipe,
            "the terminal hung up",
        ));
    }
    Ok(())
}

/// Opens the explorer on the real terminal until `q`, a signal or an
/// error; the terminal is restored in every case, panics included.
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
    let first = FirstLoad::start(first_load.as_deref());
    if first.running() {
        app.loading = Some(Progress {
            stage: Stage::Reading,
            done: 0,
            total: first_load.as_deref().map_or(0, count_articles),
        });
    }
    let theme = if colour {
        Theme::color()
    } else {
        Theme::mono()
    };
    // crossterm drops colours by itself under NO_COLOR; `--color always` overrides it.
    ratatui::crossterm::style::force_color_output(colour);
    let watch = match watch.as_deref().map(Watch::start).transpose() {
        Ok(w) => w,
        Err(e) => {
            app.update(Action::Notice(format!("not watching the folder: {e}")));
            None
        }
    };
    let signals = Signals::register()?;
    let (searcher, found) = Answers::start()?;

    // A panic leaves the mouse, raw mode and the alternate screen before
    // its message prints.
    let restore_terminal = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        give_back();
        restore_terminal(info);
    }));
    // Frames are drawn through `Wire` (few bytes a tick), buffered whole:
    // stdout alone would flush at every line feed a move uses.
    let mut terminal = enable_raw_mode()
        .and_then(|()| execute!(stdout(), EnterAlternateScreen))
        .and_then(|()| Terminal::new(Wire::new(BufWriter::with_capacity(1 << 16, stdout()))))
        .inspect_err(|_| ratatui::restore())?;
    // Debug builds can be told to panic mid-session, so a test can check
    // that a panic leaves the terminal as it was found.
    let mut tty = Tty {
        panic_for_test: cfg!(debug_assertions) && std::env::var_os("BRIEF_TEST_PANIC").is_some(),
        stuck_for_test: cfg!(debug_assertions) && std::env::var_os("BRIEF_TEST_STUCK").is_some(),
        first,
        watch,
        found,
    };
    let perform = |app: &App, effect: Effect| perform(app, effect, pins.as_ref(), &searcher);
    let result = execute!(stdout(), EnableMouseCapture)
        .and_then(|()| run_app(&mut terminal, &mut app, &theme, &signals, &mut tty, perform));
    give_back();
    // A hang-up also fails the loop's reads: the signal says why it ended.
    if let Some(signal) = signals.stopped_by() {
        return Ok(Ending::Signal(signal));
    }
    result?;
    Ok(if app.fatal.is_empty() {
        Ending::Quit
    } else {
        Ending::LoadFailed(app.fatal)
    })
}

/// Does what an update asked for; a failure comes back as a notice.
fn perform(app: &App, effect: Effect, pins: Option<&Store>, searcher: &Searcher) -> Option<String> {
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
        Effect::Search(request) => {
            searcher.ask(request);
            None
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

/// Draws, waits for an event, applies it, ticks a live clock once a
/// second; suspends on Ctrl-Z or SIGTSTP and redraws whole after SIGCONT;
/// until the app quits or an ending signal arrives.
pub fn run_app<B: Backend>(
    terminal: &mut Terminal<B>,
    app: &mut App,
    theme: &Theme,
    signals: &Signals,
    host: &mut impl Host<B>,
    mut perform: impl FnMut(&App, Effect) -> Option<String>,
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
        let action = match host.next_input(timeout)? {
            Some(Input::Event(event)) => keymap::action_for(app, &event),
            Some(Input::Action(action)) => Some(action),
            None => None,
        };
        let suspend = action == Some(Action::Suspend);
        if let Some(action) = action.filter(|_| !suspend) {
            app.update(action);
            for effect in std::mem::take(&mut app.effects) {
                if let Some(notice) = perform(app, effect) {
                    app.update(Action::Notice(notice));
                }
            }
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
            // A scripted session writes nothing and copies nothing; it
            // searches at once, so each frame shows its query's results.
            for effect in std::mem::take(&mut app.effects) {
                if let Effect::Search(request) = effect
                    && let Some(results) = search_job::run(&request, &|| false)
                {
                    app.update(Action::Found(Box::new(results)));
                }
            }
        }
        let frame = terminal
            .draw(|frame| view::view(app, theme, frame))
            .map_err(backend_error)?;
        on_frame(frame.buffer);
    }
    Ok(())
}
