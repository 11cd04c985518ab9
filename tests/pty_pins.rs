//! Pinning and copying in the real binary, in a pseudo-terminal: `p` writes
//! the pins file in the user's state directory and sends nothing to the
//! terminal's clipboard; only `y` sends the clipboard escape (OSC 52).

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};

const PATIENCE: Duration = Duration::from_secs(20);
const OSC52: &str = "\x1b]52;c;";

/// Everything the app wrote, and the screen it makes.
struct Output {
    bytes: Vec<u8>,
    screen: vt100::Parser,
}

fn wait_until(out: &Arc<Mutex<Output>>, what: &str, done: impl Fn(&Output) -> bool) {
    let start = Instant::now();
    while !done(&out.lock().unwrap()) {
        assert!(
            start.elapsed() < PATIENCE,
            "{what} never happened; the screen:\n{}",
            out.lock().unwrap().screen.screen().contents()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn shows(text: &'static str) -> impl Fn(&Output) -> bool {
    move |o: &Output| o.screen.screen().contents().contains(text)
}

struct Session {
    _master: Box<dyn portable_pty::MasterPty + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    out: Arc<Mutex<Output>>,
    keys: Box<dyn Write + Send>,
}

impl Session {
    fn press(&mut self, k: &str) {
        self.keys.write_all(k.as_bytes()).unwrap();
        self.keys.flush().unwrap();
    }
}

/// The explorer in a 100x30 pseudo-terminal, its state directory at `state`.
fn start(state: &std::path::Path) -> Session {
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
    cmd.args(["--now", "2025-10-28T12:00:00-04:00"]);
    cmd.env("TERM", "xterm-256color");
    cmd.env("XDG_STATE_HOME", state);
    let child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let out = Arc::new(Mutex::new(Output {
        bytes: Vec::new(),
        screen: vt100::Parser::new(
            std::num::NonZeroU16::new(30).unwrap(),
            std::num::NonZeroU16::new(100).unwrap(),
            0,
        ),
    }));
    let sink = Arc::clone(&out);
    let mut reader = pty.master.try_clone_reader().unwrap();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            let mut o = sink.lock().unwrap();
            o.bytes.extend_from_slice(&buf[..n]);
            o.screen.process(&buf[..n]);
        }
    });
    let keys = pty.master.take_writer().unwrap();
    Session {
        _master: pty.master,
        child,
        out,
        keys,
    }
}

fn quit(mut session: Session) {
    session.keys.write_all(b"q").unwrap();
    session.keys.flush().unwrap();
    let start = Instant::now();
    while session.child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < PATIENCE, "brief did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn p_pins_to_the_state_directory_and_only_y_copies_through_osc_52() {
    let state = tempfile::tempdir().unwrap();
    let mut session = start(state.path());
    let out = Arc::clone(&session.out);
    let mut press = |k: &str| session.press(k);
    wait_until(&out, "the first screen", shows("Countdown"));
    // The first search result, shown in the reader, then pinned.
    press("/");
    wait_until(&out, "the search", shows("Quote search"));
    press("\r");
    wait_until(&out, "the jump", shows("result 1/"));
    press("p");
    wait_until(&out, "the pin", shows("pinned (1 in all"));
    let pins_file = state.path().join("brief/pins/builtin.json");
    let start = Instant::now();
    while !pins_file.exists() {
        assert!(
            start.elapsed() < PATIENCE,
            "no pins file at {}",
            pins_file.display()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let saved = std::fs::read_to_string(&pins_file).unwrap();
    assert!(saved.contains("\"kind\": \"quote\""), "{saved}");
    assert!(
        !String::from_utf8_lossy(&out.lock().unwrap().bytes).contains(OSC52),
        "p sent something to the clipboard"
    );

    press("y");
    wait_until(&out, "the copy", shows("citation copied"));
    let written = String::from_utf8_lossy(&out.lock().unwrap().bytes).into_owned();
    let sent = written.split(OSC52).nth(1).expect("y sends OSC 52");
    let payload = sent.split('\x07').next().unwrap();
    let citation = base64::engine::general_purpose::STANDARD
        .decode(payload)
        .expect("base64 after OSC 52");
    let citation = String::from_utf8(citation).unwrap();
    assert!(citation.starts_with("> “"), "{citation}");
    assert!(citation.contains("line "), "{citation}");
    assert_eq!(written.matches(OSC52).count(), 1);

    quit(session);
}

#[test]
fn a_state_directory_that_cannot_be_written_is_said_and_not_fatal() {
    let state = tempfile::tempdir().unwrap();
    // Where the pins folder would go stands a file: no write can succeed.
    std::fs::write(state.path().join("brief"), "not a folder").unwrap();
    let mut session = start(state.path());
    let out = Arc::clone(&session.out);
    wait_until(&out, "the first screen", shows("Countdown"));
    session.press("j\rp");
    wait_until(&out, "the failure notice", shows("pins not saved"));
    session.press("5");
    wait_until(&out, "the pin kept in the session", shows("Pins (1)"));
    quit(session);
}
