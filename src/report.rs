//! What the non-interactive commands print: plain text that reads well in 80
//! columns, or one JSON document with stable field names.

use serde::Serialize;

use crate::briefing::clock::{next_due, remaining, seconds_remaining};
use crate::briefing::pins::Pin;
use crate::briefing::search::search_top;
use crate::briefing::text::count;
use crate::briefing::{Anchor, Briefing, Curated, Side, Time};
use crate::style::{Paint, Role};

pub mod tsv;

const WIDTH: usize = 80;

fn to_json<T: Serialize>(value: &T) -> String {
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_string_pretty(value).expect("JSON of plain data") + "\n"
}

pub fn check(b: &Briefing) -> String {
    format!(
        "ok: {} sources, {} deadlines, {} issues, {} events, {} quotes\n",
        b.sources.len(),
        b.deadlines.len(),
        b.issues.len(),
        b.events.len(),
        b.quotes.len()
    )
}

pub fn deadlines(b: &Briefing, now: &Time, json: bool, paint: Paint) -> String {
    if json {
        #[derive(Serialize)]
        struct D<'a> {
            id: &'a str,
            label: &'a str,
            due: String,
            seconds_remaining: i64,
            assumed: Option<&'a str>,
            anchors: &'a [Anchor],
        }
        let list: Vec<D> = b
            .deadlines
            .iter()
            .map(|d| D {
                id: &d.id,
                label: &d.label,
                due: d.due.to_rfc3339(),
                seconds_remaining: seconds_remaining(&d.due, now),
                assumed: d.assumed.as_deref(),
                anchors: &d.anchors,
            })
            .collect();
        return to_json(&list);
    }
    let mut out = format!(
        "{}\nnow {}",
        paint.paint(Role::Title, &b.title),
        now.format("%Y-%m-%d %H:%M %:z")
    );
    if let Some(as_of) = b.as_of {
        out.push_str(&format!(
            " · sources as of {}",
            as_of.format("%Y-%m-%d %H:%M %:z")
        ));
    }
    out.push_str("\n\n");
    if b.deadlines.is_empty() {
        out.push_str(&b.nothing_in(Curated::Deadlines));
        out.push('\n');
        return out;
    }
    let next = next_due(&b.deadlines, now);
    let mut order: Vec<usize> = (0..b.deadlines.len()).collect();
    order.sort_by_key(|&i| b.deadlines[i].due);
    let header = format!("  {:<23}  {:<15}  {}", "DUE", "LEFT", "DEADLINE");
    out.push_str(&paint.paint(Role::Header, &header));
    out.push('\n');
    for i in order {
        let d = &b.deadlines[i];
        let mark = if Some(i) == next { "▶" } else { " " };
        let star = if d.assumed.is_some() { " *" } else { "" };
        let secs = seconds_remaining(&d.due, now);
        let line = format!(
            "{mark} {:<23}  {:<15}  {}{star}",
            d.due.format("%Y-%m-%d %H:%M %:z").to_string(),
            remaining(secs),
            d.label
        );
        let role = match (Some(i) == next, secs < 0) {
            (true, _) => Some(Role::Next),
            (false, true) => Some(Role::Passed),
            (false, false) => None,
        };
        out.push_str(&role.map_or(line.clone(), |r| paint.paint(r, &line)));
        out.push('\n');
    }
    let mut notes = String::new();
    if next.is_some() {
        notes.push_str("▶ falls next");
    }
    if b.deadlines.iter().any(|d| d.assumed.is_some()) {
        notes.push_str(if next.is_some() { "   " } else { "" });
        notes.push_str("* the sources give the date only: hour assumed (--json says which)");
    }
    out.push('\n');
    out.push_str(&paint.paint(Role::Dim, &notes));
    out.push('\n');
    out
}

pub fn issues(b: &Briefing, json: bool, paint: Paint) -> String {
    if json {
        return to_json(&b.issues);
    }
    if b.issues.is_empty() {
        return format!(
            "{}\n\n{}\n",
            paint.paint(Role::Title, &b.title),
            b.nothing_in(Curated::Issues)
        );
    }
    let mut out = format!("{}\n", paint.paint(Role::Title, &b.title));
    for i in &b.issues {
        let side = match i.side {
            Side::Us => Some(Role::Us),
            Side::China => Some(Role::China),
            Side::Peripheral => None,
        };
        let label = i.side.label();
        out.push_str(&format!(
            "\n{} [{}] ({}; {} in {})\n",
            paint.paint(Role::Title, &i.title),
            side.map_or(label.to_string(), |r| paint.paint(r, label)),
            i.id,
            count(i.mentions.len(), "mention"),
            count(i.source_count(), "source")
        ));
        for line in wrap(&i.summary, WIDTH - 4) {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}

pub fn quotes(
    b: &Briefing,
    query: Option<&str>,
    limit: Option<usize>,
    json: bool,
    paint: Paint,
) -> String {
    let found = search_top(&b.quotes, query.unwrap_or(""), limit.unwrap_or(usize::MAX));
    let hits = found.hits;
    let shown = hits.iter().take(limit.unwrap_or(usize::MAX));
    if json {
        #[derive(Serialize)]
        struct Q<'a> {
            text: &'a str,
            speaker: Option<&'a str>,
            /// Why that speaker: `said-verb`, `pronoun`, `role`, ... (null
            /// when unknown).
            speaker_basis: Option<&'static str>,
            source: &'a str,
            line: usize,
        }
        let list: Vec<Q> = shown
            .map(|h| {
                let q = &b.quotes[h.quote];
                Q {
                    text: &q.text,
                    speaker: q.speaker.as_deref(),
                    speaker_basis: q.speaker_basis.map(|b| b.label()),
                    source: &q.source,
                    line: q.line,
                }
            })
            .collect();
        return to_json(&list);
    }
    let mut out = String::new();
    for h in shown {
        let q = &b.quotes[h.quote];
        for (n, line) in wrap(&format!("“{}”", q.text), WIDTH - 2).iter().enumerate() {
            out.push_str(if n == 0 { "  " } else { "   " });
            out.push_str(line);
            out.push('\n');
        }
        let speaker = match &q.speaker {
            Some(name) => paint.paint(Role::Speaker, name),
            None => "speaker unknown".to_string(),
        };
        let place = format!("{}:{}", q.source, q.line);
        out.push_str(&format!(
            "    — {speaker}, {}\n\n",
            paint.paint(Role::Dim, &place)
        ));
    }
    out.push_str(&format!("{} of {} quotes\n", found.total, b.quotes.len()));
    out
}

/// The pins as Markdown citations, or as JSON; unresolved ones are said so.
pub fn pins(b: &Briefing, pins: &[Pin], json: bool) -> String {
    if json {
        to_json(&pins)
    } else if pins.is_empty() {
        "No pins yet: in the explorer, p pins the quote or line at the cursor.\n".into()
    } else {
        crate::briefing::pins::markdown(b, pins)
    }
}

/// The article itself, under a header of what is known about it.
pub fn read(b: &Briefing, id: &str, paint: Paint) -> Option<String> {
    let s = b.source(id)?;
    let mut out = String::new();
    if let Some(title) = &s.title {
        out.push_str(&format!("{}\n", paint.paint(Role::Title, title)));
    }
    let known: Vec<&str> = [s.outlet.as_deref(), s.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut about = format!("{} · sources/{}", s.id, s.file);
    if !known.is_empty() {
        about.push_str(&format!(" · {}", known.join(" · ")));
    }
    out.push_str(&paint.paint(Role::Dim, &about));
    out.push('\n');
    if let Some(url) = &s.url {
        out.push_str(&format!("{}\n", paint.paint(Role::Dim, &inert(url))));
    }
    if let Some(note) = &s.note {
        for line in wrap(&format!("Note: {}", inert(note)), WIDTH) {
            out.push_str(&format!("{}\n", paint.paint(Role::Dim, line)));
        }
    }
    out.push('\n');
    out.push_str(&s.text);
    if !s.text.ends_with('\n') {
        out.push('\n');
    }
    Some(out)
}

/// Metadata from a page or a hand-edited file, on inert lines: no control characters.
fn inert(s: &str) -> String {
    crate::briefing::text::sanitize(s).replace('\n', " ")
}

/// `text` as lines of at most `width` terminal cells, split between words.
fn wrap(text: &str, width: usize) -> Vec<&str> {
    crate::text::wrap(text, width)
        .into_iter()
        .map(|row| &text[row])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_keeps_lines_within_width_and_words_whole() {
        let lines = wrap(
            "the trade truce expires on November ten unless extended",
            12,
        );
        assert!(lines.iter().all(|l| l.chars().count() <= 12), "{lines:?}");
        assert_eq!(
            lines.join(" "),
            "the trade truce expires on November ten unless extended"
        );
    }
}
