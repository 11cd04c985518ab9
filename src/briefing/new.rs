//! `brief new`: an empty briefing folder, with a `briefing.toml` that shows
//! the user every section they may fill in, commented out.

use std::fmt;
use std::path::Path;

use super::add::write::Disk;

/// Why a folder could not be made, and whether the user asked for the impossible.
#[derive(Debug)]
pub struct NewError {
    pub message: String,
    /// The folder exists and has files in it (bad input), rather than a disk failure.
    pub refused: bool,
}

impl fmt::Display for NewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The commented examples below the title. Every key is one `brief check` knows.
const EXAMPLES: &str = r#"
# The moment the sources speak from: the countdown counts from it. RFC 3339
# with the offset, quoted; say in as_of_note how it follows from the sources.
# as_of = "2025-10-26T20:00:00+08:00"
# as_of_note = "..."

# Every curated fact below carries anchors: short verbatim excerpts of a source
# (only whitespace may differ). `brief check` fails when one is not found.
#
# [[deadline]]
# id = "truce-expiry"
# label = "Tariff truce expires"
# due = "2025-11-10T00:01:00-05:00"
# assumed = "The sources give the date only; 00:01 Eastern is assumed."
# anchors = [{ source = "my-article", text = "the truce expires on Nov. 10" }]
#
# [[issue]]
# id = "soybeans"
# title = "Soybean purchases"
# side = "us"                     # us, china or peripheral
# summary = "What is asked, in your own words."
# keywords = ["soybean"]
# mentions = [{ source = "my-article", text = "soybean purchases" }]
#
# [[event]]
# date = "2025-10-26"             # YYYY, YYYY-MM or YYYY-MM-DD
# label = "Talks in Kuala Lumpur"
# anchors = [{ source = "my-article", text = "talks in Kuala Lumpur" }]
#
# A quote's speaker, where the extraction got it wrong:
# [[attribution]]
# source = "my-article"
# quote = "a verbatim piece of the quote"
# speaker = "Scott Bessent"

# ---------------------------------------------------------------- sources
# `brief add FILE|ADDRESS|FEED` puts the text in sources/ and describes it below:
# title, outlet, date and url only where the page states them, and a note of
# where each came from. Text files put in sources/ by hand work too.
"#;

/// The `briefing.toml` of a new briefing.
pub fn template(title: &str) -> String {
    let mut doc = toml_edit::DocumentMut::new();
    doc["title"] = toml_edit::value(title);
    format!(
        "# A briefing for `brief`: `brief check --data DIR` validates it, `brief --data DIR` opens it.\n\n{doc}{EXAMPLES}"
    )
}

/// Makes `dir` (or fills it when it exists and is empty) with `sources/` and `briefing.toml`.
pub fn create(dir: &Path, title: Option<&str>) -> Result<(), NewError> {
    let fail = |message: String| NewError {
        message,
        refused: false,
    };
    if dir.exists() {
        let mut entries = std::fs::read_dir(dir).map_err(|e| NewError {
            message: format!("{}: {e}", dir.display()),
            refused: !dir.is_dir(),
        })?;
        if entries.next().is_some() {
            return Err(NewError {
                message: format!(
                    "{} already exists and is not empty; brief new only makes a new folder",
                    dir.display()
                ),
                refused: true,
            });
        }
    }
    let title = match title {
        Some(t) => t.to_string(),
        None => dir
            .canonicalize()
            .ok()
            .or_else(|| Some(dir.to_path_buf()))
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "My briefing".into()),
    };
    let sources = dir.join("sources");
    std::fs::create_dir_all(&sources)
        .map_err(|e| fail(format!("cannot make {}: {e}", sources.display())))?;
    Disk::new()
        .create_new(&dir.join("briefing.toml"), template(&title).as_bytes())
        .map_err(|e| {
            fail(format!(
                "cannot write {}: {e}",
                dir.join("briefing.toml").display()
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load;

    #[test]
    fn a_new_folder_passes_check_with_its_title() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("story");
        create(&dir, Some("Sudan \"ceasefire\" talks")).unwrap();
        let b = load::from_dir(&dir).unwrap();
        assert_eq!(b.title, "Sudan \"ceasefire\" talks");
        assert!(b.sources.is_empty() && b.deadlines.is_empty());
        assert!(b.curated);
    }

    #[test]
    fn the_title_defaults_to_the_folder_name() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("gaza-truce");
        create(&dir, None).unwrap();
        assert_eq!(load::from_dir(&dir).unwrap().title, "gaza-truce");
    }

    #[test]
    fn every_commented_example_is_valid_once_uncommented() {
        // The examples reference "my-article"; give it the phrases they anchor on.
        let text = "Officials said the truce expires on Nov. 10 and soybean purchases resume \
                    after talks in Kuala Lumpur. He said \"a verbatim piece of the quote\" today.";
        let uncommented: String = template("T")
            .lines()
            .map(|l| match l.strip_prefix("# ") {
                Some(rest)
                    if l.starts_with("# as_of")
                        || rest.starts_with('[')
                        || rest.contains(" = ") =>
                {
                    rest
                }
                _ => l,
            })
            .collect::<Vec<_>>()
            .join("\n")
            .replace("as_of_note = \"...\"", "as_of_note = \"assumed\"");
        let files = load::Files {
            warnings: Vec::new(),
            root: "t".into(),
            toml: Some(uncommented.clone().into_bytes()),
            sources: vec![("my-article.txt".into(), text.as_bytes().to_vec())],
        };
        let b = load::load(files).unwrap_or_else(|e| panic!("{e:?}\n{uncommented}"));
        assert_eq!(
            (b.deadlines.len(), b.issues.len(), b.events.len()),
            (1, 1, 1)
        );
        assert_eq!(b.quotes[0].speaker.as_deref(), Some("Scott Bessent"));
    }

    #[test]
    fn a_folder_with_files_is_refused_and_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::write(tmp.path().join("notes.md"), "mine").unwrap();
        let err = create(tmp.path(), None).unwrap_err();
        assert!(err.refused);
        assert!(!tmp.path().join("briefing.toml").exists());
        assert!(!tmp.path().join("sources").exists());
    }
}
