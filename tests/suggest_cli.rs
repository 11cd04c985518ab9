//! `brief suggest` as a user runs it: the real binary on the built-in
//! briefing and on a folder in a temporary directory.

use std::path::Path;

use assert_cmd::Command;

fn brief() -> Command {
    let mut cmd = Command::cargo_bin("brief").unwrap();
    cmd.env_remove("BRIEF_NOW");
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

const USER_TOML: &str = "\
# my story: keep this comment
title = \"Summit\" # and this one
as_of = \"2025-10-26T20:00:00+08:00\"

# deadlines: brief suggest --write appends them below
";

/// A briefing folder with the built-in articles and no curated deadline.
fn folder() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let sources = tmp.path().join("sources");
    std::fs::create_dir(&sources).unwrap();
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sources");
    for e in std::fs::read_dir(data).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), sources.join(e.file_name())).unwrap();
    }
    std::fs::write(tmp.path().join("briefing.toml"), USER_TOML).unwrap();
    tmp
}

#[test]
fn the_built_in_briefing_lists_the_three_deadlines_in_its_first_five() {
    let out = brief().args(["suggest"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let heads: Vec<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("# ") && l[2..].starts_with(|c: char| c.is_ascii_digit()))
        .take(5)
        .collect();
    for day in ["2025-10-30", "2025-11-01", "2025-11-10"] {
        assert!(heads.iter().any(|h| h.contains(day)), "{day}: {heads:#?}");
    }
    // Ready to paste: the whole output is TOML.
    let parsed: toml::Table = toml::from_str(&stdout).unwrap();
    assert!(parsed["deadline"].as_array().unwrap().len() >= 5);
}

#[test]
fn json_has_numbers_days_confidence_and_verifiable_anchors() {
    let out = brief().args(["suggest", "--json"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v.as_array().unwrap();
    assert_eq!(list[0]["number"], 1);
    let first_five: Vec<&str> = list[..5]
        .iter()
        .map(|s| s["day"].as_str().unwrap())
        .collect();
    assert!(first_five.contains(&"2025-11-10"), "{first_five:?}");
    for s in list {
        assert!(s["confidence"].as_f64().unwrap() > 0.0);
        assert!(["high", "medium", "low"].contains(&s["confidence_word"].as_str().unwrap()));
        for a in s["anchors"].as_array().unwrap() {
            let file = format!("data/sources/{}.txt", a["source"].as_str().unwrap());
            let body =
                std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap();
            let line = body
                .lines()
                .nth(a["line"].as_u64().unwrap() as usize - 1)
                .unwrap();
            assert!(line.contains(a["text"].as_str().unwrap()), "{a}");
        }
    }
}

#[test]
fn nothing_is_written_without_write() {
    let dir = folder();
    let before = std::fs::read(dir.path().join("briefing.toml")).unwrap();
    let out = brief()
        .args(["suggest", "--pick", "1,2"])
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).matches("[[deadline]]").count(), 2);
    assert_eq!(
        std::fs::read(dir.path().join("briefing.toml")).unwrap(),
        before
    );
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
    assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
}

#[test]
fn write_appends_the_picked_ones_keeps_comments_and_check_passes() {
    let dir = folder();
    let listed = brief()
        .args(["suggest", "--json", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    let listed: serde_json::Value = serde_json::from_slice(&listed.stdout).unwrap();
    let out = brief()
        .args(["suggest", "--write", "--pick", "1,3", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).matches("added deadline").count(), 2);
    let after = std::fs::read_to_string(dir.path().join("briefing.toml")).unwrap();
    assert!(after.starts_with(USER_TOML.trim_end()), "{after}");
    let check = brief()
        .arg("check")
        .arg("--data")
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", text(&check.stderr));
    assert!(
        text(&check.stdout).contains("2 deadlines"),
        "{}",
        text(&check.stdout)
    );
    let deadlines = brief()
        .args(["deadlines", "--json", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    let deadlines: serde_json::Value = serde_json::from_slice(&deadlines.stdout).unwrap();
    let dues: Vec<&str> = deadlines
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["due"].as_str().unwrap())
        .collect();
    for n in [0, 2] {
        assert!(
            dues.contains(&listed[n]["due"].as_str().unwrap()),
            "{dues:?}"
        );
    }
    // Again: nothing doubled.
    let again = brief()
        .args(["suggest", "--write", "--pick", "1,3", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(0));
    assert_eq!(text(&again.stdout).matches("skipped suggestion").count(), 2);
    assert_eq!(
        std::fs::read_to_string(dir.path().join("briefing.toml")).unwrap(),
        after
    );
}

#[test]
fn bad_requests_exit_2_with_a_reason() {
    let dir = folder();
    for (args, says) in [
        (vec!["suggest", "--write", "--pick", "1"], "needs --data"),
        (vec!["suggest", "--pick", "99"], "no suggestion 99"),
        (vec!["suggest", "--zone", "Mars/Olympus"], "not a zone name"),
    ] {
        let out = brief().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(says),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    let out = brief()
        .args(["suggest", "--write", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--pick"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_folder_that_fails_check_is_not_written() {
    let dir = folder();
    let broken = format!(
        "{USER_TOML}\n[[deadline]]\nid = \"x\"\nlabel = \"X\"\ndue = \"soon\"\nanchors = []\n"
    );
    std::fs::write(dir.path().join("briefing.toml"), &broken).unwrap();
    let out = brief()
        .args(["suggest", "--write", "--pick", "1", "--data"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("briefing.toml:"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("briefing.toml")).unwrap(),
        broken
    );
}
