//! The curated events and the deadlines on one time axis. An event's date is
//! only as precise as the sources (a year, a month, a day); it is placed at
//! the start of that period and told passed, current or coming by the whole
//! period, so "2025-10" is not "passed" on Oct 28.

use chrono::{Datelike, NaiveDate};

use super::model::{Anchor, Briefing, Time};

/// Where an item of the timeline comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// Index into `briefing.events`.
    Event(usize),
    /// Index into `briefing.deadlines`.
    Deadline(usize),
}

/// Where an item stands against the moment in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Passed,
    /// The moment falls inside the item's period (a month, a year).
    Current,
    Coming,
}

impl When {
    pub fn label(self) -> &'static str {
        match self {
            When::Passed => "passed",
            When::Current => "current",
            When::Coming => "coming",
        }
    }
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub item: Item,
    /// As precise as the data: `2020`, `2025-05`, `2025-10-30 09:00 +09:00`.
    pub date: String,
    pub label: String,
    /// The first day of the period, for ordering.
    pub start: NaiveDate,
    /// The first day after it (a deadline: its own day plus one).
    pub end: NaiveDate,
    /// For a deadline, its exact moment.
    pub due: Option<Time>,
}

impl Entry {
    pub fn when(&self, now: &Time) -> When {
        if let Some(due) = self.due {
            return if due <= *now {
                When::Passed
            } else {
                When::Coming
            };
        }
        let today = now.date_naive();
        if today >= self.end {
            When::Passed
        } else if today < self.start {
            When::Coming
        } else {
            When::Current
        }
    }

    pub fn anchors<'a>(&self, b: &'a Briefing) -> &'a [Anchor] {
        match self.item {
            Item::Event(i) => &b.events[i].anchors,
            Item::Deadline(i) => &b.deadlines[i].anchors,
        }
    }
}

/// `(first day, first day after)` of a `YYYY`, `YYYY-MM` or `YYYY-MM-DD`
/// date; `None` for anything else (loading rejects those).
pub fn period(date: &str) -> Option<(NaiveDate, NaiveDate)> {
    let parts: Vec<i32> = date
        .split('-')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [y] => Some((
            NaiveDate::from_ymd_opt(*y, 1, 1)?,
            NaiveDate::from_ymd_opt(y + 1, 1, 1)?,
        )),
        [y, m] => {
            let start = NaiveDate::from_ymd_opt(*y, *m as u32, 1)?;
            let end = if *m == 12 {
                NaiveDate::from_ymd_opt(y + 1, 1, 1)?
            } else {
                NaiveDate::from_ymd_opt(*y, *m as u32 + 1, 1)?
            };
            Some((start, end))
        }
        [y, m, d] => {
            let start = NaiveDate::from_ymd_opt(*y, *m as u32, *d as u32)?;
            Some((start, start.succ_opt()?))
        }
        _ => None,
    }
}

/// Events and deadlines in time order; at equal starts, the coarser period
/// first (a year before a month in it), then the data's order.
pub fn entries(b: &Briefing) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for (i, e) in b.events.iter().enumerate() {
        if let Some((start, end)) = period(&e.date) {
            out.push(Entry {
                item: Item::Event(i),
                date: e.date.clone(),
                label: e.label.clone(),
                start,
                end,
                due: None,
            });
        }
    }
    for (i, d) in b.deadlines.iter().enumerate() {
        let start = d.due.date_naive();
        out.push(Entry {
            item: Item::Deadline(i),
            date: d.due.format("%Y-%m-%d %H:%M %:z").to_string(),
            label: d.label.clone(),
            start,
            end: start.succ_opt().unwrap_or(start),
            due: Some(d.due),
        });
    }
    out.sort_by_key(|e| {
        let span = (e.end - e.start).num_days();
        (e.start, -span, e.due, e.start.year())
    });
    out
}

/// Where the "now" line goes on the axis: after every entry that began
/// (or, for a deadline, fell) by `now`.
pub fn now_index(entries: &[Entry], now: &Time) -> usize {
    let begun = |e: &Entry| match e.due {
        Some(due) => due <= *now,
        None => e.start <= now.date_naive(),
    };
    entries.iter().take_while(|e| begun(e)).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load;

    fn at(s: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn periods_are_as_wide_as_the_date_is_precise() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(period("2020"), Some((d(2020, 1, 1), d(2021, 1, 1))));
        assert_eq!(period("2025-12"), Some((d(2025, 12, 1), d(2026, 1, 1))));
        assert_eq!(
            period("2025-10-30"),
            Some((d(2025, 10, 30), d(2025, 10, 31)))
        );
        assert_eq!(period("2025-13"), None);
    }

    #[test]
    fn a_month_is_current_all_month_and_a_deadline_passes_at_its_moment() {
        let b = load::builtin().unwrap();
        let items = entries(&b);
        let now = at("2025-10-28T12:00:00-04:00");
        let october = items.iter().find(|e| e.date == "2025-10").unwrap();
        assert_eq!(october.when(&now), When::Current);
        let geneva = items.iter().find(|e| e.label.contains("Geneva")).unwrap();
        assert_eq!(geneva.when(&now), When::Passed);
        let tariffs = items
            .iter()
            .find(|e| {
                e.item
                    == Item::Deadline(
                        b.deadlines
                            .iter()
                            .position(|d| d.id == "tariffs-100")
                            .unwrap(),
                    )
            })
            .unwrap();
        assert_eq!(tariffs.when(&now), When::Coming);
        assert_eq!(tariffs.when(&at("2025-11-02T00:00:00-05:00")), When::Passed);
    }

    #[test]
    fn entries_run_in_time_order_with_now_between_passed_and_coming() {
        let b = load::builtin().unwrap();
        let items = entries(&b);
        assert!(items.windows(2).all(|w| w[0].start <= w[1].start));
        assert_eq!(items.len(), b.events.len() + b.deadlines.len());
        let now = at("2025-10-28T12:00:00-04:00");
        let i = now_index(&items, &now);
        assert!(items[..i].iter().all(|e| e.when(&now) != When::Coming));
        assert!(items[i..].iter().all(|e| e.when(&now) == When::Coming));
        let phase_one = items
            .iter()
            .position(|e| e.label.contains("Phase One"))
            .unwrap();
        assert!(phase_one < i);
    }
}
