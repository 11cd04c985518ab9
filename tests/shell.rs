//! What brief gives the shell around it: completion scripts each shell
//! accepts and that really complete, a man page man and groff read without a
//! warning, and a version that names the commit. A shell or tool missing on
//! this machine skips its check with a note, as CI may lack them.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use brief::tui::bindings::BINDINGS;

const BIN: &str = env!("CARGO_BIN_EXE_brief");

fn brief(args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .env_remove("COMPLETE")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Runs `program args`, or `None` with a note when it is not installed.
fn tool(program: &str, args: &[&str], env: &[(&str, &str)]) -> Option<Output> {
    let mut cmd = Command::new(program);
    cmd.args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    match cmd.output() {
        Ok(out) => Some(out),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("note: {program} is not installed; skipping this check");
            None
        }
        Err(e) => panic!("{program}: {e}"),
    }
}

fn script(dir: &Path, shell: &str) -> String {
    let text = brief(&["completions", shell]);
    let path = dir.join(format!("brief.{shell}"));
    fs::write(&path, &text).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn every_completion_script_parses_in_its_shell() {
    let dir = tempfile::tempdir().unwrap();
    for (shell, check) in [
        ("bash", &["-n"][..]),
        ("zsh", &["-n"][..]),
        ("fish", &["--no-execute"][..]),
    ] {
        let path = script(dir.path(), shell);
        let Some(out) = tool(shell, &[check, &[path.as_str()]].concat(), &[]) else {
            continue;
        };
        assert!(
            out.status.success(),
            "{shell} rejects the script: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Not installable from the distribution's archive here; at least each
    // is made and calls brief back.
    for shell in ["elvish", "powershell"] {
        let text = brief(&["completions", shell]);
        assert!(text.contains(BIN) && text.contains("COMPLETE"), "{shell}");
    }
}

/// A folder whose one source id is not a built-in one.
fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("sources")).unwrap();
    fs::write(
        dir.path().join("sources/harbour.txt"),
        "Harbour fees rise\nThe council voted on Monday.\n",
    )
    .unwrap();
    dir
}

/// What bash offers after the words typed, the last one being completed:
/// the real script, sourced, asked as bash asks it on Tab.
fn bash_completes(script: &str, words: &[&str]) -> Option<Vec<String>> {
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source '{script}'\n\
         COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_TYPE=9\n\
         _clap_complete_brief brief '{current}' '{previous}'\n\
         printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        words = quoted.join(" "),
        cword = words.len() - 1,
        current = words[words.len() - 1],
        previous = words[words.len() - 2],
    );
    let out = tool("bash", &["-c", &program], &[])?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    Some(
        text.lines()
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
    )
}

#[test]
fn bash_completes_commands_options_and_source_ids() {
    let dir = tempfile::tempdir().unwrap();
    let script = script(dir.path(), "bash");
    let Some(commands) = bash_completes(&script, &["brief", "qu"]) else {
        return;
    };
    assert_eq!(commands, ["quotes"]);
    let options = bash_completes(&script, &["brief", "quotes", "--fo"]).unwrap();
    assert_eq!(options, ["--format"]);
    let formats = bash_completes(&script, &["brief", "quotes", "--format", ""]).unwrap();
    assert_eq!(formats, ["text", "json", "tsv"]);

    let ids = bash_completes(&script, &["brief", "read", "k"]).unwrap();
    assert_eq!(ids, ["kuala-lumpur-talks"]);
    let data = folder();
    let path = data.path().to_str().unwrap();
    let ids = bash_completes(&script, &["brief", "read", "--data", path, "h"]).unwrap();
    assert_eq!(
        ids,
        ["harbour"],
        "the ids of the folder given, not the built-in ones"
    );
    let ids = bash_completes(&script, &["brief", "--data", path, "read", "k"]).unwrap();
    assert!(ids.is_empty(), "{ids:?}");
}

#[test]
fn bash_completes_data_as_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let script = script(dir.path(), "bash");
    fs::create_dir(dir.path().join("briefing-a")).unwrap();
    fs::write(dir.path().join("briefing-b.txt"), "not a folder").unwrap();
    let prefix = format!("{}/brief", dir.path().display());
    let Some(found) = bash_completes(&script, &["brief", "--data", &prefix]) else {
        return;
    };
    assert_eq!(found, [format!("{}/briefing-a/", dir.path().display())]);
}

#[test]
fn fish_completes_source_ids_with_their_titles() {
    let dir = tempfile::tempdir().unwrap();
    let script = script(dir.path(), "fish");
    let program = format!("source '{script}'; complete -C 'brief read kua'");
    let Some(out) = tool("fish", &["--no-config", "-c", &program], &[]) else {
        return;
    };
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text.trim_end(),
        "kuala-lumpur-talks\tCan Trump and Xi Forge a New Trade Deal? What Kuala Lumpur Talks Reveal"
    );
}

#[test]
fn completions_need_no_briefing() {
    let out = Command::new(BIN)
        .args(["completions", "bash", "--data", "/nonexistent"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = Command::new(BIN)
        .args(["completions", "tcsh"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn the_man_page_reads_cleanly_and_lists_commands_keys_and_exit_codes() {
    let page = brief(&["man"]);
    assert!(page.is_ascii(), "non-ASCII goes through groff escapes");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("brief.1");
    fs::write(&path, &page).unwrap();
    let path = path.to_str().unwrap();

    if let Some(out) = tool("groff", &["-man", "-z", "-ww", path], &[]) {
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "groff warns");
    }
    let Some(out) = tool(
        "man",
        &["--warnings", "-l", path],
        &[
            ("MANPAGER", "cat"),
            ("MANWIDTH", "100"),
            ("LANG", "C.UTF-8"),
        ],
    ) else {
        return;
    };
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "man warns");
    let text = String::from_utf8_lossy(&out.stdout);
    for heading in [
        "SYNOPSIS",
        "OPTIONS",
        "COMMANDS",
        "KEY BINDINGS",
        "EXIT STATUS",
        "ENVIRONMENT",
    ] {
        assert!(
            text.lines().any(|l| l == heading),
            "no {heading} section:\n{text}"
        );
    }
    for command in [
        "check",
        "deadlines",
        "issues",
        "quotes",
        "read",
        "completions",
        "man",
    ] {
        assert!(
            text.contains(&format!("brief {command}")),
            "no brief {command}"
        );
    }
    for option in ["--color", "--no-pager", "--format", "--limit", "--data"] {
        assert!(text.contains(option), "no {option}");
    }
    let keys = text
        .split("KEY BINDINGS")
        .nth(1)
        .unwrap()
        .split("EXIT STATUS")
        .next()
        .unwrap();
    for b in BINDINGS {
        let row = keys
            .lines()
            .find(|l| l.trim_end().ends_with(b.what))
            .unwrap_or_else(|| panic!("no key row for {:?}", b.what));
        assert!(row.contains(b.keys[0].0.label().as_str()), "{row:?}");
    }
    for code in ["0", "1", "2"] {
        assert!(
            text.lines()
                .any(|l| l.trim_start().starts_with(&format!("{code} "))),
            "exit status {code}"
        );
    }
}

#[test]
fn the_version_names_the_commit_it_was_built_from() {
    let version = brief(&["--version"]);
    let expected = format!("brief {}", env!("CARGO_PKG_VERSION"));
    assert!(version.starts_with(&expected), "{version}");
    let head = Command::new("git")
        .args(["rev-parse", "HEAD"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    let Ok(head) = head.map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()) else {
        eprintln!("note: git is not installed; skipping the commit check");
        return;
    };
    if head.is_empty() {
        eprintln!("note: not a git checkout; skipping the commit check");
        return;
    }
    let commit = version
        .split("(commit ")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no commit in {version:?}"));
    assert!(commit.len() >= 7, "{commit}");
    assert!(
        head.starts_with(commit),
        "built from {commit}, HEAD is {head}"
    );
}
