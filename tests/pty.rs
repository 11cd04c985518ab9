//! The real binary in a pseudo-terminal: keys in, the screen read back, and
//! the terminal left as it was found whichever way the app ends.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const NOW: &str = "2025-10-28T12:00:00-04:00";
const PATIENCE: Duration = Duration::from_secs(20);

struct Session {
    _master: Box<dyn MasterPty + Send>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    screen: Arc<Mutex<vt100::Parser>>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("a pseudo-terminal");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("BRIEF_NOW");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pty.slave.spawn_command(cmd).expect("brief starts");
        drop(pty.slave);
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(24).unwrap(),
            NonZeroU16::new(80).unwrap(),
            0,
        )));
        let mut reader = pty.master.try_clone_reader().unwrap();
        let sink = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pty.master.take_writer().unwrap();
        Session {
            _master: pty.master,
            writer,
            child,
            screen,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.contents().contains(text) {
            assert!(
                start.elapsed() < PATIENCE,
                "{text:?} never appeared; the screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_gone(&self, text: &str) {
        let start = Instant::now();
        while self.contents().contains(text) {
            assert!(start.elapsed() < PATIENCE, "{text:?} never went away");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to end; its exit code.
    fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread drain the last bytes written.
                std::thread::sleep(Duration::from_millis(200));
                return status.exit_code();
            }
            assert!(
                start.elapsed() < PATIENCE,
                "brief did not exit; the screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn pid(&self) -> u32 {
        self.child.process_id().expect("a pid")
    }

    /// Sends `signal` (`TERM`, `HUP`, ...) as another process would.
    fn kill(&self, signal: &str) {
        let sent = std::process::Command::new("kill")
            .args([format!("-{signal}"), self.pid().to_string()])
            .status()
            .unwrap();
        assert!(sent.success(), "kill -{signal}");
    }

    /// The process state letter from /proc: `T` when stopped.
    fn state(&self) -> char {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", self.pid())).unwrap();
        // The name is in parentheses and may hold spaces: the state follows it.
        let after = &stat[stat.rfind(')').unwrap() + 1..];
        after.trim_start().chars().next().unwrap()
    }

    fn wait_until(&self, what: &str, done: impl Fn(&Session) -> bool) {
        let start = Instant::now();
        while !done(self) {
            assert!(
                start.elapsed() < PATIENCE,
                "never {what}; the screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The tty's settings as `stty` prints them.
    fn stty(&self) -> String {
        let tty = self._master.tty_name().expect("the pty's name");
        let out = std::process::Command::new("stty")
            .arg("-F")
            .arg(&tty)
            .arg("-a")
            .output()
            .unwrap();
        assert!(out.status.success(), "stty -F {}", tty.display());
        String::from_utf8(out.stdout).unwrap()
    }

    /// Line editing and echo on: what a shell's prompt needs.
    fn cooked(&self) -> bool {
        let flags = self.stty();
        let words: Vec<&str> = flags.split_whitespace().collect();
        words.contains(&"icanon") && words.contains(&"echo")
    }

    fn resize(&self, rows: u16, cols: u16) {
        self._master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        self.screen.lock().unwrap().set_size(
            NonZeroU16::new(rows).unwrap(),
            NonZeroU16::new(cols).unwrap(),
        );
    }

    /// What a user's shell would notice: the normal screen back, the cursor
    /// visible, the mouse no longer captured.
    fn assert_restored(&self) {
        let parser = self.screen.lock().unwrap();
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse still captured"
        );
    }

    /// Stopped, and the shell's terminal given back.
    fn wait_suspended(&self) {
        self.wait_until("stopped", |s| s.state() == 'T');
        // The process stopped after writing; the reader thread may still be
        // taking those last bytes in, and they come in more than one write
        // (the screen, then the cursor), so it waits for the last of them.
        self.wait_until("the normal screen and the cursor back", |s| {
            let parser = s.screen.lock().unwrap();
            !parser.screen().alternate_screen() && !parser.screen().hide_cursor()
        });
        self.assert_restored();
    }

    /// Continued, and back on the alternate screen.
    fn resume(&self) {
        self.kill("CONT");
        self.wait_until("back on the alternate screen", |s| {
            s.screen.lock().unwrap().screen().alternate_screen()
        });
    }

    /// The search for "high-risk" shows its count, Esc closes it, `q` quits
    /// and the terminal is restored.
    fn close_search_and_quit(&mut self) {
        self.wait_for("2/23");
        self.keys("\x1b");
        self.wait_gone("Search [quotes]");
        self.keys("q");
        assert_eq!(self.wait_exit(), 0);
        self.assert_restored();
    }
}

/// Cells drawn in a colour other than the terminal's own.
fn coloured_cells(s: &Session) -> usize {
    let parser = s.screen.lock().unwrap();
    let screen = parser.screen();
    let mut n = 0;
    for row in 0..24 {
        for col in 0..80 {
            let cell = screen.cell(row, col).unwrap();
            n += usize::from(
                cell.fgcolor() != vt100::Color::Default || cell.bgcolor() != vt100::Color::Default,
            );
        }
    }
    n
}

#[test]
fn color_flag_picks_the_explorers_theme_over_no_color() {
    for (flag, no_color, coloured) in [
        ("never", "", false),
        ("always", "1", true),
        ("auto", "1", false),
        ("auto", "", true),
    ] {
        let mut s = Session::start(
            &["--now", NOW, "--color", flag],
            &[("NO_COLOR", no_color), ("CLICOLOR_FORCE", "")],
        );
        s.wait_for("Countdown");
        s.wait_for("3d 12h 00m 00s");
        assert_eq!(
            coloured_cells(&s) > 0,
            coloured,
            "--color {flag} with NO_COLOR={no_color:?}"
        );
        s.keys("q");
        assert_eq!(s.wait_exit(), 0);
    }
}

/// A pager script that records what it is given (`paged`) and the `LESS`
/// it was run with (`less`), in `dir`.
fn recording_pager(dir: &std::path::Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let path = dir.join("pager.sh");
    std::fs::write(
        &path,
        format!(
            "#!/bin/sh\nprintf '%s' \"$LESS\" > '{d}/less'\ncat > '{d}/paged'\n",
            d = dir.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_str().unwrap().to_string()
}

/// The last line of an article, which a direct print leaves on the screen.
const LAST_LINE: &str = "Secret Link";

#[test]
fn read_goes_through_the_pager_with_colour() {
    let dir = tempfile::tempdir().unwrap();
    let script = recording_pager(dir.path());
    let paged = dir.path().join("paged");
    // The pager as a program, and as a shell command line.
    let via_shell = format!("cat > '{}'", paged.display());
    for pager in [script.as_str(), via_shell.as_str()] {
        let _ = std::fs::remove_file(&paged);
        let mut s = Session::start(
            &["read", "kuala-lumpur-talks"],
            &[("PAGER", pager), ("NO_COLOR", ""), ("CLICOLOR", "")],
        );
        assert_eq!(s.wait_exit(), 0);
        let text = std::fs::read_to_string(&paged).expect("the pager was given the article");
        assert!(text.contains("KUALA LUMPUR — Top trade envoys"), "{pager}");
        assert!(text.contains(LAST_LINE), "the whole article: {pager}");
        assert!(text.contains("\x1b[1m"), "colour on, for less -R: {pager}");
        assert!(!s.contents().contains(LAST_LINE), "printed past the pager");
    }
    if std::env::var_os("LESS").is_none() {
        let less = std::fs::read_to_string(dir.path().join("less")).unwrap();
        assert_eq!(less, "FRX", "git's LESS when the user has none");
    }
}

#[test]
fn no_pager_and_an_empty_pager_print_straight() {
    let dir = tempfile::tempdir().unwrap();
    let script = recording_pager(dir.path());
    for (args, pager) in [
        (
            &["read", "kuala-lumpur-talks", "--no-pager"][..],
            script.as_str(),
        ),
        (
            &["--no-pager", "read", "kuala-lumpur-talks"][..],
            script.as_str(),
        ),
        (&["read", "kuala-lumpur-talks"][..], ""),
        (&["read", "kuala-lumpur-talks"][..], "cat"),
    ] {
        let mut s = Session::start(args, &[("PAGER", pager)]);
        assert_eq!(s.wait_exit(), 0);
        s.wait_for(LAST_LINE);
        assert!(
            !dir.path().join("paged").exists(),
            "{args:?} PAGER={pager:?}"
        );
    }
}

#[test]
fn only_output_taller_than_the_terminal_is_paged() {
    let dir = tempfile::tempdir().unwrap();
    let script = recording_pager(dir.path());
    let paged = dir.path().join("paged");
    let mut s = Session::start(
        &["quotes", "high-risk", "--limit", "1"],
        &[("PAGER", &script)],
    );
    assert_eq!(s.wait_exit(), 0);
    s.wait_for("Han Shen Lin");
    assert!(!paged.exists(), "a few lines on a 24-row terminal");

    let mut s = Session::start(&["quotes"], &[("PAGER", &script)]);
    assert_eq!(s.wait_exit(), 0);
    let text = std::fs::read_to_string(&paged).expect("every quote is taller than 24 rows");
    assert!(text.contains("Han Shen Lin") && text.contains(" quotes\n"));
}

#[test]
fn ctrl_c_in_the_pager_does_not_end_brief_before_the_pager() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display();
    // Like less: Ctrl-C does not end it; it ends a moment later.
    let pager = dir.path().join("pager.sh");
    std::fs::write(
        &pager,
        format!("#!/bin/sh\ntrap '' INT\ncat > /dev/null\ntouch '{d}/started'\nsleep 1\ntouch '{d}/done'\n"),
    )
    .unwrap();
    std::fs::set_permissions(&pager, std::fs::Permissions::from_mode(0o755)).unwrap();
    let mut s = Session::start(
        &["read", "kuala-lumpur-talks"],
        &[("PAGER", pager.to_str().unwrap())],
    );
    let start = Instant::now();
    while !dir.path().join("started").exists() {
        assert!(start.elapsed() < PATIENCE, "the pager never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    s.keys("\x03");
    assert_eq!(s.wait_exit(), 0);
    assert!(
        dir.path().join("done").exists(),
        "brief ended while its pager still held the terminal"
    );
}

#[test]
fn a_pager_that_cannot_start_is_skipped() {
    for pager in ["/nonexistent/pager", "LESS=x /nonexistent/pager"] {
        let mut s = Session::start(&["read", "kuala-lumpur-talks"], &[("PAGER", pager)]);
        assert_eq!(s.wait_exit(), 0, "{pager}");
        s.wait_for(LAST_LINE);
        s.wait_for("did not start; printed directly");
    }
}

/// A test that fails half-way must not leave the explorer running.
impl Drop for Session {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
        }
    }
}

#[test]
fn a_user_reads_the_help_searches_and_quits() {
    let mut s = Session::start(&["--now", NOW], &[]);
    s.wait_for("Countdown");
    s.wait_for("3d 12h 00m 00s");
    s.keys("?");
    s.wait_for("Esc");
    // Esc alone: a key straight after it would read as Alt+key.
    s.keys("\x1b");
    s.wait_gone("Help ·");
    s.keys("/high-risk");
    s.wait_for("Han Shen Lin");
    s.keys("\r");
    s.wait_for("elusive-deal");
    s.keys("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// An ending signal sent from outside (a closed SSH session, `kill`):
/// the terminal is restored and the exit status says which signal.
fn ended_by(signal: &str, number: u32) {
    let mut s = Session::start(&["--now", NOW], &[]);
    s.wait_for("Countdown");
    assert!(!s.cooked(), "the explorer runs in raw mode");
    s.kill(signal);
    assert_eq!(s.wait_exit(), 128 + number, "exit status after SIG{signal}");
    s.assert_restored();
    assert!(s.cooked(), "tty left raw after SIG{signal}:\n{}", s.stty());
}

#[test]
fn sigterm_restores_the_terminal() {
    ended_by("TERM", 15);
}

#[test]
fn sighup_restores_the_terminal() {
    ended_by("HUP", 1);
}

#[test]
fn sigint_restores_the_terminal() {
    ended_by("INT", 2);
}

#[test]
fn sigquit_restores_the_terminal() {
    ended_by("QUIT", 3);
}

#[test]
fn a_terminal_that_hangs_up_ends_the_explorer() {
    // The window closes or the SSH session drops: every handle on the pty's
    // master goes away. The explorer must end, not spin reading
    // end-of-file. (No reader thread here: it would hold the master open.)
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
    cmd.args(["--now", NOW]);
    cmd.env("TERM", "xterm-256color");
    let mut child = pty.slave.spawn_command(cmd).unwrap();
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().unwrap();
    let mut parser = vt100::Parser::new(
        NonZeroU16::new(24).unwrap(),
        NonZeroU16::new(80).unwrap(),
        0,
    );
    let mut buf = [0u8; 4096];
    while !parser.screen().contents().contains("Countdown") {
        let n = reader.read(&mut buf).unwrap();
        assert!(n > 0, "brief ended before drawing");
        parser.process(&buf[..n]);
    }
    drop(reader);
    drop(pty.master);
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert_ne!(status.exit_code(), 0, "a hang-up is not a normal end");
            break;
        }
        if start.elapsed() > PATIENCE {
            child.kill().unwrap();
            panic!("brief still runs after its terminal hung up");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Stopped, with the terminal the shell's again; continued at a new size,
/// the explorer is back whole, drawn at that size, and still answers keys.
fn suspend_and_resume(stop: impl Fn(&mut Session)) {
    let mut s = Session::start(&["--now", NOW], &[]);
    s.wait_for("Countdown");
    stop(&mut s);
    s.wait_suspended();
    assert!(s.cooked(), "tty left raw while suspended:\n{}", s.stty());

    s.resize(30, 100);
    s.resume();
    s.wait_for("Countdown");
    // The frame's right edge is at the new width: a border in column 100.
    s.wait_until("redrawn at 100 columns", |s| {
        let parser = s.screen.lock().unwrap();
        (0..30).any(|row| {
            let cell = parser.screen().cell(row, 99).map(|c| c.contents());
            cell.is_some_and(|c| !c.is_empty() && "│┃┐┓┘┛".contains(c))
        })
    });
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        assert!(screen.hide_cursor(), "cursor hidden again");
        assert_ne!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse captured again"
        );
    }
    assert!(!s.cooked(), "raw mode again:\n{}", s.stty());
    // At this width the reader already shows Han Shen Lin: wait for the
    // search's own count of matches.
    s.keys("/high-risk");
    s.close_search_and_quit();
}

#[test]
fn sigtstp_suspends_and_sigcont_redraws() {
    suspend_and_resume(|s| s.kill("TSTP"));
}

#[test]
fn ctrl_z_suspends_and_fg_redraws() {
    suspend_and_resume(|s| s.keys("\x1a"));
}

#[test]
fn ctrl_z_suspends_from_the_search_and_fg_returns_to_it() {
    let mut s = Session::start(&["--now", NOW], &[]);
    s.wait_for("Countdown");
    s.keys("/high-risk");
    s.wait_for("2/23");
    s.keys("\x1a");
    s.wait_suspended();
    s.resume();
    // The search is still open with its query, and still takes keys.
    s.close_search_and_quit();
}

#[test]
fn a_live_clock_ticks() {
    let s = Session::start(&[], &[]);
    s.wait_for("Countdown");
    let first = s.contents();
    let start = Instant::now();
    while s.contents() == first {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the screen never changed"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!s.contents().contains("(frozen)"));
}

#[test]
fn keys_that_arrive_together_are_all_taken_at_once() {
    // A paste, a held key or a recording's script sends many keys in one
    // write. Each used to wait for the loop's idle timeout (a quarter of a
    // second with a frozen clock), so these 200 would take 50 s.
    let mut s = Session::start(&["--now", "2025-10-28T09:00:00-04:00"], &[]);
    s.wait_for("Countdown");
    s.keys(&">".repeat(200));
    s.wait_for("(+200d");
    s.keys("q");
    assert_eq!(s.wait_exit(), 0);
}

/// The offset the header shows with its date, from `now 2026-11-24 10:00:00 -03:00`
/// or `at 2026-05-25 10:00 -02:00 (…)`.
fn header_moment(screen: &str) -> (u32, String) {
    let top = screen.lines().next().unwrap_or_default();
    let words: Vec<&str> = top.split_whitespace().collect();
    let at = words
        .iter()
        .position(|w| *w == "now" || *w == "at")
        .unwrap_or_else(|| panic!("no clock in the header: {top:?}"));
    let month = words[at + 1].split('-').nth(1).unwrap().parse().unwrap();
    (month, words[at + 3].to_string())
}

#[test]
fn time_travel_on_a_live_clock_shows_the_offset_in_force_then() {
    // A made-up zone with no tz database behind it: three hours behind UTC,
    // two from the first Sunday of March to the first Sunday of September.
    let zone = [("TZ", "XST3XDT,M3.1.0,M9.1.0")];
    let expected = |month: u32| match month {
        3 | 9 => None, // the change falls inside these months
        4..=8 => Some("-02:00"),
        _ => Some("-03:00"),
    };
    let mut s = Session::start(&[], &zone);
    s.wait_for("Countdown");
    let (month, offset) = header_moment(&s.contents());
    if let Some(want) = expected(month) {
        assert_eq!(offset, want, "live clock in month {month}");
    }
    // Half a year away, the other side of the change whatever today is.
    s.keys(&"<".repeat(183));
    s.wait_for("(-183d");
    let (month, offset) = header_moment(&s.contents());
    if let Some(want) = expected(month) {
        assert_eq!(offset, want, "travelled to month {month}");
    }
    s.keys("q");
    assert_eq!(s.wait_exit(), 0);
}

/// A loop stuck where it cannot look at signals (crossterm, reading a
/// terminal that hung up, spins on its end-of-file) still ends on one,
/// with the terminal restored and the signal's status.
#[test]
fn an_ending_signal_ends_an_explorer_stuck_in_a_read() {
    // Debug builds stop answering on their first wait for input when this is set.
    let mut s = Session::start(&["--now", NOW], &[("BRIEF_TEST_STUCK", "1")]);
    s.wait_for("Countdown");
    s.kill("TERM");
    assert_eq!(s.wait_exit(), 128 + 15, "exit status after SIGTERM");
    s.assert_restored();
    assert!(s.cooked(), "tty left raw:\n{}", s.stty());
}

#[test]
fn a_panic_restores_the_terminal_and_says_why() {
    // Debug builds panic on their first wait for input when this is set.
    let mut s = Session::start(
        &["--now", NOW],
        &[("BRIEF_TEST_PANIC", "1"), ("RUST_BACKTRACE", "0")],
    );
    assert_ne!(s.wait_exit(), 0);
    s.assert_restored();
    s.wait_for("BRIEF_TEST_PANIC is set");
}

#[test]
fn no_color_draws_without_colour() {
    let mut s = Session::start(&["--now", NOW], &[("NO_COLOR", "1")]);
    s.wait_for("Countdown");
    s.keys("/rare");
    s.wait_for("/23");
    {
        let parser = s.screen.lock().unwrap();
        let screen = parser.screen();
        let mut attributes = 0;
        for row in 0..24 {
            for col in 0..80 {
                let cell = screen.cell(row, col).unwrap();
                assert_eq!(cell.fgcolor(), vt100::Color::Default, "row {row} col {col}");
                assert_eq!(cell.bgcolor(), vt100::Color::Default, "row {row} col {col}");
                attributes += usize::from(cell.bold() || cell.underline() || cell.inverse());
            }
        }
        assert!(
            attributes > 0,
            "focus and matches still show, by attributes"
        );
    }
    s.keys("\x1b");
    s.wait_gone("Search [quotes]");
    s.keys("q");
    assert_eq!(s.wait_exit(), 0);
}
