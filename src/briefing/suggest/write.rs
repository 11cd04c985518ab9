//! `brief suggest --write`: the chosen suggestions appended to
//! `briefing.toml` as `[[deadline]]` entries, with toml_edit so the user's
//! comments and order stay, checked in memory as `brief check` would, then
//! written atomically (a temporary file renamed over the old one).

use std::path::Path;

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value, value};

use super::Suggestion;
use crate::briefing::add::{slug, write::Disk};
use crate::briefing::load::{self, Files, LoadError};

#[derive(Debug)]
pub enum WriteError {
    /// The folder does not pass `brief check` as it is: nothing written.
    Invalid(Vec<LoadError>),
    /// The entries would make it fail, or the disk refused: nothing written.
    Failed(String),
}

/// What happened to each chosen suggestion, in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Added {
        id: String,
    },
    /// A deadline with the same moment and anchor is already there.
    Present {
        id: String,
    },
}

/// Appends `chosen` to `dir/briefing.toml` (made if absent) and returns what
/// became of each. All or nothing.
pub fn append(dir: &Path, chosen: &[&Suggestion], disk: &Disk) -> Result<Vec<Outcome>, WriteError> {
    let files = load::read_dir(dir).map_err(WriteError::Invalid)?;
    let briefing = load::load(Files {
        warnings: Vec::new(),
        root: files.root.clone(),
        toml: files.toml.clone(),
        sources: files.sources.clone(),
    })
    .map_err(WriteError::Invalid)?;
    let text = String::from_utf8(files.toml.clone().unwrap_or_default()).unwrap_or_default();
    let mut doc: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        WriteError::Failed(format!("briefing.toml: {}", e.to_string().trim()))
    })?;
    let mut ids: Vec<String> = briefing.deadlines.iter().map(|d| d.id.clone()).collect();
    let mut outcomes = Vec::new();
    for s in chosen {
        let present = briefing.deadlines.iter().find(|d| {
            d.due == s.due
                && d.anchors.iter().any(|a| {
                    s.anchors
                        .iter()
                        .any(|b| a.source == b.source && a.span == b.span)
                })
        });
        if let Some(d) = present {
            outcomes.push(Outcome::Present { id: d.id.clone() });
            continue;
        }
        let id = slug::unique(&base_id(s), |c| ids.iter().any(|i| i == c));
        push(&mut doc, s, &id);
        ids.push(id.clone());
        outcomes.push(Outcome::Added { id });
    }
    if outcomes
        .iter()
        .all(|o| matches!(o, Outcome::Present { .. }))
    {
        return Ok(outcomes);
    }
    let toml = doc.to_string();
    if let Err(errors) = load::load(Files {
        warnings: Vec::new(),
        root: files.root.clone(),
        toml: Some(toml.clone().into_bytes()),
        sources: files.sources,
    }) {
        let first = errors.first().map(|e| e.to_string()).unwrap_or_default();
        return Err(WriteError::Failed(format!(
            "would not pass brief check, so nothing was written: {first}"
        )));
    }
    disk.replace(&dir.join("briefing.toml"), toml.as_bytes())
        .map_err(|e| WriteError::Failed(format!("cannot write briefing.toml: {e}")))?;
    Ok(outcomes)
}

/// The id a suggestion is written under, before it is made unique.
pub fn base_id(s: &Suggestion) -> String {
    let base = slug::slugify(&s.label);
    if base.is_empty() {
        format!("deadline-{}", s.day)
    } else {
        base
    }
}

/// The suggestion as a `[[deadline]]` table, one anchor a line.
pub fn table(s: &Suggestion, id: &str) -> Table {
    let mut t = Table::new();
    t.insert("id", value(id));
    t.insert("label", value(&s.label));
    t.insert("due", value(s.due.to_rfc3339()));
    t.insert("assumed", value(&s.assumed));
    let mut anchors = Array::new();
    for a in &s.anchors {
        let mut inline = InlineTable::new();
        inline.insert("source", a.source.as_str().into());
        inline.insert("text", a.text.as_str().into());
        let mut v = Value::InlineTable(inline);
        v.decor_mut().set_prefix("\n  ");
        anchors.push_formatted(v);
    }
    anchors.set_trailing("\n");
    anchors.set_trailing_comma(true);
    t.insert("anchors", value(anchors));
    t
}

/// The suggestion as TOML text to paste: `[[deadline]]` and its keys.
pub fn entry_toml(s: &Suggestion, id: &str) -> String {
    let mut doc = DocumentMut::new();
    let mut array = ArrayOfTables::new();
    array.push(table(s, id));
    doc.insert("deadline", Item::ArrayOfTables(array));
    doc.to_string()
}

/// Appends one `[[deadline]]` after the last one, or at the end of the file.
fn push(doc: &mut DocumentMut, s: &Suggestion, id: &str) {
    let mut t = table(s, id);
    t.decor_mut().set_prefix(format!(
        "\n# suggested by brief suggest: confidence {:.2} ({}), trigger \"{}\"\n",
        s.confidence,
        s.confidence_word,
        s.trigger.replace('\n', " ")
    ));
    let first = !doc.contains_key("deadline");
    if first {
        // Comments that end the file stay above the new entry, where they were.
        let trailing = doc.trailing().as_str().unwrap_or("").to_string();
        if !trailing.trim().is_empty() {
            let prefix = t
                .decor()
                .prefix()
                .and_then(|p| p.as_str())
                .unwrap_or("")
                .to_string();
            t.decor_mut()
                .set_prefix(format!("\n{}{}", trailing.trim_start_matches('\n'), prefix));
            doc.set_trailing("");
        }
        doc.insert("deadline", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    if let Some(array) = doc
        .get_mut("deadline")
        .and_then(Item::as_array_of_tables_mut)
    {
        array.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::suggest::suggest;

    fn folder(toml: &str) -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir(tmp.path().join("sources")).unwrap();
        std::fs::write(
            tmp.path().join("sources/a.txt"),
            "The truce expires on Nov. 10. A vote is scheduled for Thursday.\n",
        )
        .unwrap();
        std::fs::write(tmp.path().join("briefing.toml"), toml).unwrap();
        tmp
    }

    const TOML: &str = "# keep me\nas_of = \"2025-10-26T20:00:00+08:00\"\n\n# deadlines below\n";

    #[test]
    fn a_full_disk_half_way_leaves_the_file_as_it_was() {
        let dir = folder(TOML);
        let b = load::from_dir(dir.path()).unwrap();
        let found = suggest(&b);
        let chosen: Vec<&Suggestion> = found.iter().collect();
        let err = append(dir.path(), &chosen, &Disk::with_quota(40)).unwrap_err();
        assert!(matches!(err, WriteError::Failed(ref m) if m.contains("cannot write")));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("briefing.toml")).unwrap(),
            TOML
        );
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }

    #[test]
    fn entries_go_below_the_comments_that_end_the_file_and_reload() {
        let dir = folder(TOML);
        let b = load::from_dir(dir.path()).unwrap();
        let found = suggest(&b);
        let chosen: Vec<&Suggestion> = found.iter().collect();
        let outcomes = append(dir.path(), &chosen, &Disk::new()).unwrap();
        assert_eq!(outcomes.len(), 2);
        let after = std::fs::read_to_string(dir.path().join("briefing.toml")).unwrap();
        assert!(after.starts_with(TOML), "{after}");
        assert!(after.contains("# suggested by brief suggest: confidence"));
        let reloaded = load::from_dir(dir.path()).unwrap();
        assert_eq!(reloaded.deadlines.len(), 2);
        assert_eq!(reloaded.deadlines[0].due, found[0].due);
    }
}
