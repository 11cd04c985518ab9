//! The built-in briefing: what the binary ships must hold up.

use brief::briefing::text::find_loose;
use brief::briefing::{Briefing, Side, load};

fn builtin() -> Briefing {
    load::builtin().unwrap_or_else(|errors| {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("the built-in briefing does not load:\n{}", list.join("\n"))
    })
}

#[test]
fn every_anchor_points_at_its_words_in_its_source() {
    let b = builtin();
    let anchors = b
        .deadlines
        .iter()
        .flat_map(|d| &d.anchors)
        .chain(b.issues.iter().flat_map(|i| &i.mentions))
        .chain(b.events.iter().flat_map(|e| &e.anchors));
    let mut n = 0;
    for a in anchors {
        let text = &b.source(&a.source).unwrap().text;
        let found = &text[a.span.clone()];
        assert_eq!(find_loose(found, &a.text), vec![0..found.len()], "{a:?}");
        n += 1;
    }
    assert!(n > 40, "only {n} anchors");
}

#[test]
fn the_deadlines_the_story_turns_on_are_there() {
    let b = builtin();
    let due = |day: &str| {
        b.deadlines
            .iter()
            .filter(|d| d.due.format("%Y-%m-%d").to_string() == day)
            .count()
    };
    assert!(due("2025-10-30") >= 1, "the Trump–Xi meeting");
    assert!(due("2025-10-31") >= 1, "APEC opens");
    assert!(due("2025-11-01") >= 1, "the 100% tariff threat");
    assert!(due("2025-11-10") >= 2, "the truce and TikTok");
    for d in &b.deadlines {
        assert!(!d.anchors.is_empty(), "{} has no anchor", d.id);
        assert!(
            d.assumed.is_some(),
            "{}: the sources give no hour, so one was assumed",
            d.id
        );
    }
}

#[test]
fn the_twelve_issues_are_there_with_sides() {
    let b = builtin();
    let side = |id: &str| {
        b.issues
            .iter()
            .find(|i| i.id == id)
            .unwrap_or_else(|| panic!("no issue {id}"))
            .side
    };
    for id in [
        "fentanyl",
        "rare-earths",
        "soybeans",
        "russia-ukraine",
        "level-playing-field",
    ] {
        assert_eq!(side(id), Side::Us, "{id}");
    }
    for id in ["tech-controls", "taiwan", "containment"] {
        assert_eq!(side(id), Side::China, "{id}");
    }
    for id in ["tiktok", "port-fees", "nuclear-arms", "jimmy-lai"] {
        assert_eq!(side(id), Side::Peripheral, "{id}");
    }
}

#[test]
fn issues_are_anchored_wherever_their_keywords_appear() {
    // A source that names an issue's keyword but has no mention of it means a
    // mention was missed; keywords are the curator's own list.
    let b = builtin();
    let mut missed = Vec::new();
    for issue in &b.issues {
        for source in &b.sources {
            let text = source.text.to_lowercase();
            let named = issue
                .keywords
                .iter()
                .any(|k| names_word(&text, &k.to_lowercase()));
            let anchored = issue.mentions.iter().any(|m| m.source == source.id);
            if named && !anchored {
                missed.push(format!(
                    "{} names {:?} but has no mention of it",
                    source.id, issue.id
                ));
            }
        }
    }
    assert!(missed.is_empty(), "{missed:#?}");
}

#[test]
fn metadata_is_only_what_the_text_supports() {
    let b = builtin();
    for s in &b.sources {
        if let Some(outlet) = &s.outlet {
            assert!(
                s.text.contains(outlet.as_str()),
                "{}: outlet {outlet:?} is not in the text",
                s.id
            );
        }
    }
    assert!(b.as_of.is_some() && b.as_of_note.is_some());
}

/// `word` occurs in `text` with no letter or digit right before or after it.
fn names_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, w)| {
        let before = text[..at].chars().next_back();
        let after = text[at + w.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}
