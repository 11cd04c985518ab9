//! The `[[source]]` entries of `briefing.toml`: what is already described, and
//! appending one more without disturbing the user's comments or order.

use toml_edit::{ArrayOfTables, DocumentMut, Item, Table, value};

/// What `brief add` writes about one article; only what the page states.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub file: String,
    pub id: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// Where each field came from.
    pub note: Option<String>,
}

/// The sources `briefing.toml` already describes.
#[derive(Debug, Default)]
pub struct Described {
    pub files: Vec<String>,
    pub ids: Vec<String>,
    /// `(url, file)` of each source added from an address.
    pub urls: Vec<(String, String)>,
}

pub fn parse(toml: &str) -> Result<DocumentMut, String> {
    toml.parse::<DocumentMut>()
        .map_err(|e| e.to_string().trim().to_string())
}

pub fn described(doc: &DocumentMut) -> Described {
    let mut out = Described::default();
    let Some(sources) = doc.get("source").and_then(Item::as_array_of_tables) else {
        return out;
    };
    for t in sources {
        let get = |k: &str| t.get(k).and_then(Item::as_str).map(str::to_string);
        let Some(file) = get("file") else { continue };
        let id = get("id").unwrap_or_else(|| stem(&file));
        if let Some(url) = get("url") {
            out.urls.push((url, file.clone()));
        }
        out.files.push(file);
        out.ids.push(id);
    }
    out
}

/// Appends `[[source]]` after the last one, or at the end when there is none yet.
pub fn append(doc: &mut DocumentMut, entry: &Entry) {
    let mut t = Table::new();
    t.insert("file", value(&entry.file));
    if entry.id != stem(&entry.file) {
        t.insert("id", value(&entry.id));
    }
    for (key, field) in [
        ("title", &entry.title),
        ("outlet", &entry.outlet),
        ("date", &entry.date),
        ("url", &entry.url),
        ("note", &entry.note),
    ] {
        if let Some(v) = field {
            t.insert(key, value(v.as_str()));
        }
    }
    let first = !doc.contains_key("source");
    if first
        && doc
            .iter()
            .all(|(_, item)| !item.is_table_like() && !item.is_array_of_tables())
    {
        // Comments after the last key belong to the document's end and would
        // otherwise drift below the new entry: keep them above it, where they were.
        let trailing = doc.trailing().as_str().unwrap_or("").to_string();
        if !trailing.trim().is_empty() {
            t.decor_mut()
                .set_prefix(format!("\n{}", trailing.trim_start_matches('\n')));
            doc.set_trailing("");
        }
    }
    // The user's tables may be in any order; keep each where it is.
    if first {
        doc.insert("source", Item::ArrayOfTables(ArrayOfTables::new()));
    }
    if let Some(array) = doc.get_mut("source").and_then(Item::as_array_of_tables_mut) {
        array.push(t);
    }
}

fn stem(file: &str) -> String {
    file.strip_suffix(".txt").unwrap_or(file).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(file: &str) -> Entry {
        Entry {
            file: file.into(),
            id: stem(file),
            title: Some("A \"quoted\" title".into()),
            url: Some("https://example.org/a".into()),
            note: Some("title from og:title".into()),
            ..Entry::default()
        }
    }

    #[test]
    fn appending_keeps_comments_and_puts_the_entry_after_the_last_source() {
        let before = "\
# my briefing: keep this comment
title = \"T\" # and this one

# ---- sources
[[source]]
file = \"a.txt\" # a's remark

# ---- deadlines
[[deadline]]
id = \"d\"
label = \"D\"
due = \"2025-11-01T00:00:00-04:00\"
anchors = []
";
        let mut doc = parse(before).unwrap();
        append(&mut doc, &entry("b.txt"));
        let after = doc.to_string();
        assert!(
            after.starts_with("# my briefing: keep this comment\ntitle = \"T\" # and this one\n")
        );
        assert!(after.contains("file = \"a.txt\" # a's remark"));
        let b = after.find("file = \"b.txt\"").unwrap();
        assert!(
            after.find("a.txt").unwrap() < b && b < after.find("# ---- deadlines").unwrap(),
            "{after}"
        );
        let reparsed = parse(&after).unwrap();
        assert_eq!(
            reparsed["source"][1]["title"].as_str(),
            Some("A \"quoted\" title")
        );
        let reread = described(&reparsed);
        assert_eq!(reread.files, ["a.txt", "b.txt"]);
        assert_eq!(
            reread.urls,
            [("https://example.org/a".to_string(), "b.txt".to_string())]
        );
    }

    #[test]
    fn the_first_entry_goes_below_the_comments_that_end_the_file() {
        let before = "title = \"T\"\n\n# sources: brief add appends them below\n";
        let mut doc = parse(before).unwrap();
        append(&mut doc, &entry("b.txt"));
        append(&mut doc, &entry("c.txt"));
        let after = doc.to_string();
        let comment = after.find("# sources").unwrap();
        assert!(comment < after.find("b.txt").unwrap(), "{after}");
        assert!(
            after.find("b.txt").unwrap() < after.find("c.txt").unwrap(),
            "{after}"
        );
        assert_eq!(after.matches("# sources").count(), 1);
    }

    #[test]
    fn an_id_equal_to_the_file_stem_is_not_repeated() {
        let mut doc = parse("").unwrap();
        append(&mut doc, &entry("b.txt"));
        let after = doc.to_string();
        assert!(!after.contains("id ="), "{after}");
        assert_eq!(described(&doc).ids, ["b"]);
    }
}
