//! Time left before a deadline, in the words the views and the CLI use.

use super::model::{Deadline, Time};

/// Seconds from `now` until `due`; negative once it has passed.
pub fn seconds_remaining(due: &Time, now: &Time) -> i64 {
    due.signed_duration_since(*now).num_seconds()
}

/// `5d 14h 03m`, or `passed 387d ago`. Minutes are the finest unit a script
/// or a reader of plain output needs.
pub fn remaining(secs: i64) -> String {
    if secs < 0 {
        return passed(-secs);
    }
    let (d, h, m) = (secs / 86_400, secs % 86_400 / 3600, secs % 3600 / 60);
    format!("{d}d {h:02}h {m:02}m")
}

/// As `remaining`, with seconds, for a countdown that ticks.
pub fn remaining_precise(secs: i64) -> String {
    if secs < 0 {
        return passed(-secs);
    }
    format!("{} {:02}s", remaining(secs), secs % 60)
}

fn passed(ago: i64) -> String {
    let (d, h, m) = (ago / 86_400, ago % 86_400 / 3600, ago % 3600 / 60);
    if d > 0 {
        format!("passed {d}d ago")
    } else if h > 0 {
        format!("passed {h}h ago")
    } else {
        format!("passed {m}m ago")
    }
}

/// Index of the deadline that falls next after `now`, if any is still ahead.
pub fn next_due(deadlines: &[Deadline], now: &Time) -> Option<usize> {
    deadlines
        .iter()
        .enumerate()
        .filter(|(_, d)| d.due > *now)
        .min_by_key(|(_, d)| d.due)
        .map(|(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Time {
        chrono::DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn offsets_are_respected() {
        let now = t("2025-10-28T12:00:00-04:00");
        assert_eq!(
            remaining(seconds_remaining(&t("2025-11-01T00:00:00-04:00"), &now)),
            "3d 12h 00m"
        );
        // Nov 10 falls after US daylight time ends: one more hour in between.
        assert_eq!(
            remaining(seconds_remaining(&t("2025-11-10T00:00:00-05:00"), &now)),
            "12d 13h 00m"
        );
    }

    #[test]
    fn formats() {
        assert_eq!(remaining(5 * 86_400 + 14 * 3600 + 3 * 60 + 7), "5d 14h 03m");
        assert_eq!(
            remaining_precise(5 * 86_400 + 14 * 3600 + 3 * 60 + 7),
            "5d 14h 03m 07s"
        );
        assert_eq!(remaining(-387 * 86_400 - 5), "passed 387d ago");
        assert_eq!(remaining(-7200), "passed 2h ago");
        assert_eq!(remaining(-30), "passed 0m ago");
    }
}
