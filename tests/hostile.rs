//! A briefing folder is something people download and share: nothing in it
//! may drive the terminal. Escape sequences in every `briefing.toml` string,
//! in an article, in a file name and in the folder's name, through every
//! subcommand's text and JSON output and every error on stderr.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const NOW: &str = "2025-10-28T12:00:00-04:00";

/// As TOML writes it: OSC 52 (writes the clipboard), BEL, CSI in its C1
/// form, DEL, and a line break that would forge an output line.
const EVIL: &str = r"\u001b]52;c;cHduZWQ=\u0007\u009b2J\u007f\nforged";
/// The same, as the bytes a file name or an article holds.
const EVIL_RAW: &str = "\u{1b}]52;c;cHduZWQ=\u{7}\u{9b}2J\u{7f}";
/// What a reader sees instead: the same characters, inert.
const SHOWN: &str = "^[]52;c;cHduZWQ=^G<U+009B>2J^?";

/// Characters that must never reach a terminal from a briefing: every C0
/// control but the line break, DEL, and every C1 control.
fn controls(text: &str) -> Vec<char> {
    text.chars()
        .filter(|&c| c != '\n' && c.is_control())
        .collect()
}

fn assert_inert(what: &str, text: &str) {
    let found = controls(text);
    assert!(
        found.is_empty(),
        "{what}: control characters {found:?} reach the terminal:\n{text}"
    );
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{what}"
    );
}

fn toml() -> String {
    format!(
        r#"title = "Harbour {EVIL}"
as_of = "2025-10-27T09:00:00-04:00"
as_of_note = "noted {EVIL}"

[[source]]
file = "harbour{EVIL_FILE}.txt"
id = "evil{EVIL}"
title = "Fees {EVIL}"
outlet = "Outlet {EVIL}"
date = "2025-10-27"

[[deadline]]
id = "vote{EVIL}"
label = "Fee vote {EVIL}"
due = "2025-11-03T09:00:00+00:00"
assumed = "hour {EVIL}"
anchors = [{{ source = "evil{EVIL}", text = "voted on Monday" }}]

[[issue]]
id = "fees{EVIL}"
title = "Fees {EVIL}"
side = "us"
summary = "Summary {EVIL}"
keywords = ["kw{EVIL}"]
mentions = [{{ source = "evil{EVIL}", text = "raise harbour fees {EVIL_ANCHOR}" }}]

[[event]]
date = "2025-10-27"
label = "Vote {EVIL}"
anchors = [{{ source = "evil{EVIL}", text = "voted on Monday" }}]

[[attribution]]
source = "evil{EVIL}"
quote = "no choice"
speaker = "Mayor {EVIL}"
"#,
        EVIL_FILE = r"\u001b]0;x\u0007",
        EVIL_ANCHOR = r"\u001b[31mnow",
    )
}

fn article() -> String {
    format!(
        "Harbour fees rise {EVIL_RAW}\nThe council voted on Monday to raise harbour fees \u{1b}[31mnow.\n\"We had no choice {EVIL_RAW},\" said Mayor Ellen Park.\n"
    )
}

/// A folder whose every string is hostile, `briefing.toml` included.
fn hostile_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("sources/harbour\u{1b}]0;x\u{7}.txt"),
        article(),
    )
    .unwrap();
    fs::write(dir.path().join("briefing.toml"), toml()).unwrap();
    dir
}

/// (exit code, stdout, stderr) of `brief ARGS --data DIR --now NOW`.
fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("brief")
        .unwrap()
        .env_remove("BRIEF_NOW")
        .args(args)
        .arg("--data")
        .arg(dir)
        .args(["--now", NOW])
        .output()
        .unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        stderr,
    )
}

const TEXT_COMMANDS: &[&[&str]] = &[
    &["check"],
    &["deadlines"],
    &["issues"],
    &["quotes"],
    &["quotes", "choice"],
    &["read", "evil^[]52;c;cHduZWQ=^G<U+009B>2J^?^Jforged"],
    &["read", "no-such-source"],
];

const JSON_COMMANDS: &[&[&str]] = &[
    &["deadlines", "--json"],
    &["issues", "--json"],
    &["quotes", "--json"],
];

#[test]
fn every_text_output_and_error_of_a_hostile_folder_is_inert() {
    let dir = hostile_folder();
    for args in TEXT_COMMANDS {
        let (code, out, err) = run(dir.path(), args);
        assert_inert(&format!("{args:?} stdout"), &out);
        assert_inert(&format!("{args:?} stderr"), &err);
        if args[1..] != ["no-such-source"] {
            assert_eq!(code, 0, "{args:?}: {err}");
        } else {
            assert_eq!(code, 2);
            assert!(err.contains(&format!("evil{SHOWN}^Jforged")), "{err}");
        }
    }
    // What was hostile is still there to read, shown inert.
    let (_, issues, _) = run(dir.path(), &["issues"]);
    assert!(
        issues.contains(&format!("Fees {SHOWN}^Jforged")),
        "{issues}"
    );
    let (_, read, _) = run(dir.path(), TEXT_COMMANDS[5]);
    assert!(read.contains("sources/harbour^[]0;x^G.txt"), "{read}");
    assert!(
        read.contains(&format!("Harbour fees rise {SHOWN}")),
        "{read}"
    );
    let (_, deadlines, _) = run(dir.path(), &["deadlines"]);
    assert!(
        deadlines.contains(&format!("Fee vote {SHOWN}")),
        "{deadlines}"
    );
    let (_, quotes, _) = run(dir.path(), &["quotes"]);
    assert!(quotes.contains(&format!("Mayor {SHOWN}")), "{quotes}");
}

#[test]
fn json_of_a_hostile_folder_holds_the_inert_strings() {
    let dir = hostile_folder();
    for args in JSON_COMMANDS {
        let (code, out, err) = run(dir.path(), args);
        assert_eq!(code, 0, "{args:?}: {err}");
        // serde_json escapes C0 itself, but writes C1 as raw UTF-8: the
        // model holds none, so none is printed.
        assert_inert(&format!("{args:?} stdout"), &out);
        assert_inert(&format!("{args:?} stderr"), &err);
        let _: Value = serde_json::from_str(&out).unwrap();
    }
    let (_, out, _) = run(dir.path(), &["issues", "--json"]);
    let issues: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(issues[0]["title"], format!("Fees {SHOWN}^Jforged"));
    assert_eq!(issues[0]["summary"], format!("Summary {SHOWN}\nforged"));
    assert_eq!(issues[0]["keywords"][0], format!("kw{SHOWN}^Jforged"));
    let (_, out, _) = run(dir.path(), &["deadlines", "--json"]);
    let deadlines: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(deadlines[0]["id"], format!("vote{SHOWN}^Jforged"));
    assert_eq!(deadlines[0]["assumed"], format!("hour {SHOWN}^Jforged"));
}

/// A `briefing.toml` that fails to load, quoting a hostile value.
fn failing(toml: &str, file_name: Option<&str>) -> String {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path()
            .join(format!("sources/{}.txt", file_name.unwrap_or("harbour"))),
        article(),
    )
    .unwrap();
    fs::write(dir.path().join("briefing.toml"), toml).unwrap();
    let (code, out, err) = run(dir.path(), &["check"]);
    assert_eq!(code, 2, "{toml}\nstdout: {out}\nstderr: {err}");
    err
}

#[test]
fn every_error_quoting_a_hostile_value_is_inert() {
    let cases = [
        format!("as_of = \"{EVIL}\""),
        format!("title = 1\n[\"{EVIL}\"]\nx = 1"),
        format!("unknown{EVIL_KEY} = 1", EVIL_KEY = "_\u{9b}2J"),
        format!("[[source]]\nfile = \"{EVIL}.txt\""),
        format!("[[source]]\nfile = \"harbour.txt\"\ndate = \"{EVIL}\""),
        format!(
            "[[deadline]]\nid = \"{EVIL}\"\nlabel = \"x\"\ndue = \"{EVIL}\"\nanchors = [{{ source = \"{EVIL}\", text = \"x\" }}]"
        ),
        format!(
            "[[issue]]\nid = \"a\"\ntitle = \"x\"\nside = \"us\"\nsummary = \"s\"\nmentions = [{{ source = \"harbour\", text = \"{EVIL}\" }}]"
        ),
        format!("[[attribution]]\nsource = \"{EVIL}\"\nquote = \"{EVIL}\"\nspeaker = \"x\""),
        format!("title = \"{EVIL}\"\ntitle = \"again\""),
    ];
    for toml in &cases {
        let err = failing(toml, None);
        assert_inert(toml, &err);
        assert!(err.contains("briefing.toml:"), "{err}");
    }
    // A file name in an error: not UTF-8 inside, so it fails to decode.
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join(format!("sources/bad{EVIL_RAW}.txt")),
        b"\xff\xfe",
    )
    .unwrap();
    let (code, _, err) = run(dir.path(), &["check"]);
    assert_eq!(code, 2);
    assert_inert("a hostile file name in an error", &err);
    assert!(err.contains(&format!("sources/bad{SHOWN}.txt")), "{err}");
}

#[test]
fn a_hostile_folder_name_is_inert_where_it_becomes_the_title() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join(format!("brief{EVIL_RAW}"));
    fs::create_dir_all(dir.join("sources")).unwrap();
    fs::write(dir.join("sources/harbour.txt"), article()).unwrap();
    for args in [&["issues"][..], &["deadlines"], &["check"]] {
        let (code, out, err) = run(&dir, args);
        assert_eq!(code, 0, "{err}");
        assert_inert(&format!("{args:?} stdout"), &out);
        assert_inert(&format!("{args:?} stderr"), &err);
    }
    let (_, out, _) = run(&dir, &["issues"]);
    assert!(out.starts_with(&format!("brief{SHOWN}\n")), "{out}");
    // And where the folder is named in an error.
    fs::write(dir.join("briefing.toml"), "title = ").unwrap();
    let (code, _, err) = run(&dir, &["check"]);
    assert_eq!(code, 2);
    assert_inert("the folder's name in an error", &err);
}
