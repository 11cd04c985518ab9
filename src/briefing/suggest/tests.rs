use super::*;
use crate::briefing::load::{self, Files};
use crate::briefing::text::find_loose;

fn t(s: &str) -> Time {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

/// A briefing of one source with `text`, the source dated `date` and the
/// briefing's as_of `as_of` when given.
fn briefing(text: &str, date: Option<&str>, as_of: Option<&str>) -> Briefing {
    let mut toml = String::new();
    if let Some(a) = as_of {
        toml.push_str(&format!("as_of = \"{a}\"\n"));
    }
    toml.push_str("[[source]]\nfile = \"a.txt\"\n");
    if let Some(d) = date {
        toml.push_str(&format!("date = \"{d}\"\n"));
    }
    load::load(Files {
        warnings: Vec::new(),
        root: "t".into(),
        toml: Some(toml.into_bytes()),
        sources: vec![("a.txt".into(), text.as_bytes().to_vec())],
    })
    .unwrap()
}

#[test]
fn the_built_in_briefing_suggests_its_three_key_deadlines_in_the_first_five() {
    let b = load::builtin().unwrap();
    let found = suggest(&b);
    let top: Vec<String> = found.iter().take(5).map(|s| s.day.to_string()).collect();
    for day in ["2025-10-30", "2025-11-01", "2025-11-10"] {
        assert!(top.iter().any(|d| d == day), "{day} not in {top:?}");
    }
    // Each is set by sentences the curated deadlines anchor too.
    let curated = |id: &str| b.deadlines.iter().find(|d| d.id == id).unwrap();
    for (day, id) in [
        ("2025-10-30", "trump-xi-meeting"),
        ("2025-11-01", "tariffs-100"),
        ("2025-11-10", "truce-expiry"),
    ] {
        let s = found.iter().find(|s| s.day.to_string() == day).unwrap();
        let shared = s.anchors.iter().filter(|a| {
            curated(id).anchors.iter().any(|c| {
                c.source == a.source && a.span.start <= c.span.start && c.span.end <= a.span.end
            })
        });
        assert!(shared.count() >= 2, "{day}: {:#?}", s.anchors);
    }
}

#[test]
fn every_anchor_passes_the_check_anchor_test_and_every_label_is_the_texts_words() {
    let b = load::builtin().unwrap();
    for s in suggest(&b) {
        for a in &s.anchors {
            let source = b.source(&a.source).unwrap();
            let at = find_loose(&source.text, &a.text);
            assert!(at.contains(&a.span), "{a:?}");
            assert_eq!(
                a.line,
                crate::briefing::text::line_of(&source.text, a.span.start)
            );
        }
        assert!(
            !find_loose(&s.anchors[0].text, &s.label).is_empty(),
            "label {:?} is not in {:?}",
            s.label,
            s.anchors[0].text
        );
    }
}

#[test]
fn the_articles_own_date_comes_before_as_of() {
    let text = "The truce is set to expire on Friday.";
    let b = briefing(text, Some("2018-03-21"), Some("2025-10-26T20:00:00+08:00"));
    let s = &suggest(&b)[0];
    assert_eq!(s.day.to_string(), "2018-03-23");
    assert!(
        s.assumed.contains("the article's own date (2018-03-21)"),
        "{}",
        s.assumed
    );
    // Without the article's date, as_of is the reference, and that is said.
    let b = briefing(text, None, Some("2025-10-26T20:00:00+08:00"));
    let s = &suggest(&b)[0];
    assert_eq!(s.day.to_string(), "2025-10-31");
    assert_eq!(s.due, t("2025-10-31T00:00:00+08:00"));
    assert!(s.assumed.contains("the briefing's as_of"), "{}", s.assumed);
    assert!(
        s.assumed.contains("midnight at the start of the day"),
        "{}",
        s.assumed
    );
}

#[test]
fn no_reference_leaves_only_dates_with_a_year_in_utc() {
    let text = "The law takes effect on Jan. 1, 2011. The deadline is Friday.";
    let b = briefing(text, None, None);
    let found = suggest(&b);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].due, t("2011-01-01T00:00:00+00:00"));
    assert!(found[0].assumed.contains("in UTC"), "{}", found[0].assumed);
}

#[test]
fn a_day_said_or_done_is_no_deadline() {
    let text = "Leavitt confirmed the meeting on Thursday. Trump said on Oct. 23 that talks go on. \
                He told reporters last Thursday that nothing changed.";
    let b = briefing(text, Some("2025-10-26"), None);
    assert!(suggest(&b).is_empty(), "{:#?}", suggest(&b));
}

#[test]
fn a_time_of_day_in_the_text_is_kept_and_midnight_ends_the_day() {
    let b = briefing(
        "Evacuations are mandatory, effective 8 a.m. on Tuesday. \
         The resolution is set to expire at midnight Friday.",
        Some("2018-09-10"),
        Some("2018-09-10T18:00:00-04:00"),
    );
    let found = suggest(&b);
    let tuesday = found
        .iter()
        .find(|s| s.day.to_string() == "2018-09-11")
        .unwrap();
    assert_eq!(tuesday.due, t("2018-09-11T08:00:00-04:00"));
    assert!(tuesday.assumed.contains("the hour 08:00 is the text's"));
    let friday = found
        .iter()
        .find(|s| s.day.to_string() == "2018-09-14")
        .unwrap();
    assert_eq!(friday.due, t("2018-09-15T00:00:00-04:00"));
    assert!(
        friday
            .assumed
            .contains("\"midnight\" taken as the end of Fri Sep 14")
    );
}

#[test]
fn relative_dates_across_the_us_dst_change_take_the_zones_offset_on_the_day() {
    // Friday Oct 31, 2025; US Eastern leaves daylight time at 2:00 on Sunday Nov 2.
    let text = "The vote is scheduled for Monday. The talks are due to end on Saturday.";
    let b = briefing(text, None, Some("2025-10-31T12:00:00-04:00"));
    let zone = Options {
        zone: Some(chrono_tz::America::New_York),
    };
    let found = suggest_with(&b, &zone);
    let monday = found
        .iter()
        .find(|s| s.day.to_string() == "2025-11-03")
        .unwrap();
    assert_eq!(monday.due, t("2025-11-03T00:00:00-05:00"));
    assert!(
        monday
            .assumed
            .contains("America/New_York (-05:00 on that day)"),
        "{}",
        monday.assumed
    );
    let saturday = found
        .iter()
        .find(|s| s.day.to_string() == "2025-11-01")
        .unwrap();
    assert_eq!(saturday.due, t("2025-11-01T00:00:00-04:00"));
    // Saturday midnight to Monday midnight is 49 hours: the clocks went back one.
    assert_eq!((monday.due - saturday.due).num_hours(), 49);
    // Without a zone the as_of offset is kept, and `assumed` warns of daylight time.
    let plain = suggest(&b);
    let monday = plain
        .iter()
        .find(|s| s.day.to_string() == "2025-11-03")
        .unwrap();
    assert_eq!(monday.due, t("2025-11-03T00:00:00-04:00"));
    assert!(monday.assumed.contains("daylight time may differ"));
}

#[test]
fn the_same_moment_from_several_sources_is_one_suggestion_ranked_higher() {
    let toml = "as_of = \"2025-10-26T20:00:00+08:00\"\n";
    let b = load::load(Files {
        warnings: Vec::new(),
        root: "t".into(),
        toml: Some(toml.as_bytes().to_vec()),
        sources: vec![
            ("a.txt".into(), b"The truce expires on Nov. 10.".to_vec()),
            (
                "b.txt".into(),
                b"A deadline looms on November 10 for the truce.".to_vec(),
            ),
            ("c.txt".into(), b"The fee takes effect Nov. 3.".to_vec()),
        ],
    })
    .unwrap();
    let found = suggest(&b);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].day.to_string(), "2025-11-10");
    assert_eq!(found[0].anchors.len(), 2);
}

#[test]
fn a_suggestion_becomes_a_deadline_the_countdown_can_show() {
    let b = load::builtin().unwrap();
    let s = &suggest(&b)[0];
    let d = s.to_deadline("x");
    assert_eq!(
        (d.id.as_str(), d.due, d.anchors.len()),
        ("x", s.due, s.anchors.len())
    );
    assert_eq!(d.assumed.as_deref(), Some(s.assumed.as_str()));
}
