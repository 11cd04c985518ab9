//! `--format tsv`: one record a line, fields split by one tab, a header
//! line first, so `cut -f`, `awk -F'\t'` and `fzf --delimiter '\t'` work on
//! it. The columns are a contract like the JSON field names: new ones go at
//! the end.
//!
//! A field never holds a raw tab, line break or control character: `\` is
//! written `\\`, tab `\t`, line feed `\n`, carriage return `\r`, and any
//! other control character `\xHH` (or `\u{HHHH}` above U+007F), so a record
//! is always one line and nothing in it can drive the terminal.

use crate::briefing::clock::seconds_remaining;
use crate::briefing::search::search;
use crate::briefing::{Briefing, Side, Time};

pub const QUOTES: &[&str] = &["source", "line", "speaker", "text"];
pub const DEADLINES: &[&str] = &["id", "due", "seconds_remaining", "label", "assumed"];
pub const ISSUES: &[&str] = &["id", "side", "mentions", "sources", "title", "summary"];

/// A field made safe for one line of TSV.
pub fn escape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    for c in field.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_ascii_control() => out.push_str(&format!("\\x{:02X}", c as u32)),
            c if c.is_control() => out.push_str(&format!("\\u{{{:04X}}}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

fn table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = header.join("\t");
    out.push('\n');
    for row in rows {
        let fields: Vec<String> = row.iter().map(|f| escape(f)).collect();
        out.push_str(&fields.join("\t"));
        out.push('\n');
    }
    out
}

/// As `brief quotes` lists them: source order, or best match first.
pub fn quotes(b: &Briefing, query: Option<&str>, limit: Option<usize>) -> String {
    let hits = search(&b.quotes, query.unwrap_or(""));
    let rows = hits.iter().take(limit.unwrap_or(usize::MAX)).map(|h| {
        let q = &b.quotes[h.quote];
        vec![
            q.source.clone(),
            q.line.to_string(),
            q.speaker.clone().unwrap_or_default(),
            q.text.clone(),
        ]
    });
    table(QUOTES, rows)
}

/// Soonest first, as the text listing orders them.
pub fn deadlines(b: &Briefing, now: &Time) -> String {
    let mut order: Vec<_> = b.deadlines.iter().collect();
    order.sort_by_key(|d| d.due);
    let rows = order.into_iter().map(|d| {
        vec![
            d.id.clone(),
            d.due.to_rfc3339(),
            seconds_remaining(&d.due, now).to_string(),
            d.label.clone(),
            d.assumed.clone().unwrap_or_default(),
        ]
    });
    table(DEADLINES, rows)
}

/// `side` is the JSON's word: `us`, `china` or `peripheral`.
pub fn issues(b: &Briefing) -> String {
    let rows = b.issues.iter().map(|i| {
        let side = match i.side {
            Side::Us => "us",
            Side::China => "china",
            Side::Peripheral => "peripheral",
        };
        vec![
            i.id.clone(),
            side.to_string(),
            i.mentions.len().to_string(),
            i.source_count().to_string(),
            i.title.clone(),
            i.summary.clone(),
        ]
    });
    table(ISSUES, rows)
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn a_field_stays_on_one_line_and_inert() {
        assert_eq!(escape("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
        assert_eq!(escape("\x1b[2J\u{9b}"), "\\x1B[2J\\u{009B}");
        assert_eq!(escape("Trump–Xi “deal”"), "Trump–Xi “deal”");
    }
}
