//! Live reload in the real binary: a folder changed from outside while the
//! explorer is open is taken in with the place kept, a broken
//! `briefing.toml` is shown and survived, and a burst is one reload.

use std::fs;
use std::path::Path;
use std::sync::Arc;

#[path = "support/pty.rs"]
mod pty;
use pty::{quit, shows, start, wait_until};

const TOML: &str = "title = \"Harbour story\"\n\n[[issue]]\nid = \"fees\"\ntitle = \"Harbour fees\"\nside = \"us\"\nsummary = \"Fees.\"\nmentions = [{ source = \"one\", text = \"harbour fees\" }]\n";

fn write(dir: &Path, name: &str, text: &str) {
    // Written whole and renamed in, as `brief add` and most editors do.
    let tmp = dir.join(format!(".{name}.tmp"));
    fs::write(&tmp, text).unwrap();
    fs::rename(&tmp, dir.join(name)).unwrap();
}

#[test]
fn the_explorer_takes_in_changes_on_disk_and_survives_a_broken_file() {
    let state = tempfile::tempdir().unwrap();
    let story = tempfile::tempdir().unwrap();
    let sources = story.path().join("sources");
    fs::create_dir(&sources).unwrap();
    write(
        &sources,
        "one.txt",
        "The harbour fees rose.\n\n“We object,” said Mara Voss.",
    );
    write(story.path(), "briefing.toml", TOML);
    let data = story.path().to_str().unwrap();
    let session = start(state.path(), &["--data", data]);
    let out = Arc::clone(&session.out);
    wait_until(&out, "the first screen", shows("Harbour fees"));

    // A burst of three articles is one reload that counts all three.
    for (i, who) in ["Ana Ruiz", "Bo Li", "Cy Ode"].iter().enumerate() {
        write(
            &sources,
            &format!("new{i}.txt"),
            &format!("“Yes,” said {who}."),
        );
    }
    wait_until(
        &out,
        "one reload of the burst",
        shows("reloaded: +3 articles"),
    );
    wait_until(&out, "the new ones counted", shows("3 new"));

    // A broken briefing.toml: said, and the issue stays on screen.
    write(
        story.path(),
        "briefing.toml",
        "title = \"Harbour story\"\n[[issue]]\nid = 3\n",
    );
    wait_until(&out, "the error", shows("not reloaded, 1 error(s)"));
    assert!(shows("Harbour fees")(&out.lock().unwrap()));
    let mut session = session;
    session.press("!");
    wait_until(&out, "the error panel", shows("Reload failed"));
    wait_until(&out, "the file and line", shows("briefing.toml:3"));
    session.press("\x1b");
    write(story.path(), "briefing.toml", TOML);
    wait_until(
        &out,
        "the fix taken in",
        shows("reloaded: the errors are fixed"),
    );

    fs::remove_file(sources.join("new1.txt")).unwrap();
    wait_until(&out, "the removal", shows("reloaded: 1 removed"));
    assert!(shows("Harbour fees")(&out.lock().unwrap()));
    quit(session);
}

#[test]
fn no_watch_means_no_reload() {
    let state = tempfile::tempdir().unwrap();
    let story = tempfile::tempdir().unwrap();
    let sources = story.path().join("sources");
    fs::create_dir(&sources).unwrap();
    write(&sources, "one.txt", "“We object,” said Mara Voss.");
    let data = story.path().to_str().unwrap();
    let session = start(state.path(), &["--data", data, "--no-watch"]);
    let out = Arc::clone(&session.out);
    wait_until(&out, "the first screen", shows("Reader 1/1"));
    write(&sources, "two.txt", "“Yes,” said Bo Li.");
    std::thread::sleep(std::time::Duration::from_millis(1200));
    let screen = out.lock().unwrap().screen.screen().contents();
    assert!(
        screen.contains("Reader 1/1") && !screen.contains("reloaded"),
        "{screen}"
    );
    quit(session);
}

#[test]
fn a_folder_that_fails_its_first_load_ends_the_explorer_with_the_errors() {
    let state = tempfile::tempdir().unwrap();
    let story = tempfile::tempdir().unwrap();
    fs::create_dir(story.path().join("sources")).unwrap();
    write(story.path(), "briefing.toml", "title = 3\n");
    let data = story.path().to_str().unwrap();
    let mut session = start(state.path(), &["--data", data]);
    let out = Arc::clone(&session.out);
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = session.child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < pty::PATIENCE, "brief did not exit");
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(status.exit_code(), 2);
    wait_until(
        &out,
        "the error on the normal screen",
        shows("briefing.toml:1:"),
    );
    let o = out.lock().unwrap();
    assert!(!o.screen.screen().alternate_screen(), "terminal restored");
}
