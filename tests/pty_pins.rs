//! Pinning and copying in the real binary, in a pseudo-terminal: `p` writes
//! the pins file in the user's state directory and sends nothing to the
//! terminal's clipboard; only `y` sends the clipboard escape (OSC 52).

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;

#[path = "support/pty.rs"]
mod pty;
use pty::{PATIENCE, quit, shows, start, wait_until};

const OSC52: &str = "\x1b]52;c;";

#[test]
fn p_pins_to_the_state_directory_and_only_y_copies_through_osc_52() {
    let state = tempfile::tempdir().unwrap();
    let mut session = start(state.path(), &[]);
    let out = Arc::clone(&session.out);
    let mut press = |k: &str| session.press(k);
    wait_until(&out, "the first screen", shows("Countdown"));
    // The first search result, shown in the reader, then pinned.
    press("/");
    wait_until(&out, "the search", shows("Search [quotes]"));
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
    let mut session = start(state.path(), &[]);
    let out = Arc::clone(&session.out);
    wait_until(&out, "the first screen", shows("Countdown"));
    session.press("j\rp");
    wait_until(&out, "the failure notice", shows("pins not saved"));
    session.press("5");
    wait_until(&out, "the pin kept in the session", shows("Pins (1)"));
    quit(session);
}
