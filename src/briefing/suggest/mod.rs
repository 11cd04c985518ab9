//! Deadlines found in the text: candidates for `[[deadline]]` that a curator
//! checks and pastes (or `brief suggest --write` appends), and that the
//! explorer may show where nothing is curated.
//!
//! The API is [`suggest`] (or [`suggest_with`] for a zone): a briefing in, a
//! ranked list of [`Suggestion`]s out, best first. Each suggestion has
//! - `label`: a short phrase cut from the sentence itself (never reworded);
//! - `due`: the moment, with the offset of the zone it assumed, and `day`,
//!   the day the text names (they differ when the text says "midnight");
//! - `assumed`: which hour and zone it had to assume, and what a relative
//!   date ("on Thursday", "next week") was resolved against;
//! - `anchors`: every sentence that sets that moment, verbatim, as the same
//!   [`Anchor`] a curated deadline has (source id, byte span, line, text),
//!   strongest first; each passes `brief check`'s anchor test;
//! - `confidence`: a number in 0..1 and a word (`high`, `medium`, `low`);
//! - `trigger`: the words that made the date a deadline (`expires`, `set for`).
//!
//! How: each sentence of each source is searched for dates (see `dates`) and
//! for trigger words (see `triggers`); a date told as the day something was
//! said or done is dropped, a date with no trigger in its sentence is
//! dropped, and the rest are resolved against the source's own date (its
//! `date` in briefing.toml, when a full day) or else the briefing's `as_of`.
//! Suggestions of the same moment from several sentences are merged, and
//! more sources make a suggestion rank higher.

pub mod dates;
pub mod sentences;
pub mod triggers;
pub mod write;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};
use serde::Serialize;

use super::model::{Anchor, Briefing, Deadline, Source, Time};
use super::text::line_of;
use dates::{Clock, Form, Precision, Which};
use triggers::{Strength, Trigger};

/// One candidate deadline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub label: String,
    #[serde(serialize_with = "rfc3339")]
    pub due: Time,
    /// The day the text names (the due moment may be the end of it).
    pub day: NaiveDate,
    pub precision: Precision,
    pub assumed: String,
    /// Strongest first; the first is where `label` comes from.
    pub anchors: Vec<Anchor>,
    pub confidence: f64,
    pub confidence_word: &'static str,
    pub trigger: String,
}

fn rfc3339<S: serde::Serializer>(t: &Time, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&t.to_rfc3339())
}

impl Suggestion {
    /// The suggestion as a curated deadline with the given id, as the
    /// countdown shows one.
    pub fn to_deadline(&self, id: &str) -> Deadline {
        Deadline {
            id: id.to_string(),
            label: self.label.clone(),
            due: self.due,
            assumed: Some(self.assumed.clone()),
            anchors: self.anchors.clone(),
        }
    }
}

/// Which zone a date with no zone of its own is put in.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// A named zone: its offset on the due day (so daylight time is right).
    /// Without one, the offset of the briefing's `as_of`, else UTC.
    pub zone: Option<chrono_tz::Tz>,
}

/// Every deadline the sources suggest, best first.
pub fn suggest(b: &Briefing) -> Vec<Suggestion> {
    suggest_with(b, &Options::default())
}

pub fn suggest_with(b: &Briefing, options: &Options) -> Vec<Suggestion> {
    let mut found = Vec::new();
    for source in &b.sources {
        found.extend(in_source(b, source, options));
    }
    merge(found)
}

/// The day a source speaks from, and how to name it in `assumed`.
struct Reference {
    day: NaiveDate,
    named: String,
    /// The source's own date, not the briefing's as_of.
    own: bool,
}

fn reference(b: &Briefing, source: &Source) -> Option<Reference> {
    if let Some(day) = source
        .date
        .as_deref()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        return Some(Reference {
            day,
            named: format!("the article's own date ({day})"),
            own: true,
        });
    }
    b.as_of.map(|t| Reference {
        day: t.date_naive(),
        named: format!(
            "the briefing's as_of ({}), since the article states no date",
            t.format("%Y-%m-%d %H:%M %:z")
        ),
        own: false,
    })
}

/// One date in one sentence that a trigger makes a deadline.
fn in_source(b: &Briefing, source: &Source, options: &Options) -> Vec<Suggestion> {
    let refer = reference(b, source);
    let mut out = Vec::new();
    for range in sentences::split(&source.text) {
        let sentence = &source.text[range.clone()];
        let mentions = dates::find(sentence);
        if mentions.is_empty() {
            continue;
        }
        let found_triggers = triggers::find(sentence);
        for m in &mentions {
            if m.range_end || triggers::is_report(sentence, &m.span) {
                continue;
            }
            if matches!(
                m.form,
                Form::Weekday {
                    which: Which::Last,
                    ..
                }
            ) {
                continue; // "last Thursday" is behind the article
            }
            let limit = triggers::limit_before(sentence, m.span.start);
            let Some((trigger, weight)) = best_trigger(&found_triggers, limit.as_ref(), m) else {
                continue;
            };
            let Some(resolved) = dates::resolve(&m.form, refer.as_ref().map(|r| r.day)) else {
                continue;
            };
            let clock = dates::clock_near(sentence, &m.span);
            let (due, zone_note) = moment(b, options, resolved.day, clock, resolved.end_of_day);
            let mut assumed = Vec::new();
            assumed.push(match (clock, resolved.end_of_day) {
                (Some(Clock::Midnight), _) => format!(
                    "\"midnight\" taken as the end of {}, {}",
                    resolved.day.format("%a %b %-d"),
                    zone_note
                ),
                (Some(Clock::At(t)), _) => format!(
                    "the hour {} is the text's; {}",
                    t.format("%H:%M"),
                    zone_note
                ),
                (None, true) => format!("the end of the day (23:59:59), {zone_note}"),
                (None, false) => {
                    format!("no hour is given: midnight at the start of the day, {zone_note}")
                }
            });
            if resolved.relative
                && let Some(r) = &refer
            {
                assumed.push(format!("{}, resolved against {}", resolved.how, r.named));
            }
            let mut confidence = base(&m.form) + weight;
            if resolved.relative && refer.as_ref().is_some_and(|r| !r.own) {
                confidence -= 0.1;
            }
            if matches!(m.form, Form::Day { year: Some(_), .. })
                || matches!(
                    m.form,
                    Form::Day {
                        weekday: Some(_),
                        ..
                    }
                )
            {
                confidence += 0.05;
            }
            if clock.is_some() {
                confidence += 0.05;
            }
            let confidence = (confidence.clamp(0.0, 1.0) * 100.0).round() / 100.0;
            let anchor = Anchor {
                source: source.id.clone(),
                span: range.clone(),
                line: line_of(&source.text, range.start),
                text: sentence.to_string(),
            };
            out.push(Suggestion {
                label: label(sentence, &m.span, &trigger),
                due,
                day: resolved.day,
                precision: resolved.precision,
                assumed: assumed.join("; ") + ".",
                anchors: vec![anchor],
                confidence,
                confidence_word: word(confidence),
                trigger: trigger.words.clone(),
            });
        }
    }
    out
}

/// How sure a date form alone is that it names one day.
fn base(form: &Form) -> f64 {
    match form {
        Form::Day { .. } => 0.45,
        Form::Weekday { .. } | Form::Relative(_) => 0.4,
        Form::EndOf(_) => 0.35,
        Form::Week(_) | Form::Month { .. } => 0.1,
    }
}

fn word(confidence: f64) -> &'static str {
    if confidence >= 0.75 {
        "high"
    } else if confidence >= 0.5 {
        "medium"
    } else {
        "low"
    }
}

/// The trigger that ties this date down: a limit word right before it, else
/// the strongest trigger of the sentence, nearer ones first; one in another
/// clause counts for less.
fn best_trigger(
    found: &[Trigger],
    limit: Option<&Trigger>,
    m: &dates::Mention,
) -> Option<(Trigger, f64)> {
    let mut best: Option<(Trigger, f64)> = limit.map(|t| (t.clone(), t.strength.weight()));
    for t in found {
        if t.span.start < m.span.end && m.span.start < t.span.end {
            // "the end of the month" is itself the date, not a trigger of it.
            if t.strength != Strength::Deadline || !matches!(m.form, Form::EndOf(_)) {
                continue;
            }
        }
        let distance = if t.span.end <= m.span.start {
            m.span.start - t.span.end
        } else {
            t.span.start.saturating_sub(m.span.end)
        };
        let mut weight = t.strength.weight();
        if distance > 80 {
            weight *= 0.6;
        }
        if best.as_ref().is_some_and(|(_, w)| *w >= weight) {
            continue;
        }
        best = Some((t.clone(), weight));
    }
    if let (Some(l), Some((t, w))) = (limit, &best) {
        // A limit word and a deadline word together: "by August 1 ... the deadline".
        if l.span.start != t.span.start {
            return Some((t.clone(), (w + 0.1).min(0.5)));
        }
    }
    best
}

/// The due moment of `day` in the zone in force, and how the zone was chosen.
fn moment(
    b: &Briefing,
    options: &Options,
    day: NaiveDate,
    clock: Option<Clock>,
    end_of_day: bool,
) -> (Time, String) {
    let naive: NaiveDateTime = match clock {
        Some(Clock::Midnight) => day.succ_opt().unwrap_or(day).and_time(NaiveTime::MIN),
        Some(Clock::At(t)) => day.and_time(t),
        None if end_of_day => day.and_hms_opt(23, 59, 59).expect("valid time"),
        None => day.and_time(NaiveTime::MIN),
    };
    if let Some(tz) = options.zone {
        // In a gap (clocks jump forward) the moment is taken just after it.
        let local = tz.from_local_datetime(&naive).earliest().or_else(|| {
            tz.from_local_datetime(&(naive + chrono::Duration::hours(1)))
                .earliest()
        });
        if let Some(t) = local {
            let fixed = t.fixed_offset();
            let note = format!(
                "in {} ({} on that day), as --zone says",
                tz.name(),
                fixed.offset()
            );
            return (fixed, note);
        }
    }
    match b.as_of {
        Some(as_of) => {
            let offset = as_of.offset().fix();
            let t = offset
                .from_local_datetime(&naive)
                .single()
                .expect("a fixed offset has one local time");
            (
                t,
                format!(
                    "in the zone of the briefing's as_of ({offset}), since the text names none; a zone with daylight time may differ (--zone)"
                ),
            )
        }
        None => {
            let utc = chrono::Utc.fix();
            let t = utc
                .from_local_datetime(&naive)
                .single()
                .expect("UTC has one local time");
            (
                t,
                "in UTC, since neither the text nor the briefing (no as_of) names a zone".into(),
            )
        }
    }
}

/// Words that may not open or end a label: it would read as cut short.
const DANGLING: &[&str] = &[
    "on",
    "by",
    "until",
    "for",
    "at",
    "in",
    "from",
    "to",
    "before",
    "of",
    "the",
    "a",
    "an",
    "and",
    "or",
    "as",
    "with",
    "that",
    "is",
    "are",
    "was",
    "were",
    "this",
    "its",
    "their",
    "through",
    "starting",
    "effective",
    "since",
];

/// Words after which a new clause starts: a label begins after the last one.
const CLAUSE_WORDS: &[&str] = &["that", "which", "when", "while", "whereas"];

/// A short phrase of the sentence's own words, as written: the words that
/// lead up to the date, back to the start of their clause; or, when the
/// trigger comes after the date ("set Nov. 1 as the deadline for ..."), the
/// words that follow it.
fn label(sentence: &str, date: &std::ops::Range<usize>, trigger: &Trigger) -> String {
    const MAX: usize = 12;
    const ENOUGH: usize = 4;
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let before: Vec<&str> = sentence[..date.start].split_whitespace().collect();
    // Back to the start of the clause: a comma ends it only once enough words are in.
    let mut start = before.len().saturating_sub(MAX);
    for i in (0..before.len()).rev() {
        let taken = before.len() - i - 1;
        let w = before[i];
        if CLAUSE_WORDS.contains(&bare(w).as_str()) && taken >= 3 {
            start = i + 1;
            break;
        }
        let ends_clause = w.ends_with([';', ':', '—'])
            || w == "—"
            || w == "–"
            || (w.ends_with(',') && taken >= ENOUGH);
        if ends_clause {
            start = i + 1;
            break;
        }
        if i <= before.len().saturating_sub(MAX) {
            break;
        }
    }
    let mut words: Vec<&str> = before[start.min(before.len())..].to_vec();
    let trim = |words: &mut Vec<&str>| {
        let article = |w: &str| matches!(bare(w).as_str(), "a" | "an" | "the");
        while words.first().is_some_and(|w| {
            (DANGLING.contains(&bare(w).as_str()) && !article(w)) || bare(w).is_empty()
        }) {
            words.remove(0);
        }
        while words
            .last()
            .is_some_and(|w| DANGLING.contains(&bare(w).as_str()) || bare(w).is_empty())
        {
            words.pop();
        }
    };
    trim(&mut words);
    if trigger.span.start >= date.end || words.len() < 3 {
        let rest = &sentence[date.end..];
        let stop = rest
            .find([';', ':', '—', '(', '“', '"'])
            .unwrap_or(rest.len());
        let mut after: Vec<&str> = rest[..stop].split_whitespace().take(MAX).collect();
        if let Some(i) = after.iter().position(|w| w.ends_with(','))
            && i + 1 >= 3
        {
            after.truncate(i + 1);
        }
        trim(&mut after);
        if after.len() >= 3 || words.is_empty() {
            words = after;
        }
    }
    let text = words.join(" ");
    let text = text.trim_end_matches([',', '.', ';', ':']).to_string();
    if text.is_empty() {
        sentence
            .split_whitespace()
            .take(MAX)
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text
    }
}

/// One suggestion per moment: the sentences that set it together, the
/// strongest first; more sources rank it higher.
fn merge(found: Vec<Suggestion>) -> Vec<Suggestion> {
    let mut groups: Vec<Suggestion> = Vec::new();
    for s in found {
        match groups
            .iter_mut()
            .find(|g| g.due == s.due && g.day == s.day && g.precision == s.precision)
        {
            Some(g) => {
                if s.confidence > g.confidence {
                    let mut anchors = s.anchors.clone();
                    anchors.append(&mut g.anchors);
                    *g = Suggestion { anchors, ..s };
                } else {
                    g.anchors.extend(s.anchors);
                }
            }
            None => groups.push(s),
        }
    }
    for g in &mut groups {
        // The same sentence found twice (two triggers) is one anchor.
        let mut seen = Vec::new();
        g.anchors.retain(|a| {
            let key = (a.source.clone(), a.span.start);
            if seen.contains(&key) {
                false
            } else {
                seen.push(key);
                true
            }
        });
    }
    let rank = |g: &Suggestion| {
        let mut sources: Vec<&str> = g.anchors.iter().map(|a| a.source.as_str()).collect();
        sources.sort_unstable();
        sources.dedup();
        g.confidence + 0.05 * (sources.len() as f64 - 1.0).min(4.0)
    };
    groups.sort_by(|a, b| {
        rank(b)
            .partial_cmp(&rank(a))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.due.cmp(&b.due))
    });
    groups
}

#[cfg(test)]
mod tests;
