//! A pseudo-terminal session of the real binary for tests: keys in, every
//! byte it writes kept, the screen those bytes make read back.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

pub const PATIENCE: Duration = Duration::from_secs(20);

/// Everything the app wrote, and the screen it makes.
pub struct Output {
    pub bytes: Vec<u8>,
    pub screen: vt100::Parser,
}

pub fn wait_until(out: &Arc<Mutex<Output>>, what: &str, done: impl Fn(&Output) -> bool) {
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

pub fn shows(text: &str) -> impl Fn(&Output) -> bool + '_ {
    move |o: &Output| o.screen.screen().contents().contains(text)
}

pub struct Session {
    _master: Box<dyn portable_pty::MasterPty + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    pub out: Arc<Mutex<Output>>,
    pub keys: Box<dyn Write + Send>,
}

impl Session {
    pub fn press(&mut self, k: &str) {
        self.keys.write_all(k.as_bytes()).unwrap();
        self.keys.flush().unwrap();
    }
}

/// The explorer in a 100x30 pseudo-terminal with `args`, its state
/// directory at `state`.
pub fn start(state: &std::path::Path, args: &[&str]) -> Session {
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
    cmd.args(args);
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

pub fn quit(mut session: Session) {
    session.keys.write_all(b"q").unwrap();
    session.keys.flush().unwrap();
    let start = Instant::now();
    while session.child.try_wait().unwrap().is_none() {
        assert!(start.elapsed() < PATIENCE, "brief did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
}
