//! What the listings print for the next command in a pipe: `--format tsv`,
//! and colour as `--color`, NO_COLOR and CLICOLOR_FORCE decide. These runs
//! have a pipe for stdout, never a terminal (tests/pty.rs has those).

use std::fs;

use assert_cmd::Command;
use serde_json::Value;

const NOW: &str = "2025-10-28T12:00:00-04:00";

/// The binary with no colour or pager setting inherited from whoever runs
/// the tests.
fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap();
    for var in [
        "BRIEF_NOW",
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "PAGER",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("TERM", "xterm-256color");
    cmd
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{:?}: {}",
        cmd,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn stdout_of(args: &[&str]) -> String {
    run(brief().args(args))
}

/// A TSV reader written from the format's description in `brief`'s docs:
/// a header, one record a line, `\\ \t \n \r` and `\xHH` escapes.
fn parse_tsv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    assert!(text.ends_with('\n'), "the last record ends its line");
    let mut lines = text.lines();
    let header: Vec<String> = lines
        .next()
        .expect("a header")
        .split('\t')
        .map(String::from)
        .collect();
    let rows = lines
        .map(|line| {
            let fields: Vec<String> = line.split('\t').map(unescape).collect();
            assert_eq!(
                fields.len(),
                header.len(),
                "a short or long record: {line:?}"
            );
            fields
        })
        .collect();
    (header, rows)
}

fn unescape(field: &str) -> String {
    let mut out = String::new();
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        assert!(!c.is_control(), "raw control character in {field:?}");
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('x') => {
                let hex: String = chars.by_ref().take(2).collect();
                out.push(u8::from_str_radix(&hex, 16).unwrap() as char);
            }
            other => panic!("unknown escape \\{other:?} in {field:?}"),
        }
    }
    out
}

fn json_of(args: &[&str]) -> Vec<Value> {
    serde_json::from_str::<Value>(&stdout_of(args))
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn column<'a>(header: &[String], row: &'a [String], name: &str) -> &'a str {
    let i = header.iter().position(|h| h == name).unwrap();
    &row[i]
}

#[test]
fn quotes_tsv_holds_what_the_json_holds() {
    for args in [
        &["quotes"][..],
        &["quotes", "rare earth", "--limit", "3"][..],
    ] {
        let (header, rows) = parse_tsv(&stdout_of(&[args, &["--format", "tsv"]].concat()));
        assert_eq!(header, ["source", "line", "speaker", "text"]);
        let json = json_of(&[args, &["--json"]].concat());
        assert_eq!(rows.len(), json.len(), "{args:?}");
        assert!(!rows.is_empty());
        for (row, q) in rows.iter().zip(&json) {
            assert_eq!(column(&header, row, "text"), q["text"]);
            assert_eq!(column(&header, row, "source"), q["source"]);
            assert_eq!(column(&header, row, "line"), q["line"].to_string());
            assert_eq!(
                column(&header, row, "speaker"),
                q["speaker"].as_str().unwrap_or("")
            );
        }
    }
}

#[test]
fn deadlines_and_issues_tsv_hold_what_the_json_holds() {
    let (header, rows) = parse_tsv(&stdout_of(&["deadlines", "--format", "tsv", "--now", NOW]));
    assert_eq!(
        header,
        ["id", "due", "seconds_remaining", "label", "assumed"]
    );
    let json = json_of(&["deadlines", "--json", "--now", NOW]);
    assert_eq!(rows.len(), json.len());
    for d in &json {
        let row = rows
            .iter()
            .find(|r| column(&header, r, "id") == d["id"])
            .unwrap_or_else(|| panic!("no record for {}", d["id"]));
        assert_eq!(column(&header, row, "due"), d["due"]);
        assert_eq!(column(&header, row, "label"), d["label"]);
        assert_eq!(
            column(&header, row, "seconds_remaining"),
            d["seconds_remaining"].to_string()
        );
        assert_eq!(
            column(&header, row, "assumed"),
            d["assumed"].as_str().unwrap_or("")
        );
    }
    let dues: Vec<&str> = rows.iter().map(|r| column(&header, r, "due")).collect();
    let mut sorted: Vec<_> = json.iter().map(|d| d["due"].as_str().unwrap()).collect();
    sorted.sort_by_key(|d| chrono::DateTime::parse_from_rfc3339(d).unwrap());
    assert_eq!(dues, sorted, "soonest first, as the text lists them");

    let (header, rows) = parse_tsv(&stdout_of(&["issues", "--format", "tsv"]));
    assert_eq!(
        header,
        ["id", "side", "mentions", "sources", "title", "summary"]
    );
    let json = json_of(&["issues", "--json"]);
    assert_eq!(rows.len(), json.len());
    for (row, i) in rows.iter().zip(&json) {
        assert_eq!(column(&header, row, "id"), i["id"]);
        assert_eq!(column(&header, row, "side"), i["side"]);
        assert_eq!(column(&header, row, "title"), i["title"]);
        assert_eq!(column(&header, row, "summary"), i["summary"]);
        let mentions = i["mentions"].as_array().unwrap();
        assert_eq!(column(&header, row, "mentions"), mentions.len().to_string());
    }
}

#[test]
fn tabs_line_breaks_and_backslashes_stay_inside_their_field() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("sources/harbour.txt"),
        "Harbour fees\nThe council voted on Monday.\n\"Fees go up by 5\\% \\ no more,\" said Mayor Ellen Park.\n",
    )
    .unwrap();
    fs::write(
        dir.path().join("briefing.toml"),
        r#"title = "Harbour"

[[deadline]]
id = "vote"
label = "Fee\tvote\nand C:\\path"
due = "2025-11-03T09:00:00+00:00"
anchors = [{ source = "harbour", text = "voted on Monday" }]
"#,
    )
    .unwrap();
    let data = dir.path().to_str().unwrap();
    for what in ["deadlines", "quotes"] {
        let tsv = stdout_of(&[what, "--format", "tsv", "--data", data, "--now", NOW]);
        assert_eq!(tsv.lines().count(), 2, "a header and one record: {tsv:?}");
        let (header, rows) = parse_tsv(&tsv);
        let json = json_of(&[what, "--json", "--data", data, "--now", NOW]);
        let (field, value) = match what {
            "deadlines" => ("label", &json[0]["label"]),
            _ => ("text", &json[0]["text"]),
        };
        assert_eq!(column(&header, &rows[0], field), value, "{tsv:?}");
    }
}

#[test]
fn json_and_format_together_are_a_usage_error() {
    let out = brief()
        .args(["quotes", "--json", "--format", "tsv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--format"));
    let out = brief()
        .args(["quotes", "--format", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

fn has_colour(text: &str) -> bool {
    text.contains("\x1b[")
}

/// `text` without its SGR sequences.
fn strip(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('m').expect("an SGR sequence ends in m");
        rest = &rest[at + end + 1..];
    }
    out.push_str(rest);
    out
}

#[test]
fn colour_follows_the_flag_then_no_color_then_clicolor_force() {
    let deadlines = |flag: Option<&str>, env: &[(&str, &str)]| {
        let mut cmd = brief();
        cmd.args(["deadlines", "--now", NOW]);
        if let Some(flag) = flag {
            cmd.args(["--color", flag]);
        }
        for (k, v) in env {
            cmd.env(k, v);
        }
        has_colour(&run(&mut cmd))
    };
    // (flag, environment, coloured?) into a pipe.
    type Case<'a> = (Option<&'a str>, &'a [(&'a str, &'a str)], bool);
    let cases: &[Case] = &[
        (None, &[], false),
        (Some("auto"), &[], false),
        (Some("always"), &[], true),
        (Some("never"), &[], false),
        (None, &[("CLICOLOR_FORCE", "1")], true),
        (None, &[("CLICOLOR_FORCE", "0")], false),
        (None, &[("NO_COLOR", "1"), ("CLICOLOR_FORCE", "1")], false),
        (None, &[("NO_COLOR", ""), ("CLICOLOR_FORCE", "1")], true),
        (Some("always"), &[("NO_COLOR", "1")], true),
        (Some("always"), &[("CLICOLOR", "0")], true),
        (Some("never"), &[("CLICOLOR_FORCE", "1")], false),
    ];
    for (flag, env, coloured) in cases {
        assert_eq!(
            deadlines(*flag, env),
            *coloured,
            "--color {flag:?} with {env:?}"
        );
    }
    // A global flag: before the command as well as after it.
    let before = run(brief().args(["--color", "always", "deadlines", "--now", NOW]));
    assert!(has_colour(&before));
}

#[test]
fn colour_only_emphasises_what_the_text_already_says() {
    for args in [
        &["deadlines", "--now", NOW][..],
        &["deadlines", "--now", "2026-11-24T12:00:00+00:00"][..],
        &["issues"][..],
        &["quotes"][..],
        &["quotes", "rare earth"][..],
        &["read", "elusive-deal"][..],
    ] {
        let plain = stdout_of(args);
        let coloured = stdout_of(&[args, &["--color", "always"]].concat());
        assert!(!has_colour(&plain), "{args:?}");
        assert!(has_colour(&coloured), "{args:?}");
        assert_eq!(strip(&coloured), plain, "{args:?}: the same words");
    }
}

#[test]
fn colour_marks_speakers_the_next_deadline_and_dims_passed_ones() {
    let quotes = stdout_of(&["quotes", "high-risk", "--limit", "1", "--color", "always"]);
    let speaker_line = quotes.lines().find(|l| l.contains("— ")).unwrap();
    assert!(
        speaker_line.contains("\x1b[1m\x1b[36mHan Shen Lin\x1b[0m"),
        "{speaker_line:?}"
    );

    let out = stdout_of(&["deadlines", "--now", NOW, "--color", "always"]);
    let next = out.lines().find(|l| l.contains('▶')).unwrap();
    assert!(next.starts_with("\x1b[1m\x1b[33m▶"), "{next:?}");
    let later = out.lines().find(|l| l.contains("truce")).unwrap();
    assert!(
        !has_colour(later),
        "a deadline ahead but not next: {later:?}"
    );

    let out = stdout_of(&[
        "deadlines",
        "--now",
        "2026-11-24T12:00:00+00:00",
        "--color",
        "always",
    ]);
    let passed: Vec<&str> = out.lines().filter(|l| l.contains("passed")).collect();
    assert!(!passed.is_empty());
    for line in passed {
        assert!(line.starts_with("\x1b[2m"), "dimmed: {line:?}");
    }
}

#[test]
fn machine_formats_are_never_coloured() {
    for args in [
        &["quotes", "--json"][..],
        &["quotes", "--format", "tsv"][..],
        &["issues", "--format", "json"][..],
        &["deadlines", "--format", "tsv", "--now", NOW][..],
    ] {
        let out = stdout_of(&[args, &["--color", "always"]].concat());
        assert!(!has_colour(&out), "{args:?}");
    }
}

#[test]
fn a_pipe_is_never_paged() {
    let dir = tempfile::tempdir().unwrap();
    let record = dir.path().join("paged");
    let out = run(brief()
        .args(["read", "elusive-deal"])
        .env("PAGER", format!("cat > {}", record.display())));
    assert!(out.contains("Xi"), "printed to the pipe: {out}");
    assert!(!record.exists(), "the pager ran with a pipe for stdout");
}

#[test]
fn help_and_usage_errors_follow_the_color_flag_too() {
    let help = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = brief();
        cmd.args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr)
    };
    assert!(!has_colour(&help(&["--help"], &[])));
    assert!(has_colour(&help(&["--color", "always", "--help"], &[])));
    assert!(has_colour(&help(
        &["quotes", "--help", "--color=always"],
        &[]
    )));
    assert!(!has_colour(&help(
        &["--color", "never", "--help"],
        &[("CLICOLOR_FORCE", "1")]
    )));
    let error = help(&["quotes", "--colour", "--color", "always"], &[]);
    assert!(error.contains("--colour") && has_colour(&error), "{error}");
}
