//! `brief new` and `brief add` as a user runs them: the real binary, a real
//! server on 127.0.0.1, a read-only folder, and a kill half-way.

#[path = "support/server.rs"]
mod server;

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use assert_cmd::Command;

fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap();
    cmd.env_remove("BRIEF_NOW");
    cmd
}

fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/add")
        .join(name)
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The commands of the README's "Your own briefing", from an empty directory.
#[test]
fn the_readme_walkthrough_makes_a_briefing_that_checks_and_has_quotes() {
    let srv = server::start();
    let tmp = tempfile::tempdir().unwrap();
    let cwd = tmp.path();
    std::fs::copy(fixture_path("og-article.html"), cwd.join("page1.html")).unwrap();
    std::fs::write(
        cwd.join("feed.xml"),
        server::fixture_at("feed.atom", &srv.base),
    )
    .unwrap();
    let out = brief()
        .current_dir(cwd)
        .args(["new", "story"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let article = srv.url("/json-ld");
    let out = brief()
        .current_dir(cwd)
        .args(["add", "--data", "story", "page1.html", &article, "feed.xml"])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(stdout.contains("added sources/trump-and-xi-to-meet-in-gyeongju-on-30-october.txt: Trump and Xi to meet in Gyeongju on 30 October"), "{stdout}");
    assert!(
        stdout.ends_with("4 added, 0 skipped, 0 failed\n"),
        "{stdout}"
    );
    let out = brief()
        .current_dir(cwd)
        .args(["check", "--data", "story"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("ok: 4 sources"),
        "{}",
        text(&out.stdout)
    );
    let out = brief()
        .current_dir(cwd)
        .args(["quotes", "--data", "story"])
        .output()
        .unwrap();
    let quotes = text(&out.stdout);
    assert!(
        quotes.contains("“I’ll be meeting with President Xi of China."),
        "{quotes}"
    );
    assert!(
        quotes.contains("— Donald Trump, trump-and-xi-to-meet-in-gyeongju-on-30-october:"),
        "{quotes}"
    );
    // The reader shows where the text came from.
    let out = brief()
        .current_dir(cwd)
        .args([
            "read",
            "--data",
            "story",
            "trump-to-meet-china-s-xi-for-the-first-time-in-second-term",
        ])
        .output()
        .unwrap();
    let read = text(&out.stdout);
    assert!(read.contains(&format!("\n{article}\n")), "{read}");
    assert!(read.contains("Note: Added from"), "{read}");
}

#[test]
fn add_needs_a_folder_and_new_refuses_a_folder_with_files() {
    let out = brief().args(["add", "x.html"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--data DIR"));
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(tmp.path().join("keep.md"), "mine").unwrap();
    let out = brief().arg("new").arg(tmp.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("not empty"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 1);
}

#[test]
fn a_failed_address_exits_1_after_adding_the_rest() {
    let srv = server::start();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("s");
    brief().arg("new").arg(&dir).assert().success();
    let out = brief()
        .arg("add")
        .arg("--data")
        .arg(&dir)
        .args([&srv.url("/missing"), &srv.url("/bare")])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&format!(
        "error: {}: HTTP 404 Not Found",
        srv.url("/missing")
    )));
    assert!(text(&out.stdout).ends_with("1 added, 0 skipped, 1 failed\n"));
    brief()
        .arg("check")
        .arg("--data")
        .arg(&dir)
        .assert()
        .success();
}

/// The effective user id: root reads and writes past permission bits.
#[cfg(unix)]
fn euid() -> u32 {
    use std::os::unix::fs::MetadataExt;
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid()
}

#[cfg(unix)]
#[test]
fn a_read_only_sources_folder_fails_cleanly_and_changes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("ro");
    brief().arg("new").arg(&dir).assert().success();
    let page = tmp.path().join("page.html");
    std::fs::copy(fixture_path("bare.html"), &page).unwrap();
    let mode =
        |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    mode(tmp.path(), 0o755);
    mode(&dir, 0o755);
    mode(&dir.join("sources"), 0o555);
    let before = std::fs::read(dir.join("briefing.toml")).unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("brief"));
    cmd.arg("add").arg("--data").arg(&dir).arg(&page);
    if euid() == 0 {
        // As root the bits would not stop the write: run as nobody, whom they do stop.
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().unwrap();
    mode(&dir.join("sources"), 0o755);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("cannot write sources/what-each-side-wants-from-the-trump-xi-summit.txt")
            && err.contains("ermission denied"),
        "{err}"
    );
    assert_eq!(std::fs::read_dir(dir.join("sources")).unwrap().count(), 0);
    assert_eq!(std::fs::read(dir.join("briefing.toml")).unwrap(), before);
    brief()
        .arg("check")
        .arg("--data")
        .arg(&dir)
        .assert()
        .success();
}

/// Killed while a feed is being added: what is there is whole, `brief check`
/// passes, and running the same command again finishes the job.
#[test]
fn an_add_killed_half_way_leaves_a_folder_that_checks_and_can_be_finished() {
    let srv = server::start();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("k");
    brief().arg("new").arg(&dir).assert().success();
    let feed = srv.url("/delayed-feed.rss");
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("brief"))
        .arg("add")
        .arg("--data")
        .arg(&dir)
        .arg(&feed)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Each page takes 0.4 s: wait for the first article, then kill.
    let deadline = Instant::now() + Duration::from_secs(20);
    while !std::fs::read_to_string(dir.join("briefing.toml"))
        .unwrap()
        .contains("[[source]]")
    {
        assert!(Instant::now() < deadline, "no article added in 20 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let out = brief()
        .arg("check")
        .arg("--data")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let added = std::fs::read_dir(dir.join("sources")).unwrap().count();
    assert!(
        (1..5).contains(&added),
        "killed half-way, yet {added} files"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .chain(std::fs::read_dir(dir.join("sources")).unwrap())
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    // A temporary file may remain from the kill; it is never a source.
    assert!(
        leftovers.iter().all(|n| n.starts_with(".brief-")),
        "{leftovers:?}"
    );

    let out = brief()
        .arg("add")
        .arg("--data")
        .arg(&dir)
        .arg(&feed)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.ends_with(&format!(
            "{} added, {} skipped, 0 failed\n",
            5 - added,
            added
        )),
        "{stdout}"
    );
    let out = brief()
        .arg("check")
        .arg("--data")
        .arg(&dir)
        .output()
        .unwrap();
    assert!(
        text(&out.stdout).starts_with("ok: 5 sources"),
        "{}",
        text(&out.stdout)
    );
    let toml = std::fs::read_to_string(dir.join("briefing.toml")).unwrap();
    assert_eq!(toml.matches("[[source]]").count(), 5, "each described once");
}
