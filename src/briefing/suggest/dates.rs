//! Dates as articles write them, found in a sentence and resolved to a day.
//!
//! Forms: `Nov. 1`, `November 10`, `August 1st`, `Jan. 1, 2011`, `30 October`,
//! `22 November 2007`, `2025-11-01`, a weekday (`on Thursday`, `this
//! Wednesday`, `next Monday`, `last Thursday`), `today`, `tonight`,
//! `tomorrow`, `this week`, `next week`, `next month`, `in November`, `the end
//! of the month` (`of the week`, `of the year`, `of July`); and a time of day
//! beside them (`8 a.m.`, `noon`, `midnight`). A date without a year, and every
//! relative form, needs a reference day: the article's own date or the
//! briefing's `as_of`.

use std::ops::Range;
use std::sync::LazyLock;

use chrono::{Datelike, Days, Months, NaiveDate, NaiveTime, Weekday};
use regex::Regex;

/// A date written in a sentence, before it is resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    /// A day of a month, with the year when the text gives one.
    Day {
        month: u32,
        day: u32,
        year: Option<i32>,
        /// A weekday written beside it (`Friday, August 1`).
        weekday: Option<Weekday>,
    },
    Weekday {
        weekday: Weekday,
        which: Which,
    },
    /// `today` (0), `tomorrow` (1).
    Relative(i64),
    /// `this week` (0), `next week` (1).
    Week(i64),
    /// A month named alone (`in November`), or `next month`.
    Month {
        month: Option<u32>,
        offset: i64,
    },
    /// `the end of` a period: the last day of it.
    EndOf(Period),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    /// A bare weekday: the next one, counting the reference day itself.
    Plain,
    /// `this Wednesday`: the one in the reference day's week (Monday to Sunday).
    This,
    /// `next Monday`: the one in the week after the reference day's.
    Next,
    /// `last Thursday`: the latest one before the reference day.
    Last,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Week,
    Month,
    Year,
    Named(u32),
}

/// How precise a resolved date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Precision {
    Day,
    Week,
    Month,
}

/// A time of day written in the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    At(NaiveTime),
    /// `midnight`: the end of the day named.
    Midnight,
}

/// One date found in a sentence: byte range in the sentence, and its form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub span: Range<usize>,
    pub form: Form,
    /// `from Oct. 31 to Nov. 1`: this is the `to` end of a range.
    pub range_end: bool,
}

/// A mention resolved to a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub day: NaiveDate,
    pub precision: Precision,
    /// The due moment is the end of `day` (`the end of the month`).
    pub end_of_day: bool,
    /// True when the day depends on the reference (a relative form, or a year
    /// the text leaves out).
    pub relative: bool,
    /// How the day was found, for `assumed`.
    pub how: String,
}

const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.|Apr\.?|Jun\.|Jul\.|Aug\.?|Sept\.?|Sep\.|Oct\.?|Nov\.?|Dec\.?)";
const MONTH_FULL: &str =
    r"(January|February|March|April|May|June|July|August|September|October|November|December)";
const WEEKDAY: &str = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})\b").expect("valid"));
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b{MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}})\b)?"
    ))
    .expect("valid")
});
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_FULL}\b(?:,?\s+(\d{{4}})\b)?"
    ))
    .expect("valid")
});
static END_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:the\s+)?end\s+of\s+(?:the\s+)?(week|month|year|{MONTH_FULL})\b"
    ))
    .expect("valid")
});
static WEEK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:later\s+)?(this|next)\s+(week|month)\b(?:['’]s)?").expect("valid")
});
static WEEKDAY_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?:(?i:(this|next|last|coming))\s+)?{WEEKDAY}\b(?:\s+(?:morning|afternoon|evening|night))?"
    ))
    .expect("valid")
});
static RELATIVE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(today|tonight|tomorrow)\b").expect("valid"));
static MONTH_ALONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"\b(?i:in|by|from|until|before|starting|through|early|late|mid-?)\s+(?i:early\s+|late\s+|mid-?)?{MONTH_FULL}\b"
    ))
    .expect("valid")
});
static TIME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b\.?|(noon|midday|midnight))")
        .expect("valid")
});

fn month_number(name: &str) -> Option<u32> {
    let key: String = name
        .trim_end_matches('.')
        .chars()
        .take(3)
        .collect::<String>()
        .to_lowercase();
    let names = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    names.iter().position(|n| *n == key).map(|i| i as u32 + 1)
}

fn weekday_of(name: &str) -> Option<Weekday> {
    name.parse().ok()
}

/// Every date in `sentence`, in order, none overlapping another.
pub fn find(sentence: &str) -> Vec<Mention> {
    let mut found: Vec<Mention> = Vec::new();
    let take = |span: Range<usize>, form: Form, found: &mut Vec<Mention>| {
        if found
            .iter()
            .all(|m| m.span.end <= span.start || span.end <= m.span.start)
        {
            found.push(Mention {
                span,
                form,
                range_end: false,
            });
        }
    };
    for c in ISO.captures_iter(sentence) {
        let (y, m, d) = (num(&c, 1), num(&c, 2), num(&c, 3));
        if NaiveDate::from_ymd_opt(y as i32, m, d).is_some() {
            let form = Form::Day {
                month: m,
                day: d,
                year: Some(y as i32),
                weekday: None,
            };
            take(c.get(0).expect("whole match").range(), form, &mut found);
        }
    }
    for (re, month_at, day_at) in [(&*MONTH_DAY, 1, 2), (&*DAY_MONTH, 2, 1)] {
        for c in re.captures_iter(sentence) {
            let Some(month) = c.get(month_at).and_then(|m| month_number(m.as_str())) else {
                continue;
            };
            let day = num(&c, day_at);
            if !(1..=31).contains(&day) {
                continue;
            }
            let year = c.get(3).map(|y| y.as_str().parse::<i32>().unwrap_or(0));
            let whole = c.get(0).expect("whole match").range();
            // "May" is also a verb: a day must follow it directly, capitalised.
            let form = Form::Day {
                month,
                day,
                year,
                weekday: None,
            };
            take(whole, form, &mut found);
        }
    }
    for c in END_OF.captures_iter(sentence) {
        let what = c[1].to_lowercase();
        let period = match what.as_str() {
            "week" => Period::Week,
            "month" => Period::Month,
            "year" => Period::Year,
            name => match month_number(name) {
                Some(m) => Period::Named(m),
                None => continue,
            },
        };
        take(
            c.get(0).expect("whole").range(),
            Form::EndOf(period),
            &mut found,
        );
    }
    for c in WEEK.captures_iter(sentence) {
        let offset = i64::from(c[1].eq_ignore_ascii_case("next"));
        let form = if c[2].eq_ignore_ascii_case("week") {
            Form::Week(offset)
        } else {
            Form::Month {
                month: None,
                offset,
            }
        };
        take(c.get(0).expect("whole").range(), form, &mut found);
    }
    for c in WEEKDAY_RE.captures_iter(sentence) {
        let Some(weekday) = c.get(2).and_then(|w| weekday_of(w.as_str())) else {
            continue;
        };
        let which = match c.get(1).map(|m| m.as_str().to_lowercase()).as_deref() {
            Some("this") | Some("coming") => Which::This,
            Some("next") => Which::Next,
            Some("last") => Which::Last,
            _ => Which::Plain,
        };
        let span = c.get(0).expect("whole").range();
        // "Tuesday, September 11": the weekday confirms the date beside it.
        let rest = &sentence[span.end..];
        let gap = rest.len() - rest.trim_start_matches([',', ' ']).len();
        if let Some(day) = found.iter_mut().find(|m| m.span.start == span.end + gap)
            && let Form::Day { weekday: w, .. } = &mut day.form
        {
            *w = Some(weekday);
            day.span.start = span.start;
            continue;
        }
        take(span, Form::Weekday { weekday, which }, &mut found);
    }
    for c in RELATIVE.captures_iter(sentence) {
        let days = i64::from(c[1].eq_ignore_ascii_case("tomorrow"));
        take(
            c.get(0).expect("whole").range(),
            Form::Relative(days),
            &mut found,
        );
    }
    for c in MONTH_ALONE.captures_iter(sentence) {
        let whole = c.get(0).expect("whole").range();
        let rest = sentence[whole.end..].trim_start_matches([' ', ',']);
        if rest.starts_with(|ch: char| ch.is_ascii_digit()) {
            continue; // a day or year follows: another form's, or a year alone
        }
        let month = month_number(&c[1]);
        take(whole, Form::Month { month, offset: 0 }, &mut found);
    }
    found.sort_by_key(|m| m.span.start);
    // "from Oct. 31 to Nov. 1", "31 October to 1 November": the end of a range.
    for k in 1..found.len() {
        let between = &sentence[found[k - 1].span.end..found[k].span.start];
        let joined = matches!(between.trim(), "to" | "-" | "–" | "through" | "until");
        if joined
            && sentence[..found[k - 1].span.start]
                .trim_end()
                .ends_with("from")
        {
            found[k].range_end = true;
        }
    }
    found
}

fn num(c: &regex::Captures, i: usize) -> u32 {
    c.get(i).and_then(|m| m.as_str().parse().ok()).unwrap_or(0)
}

/// The time of day written nearest to `span` in `sentence`, within a few words.
pub fn clock_near(sentence: &str, span: &Range<usize>) -> Option<Clock> {
    let mut best: Option<(usize, Clock)> = None;
    for c in TIME.captures_iter(sentence) {
        let at = c.get(0).expect("whole").range();
        let distance = if at.end <= span.start {
            span.start - at.end
        } else {
            at.start.saturating_sub(span.end)
        };
        if distance > 24 {
            continue;
        }
        let clock = if let Some(word) = c.get(4) {
            match word.as_str().to_lowercase().as_str() {
                "midnight" => Clock::Midnight,
                _ => Clock::At(NaiveTime::from_hms_opt(12, 0, 0).expect("noon")),
            }
        } else {
            let h = num(&c, 1);
            let m = num(&c, 2);
            let pm = c[3].eq_ignore_ascii_case("p");
            let h24 = match (h, pm) {
                (12, false) => 0,
                (12, true) => 12,
                (h, true) => h + 12,
                (h, false) => h,
            };
            match NaiveTime::from_hms_opt(h24, m, 0) {
                Some(t) if (1..=12).contains(&h) => Clock::At(t),
                _ => continue,
            }
        };
        if best.as_ref().is_none_or(|(d, _)| distance < *d) {
            best = Some((distance, clock));
        }
    }
    best.map(|(_, c)| c)
}

/// Resolves a mention against `reference` (the day the article speaks from),
/// if it needs one. `None` when the form needs a reference and there is none,
/// or the date does not exist.
pub fn resolve(form: &Form, reference: Option<NaiveDate>) -> Option<Resolved> {
    let fmt = |d: NaiveDate| d.format("%a %b %-d, %Y").to_string();
    let r = |day, precision, relative, how: String| Resolved {
        day,
        precision,
        end_of_day: false,
        relative,
        how,
    };
    match *form {
        Form::Day {
            month,
            day,
            year: Some(y),
            ..
        } => NaiveDate::from_ymd_opt(y, month, day).map(|d| {
            r(
                d,
                Precision::Day,
                false,
                "the text gives the full date".into(),
            )
        }),
        Form::Day {
            month,
            day,
            year: None,
            weekday,
        } => {
            let reference = reference?;
            let candidates: Vec<NaiveDate> = (-1..=1)
                .filter_map(|dy| NaiveDate::from_ymd_opt(reference.year() + dy, month, day))
                .collect();
            // A weekday beside the date settles the year when one candidate has it.
            let agreeing: Vec<NaiveDate> = candidates
                .iter()
                .copied()
                .filter(|d| weekday.is_some_and(|w| d.weekday() == w))
                .collect();
            let pool = if agreeing.len() == 1 {
                agreeing
            } else {
                candidates
            };
            let best = pool.into_iter().min_by_key(|d| {
                let gap = (*d - reference).num_days();
                // Nearest to the reference; a tie goes to the later one.
                (gap.abs(), gap < 0)
            })?;
            let how = if weekday.is_some_and(|w| best.weekday() == w) {
                format!(
                    "the year {} from {} (the weekday written beside it agrees)",
                    best.year(),
                    fmt(reference)
                )
            } else {
                format!(
                    "the year {}, the nearest to {}, since the text gives none",
                    best.year(),
                    fmt(reference)
                )
            };
            Some(r(best, Precision::Day, true, how))
        }
        Form::Weekday { weekday, which } => {
            let reference = reference?;
            let monday =
                reference - Days::new(u64::from(reference.weekday().num_days_from_monday()));
            let in_week =
                |start: NaiveDate| start + Days::new(u64::from(weekday.num_days_from_monday()));
            let (day, rule) = match which {
                Which::Plain => {
                    let ahead = (7 + weekday.num_days_from_monday()
                        - reference.weekday().num_days_from_monday())
                        % 7;
                    (
                        reference + Days::new(u64::from(ahead)),
                        "the first such day on or after",
                    )
                }
                Which::This => (
                    in_week(monday),
                    "the one in the same week (Monday to Sunday) as",
                ),
                Which::Next => (
                    in_week(monday + Days::new(7)),
                    "the one in the week (Monday to Sunday) after that of",
                ),
                Which::Last => {
                    let back = (7 + reference.weekday().num_days_from_monday()
                        - weekday.num_days_from_monday()
                        + 6)
                        % 7
                        + 1;
                    (
                        reference - Days::new(u64::from(back)),
                        "the latest such day before",
                    )
                }
            };
            Some(r(
                day,
                Precision::Day,
                true,
                format!("{} as {rule} {}", fmt(day), fmt(reference)),
            ))
        }
        Form::Relative(days) => {
            let reference = reference?;
            let day = reference + Days::new(days as u64);
            Some(r(
                day,
                Precision::Day,
                true,
                format!("{} as {} days after {}", fmt(day), days, fmt(reference)),
            ))
        }
        Form::Week(offset) => {
            let reference = reference?;
            let monday = reference
                - Days::new(u64::from(reference.weekday().num_days_from_monday()))
                + Days::new(7 * offset as u64);
            // No day is given: the week's Monday, or the reference day when that has passed.
            let day = monday.max(reference);
            Some(r(
                day,
                Precision::Week,
                true,
                format!(
                    "no day is given, only the week of Monday {} (weeks from Monday, counted from {}); {} taken",
                    fmt(monday),
                    fmt(reference),
                    fmt(day)
                ),
            ))
        }
        Form::Month { month, offset } => {
            let reference = reference?;
            let first = reference.with_day(1)?;
            let day = match month {
                None => first.checked_add_months(Months::new(offset as u32))?,
                Some(m) => {
                    let this_year = NaiveDate::from_ymd_opt(reference.year(), m, 1)?;
                    // A month alone looks ahead: November in late December is next year's.
                    if this_year < first {
                        NaiveDate::from_ymd_opt(reference.year() + 1, m, 1)?
                    } else {
                        this_year
                    }
                }
            };
            Some(r(
                day,
                Precision::Month,
                true,
                format!(
                    "no day is given, only the month: its first day, {}, counted from {}",
                    fmt(day),
                    fmt(reference)
                ),
            ))
        }
        Form::EndOf(period) => {
            let reference = reference?;
            let day = match period {
                Period::Week => {
                    reference + Days::new(u64::from(6 - reference.weekday().num_days_from_monday()))
                }
                Period::Month => last_of_month(reference.year(), reference.month())?,
                Period::Year => NaiveDate::from_ymd_opt(reference.year(), 12, 31)?,
                Period::Named(m) => {
                    let y = if m < reference.month() {
                        reference.year() + 1
                    } else {
                        reference.year()
                    };
                    last_of_month(y, m)?
                }
            };
            let mut out = r(
                day,
                Precision::Day,
                true,
                format!(
                    "the end of the period as the end of {}, counted from {}",
                    fmt(day),
                    fmt(reference)
                ),
            );
            out.end_of_day = true;
            Some(out)
        }
    }
}

fn last_of_month(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)?
        .checked_add_months(Months::new(1))?
        .pred_opt()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    /// The day each date in `sentence` resolves to, from `reference`.
    fn days(sentence: &str, reference: &str) -> Vec<String> {
        find(sentence)
            .iter()
            .filter_map(|m| resolve(&m.form, Some(d(reference))))
            .map(|r| r.day.to_string())
            .collect()
    }

    #[test]
    fn month_day_forms_with_and_without_a_year() {
        let r = "2025-10-26";
        assert_eq!(days("set Nov. 1 as the deadline", r), ["2025-11-01"]);
        assert_eq!(days("looms on November 10 for a truce", r), ["2025-11-10"]);
        assert_eq!(
            days("by Friday, August 1, the rates", "2025-07-08"),
            ["2025-08-01"]
        );
        assert_eq!(
            days("takes effect August 1st", "2025-07-08"),
            ["2025-08-01"]
        );
        assert_eq!(days("goes into effect on Jan. 1, 2011.", r), ["2011-01-01"]);
        assert_eq!(days("on Sept. 10 they left", "2018-09-12"), ["2018-09-10"]);
    }

    #[test]
    fn day_month_and_iso_forms() {
        let r = "2025-10-26";
        assert_eq!(days("in South Korea on 30 October.", r), ["2025-10-30"]);
        assert_eq!(days("22 November 2007 15:40", r), ["2007-11-22"]);
        assert_eq!(days("due 2025-11-01 at noon", r), ["2025-11-01"]);
        assert_eq!(days("on the 3rd of March", r), ["2026-03-03"]);
    }

    #[test]
    fn a_range_marks_its_end() {
        let found = find("in Gyeongju from 31 October to 1 November.");
        assert_eq!(found.len(), 2);
        assert!(!found[0].range_end && found[1].range_end);
        let found = find("from Oct. 31 to Nov. 1.");
        assert!(found[1].range_end);
    }

    #[test]
    fn may_the_verb_is_no_date() {
        assert!(find("officials May agree; they may meet.").is_empty());
        assert!(find("in May 2019 they met").is_empty());
        assert_eq!(days("talks resume in May", "2025-03-02"), ["2025-05-01"]);
    }

    #[test]
    fn weekdays_plain_this_next_last() {
        // Sunday Oct 26, 2025.
        let r = "2025-10-26";
        assert_eq!(
            days("a summit in South Korea on Thursday", r),
            ["2025-10-30"]
        );
        assert_eq!(days("the vote Tuesday", "2017-07-25"), ["2017-07-25"]);
        assert_eq!(
            days("set to expire this Wednesday", "2025-07-08"),
            ["2025-07-09"]
        );
        assert_eq!(days("next Monday", "2025-07-08"), ["2025-07-14"]);
        assert_eq!(days("told reporters last Thursday", r), ["2025-10-23"]);
        assert_eq!(days("last Sunday", r), ["2025-10-19"]);
        assert_eq!(days("on Thursday morning local time", r), ["2025-10-30"]);
        assert!(find("meetings on Thursdays").is_empty());
    }

    #[test]
    fn weekday_beside_a_date_settles_the_year() {
        // Tuesday, September 11 is 2018's, not 2017's or 2019's.
        let found = find("effective Tuesday, September 11 at 8 a.m.");
        assert_eq!(found.len(), 1);
        let got = resolve(&found[0].form, Some(d("2018-03-01"))).unwrap();
        assert_eq!(got.day, d("2018-09-11"));
        assert!(got.how.contains("weekday"), "{}", got.how);
    }

    #[test]
    fn relative_words_weeks_months_and_ends() {
        let r = "2025-10-26"; // a Sunday
        assert_eq!(days("later today", r), ["2025-10-26"]);
        assert_eq!(days("expires tomorrow", r), ["2025-10-27"]);
        assert_eq!(days("meet next week", r), ["2025-10-27"]);
        assert_eq!(days("meet next week", "2025-10-23"), ["2025-10-27"]);
        assert_eq!(days("meet this week", "2025-10-23"), ["2025-10-23"]);
        assert_eq!(days("at this week’s meeting", "2025-10-21"), ["2025-10-21"]);
        assert_eq!(days("starting in November", r), ["2025-11-01"]);
        assert_eq!(days("by the end of the month", r), ["2025-10-31"]);
        assert_eq!(
            days("through the end of the July.", "2025-07-08"),
            ["2025-07-31"]
        );
        assert_eq!(days("by the end of the week", r), ["2025-10-26"]);
        assert_eq!(days("before the end of the year", r), ["2025-12-31"]);
        assert_eq!(days("decide next month", r), ["2025-11-01"]);
    }

    #[test]
    fn across_a_month_end() {
        // Friday Oct 31, 2025.
        let r = "2025-10-31";
        assert_eq!(days("on Monday", r), ["2025-11-03"]);
        assert_eq!(days("tomorrow", r), ["2025-11-01"]);
        assert_eq!(days("next week", r), ["2025-11-03"]);
        assert_eq!(
            days("by the end of the month", "2025-02-03"),
            ["2025-02-28"]
        );
        assert_eq!(
            days("by the end of the month", "2024-02-03"),
            ["2024-02-29"]
        );
    }

    #[test]
    fn across_a_year_end() {
        // Tuesday Dec 30, 2025.
        let r = "2025-12-30";
        assert_eq!(days("on Friday", r), ["2026-01-02"]);
        assert_eq!(days("expires Jan. 5", r), ["2026-01-05"]);
        assert_eq!(days("expired Dec. 20", r), ["2025-12-20"]);
        assert_eq!(days("next month", r), ["2026-01-01"]);
        assert_eq!(days("in January", r), ["2026-01-01"]);
        assert_eq!(days("next week", r), ["2026-01-05"]);
        assert_eq!(days("last Friday", "2026-01-02"), ["2025-12-26"]);
        assert_eq!(days("by the end of March", r), ["2026-03-31"]);
    }

    #[test]
    fn a_date_without_a_year_needs_a_reference() {
        let found = find("expires Nov. 10");
        assert!(resolve(&found[0].form, None).is_none());
        let found = find("expires Nov. 10, 2025");
        assert_eq!(resolve(&found[0].form, None).unwrap().day, d("2025-11-10"));
        assert!(resolve(&find("on Thursday")[0].form, None).is_none());
    }

    #[test]
    fn times_of_day_beside_a_date() {
        let s = "effective 8 a.m. on Tuesday";
        let m = &find(s)[0];
        assert_eq!(
            clock_near(s, &m.span),
            Some(Clock::At(NaiveTime::from_hms_opt(8, 0, 0).unwrap()))
        );
        let s = "by noon on Tuesday";
        assert_eq!(
            clock_near(s, &find(s)[0].span),
            Some(Clock::At(NaiveTime::from_hms_opt(12, 0, 0).unwrap()))
        );
        let s = "set to expire at midnight Friday";
        assert_eq!(clock_near(s, &find(s)[0].span), Some(Clock::Midnight));
        let s = "expired at 10pm local time on Monday";
        assert_eq!(
            clock_near(s, &find(s)[0].span),
            Some(Clock::At(NaiveTime::from_hms_opt(22, 0, 0).unwrap()))
        );
        let s = "on Monday, far away from what happened at 4:05 a.m. in another clause entirely";
        assert_eq!(clock_near(s, &find(s)[0].span), None);
    }
}
