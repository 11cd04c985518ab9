//! Shell completion, through clap_complete's dynamic engine: the script a
//! shell loads only registers `brief` as its own completer, and each Tab
//! runs `COMPLETE=<shell> brief -- <words>`. That is what lets `brief read`
//! complete the source ids of the folder given with `--data`, which no
//! static script can know.

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};

use clap_complete::engine::CompletionCandidate;
use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};

use crate::briefing::load;

/// The variable that turns a run of `brief` into a completion request.
pub const VAR: &str = "COMPLETE";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
    Elvish,
    Powershell,
}

impl Shell {
    fn completer(self) -> &'static dyn EnvCompleter {
        match self {
            Shell::Bash => &Bash,
            Shell::Zsh => &Zsh,
            Shell::Fish => &Fish,
            Shell::Elvish => &Elvish,
            Shell::Powershell => &Powershell,
        }
    }
}

/// Answers a completion request and exits, if this run is one; otherwise
/// returns and `brief` runs as usual. Must come before anything is printed.
pub fn answer_if_asked() {
    clap_complete::CompleteEnv::with_factory(<crate::cli::Cli as clap::CommandFactory>::command)
        .var(VAR)
        .complete();
}

/// The script `brief completions <shell>` prints. `argv0` is how this run
/// was invoked: a bare `brief` stays a `PATH` lookup; a path is made
/// absolute, so a script made by `./target/debug/brief` calls that binary.
pub fn registration(shell: Shell, argv0: &OsStr) -> std::io::Result<Vec<u8>> {
    let mut completer = PathBuf::from(argv0);
    if completer.components().count() > 1
        && let Ok(cwd) = std::env::current_dir()
    {
        completer = cwd.join(completer);
    }
    let mut buf = Vec::new();
    shell.completer().write_registration(
        VAR,
        "brief",
        "brief",
        &completer.to_string_lossy(),
        &mut buf,
    )?;
    Ok(buf)
}

/// Candidates for `brief read SOURCE_ID`: the ids of the briefing named by
/// `--data` on the line being completed, or of the built-in one.
pub fn source_ids(current: &OsStr) -> Vec<CompletionCandidate> {
    let prefix = current.to_string_lossy();
    let data = data_dir(std::env::args_os());
    ids_in(data.as_deref())
        .into_iter()
        .filter(|(id, _)| id.starts_with(prefix.as_ref()))
        .map(|(id, title)| CompletionCandidate::new(id).help(title.map(Into::into)))
        .collect()
}

/// Each source's id and title. A folder that does not load cleanly still
/// offers its file names, which are the ids unless briefing.toml renames them.
fn ids_in(data: Option<&Path>) -> Vec<(String, Option<String>)> {
    let loaded = match data {
        Some(dir) => load::from_dir(dir),
        None => load::builtin(),
    };
    if let Ok(b) = loaded {
        return b.sources.into_iter().map(|s| (s.id, s.title)).collect();
    }
    let Some(Ok(files)) = data.map(load::read_dir) else {
        return Vec::new();
    };
    files
        .sources
        .into_iter()
        .map(|(name, _)| {
            let id = name.strip_suffix(".txt").unwrap_or(&name).to_string();
            (id, None)
        })
        .collect()
}

/// The `--data` folder on the command line being completed: the words the
/// shell passed after `--`. The last one given wins, as when parsing. A
/// leading `~/` is expanded, since shells hand the word over as typed.
fn data_dir(args: impl IntoIterator<Item = OsString>) -> Option<PathBuf> {
    let words: Vec<OsString> = args.into_iter().collect();
    let start = words.iter().position(|w| w == "--").map_or(0, |i| i + 1);
    let words = &words[start..];
    let mut found = None;
    for (i, word) in words.iter().enumerate() {
        let word = word.to_string_lossy();
        if word == "--data" {
            found = words.get(i + 1).map(|w| w.to_string_lossy().into_owned());
        } else if let Some(dir) = word.strip_prefix("--data=") {
            found = Some(dir.to_string());
        }
    }
    let dir = found.filter(|d| !d.is_empty())?;
    match (dir.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Some(Path::new(&home).join(rest)),
        _ => Some(PathBuf::from(dir)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<OsString> {
        s.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn finds_the_data_folder_on_the_line_being_completed() {
        assert_eq!(
            data_dir(words("brief -- brief read --data /tmp/x ku")),
            Some(PathBuf::from("/tmp/x"))
        );
        assert_eq!(
            data_dir(words("brief -- brief --data=a read --data=b ku")),
            Some(PathBuf::from("b"))
        );
        assert_eq!(data_dir(words("brief -- brief read ku")), None);
        // `--data` typed on brief's own command line, not the completed one.
        assert_eq!(data_dir(words("brief --data /x -- brief read ")), None);
    }

    #[test]
    fn a_folder_that_fails_to_load_still_offers_its_file_names() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sources")).unwrap();
        std::fs::write(dir.path().join("sources/harbour.txt"), "Fees rise.\n").unwrap();
        std::fs::write(dir.path().join("briefing.toml"), "title = ").unwrap();
        assert!(load::from_dir(dir.path()).is_err());
        assert_eq!(ids_in(Some(dir.path())), [("harbour".to_string(), None)]);
        assert!(ids_in(Some(&dir.path().join("missing"))).is_empty());
    }

    #[test]
    fn the_builtin_ids_are_the_article_file_names() {
        let ids: Vec<String> = ids_in(None).into_iter().map(|(id, _)| id).collect();
        assert!(ids.contains(&"kuala-lumpur-talks".to_string()), "{ids:?}");
        assert_eq!(ids.len(), 5);
    }
}
