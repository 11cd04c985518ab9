//! The words that make a date a deadline: a date in a sentence counts only
//! where a trigger says something is due, expires, takes effect or is
//! scheduled then; a date told as the day something was said or done
//! (`confirmed on Thursday`, `said Oct. 23`) is a report, not a deadline.

use std::ops::Range;
use std::sync::LazyLock;

use regex::Regex;

/// How strongly a trigger phrase makes its date a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// `by`, `until`, `before`, `ahead of` right before the date.
    Weak,
    /// Something is planned for the day: `scheduled`, `meeting`, `summit`, `vote`.
    Schedule,
    /// The day ends or starts something: `deadline`, `expires`, `takes effect`, `due`.
    Deadline,
}

impl Strength {
    pub fn weight(self) -> f64 {
        match self {
            Strength::Weak => 0.2,
            Strength::Schedule => 0.3,
            Strength::Deadline => 0.4,
        }
    }
}

/// A trigger found in a sentence: byte range and the words as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub span: Range<usize>,
    pub words: String,
    pub strength: Strength,
}

const DEADLINE: &str = r"deadlines?|expir(?:e|es|ed|ing|ation|y)|lapses?|(?:take|takes|took|taking) effect|(?:go|goes|went|going) into (?:effect|force)|(?:come|comes|coming) into force|effective|due|cut-?off|ultimatum|ends?|closes?|runs? out";
const SCHEDULE: &str = r"scheduled|set (?:for|to|as)|slated|planned for|anticipated for|expected to (?:take place|meet|begin|start|open|vote|decide)|(?:will|to) (?:meet|vote|decide|begin|start|open|close|take place|attend|hold|reverse|impose|face|be (?:held|imposed|reimposed|signed|extended))|meet(?:s|ing|ings)?|summit|conference|vote|votes|talks|hearing|election|launch|opens?|begins?|starts?|starting|culminate|take place|reimposed";

static DEADLINE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{DEADLINE})\b")).expect("valid"));
static SCHEDULE_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?i)\b(?:{SCHEDULE})\b")).expect("valid"));
/// Words that tie the date right after them to a limit.
static WEAK_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:by|until|till|before|through|no later than|ahead of|effective)(?:\s+(?:the|on|at|noon|midnight|midday|\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\.?))*\s*$")
        .expect("valid")
});
/// Verbs that make a date the day something was said or done.
static REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:said|says|told|confirmed|announced|reported|tweeted|wrote|posted|stated|stressed|added|spoke|expressed|arrived|met|began|commenced|launched|concluded|signed|issued|declared|unveiled|released|imposed|returned|convened|published|noted|warned|sent|established|agreed|affirmed|held|received|occurred|happened|left|died|killed|elected|won|lost|extended|announcing|saying|since|ago|earlier|last)\b")
        .expect("valid")
});

static FUTURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:will|would|shall|scheduled|slated|expected|set|planned|due|[a-z]+['’]ll)$")
        .expect("valid")
});

/// Every trigger in `sentence`, in order.
pub fn find(sentence: &str) -> Vec<Trigger> {
    let mut out = Vec::new();
    for (re, strength) in [
        (&*DEADLINE_RE, Strength::Deadline),
        (&*SCHEDULE_RE, Strength::Schedule),
    ] {
        for m in re.find_iter(sentence) {
            if out
                .iter()
                .any(|t: &Trigger| t.span.start < m.end() && m.start() < t.span.end)
            {
                continue;
            }
            out.push(Trigger {
                span: m.range(),
                words: m.as_str().to_string(),
                strength,
            });
        }
    }
    out.sort_by_key(|t| t.span.start);
    out
}

/// `by`, `until`, `before` ... directly before the date at `at`.
pub fn limit_before(sentence: &str, at: usize) -> Option<Trigger> {
    let before = &sentence[..at];
    WEAK_BEFORE.find(before).map(|m| Trigger {
        span: m.range(),
        words: m.as_str().trim().to_string(),
        strength: Strength::Weak,
    })
}

/// True when the date at `span` is the day something was said or done: a
/// reporting or past verb within the few words before it, or right after a
/// date that opens its clause (`On June 10, the court issued`).
pub fn is_report(sentence: &str, span: &Range<usize>) -> bool {
    let before = &sentence[..span.start];
    let clause_start = before
        .char_indices()
        .rfind(|(_, c)| matches!(c, ',' | ';' | '—' | '(' | '“' | '"'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let window: Vec<&str> = before[clause_start..].split_whitespace().collect();
    // The nearest verb decides: "said that Trump will meet Xi on Oct. 30" is a plan.
    for word in window.iter().rev().take(10) {
        if FUTURE.is_match(word) {
            return false;
        }
        if REPORT.is_match(word) {
            return true;
        }
    }
    let opens_clause = window
        .iter()
        .all(|w| w.eq_ignore_ascii_case("on") || w.eq_ignore_ascii_case("in"));
    if opens_clause {
        let after = &sentence[span.end..];
        let after = after.trim_start_matches([',', ' ']);
        for word in after.split_whitespace().take(5) {
            if FUTURE.is_match(word) {
                return false;
            }
            if REPORT.is_match(word) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(String, Strength)> {
        find(s).into_iter().map(|t| (t.words, t.strength)).collect()
    }

    #[test]
    fn deadline_phrases() {
        for (s, w) in [
            ("Trump has also set Nov. 1 as the deadline", "deadline"),
            ("the truce expires Nov. 10", "expires"),
            ("nears its expiration on Nov. 10", "expiration"),
            ("the tariffs take effect Friday", "take effect"),
            (
                "new legislation goes into effect on Jan. 1",
                "goes into effect",
            ),
            ("a tariff effective November 1", "effective"),
            ("the report is due Monday", "due"),
            ("the funding lapses at midnight", "lapses"),
        ] {
            assert_eq!(words(s), [(w.to_string(), Strength::Deadline)], "{s}");
        }
    }

    #[test]
    fn schedule_phrases() {
        for (s, w) in [
            ("a meeting scheduled for Oct. 30", "scheduled"),
            (
                "the high-stakes meeting, currently anticipated for October 30",
                "meeting",
            ),
            ("Trump is slated to meet Lee", "slated"),
            ("they will meet Thursday", "will meet"),
            ("a stop for the summit on Sunday", "summit"),
            ("ahead of the vote Tuesday", "vote"),
        ] {
            let found = words(s);
            assert!(
                found
                    .iter()
                    .any(|(x, st)| x == w && *st == Strength::Schedule),
                "{s}: {found:?}"
            );
        }
    }

    #[test]
    fn a_limit_word_counts_only_right_before_the_date() {
        let s = "if they fail to reach a trade deal by August 1";
        assert_eq!(
            limit_before(s, s.find("August").unwrap()).unwrap().words,
            "by"
        );
        let s = "mandatory evacuations by noon on Tuesday";
        assert!(limit_before(s, s.find("Tuesday").unwrap()).is_some());
        let s = "extended through the end of July";
        assert!(limit_before(s, s.find("the end").unwrap()).is_some());
        let s = "by 24 hours to talk on Monday";
        assert!(limit_before(s, s.find("Monday").unwrap()).is_none());
    }

    #[test]
    fn reported_days_are_not_deadlines() {
        let report = |s: &str, date: &str| {
            let at = s.find(date).unwrap();
            is_report(s, &(at..at + date.len()))
        };
        assert!(report(
            "Leavitt confirmed the meeting on Thursday.",
            "Thursday"
        ));
        assert!(report("Trump said on Oct. 23 about his meeting", "Oct. 23"));
        assert!(report("an official said Oct. 21 that Taipei", "Oct. 21"));
        assert!(report("On June 10, the court issued a stay", "June 10"));
        assert!(report("told reporters last Thursday that", "Thursday"));
        assert!(!report("Trump will meet Xi on Oct. 30 in Busan", "Oct. 30"));
        assert!(!report(
            "the truce nears its expiration on Nov. 10",
            "Nov. 10"
        ));
        assert!(!report(
            "On Thursday morning local time, Trump will participate",
            "Thursday"
        ));
    }
}
