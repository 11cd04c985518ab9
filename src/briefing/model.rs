//! The briefing as the rest of the program sees it: validated, resolved, read-only.

use std::ops::Range;

use chrono::{DateTime, FixedOffset};

/// Every moment in a briefing keeps the offset it was written with, so the
/// UI can show a deadline exactly as the data states it.
pub type Time = DateTime<FixedOffset>;

#[derive(Debug, Clone)]
pub struct Briefing {
    pub title: String,
    pub as_of: Option<Time>,
    /// How `as_of` was derived from the sources.
    pub as_of_note: Option<String>,
    pub sources: Vec<Source>,
    pub deadlines: Vec<Deadline>,
    pub issues: Vec<Issue>,
    pub events: Vec<Event>,
    /// Every quote extracted from the sources, in source order.
    pub quotes: Vec<Quote>,
    /// False when the folder had no `briefing.toml`: panes that need curation say so.
    pub curated: bool,
    /// What loading skipped and a user may want to know (`brief check`
    /// prints them): links that lead nowhere, directories named `*.txt`.
    pub warnings: Vec<super::load::LoadError>,
}

#[derive(Debug, Clone)]
pub struct Source {
    pub id: String,
    /// File name inside `sources/`.
    pub file: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    /// Only what the text supports, kept as written in the data (e.g. `2025-10-26`).
    pub date: Option<String>,
    /// The web address the text was taken from, when it came from the web.
    pub url: Option<String>,
    /// Where the metadata came from, as `briefing.toml` says.
    pub note: Option<String>,
    /// Article text after sanitising: no control characters, `\n` line ends.
    pub text: String,
}

impl Source {
    /// A source known by its text alone: no metadata, file `{id}.txt`.
    pub fn untitled(id: &str, text: &str) -> Source {
        Source {
            id: id.to_string(),
            file: format!("{id}.txt"),
            title: None,
            outlet: None,
            date: None,
            url: None,
            note: None,
            text: text.to_string(),
        }
    }
}

/// A verbatim excerpt of a source: where a curated fact was said. Its JSON
/// (`source`, `line`, `text`) is what `--json` prints for every anchor.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Anchor {
    pub source: String,
    /// Byte range of the excerpt in the source's text.
    #[serde(skip)]
    pub span: Range<usize>,
    /// 1-based line of the excerpt's start.
    pub line: usize,
    /// The excerpt as the data gives it.
    pub text: String,
}

#[derive(Debug, Clone)]
pub struct Deadline {
    pub id: String,
    pub label: String,
    pub due: Time,
    /// Which hour or zone was assumed where the sources give only a date.
    pub assumed: Option<String>,
    pub anchors: Vec<Anchor>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    /// What Washington asks of Beijing.
    Us,
    /// What Beijing asks of Washington.
    China,
    Peripheral,
}

impl Side {
    pub fn label(self) -> &'static str {
        match self {
            Side::Us => "US asks",
            Side::China => "China asks",
            Side::Peripheral => "peripheral",
        }
    }
}

/// Its JSON is what `brief issues --json` prints for each issue.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Issue {
    pub id: String,
    pub title: String,
    pub side: Side,
    pub summary: String,
    pub keywords: Vec<String>,
    /// Every place the sources mention the issue, in source order.
    pub mentions: Vec<Anchor>,
}

#[derive(Debug, Clone)]
pub struct Event {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the sources are.
    pub date: String,
    pub label: String,
    pub anchors: Vec<Anchor>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    /// Why `speaker` was chosen; `None` when there is no speaker.
    pub speaker_basis: Option<SpeakerBasis>,
    pub source: String,
    /// 1-based line where the quote opens.
    pub line: usize,
    /// Byte range in the source text, from the opening mark to the closing one.
    pub span: Range<usize>,
}

/// What in the text ties a quote to its speaker, so a reader can judge the
/// attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerBasis {
    /// A speech verb with its subject: `X said`, `said X`, `X told`.
    SaidVerb,
    /// `he`/`she` with a speech verb, resolved to a person named before.
    Pronoun,
    /// A description (`the judge said`) resolved to the person it names.
    Role,
    /// A quotation standing alone, continuing the previous speaker.
    Continuation,
    /// `according to X`.
    AccordingTo,
    /// A clause introducing the quotation with a colon: `X, on Twitter: "..."`.
    Colon,
    /// Set by `briefing.toml`.
    Correction,
}

impl SpeakerBasis {
    pub fn label(self) -> &'static str {
        match self {
            SpeakerBasis::SaidVerb => "said-verb",
            SpeakerBasis::Pronoun => "pronoun",
            SpeakerBasis::Role => "role",
            SpeakerBasis::Continuation => "continuation",
            SpeakerBasis::AccordingTo => "according-to",
            SpeakerBasis::Colon => "colon",
            SpeakerBasis::Correction => "correction",
        }
    }

    /// What that means, for a reader judging the attribution.
    pub fn explain(self) -> &'static str {
        match self {
            SpeakerBasis::SaidVerb => "a speech verb with its subject (X said, said X)",
            SpeakerBasis::Pronoun => "he or she with a speech verb, a person named before",
            SpeakerBasis::Role => "a description (the minister said) that names a person",
            SpeakerBasis::Continuation => "standing alone, it continues the last speaker",
            SpeakerBasis::AccordingTo => "according to X",
            SpeakerBasis::Colon => "a clause leading into it with a colon",
            SpeakerBasis::Correction => "set by briefing.toml",
        }
    }
}

impl Issue {
    /// How many distinct sources mention the issue.
    pub fn source_count(&self) -> usize {
        let mut ids: Vec<&str> = self.mentions.iter().map(|m| m.source.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    }
}

/// A part of the briefing that only curation fills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curated {
    Deadlines,
    Issues,
}

impl Briefing {
    /// A briefing with nothing in it yet, named `title`: what the explorer
    /// shows while a folder loads.
    pub fn empty(title: &str) -> Briefing {
        Briefing {
            title: title.to_string(),
            as_of: None,
            as_of_note: None,
            sources: Vec::new(),
            deadlines: Vec::new(),
            issues: Vec::new(),
            events: Vec::new(),
            quotes: Vec::new(),
            curated: true,
            warnings: Vec::new(),
        }
    }

    /// What to say where `part` has nothing to show: that nothing is curated
    /// yet, or that the curated briefing has none.
    pub fn nothing_in(&self, part: Curated) -> String {
        let name = match part {
            Curated::Deadlines => "deadlines",
            Curated::Issues => "issues",
        };
        if self.curated {
            format!("No {name} in this briefing.")
        } else {
            format!("Nothing curated yet: no briefing.toml, so no {name}.")
        }
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn source_index(&self, id: &str) -> Option<usize> {
        self.sources.iter().position(|s| s.id == id)
    }
}
