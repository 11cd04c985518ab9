//! The command line as scripts see it: run the real binary.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

const NOW: &str = "2025-10-28T12:00:00-04:00";

fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap();
    cmd.env_remove("BRIEF_NOW");
    cmd
}

fn stdout_of(args: &[&str]) -> String {
    let out = brief().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn json_of(args: &[&str]) -> Value {
    serde_json::from_str(&stdout_of(args)).unwrap()
}

/// A briefing folder with one small article and, optionally, a briefing.toml.
fn folder(toml: Option<&str>) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("sources/harbour.txt"),
        "Harbour fees rise\nThe council voted on Monday to raise harbour fees.\n\"We had no choice,\" said Mayor Ellen Park.\n",
    )
    .unwrap();
    if let Some(toml) = toml {
        fs::write(dir.path().join("briefing.toml"), toml).unwrap();
    }
    dir
}

fn run_err(dir: &Path, args: &[&str]) -> String {
    let out = brief().args(args).arg("--data").arg(dir).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(2),
        "stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(!err.contains("panicked"), "{err}");
    err
}

const GOOD: &str = r#"title = "Harbour"

[[deadline]]
id = "vote"
label = "Fee vote"
due = "2025-11-03T09:00:00+00:00"
anchors = [{ source = "harbour", text = "voted on Monday" }]
"#;

#[test]
fn check_counts_the_builtin_briefing() {
    let out = stdout_of(&["check"]);
    assert!(out.starts_with("ok: 5 sources, "), "{out}");
    assert_eq!(out.lines().count(), 1);
    let counts: Vec<u32> = out
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert!(
        counts.iter().all(|&n| n > 0),
        "every count is non-zero: {out}"
    );
}

#[test]
fn a_valid_folder_checks_clean() {
    let dir = folder(Some(GOOD));
    let out = stdout_of(&["check", "--data", dir.path().to_str().unwrap()]);
    assert!(
        out.starts_with("ok: 1 sources, 1 deadlines, 0 issues, 0 events, 1 quotes"),
        "{out}"
    );
}

#[test]
fn unknown_key_names_file_and_line() {
    let dir = folder(Some(&GOOD.replace("label =", "colour = \"red\"\nlabel =")));
    let err = run_err(dir.path(), &["check"]);
    assert!(
        err.contains("briefing.toml:5: unknown field `colour`"),
        "{err}"
    );
}

#[test]
fn bad_date_names_file_line_and_value() {
    let dir = folder(Some(
        &GOOD.replace("2025-11-03T09:00:00+00:00", "2025-11-31T09:00:00"),
    ));
    let err = run_err(dir.path(), &["deadlines"]);
    assert!(err.contains("briefing.toml:6:"), "{err}");
    assert!(err.contains("2025-11-31T09:00:00"), "{err}");
}

#[test]
fn missing_anchor_is_reported_where_it_is_written() {
    let dir = folder(Some(&GOOD.replace("voted on Monday", "voted on Tuesday")));
    let err = run_err(dir.path(), &["check"]);
    assert!(
        err.contains(
            r#"briefing.toml:7: anchor "voted on Tuesday" not found in sources/harbour.txt"#
        ),
        "{err}"
    );
}

#[test]
fn anchors_may_differ_in_whitespace_only() {
    let dir = folder(Some(
        &GOOD.replace("voted on Monday", "voted   on\\nMonday"),
    ));
    stdout_of(&["check", "--data", dir.path().to_str().unwrap()]);
}

#[test]
fn unknown_source_file_and_duplicate_ids_are_errors() {
    let toml = format!(
        "{GOOD}\n[[source]]\nfile = \"missing.txt\"\n\n[[deadline]]\nid = \"vote\"\nlabel = \"Again\"\ndue = \"2025-11-04T09:00:00+00:00\"\nanchors = [{{ source = \"harbour\", text = \"raise harbour fees\" }}]\n"
    );
    let dir = folder(Some(&toml));
    let err = run_err(dir.path(), &["check"]);
    assert!(
        err.contains("briefing.toml:10: source file \"missing.txt\" not found"),
        "{err}"
    );
    assert!(
        err.contains("briefing.toml:13: duplicate deadline id \"vote\""),
        "{err}"
    );
}

#[test]
fn non_utf8_source_names_file_and_line() {
    let dir = folder(None);
    fs::write(
        dir.path().join("sources/bad.txt"),
        b"fine\nstill fine\nbad \xff here\n",
    )
    .unwrap();
    let err = run_err(dir.path(), &["check"]);
    assert!(err.contains("sources/bad.txt:3: not valid UTF-8"), "{err}");
}

#[test]
fn missing_folder_is_bad_input() {
    let err = run_err(Path::new("/nonexistent/briefing"), &["check"]);
    assert!(
        err.contains("/nonexistent/briefing: no such briefing folder"),
        "{err}"
    );
}

#[test]
fn bad_now_and_unknown_command_are_usage_errors() {
    let out = brief()
        .args(["deadlines", "--now", "tomorrow"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("RFC 3339"));
    let out = brief().arg("frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn escape_sequences_in_articles_never_reach_the_terminal() {
    let dir = folder(None);
    fs::write(
        dir.path().join("sources/evil.txt"),
        "Title\x1b]0;pwned\x07\n\x1b[2J\"Clear it all,\" said Eve Mallory.\n",
    )
    .unwrap();
    let data = dir.path().to_str().unwrap();
    for args in [
        vec!["read", "evil"],
        vec!["quotes"],
        vec!["quotes", "--json"],
    ] {
        let out = stdout_of(&[args.as_slice(), &["--data", data]].concat());
        assert!(
            !out.contains('\x1b') && !out.contains('\x07'),
            "{args:?}: {out:?}"
        );
    }
    assert!(stdout_of(&["read", "evil", "--data", data]).contains("^[[2J"));
}

#[test]
fn a_folder_of_sources_alone_is_a_briefing() {
    let dir = folder(None);
    let data = dir.path().to_str().unwrap();
    assert!(stdout_of(&["check", "--data", data]).starts_with("ok: 1 sources, 0 deadlines"));
    assert!(stdout_of(&["deadlines", "--data", data]).contains("Nothing curated yet"));
    let quotes = json_of(&["quotes", "--json", "--data", data]);
    assert_eq!(quotes[0]["text"], "We had no choice");
    assert_eq!(quotes[0]["speaker"], "Ellen Park");
    assert_eq!(quotes[0]["speaker_basis"], "said-verb");
}

#[test]
fn a_corrected_speaker_says_so() {
    let dir = folder(Some(
        "[[attribution]]\nsource = \"harbour\"\nquote = \"no choice\"\nspeaker = \"Ellen Parker\"\n",
    ));
    let quotes = json_of(&["quotes", "--json", "--data", dir.path().to_str().unwrap()]);
    assert_eq!(quotes[0]["speaker"], "Ellen Parker");
    assert_eq!(quotes[0]["speaker_basis"], "correction");
}

#[test]
fn deadlines_before_the_summit() {
    let out = stdout_of(&["deadlines", "--now", NOW]);
    let line = |needle: &str| {
        out.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in\n{out}"))
            .to_string()
    };
    assert!(line("now 2025-10-28 12:00 -04:00").contains("sources as of 2025-10-26 20:00 +08:00"));
    assert!(line("2025-11-01 00:00 -04:00").contains("3d 12h 00m"));
    assert!(line("truce").contains("12d 13h 00m"));
    let json = json_of(&["deadlines", "--json", "--now", NOW]);
    let tariffs = json
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["due"] == "2025-11-01T00:00:00-04:00")
        .expect("the Nov 1 tariff deadline");
    assert_eq!(tariffs["seconds_remaining"], 3 * 86_400 + 12 * 3600);
    for d in json.as_array().unwrap() {
        for key in ["id", "label", "due", "seconds_remaining"] {
            assert!(d.get(key).is_some(), "deadline without {key}: {d}");
        }
    }
}

#[test]
fn now_works_before_the_subcommand_and_from_the_environment() {
    let before = stdout_of(&["--now", NOW, "deadlines", "--json"]);
    let env = brief()
        .env("BRIEF_NOW", NOW)
        .args(["deadlines", "--json"])
        .output()
        .unwrap();
    assert_eq!(before, String::from_utf8(env.stdout).unwrap());
    assert_eq!(before, stdout_of(&["deadlines", "--json", "--now", NOW]));
}

#[test]
fn passed_deadlines_say_so() {
    let json = json_of(&["deadlines", "--json", "--now", "2026-11-24T12:00:00+00:00"]);
    assert!(
        json.as_array()
            .unwrap()
            .iter()
            .all(|d| d["seconds_remaining"].as_i64() < Some(0))
    );
    let out = stdout_of(&["deadlines", "--now", "2026-11-24T12:00:00+00:00"]);
    assert!(out.contains("passed 3"), "{out}");
}

#[test]
fn issues_json_shape() {
    let json = json_of(&["issues", "--json"]);
    let issues = json.as_array().unwrap();
    assert!(issues.len() >= 12);
    for i in issues {
        assert!(i["id"].is_string() && i["title"].is_string());
        assert!(["us", "china", "peripheral"].contains(&i["side"].as_str().unwrap()));
        let mentions = i["mentions"].as_array().unwrap();
        assert!(!mentions.is_empty(), "{i}");
        assert!(
            mentions
                .iter()
                .all(|m| m["source"].is_string() && m["line"].is_u64())
        );
    }
    let rare = issues.iter().find(|i| i["id"] == "rare-earths").unwrap();
    let sources: std::collections::BTreeSet<&str> = rare["mentions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources.len(),
        5,
        "all five articles speak of rare earths: {sources:?}"
    );
}

#[test]
fn quote_search_finds_rare_earth_quotes_with_speakers() {
    let json = json_of(&["quotes", "rare earth", "--json"]);
    let quotes = json.as_array().unwrap();
    assert!(!quotes.is_empty());
    for q in quotes {
        assert!(q["text"].is_string() && q["source"].is_string() && q["line"].is_u64());
        assert!(q["speaker"].is_string() || q["speaker"].is_null());
        // Why the speaker: present exactly when there is one.
        assert_eq!(
            q["speaker_basis"].is_string(),
            q["speaker"].is_string(),
            "{q}"
        );
    }
    let limited = json_of(&["quotes", "--json", "--limit", "2"]);
    assert_eq!(limited.as_array().unwrap().len(), 2);
}

#[test]
fn who_said_high_risk_high_reward() {
    let json = json_of(&["quotes", "high-risk, high-reward", "--json", "--limit", "1"]);
    assert_eq!(json[0]["speaker"], "Han Shen Lin");
    assert_eq!(json[0]["source"], "elusive-deal");
}

#[test]
fn read_prints_the_article_or_names_the_known_ids() {
    let out = stdout_of(&["read", "kuala-lumpur-talks"]);
    assert!(out.contains("KUALA LUMPUR — Top trade envoys"));
    let out = brief().args(["read", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("elusive-deal"));
}

#[test]
fn pins_prints_what_the_explorer_pinned_as_markdown_or_json() {
    use brief::briefing::pins::{Kind, Pin, Store};
    let state = tempfile::tempdir().unwrap();
    let store = Store {
        path: state.path().join("brief/pins/builtin.json"),
    };
    let run = |args: &[&str]| {
        Command::cargo_bin("brief")
            .unwrap()
            .env("XDG_STATE_HOME", state.path())
            .args(args)
            .output()
            .unwrap()
    };
    let none = run(&["pins"]);
    assert!(none.status.success());
    assert!(String::from_utf8_lossy(&none.stdout).contains("No pins yet"));
    let pin = Pin {
        kind: Kind::Quote,
        source: "elusive-deal".into(),
        line: 5,
        text: "This will be a high-risk, high-reward leaders' meeting".into(),
        speaker: Some("Han Shen Lin".into()),
    };
    store.save(std::slice::from_ref(&pin)).unwrap();
    let md = String::from_utf8(run(&["pins"]).stdout).unwrap();
    assert!(md.starts_with("> “This will be a high-risk"), "{md}");
    assert!(md.contains("> — Han Shen Lin"), "{md}");
    assert!(md.contains("`elusive-deal`, line 5"), "{md}");
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["pins", "--format", "json"]).stdout).unwrap();
    assert_eq!(json[0]["speaker"], "Han Shen Lin");
    assert_eq!(json[0]["kind"], "quote");

    std::fs::write(&store.path, "{ not a list").unwrap();
    let corrupt = run(&["pins"]);
    assert!(corrupt.status.success(), "a corrupt pins file is not fatal");
    let err = String::from_utf8_lossy(&corrupt.stderr);
    assert!(
        err.contains("does not parse") && err.contains("set aside"),
        "{err}"
    );
    assert!(store.path.with_extension("json.corrupt").exists());
}
