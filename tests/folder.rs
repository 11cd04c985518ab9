//! What a briefing folder may hold that is not a plain article: FIFOs,
//! devices, sockets, links in and out, files too big. Only regular files
//! inside the folder are read; nothing stalls a load or exhausts memory.

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::time::Duration;

use assert_cmd::Command;

const ARTICLE: &str = "Harbour fees rise\n\"We had no choice,\" said Mayor Ellen Park.\n";

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(dir.path().join("sources/harbour.txt"), ARTICLE).unwrap();
    dir
}

/// `brief check` on `dir`: (exit code, stdout, stderr). The timeout only
/// turns a hang into a failure; a load takes milliseconds.
fn check(dir: &Path) -> (i32, String, String) {
    let out = Command::cargo_bin("brief")
        .unwrap()
        .env_remove("BRIEF_NOW")
        .arg("check")
        .arg("--data")
        .arg(dir)
        .timeout(Duration::from_secs(20))
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{stderr}");
    (
        out.status
            .code()
            .expect("brief ended by itself, not killed"),
        String::from_utf8(out.stdout).unwrap(),
        stderr,
    )
}

fn mkfifo(path: &Path) {
    let made = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .unwrap();
    assert!(made.success());
}

/// Exit 2 and an error line naming `file` and saying `what`.
fn refused(dir: &Path, file: &str, what: &str) {
    let (code, out, err) = check(dir);
    assert_eq!(code, 2, "stdout: {out}\nstderr: {err}");
    let line = err
        .lines()
        .find(|l| l.contains(file))
        .unwrap_or_else(|| panic!("no error names {file}: {err}"));
    assert!(line.starts_with("error: "), "{line}");
    assert!(line.contains(what), "{line:?} does not say {what:?}");
}

#[test]
fn a_fifo_as_briefing_toml_is_an_error_not_a_wait() {
    let dir = folder();
    mkfifo(&dir.path().join("briefing.toml"));
    refused(dir.path(), "briefing.toml", "FIFO");
}

#[test]
fn a_fifo_as_a_source_is_an_error_not_a_wait() {
    let dir = folder();
    mkfifo(&dir.path().join("sources/pipe.txt"));
    refused(dir.path(), "sources/pipe.txt", "FIFO");
}

#[test]
fn a_socket_as_a_source_is_an_error() {
    let dir = folder();
    let _listener =
        std::os::unix::net::UnixListener::bind(dir.path().join("sources/sock.txt")).unwrap();
    refused(dir.path(), "sources/sock.txt", "socket");
}

#[test]
fn a_link_to_dev_zero_is_refused_not_read_until_memory_runs_out() {
    let dir = folder();
    symlink("/dev/zero", dir.path().join("sources/zero.txt")).unwrap();
    refused(
        dir.path(),
        "sources/zero.txt",
        "outside the briefing folder",
    );
    let dir = folder();
    symlink("/dev/zero", dir.path().join("briefing.toml")).unwrap();
    refused(dir.path(), "briefing.toml", "outside the briefing folder");
}

#[test]
fn a_link_out_of_the_folder_is_an_error_naming_it() {
    let outside = tempfile::tempdir().unwrap();
    fs::write(
        outside.path().join("secret.txt"),
        "\"Private,\" she said.\n",
    )
    .unwrap();
    let dir = folder();
    symlink(
        outside.path().join("secret.txt"),
        dir.path().join("sources/secret.txt"),
    )
    .unwrap();
    refused(
        dir.path(),
        "sources/secret.txt",
        "outside the briefing folder",
    );
}

#[test]
fn a_link_inside_the_folder_is_followed() {
    let dir = folder();
    fs::create_dir(dir.path().join("drafts")).unwrap();
    fs::write(
        dir.path().join("drafts/port.txt"),
        "\"Ships wait,\" said Ana Ruiz.\n",
    )
    .unwrap();
    symlink("../drafts/port.txt", dir.path().join("sources/port.txt")).unwrap();
    let (code, out, err) = check(dir.path());
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ok: 2 sources, "), "{out}");
    assert!(err.is_empty(), "{err}");
}

#[test]
fn dangling_and_looping_links_and_txt_directories_are_warnings() {
    let dir = folder();
    let sources = dir.path().join("sources");
    symlink("gone.txt", sources.join("dangling.txt")).unwrap();
    symlink("loop-b.txt", sources.join("loop-a.txt")).unwrap();
    symlink("loop-a.txt", sources.join("loop-b.txt")).unwrap();
    fs::create_dir(sources.join("notes.txt")).unwrap();
    let (code, out, err) = check(dir.path());
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ok: 1 source"), "{out}");
    let warning = |file: &str, what: &str| {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("sources/{file}")))
            .unwrap_or_else(|| panic!("no warning names {file}: {err}"));
        assert!(line.starts_with("warning: "), "{line}");
        assert!(line.contains(what), "{line:?} does not say {what:?}");
    };
    warning("dangling.txt", "does not exist");
    warning("loop-a.txt", "cannot be followed");
    warning("loop-b.txt", "cannot be followed");
    warning("notes.txt", "a directory");
}

#[test]
fn a_dangling_briefing_toml_link_is_a_warning() {
    let dir = folder();
    symlink("elsewhere.toml", dir.path().join("briefing.toml")).unwrap();
    let (code, _, err) = check(dir.path());
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning: ")
            && err.contains("briefing.toml")
            && err.contains("does not exist"),
        "{err}"
    );
}

#[test]
fn a_file_over_the_size_limit_is_an_error_naming_it() {
    let dir = folder();
    // Sparse: takes no disk, but its size is over the limit.
    let big = fs::File::create(dir.path().join("sources/huge.txt")).unwrap();
    big.set_len(brief::briefing::load::MAX_FILE_BYTES + 1)
        .unwrap();
    refused(dir.path(), "sources/huge.txt", "larger than 64 MB");
}
