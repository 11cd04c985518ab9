//! The analyst's views through the real keymap and update: timeline,
//! coverage, people, pins and time travel, as a user would drive them.

use std::sync::OnceLock;

use brief::briefing::clock::seconds_remaining;
use brief::briefing::{Briefing, Time, load};
use brief::tui::app::{Action, App, Effect, Focus, Front, Stepping, View};
use brief::tui::keymap::action_for;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn builtin() -> Briefing {
    static B: OnceLock<Briefing> = OnceLock::new();
    B.get_or_init(|| load::builtin().unwrap()).clone()
}

fn at(s: &str) -> Time {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn app_at(now: &str) -> App {
    let mut app = App::new(builtin(), at(now), true);
    app.update(Action::Resize(120, 40));
    app
}

fn app() -> App {
    app_at("2025-10-28T12:00:00-04:00")
}

/// Types `keys` as a user would, one character a key (`\n` is Enter).
fn type_keys(app: &mut App, keys: &str) {
    for c in keys.chars() {
        let code = match c {
            '\n' => KeyCode::Enter,
            '\x1b' => KeyCode::Esc,
            c => KeyCode::Char(c),
        };
        let modifiers = if c.is_ascii_uppercase() || "<>{}".contains(c) {
            KeyModifiers::SHIFT
        } else {
            KeyModifiers::NONE
        };
        let event = Event::Key(KeyEvent::new(code, modifiers));
        if let Some(action) = action_for(app, &event) {
            app.update(action);
        }
    }
}

#[test]
fn digits_switch_views_and_each_keeps_its_place() {
    let mut app = app();
    type_keys(&mut app, "jj");
    assert_eq!(app.issue, 2);
    type_keys(&mut app, "2");
    assert_eq!((app.view, app.front()), (View::Timeline, Front::Timeline));
    let on_timeline = app.timeline_list.selected;
    type_keys(&mut app, "k4j");
    assert_eq!(app.people_list.selected, 1);
    type_keys(&mut app, "2");
    assert_eq!(app.timeline_list.selected, on_timeline - 1);
    type_keys(&mut app, "1");
    assert_eq!((app.view, app.issue), (View::Briefing, 2));
    let alt_right = Event::Key(KeyEvent::new(KeyCode::Right, KeyModifiers::ALT));
    app.update(action_for(&app, &alt_right).unwrap());
    assert_eq!(app.view, View::Timeline);
}

#[test]
fn the_timeline_holds_phase_one_geneva_and_the_truce_expiry_and_opens_anchors() {
    let mut app = app();
    let labels: Vec<&str> = app.timeline.iter().map(|e| e.label.as_str()).collect();
    for wanted in ["Phase One", "Geneva", "truce expires"] {
        assert!(
            labels.iter().any(|l| l.contains(wanted)),
            "{wanted} in {labels:?}"
        );
    }
    type_keys(&mut app, "2");
    // It opens on the first item still to come: the Trump–Xi meeting.
    let entry = app.timeline[app.timeline_list.selected].clone();
    assert!(entry.label.contains("Trump–Xi meeting"), "{}", entry.label);
    type_keys(&mut app, "\n");
    assert_eq!((app.view, app.focus), (View::Briefing, Focus::Reader));
    let anchors = entry.anchors(&app.briefing).to_vec();
    let mark = app.mark.clone().unwrap();
    assert_eq!(app.briefing.sources[mark.source].id, anchors[0].source);
    assert_eq!(mark.span, anchors[0].span);
    type_keys(&mut app, "n");
    let expect = 1 % anchors.len();
    assert!(matches!(app.stepping, Some(Stepping::Anchors { index, .. }) if index == expect));
    assert_eq!(app.mark.unwrap().span, anchors[expect].span);
}

#[test]
fn coverage_counts_are_the_issues_mentions_per_source() {
    let out = assert_cmd::Command::cargo_bin("brief")
        .unwrap()
        .args(["issues", "--json"])
        .output()
        .unwrap();
    let issues: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let app = app();
    for (i, issue) in issues.as_array().unwrap().iter().enumerate() {
        for (s, source) in app.briefing.sources.iter().enumerate() {
            let in_json = issue["mentions"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|m| m["source"] == source.id.as_str())
                .count();
            assert_eq!(
                app.coverage.counts[i][s], in_json,
                "{} in {}",
                issue["id"], source.id
            );
        }
    }
    let single: Vec<&str> = (0..app.briefing.issues.len())
        .filter(|&i| app.coverage.sources_of(i) == 1)
        .map(|i| app.briefing.issues[i].id.as_str())
        .collect();
    assert!(!single.is_empty() && single.len() < app.briefing.issues.len());
}

#[test]
fn enter_on_a_coverage_cell_opens_that_issue_in_that_source() {
    let mut app = app();
    type_keys(&mut app, "3j");
    // Move right until the cell has mentions.
    for _ in 0..app.briefing.sources.len() {
        if app.coverage.counts[app.cov_row][app.cov_col] > 0 {
            break;
        }
        type_keys(&mut app, "l");
    }
    let (row, col) = (app.cov_row, app.cov_col);
    assert!(app.coverage.counts[row][col] > 0);
    type_keys(&mut app, "\n");
    assert_eq!(app.view, View::Briefing);
    assert_eq!(app.mark.clone().unwrap().source, col);
    assert!(matches!(app.stepping, Some(Stepping::Mentions { issue, .. }) if issue == row));
}

#[test]
fn people_list_wang_wentaos_quotes_and_walk_them_in_the_reader() {
    let mut app = app();
    type_keys(&mut app, "4");
    let wang = app
        .people
        .iter()
        .position(|p| p.name == "Wang Wentao")
        .expect("Wang Wentao is quoted");
    for _ in 0..wang {
        type_keys(&mut app, "j");
    }
    let quotes = app.person().unwrap().quotes.clone();
    assert!(quotes.len() >= 2);
    assert!(
        quotes
            .iter()
            .all(|&q| app.briefing.quotes[q].speaker.as_deref() == Some("Wang Wentao"))
    );
    type_keys(&mut app, "\n");
    assert_eq!(app.front(), Front::PersonQuotes);
    type_keys(&mut app, "\n");
    assert_eq!(
        app.mark.clone().unwrap().span,
        app.briefing.quotes[quotes[0]].span
    );
    type_keys(&mut app, "n");
    assert_eq!(
        app.mark.clone().unwrap().span,
        app.briefing.quotes[quotes[1]].span
    );
}

#[test]
fn pins_collect_quotes_copy_as_citations_and_unpin() {
    let mut app = app();
    // Three quotes, from the search, each shown in the reader and pinned.
    for n in 0..3 {
        type_keys(&mut app, "/");
        for _ in 0..n {
            app.update(Action::Down);
        }
        type_keys(&mut app, "\n");
        type_keys(&mut app, "p");
        assert_eq!(app.effects.pop(), Some(Effect::SavePins));
    }
    assert_eq!(app.pins.len(), 3);
    type_keys(&mut app, "p");
    assert_eq!(app.pins.len(), 3, "the same quote is pinned once");
    assert_eq!(app.notice.as_deref(), Some("already pinned"));
    let quote = app.briefing.quotes[app.search.hits[0].quote].clone();
    assert_eq!(app.pins[0].text, quote.text);
    assert_eq!(app.pins[0].speaker, quote.speaker);

    type_keys(&mut app, "5y");
    let Some(Effect::Copy(citation)) = app.effects.pop() else {
        panic!("y copies");
    };
    assert!(
        citation.starts_with(&format!("> “{}”", quote.text.trim())),
        "{citation}"
    );
    type_keys(&mut app, "jd");
    assert_eq!(app.pins.len(), 2);
    assert_eq!(app.effects.pop(), Some(Effect::SavePins));
}

#[test]
fn time_travel_moves_the_clock_and_dot_returns() {
    let mut app = app();
    let tariffs = app
        .briefing
        .deadlines
        .iter()
        .find(|d| d.id == "tariffs-100")
        .unwrap()
        .due;
    assert!(seconds_remaining(&tariffs, &app.now) > 0);
    type_keys(&mut app, ">>>>>");
    assert_eq!(app.now, at("2025-11-02T12:00:00-04:00"));
    assert!(seconds_remaining(&tariffs, &app.now) < 0, "passed by Nov 2");
    type_keys(&mut app, "}");
    assert_eq!(app.now, at("2025-11-02T13:00:00-04:00"));
    type_keys(&mut app, ".");
    assert_eq!(app.now, at("2025-10-28T12:00:00-04:00"));
    assert!(app.shift.is_zero());
    // A frozen clock stays frozen while travelling: ticks change nothing.
    type_keys(&mut app, "<");
    app.update(Action::Tick(at("2030-01-01T00:00:00Z")));
    assert_eq!(app.now, at("2025-10-27T12:00:00-04:00"));
}

#[test]
fn a_day_of_travel_across_the_dst_change_is_24_hours_and_crosses_the_deadline() {
    // US Eastern leaves daylight time at 2:00 on Nov 2, 2025.
    let mut app = app_at("2025-10-31T23:30:00-04:00");
    let truce = app
        .briefing
        .deadlines
        .iter()
        .find(|d| d.id == "truce-expiry")
        .unwrap()
        .due;
    let before = seconds_remaining(&truce, &app.now);
    type_keys(&mut app, ">>");
    assert_eq!(seconds_remaining(&truce, &app.now), before - 2 * 86_400);
    assert_eq!(
        app.now.timestamp(),
        at("2025-11-02T22:30:00-05:00").timestamp()
    );
    let entry = app
        .timeline
        .iter()
        .find(|e| e.label.contains("100% tariffs on China"))
        .unwrap();
    assert_eq!(entry.when(&app.now).label(), "passed");
}

#[test]
fn a_live_clock_keeps_its_shift_as_it_ticks() {
    let mut app = App::new(builtin(), at("2025-10-28T12:00:00-04:00"), false);
    app.update(Action::Resize(120, 40));
    type_keys(&mut app, ">");
    app.update(Action::Tick(at("2025-10-28T12:00:05-04:00")));
    assert_eq!(app.now, at("2025-10-29T12:00:05-04:00"));
}

#[test]
fn i_tells_the_article_and_who_said_the_quotes_in_view_and_why() {
    let mut app = app();
    type_keys(&mut app, "/");
    let hit = app.search.hits[0].quote;
    type_keys(&mut app, "\ni");
    assert_eq!(app.overlay, brief::tui::app::Overlay::Info);
    let quotes = app.quotes_in_view();
    assert_eq!(
        quotes.first(),
        Some(&hit),
        "the quote jumped to comes first"
    );
    let q = &app.briefing.quotes[hit];
    assert!(q.speaker.is_some() && q.speaker_basis.is_some());
    type_keys(&mut app, "\x1b");
    assert_eq!(app.overlay, brief::tui::app::Overlay::None);
}

#[test]
fn an_uncurated_folder_counts_down_to_deadlines_suggested_from_its_text() {
    let mut b = builtin();
    b.curated = false;
    b.deadlines.clear();
    b.issues.clear();
    b.events.clear();
    let mut app = App::new(b, at("2025-10-28T12:00:00-04:00"), true);
    app.update(Action::Resize(120, 40));
    assert!(app.suggested);
    let days: Vec<String> = app
        .briefing
        .deadlines
        .iter()
        .map(|d| d.due.format("%Y-%m-%d").to_string())
        .collect();
    for day in ["2025-10-30", "2025-11-01", "2025-11-10"] {
        assert!(days.iter().any(|d| d == day), "{day} in {days:?}");
    }
    let screen = brief::export::screen::text(&brief::export::screen::render(
        &mut app.clone(),
        &brief::tui::view::theme::Theme::mono(),
        (120, 40),
        vec![],
    ));
    assert!(
        screen.contains("suggested from the text, not curated"),
        "{screen}"
    );
    // Enter on a suggestion opens the sentence it was found in.
    app.focus = Focus::Countdown;
    type_keys(&mut app, "\n");
    let d = &app.briefing.deadlines[app.deadline];
    let mark = app.mark.clone().unwrap();
    assert_eq!(app.briefing.sources[mark.source].id, d.anchors[0].source);
    assert_eq!(mark.span, d.anchors[0].span);
}

#[test]
fn tab_in_the_search_finds_the_rare_earth_passages_in_the_articles() {
    let mut app = app();
    type_keys(&mut app, "/rare earth");
    let quotes_found = app.search.total;
    let tab = Event::Key(KeyEvent::new(KeyCode::Tab, KeyModifiers::NONE));
    app.update(action_for(&app, &tab).unwrap());
    assert_eq!(app.search.scope, brief::tui::app::SearchScope::Text);
    assert!(
        app.search.text_total > quotes_found,
        "the articles say more than the quotes"
    );
    let passages = app.search.passages.clone().unwrap();
    // The best sentences hold both words, whole.
    for hit in app.search.text_hits.iter().take(5) {
        let p = &passages[hit.passage];
        let sentence = app.briefing.sources[p.source].text[p.span.clone()].to_lowercase();
        assert!(sentence.contains("rare earth"), "{sentence}");
    }
    let first = passages[app.search.text_hits[0].passage].clone();
    type_keys(&mut app, "\n");
    assert_eq!((app.view, app.focus), (View::Briefing, Focus::Reader));
    let mark = app.mark.clone().unwrap();
    assert_eq!((mark.source, mark.span), (first.source, first.span));
}
