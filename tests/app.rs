//! The explorer's state, driven by actions and by keys, on a small made-up
//! briefing so each assertion is about behaviour, not about the curated data.

use brief::briefing::{Anchor, Briefing, Deadline, Issue, Quote, Side, Source, Time};
use brief::tui::app::{Action, App, Focus, Mark, Overlay, Stepping, View};
use brief::tui::keymap::action_for;
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

fn t(s: &str) -> Time {
    chrono::DateTime::parse_from_rfc3339(s).unwrap()
}

fn now() -> Time {
    t("2025-10-28T12:00:00-04:00")
}

/// A long article: forty paragraphs, the word "magnets" in the 30th.
fn long_text() -> String {
    (1..=40)
        .map(|i| {
            if i == 30 {
                "Paragraph 30 says rare earth magnets are scarce.".to_string()
            } else {
                format!("Paragraph {i} is filler text about trade and tariffs.")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn anchor(sources: &[Source], source: &str, text: &str) -> Anchor {
    let s = sources.iter().find(|s| s.id == source).unwrap();
    let start = s.text.find(text).unwrap();
    Anchor {
        source: source.into(),
        span: start..start + text.len(),
        line: s.text[..start].matches('\n').count() + 1,
        text: text.into(),
    }
}

fn quote(sources: &[Source], source: &str, text: &str, speaker: Option<&str>) -> Quote {
    let a = anchor(sources, source, text);
    Quote {
        text: text.trim_matches('“').trim_matches('”').into(),
        speaker: speaker.map(Into::into),
        speaker_basis: None,
        source: source.into(),
        line: a.line,
        span: a.span,
    }
}

fn briefing() -> Briefing {
    let sources = vec![
        Source {
            id: "long".into(),
            file: "long.txt".into(),
            title: Some("A long article".into()),
            outlet: None,
            date: None,
            url: None,
            note: None,
            text: long_text(),
        },
        Source {
            id: "short".into(),
            file: "short.txt".into(),
            title: None,
            outlet: Some("Wire".into()),
            date: Some("2025-10-26".into()),
            url: None,
            note: None,
            text: "Trump said, “Soybeans matter.”\nXi said rare earth exports stay controlled.\n“We will see,” Leavitt said.".into(),
        },
    ];
    let issues = vec![
        Issue {
            id: "soy".into(),
            title: "Soybeans".into(),
            side: Side::Us,
            summary: "Farm purchases.".into(),
            keywords: vec![],
            mentions: vec![anchor(&sources, "short", "Soybeans matter")],
        },
        Issue {
            id: "rare".into(),
            title: "Rare earths".into(),
            side: Side::Us,
            summary: "Export controls on rare earths.".into(),
            keywords: vec![],
            mentions: vec![
                anchor(&sources, "long", "rare earth magnets"),
                anchor(&sources, "short", "rare earth exports"),
            ],
        },
    ];
    let deadlines = vec![
        Deadline {
            id: "old".into(),
            label: "Long gone".into(),
            due: t("2024-10-06T00:00:00-04:00"),
            assumed: None,
            anchors: vec![],
        },
        Deadline {
            id: "truce".into(),
            label: "Truce expires".into(),
            due: t("2025-11-10T00:00:00-05:00"),
            assumed: Some("midnight US Eastern assumed".into()),
            anchors: vec![anchor(&sources, "short", "rare earth exports")],
        },
    ];
    let quotes = vec![
        quote(
            &sources,
            "short",
            "“Soybeans matter.”",
            Some("Donald Trump"),
        ),
        quote(
            &sources,
            "short",
            "“We will see,”",
            Some("Karoline Leavitt"),
        ),
    ];
    Briefing {
        title: "Test briefing".into(),
        as_of: None,
        as_of_note: None,
        sources,
        deadlines,
        issues,
        events: vec![],
        quotes,
        curated: true,
        warnings: vec![],
    }
}

fn app() -> App {
    let mut app = App::new(briefing(), now(), true);
    app.update(Action::Resize(80, 24));
    app
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn press(app: &mut App, code: KeyCode) {
    if let Some(a) = action_for(app, &key(code)) {
        app.update(a);
    }
}

fn visible(app: &App, span_start: usize) -> bool {
    let rows = app.reader_rows().to_vec();
    let row = rows
        .iter()
        .rposition(|r| !r.is_empty() && r.start <= span_start)
        .unwrap();
    let height = app.panes().unwrap().reader_text.height as usize;
    row >= app.scroll && row < app.scroll + height
}

#[test]
fn starts_on_the_issues_with_the_next_deadline_selected() {
    let app = app();
    assert_eq!(app.focus, Focus::Issues);
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.deadline, 1, "the passed deadline is not the next one");
    assert_eq!(app.search.hits.len(), 2, "an empty query lists every quote");
}

#[test]
fn tab_cycles_focus_both_ways() {
    let mut app = app();
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Reader);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Focus::Countdown);
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Focus::Reader);
}

#[test]
fn moving_in_the_issue_list_stays_in_bounds() {
    let mut app = app();
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.issue, 1);
    app.update(Action::Top);
    assert_eq!(app.issue, 0);
    app.update(Action::Bottom);
    assert_eq!(app.issue, 1);
    app.update(Action::Up);
    app.update(Action::Up);
    assert_eq!(app.issue, 0);
}

#[test]
fn the_reader_scrolls_and_stops_at_the_end() {
    let mut app = app();
    app.update(Action::FocusNext);
    app.update(Action::Down);
    assert_eq!(app.scroll, 1);
    app.update(Action::PageDown);
    assert!(app.scroll > 5);
    app.update(Action::Bottom);
    let end = app.scroll;
    let height = app.panes().unwrap().reader_text.height as usize;
    assert_eq!(
        end + height,
        app.reader_rows().len(),
        "the last page is full"
    );
    app.update(Action::Down);
    assert_eq!(app.scroll, end);
    app.update(Action::Top);
    assert_eq!(app.scroll, 0);
}

#[test]
fn switching_articles_wraps_and_resets_the_scroll() {
    let mut app = app();
    app.update(Action::FocusNext);
    app.update(Action::PageDown);
    app.update(Action::NextArticle);
    assert_eq!((app.article, app.scroll), (1, 0));
    app.update(Action::NextArticle);
    assert_eq!(app.article, 0);
    app.update(Action::PrevArticle);
    assert_eq!(app.article, 1);
    app.update(Action::Article(0));
    assert_eq!(app.article, 0);
    app.update(Action::Article(7));
    assert_eq!(app.article, 0, "no 8th article: nothing changes");
}

#[test]
fn enter_on_an_issue_shows_its_first_mention_in_view() {
    let mut app = app();
    app.update(Action::Down);
    app.update(Action::Open);
    let first = &app.briefing.issues[1].mentions[0];
    assert_eq!(app.article, 0);
    assert_eq!(
        app.mark,
        Some(Mark {
            source: 0,
            span: first.span.clone()
        })
    );
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 1, index: 0 })
    );
    assert!(app.scroll > 0, "paragraph 30 is below the first page");
    assert!(visible(&app, first.span.start));
    assert_eq!(app.focus, Focus::Issues, "j/k still browse issues");
}

#[test]
fn n_and_shift_n_step_through_mentions_across_articles() {
    let mut app = app();
    app.update(Action::Down);
    app.update(Action::Open);
    app.update(Action::NextMatch);
    assert_eq!(app.article, 1);
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 1, index: 1 })
    );
    let second = app.briefing.issues[1].mentions[1].span.clone();
    assert_eq!(app.mark.as_ref().unwrap().span, second);
    app.update(Action::NextMatch);
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 1, index: 0 }),
        "wraps"
    );
    assert_eq!(app.article, 0);
    app.update(Action::PrevMatch);
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 1, index: 1 })
    );
}

#[test]
fn n_without_a_walk_starts_on_the_selected_issue() {
    let mut app = app();
    app.update(Action::NextMatch);
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 0, index: 0 })
    );
    assert_eq!(app.article, 1);
}

#[test]
fn search_filters_on_every_keystroke() {
    let mut app = app();
    app.update(Action::OpenSearch);
    assert_eq!(app.overlay, Overlay::Search);
    for c in "soy".chars() {
        app.update(Action::SearchInput(c));
    }
    assert_eq!(app.search.query, "soy");
    assert_eq!(app.search.hits.len(), 1);
    assert_eq!(app.search.hits[0].quote, 0);
    app.update(Action::SearchInput('x'));
    assert!(app.search.hits.is_empty());
    for _ in 0..4 {
        app.update(Action::SearchBackspace);
    }
    assert_eq!(app.search.query, "");
    assert_eq!(app.search.hits.len(), 2);
}

#[test]
fn search_selection_moves_and_stays_in_bounds() {
    let mut app = app();
    app.update(Action::OpenSearch);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.search.selected, 1);
    assert_eq!(app.issue, 0, "the list under the overlay does not move");
    app.update(Action::Up);
    assert_eq!(app.search.selected, 0);
}

#[test]
fn enter_in_search_shows_the_quote_and_n_steps_results() {
    let mut app = app();
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.focus, Focus::Reader);
    assert_eq!(app.article, 1);
    let q = &app.briefing.quotes[1];
    assert_eq!(app.mark.as_ref().unwrap().span, q.span);
    assert!(visible(&app, q.span.start));
    assert_eq!(app.stepping, Some(Stepping::Results { index: 1 }));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.stepping, Some(Stepping::Results { index: 0 }));
    assert_eq!(app.mark.as_ref().unwrap().span, app.briefing.quotes[0].span);
}

#[test]
fn esc_in_search_leaves_the_reader_as_it_was() {
    let mut app = app();
    app.update(Action::FocusNext);
    app.update(Action::PageDown);
    let before = (app.article, app.scroll, app.mark.clone());
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Char('w'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, Overlay::None);
    assert!(!app.quit, "Esc closes the overlay first");
    assert_eq!((app.article, app.scroll, app.mark.clone()), before);
    press(&mut app, KeyCode::Esc);
    assert!(app.quit);
}

#[test]
fn letters_type_in_search_but_act_outside_it() {
    let mut app = app();
    press(&mut app, KeyCode::Char('/'));
    for c in ['q', 'j', 'n', '?', '1'] {
        press(&mut app, KeyCode::Char(c));
    }
    assert_eq!(app.search.query, "qjn?1");
    assert!(!app.quit);
    assert_eq!(app.overlay, Overlay::Search);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.issue, 1);
    // Digits show the views; Alt with a digit picks an article.
    press(&mut app, KeyCode::Char('2'));
    assert_eq!(app.view, View::Timeline);
    press(&mut app, KeyCode::Char('1'));
    let alt_2 = Event::Key(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::ALT));
    app.update(action_for(&app, &alt_2).unwrap());
    assert_eq!((app.view, app.article), (View::Briefing, 1));
    press(&mut app, KeyCode::Char('q'));
    assert!(app.quit);
}

#[test]
fn ctrl_n_and_ctrl_p_move_in_search() {
    let mut app = app();
    press(&mut app, KeyCode::Char('/'));
    let ctrl = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    app.update(action_for(&app, &ctrl('n')).unwrap());
    assert_eq!(app.search.selected, 1);
    app.update(action_for(&app, &ctrl('p')).unwrap());
    assert_eq!(app.search.selected, 0);
    assert_eq!(app.search.query, "");
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut app = app();
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.overlay, Overlay::Help);
    press(&mut app, KeyCode::Char('j'));
    assert_eq!(app.issue, 0, "keys go to the help, not the pane under it");
    press(&mut app, KeyCode::Char('?'));
    assert_eq!(app.overlay, Overlay::None);
    press(&mut app, KeyCode::Char('?'));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.overlay, Overlay::None);
    assert!(!app.quit);
}

#[test]
fn a_frozen_clock_ignores_ticks_and_a_live_one_follows_them() {
    let later = t("2025-10-28T12:00:01-04:00");
    let mut frozen = app();
    frozen.update(Action::Tick(later));
    assert_eq!(frozen.now, now());
    let mut live = App::new(briefing(), now(), false);
    live.update(Action::Tick(later));
    assert_eq!(live.now, later);
}

#[test]
fn resizing_keeps_the_same_text_at_the_top_of_the_reader() {
    let mut app = app();
    app.update(Action::FocusNext);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    let top = app.reader_rows()[app.scroll].start;
    app.update(Action::Resize(160, 50));
    let rows = app.reader_rows().to_vec();
    let row = &rows[app.scroll];
    assert!(
        row.start <= top && top <= row.end,
        "{row:?} should hold byte {top}"
    );
}

#[test]
fn a_too_small_terminal_in_between_does_not_lose_the_place() {
    let mut app = app();
    app.update(Action::FocusNext);
    app.update(Action::PageDown);
    let before = app.scroll;
    app.update(Action::Resize(20, 5));
    app.update(Action::Down);
    app.update(Action::Resize(80, 24));
    assert_eq!(app.scroll, before);
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer_without_moving_focus() {
    let mut app = app();
    let reader = app.panes().unwrap().reader_text;
    app.update(Action::Scroll {
        col: reader.x + 2,
        row: reader.y + 2,
        down: true,
    });
    assert_eq!(app.scroll, 3);
    assert_eq!(app.focus, Focus::Issues);
    let list = app.panes().unwrap().issue_list;
    app.update(Action::Scroll {
        col: list.x + 1,
        row: list.y,
        down: true,
    });
    assert_eq!(app.issue, 1);
}

#[test]
fn a_click_selects_an_issue_and_focuses_its_pane() {
    let mut app = app();
    app.update(Action::FocusNext);
    let list = app.panes().unwrap().issue_list;
    let click = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: list.x + 3,
        row: list.y + 1,
        modifiers: KeyModifiers::NONE,
    });
    app.update(action_for(&app, &click).unwrap());
    assert_eq!(app.issue, 1);
    assert_eq!(app.focus, Focus::Issues);
}

#[test]
fn enter_on_a_deadline_shows_where_it_is_stated() {
    let mut app = app();
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Focus::Countdown);
    app.update(Action::Open);
    assert_eq!(app.article, 1);
    let span = app.briefing.deadlines[1].anchors[0].span.clone();
    assert_eq!(app.mark.as_ref().unwrap().span, span);
}

#[test]
fn tab_and_backtab_keys_move_focus() {
    let mut app = app();
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Focus::Reader);
    press(&mut app, KeyCode::BackTab);
    assert_eq!(app.focus, Focus::Issues);
}

#[test]
fn editing_the_query_ends_a_walk_over_the_old_results() {
    let mut app = app();
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.stepping, Some(Stepping::Results { index: 1 }));
    let before = (app.article, app.scroll, app.mark.clone());
    press(&mut app, KeyCode::Char('/'));
    for c in "zzzzq".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Esc);
    assert!(app.search.hits.is_empty());
    assert!(
        !matches!(app.stepping, Some(Stepping::Results { .. })),
        "a result index into a list that is gone: {:?}",
        app.stepping
    );
    assert_eq!(
        (app.article, app.scroll, app.mark.clone()),
        before,
        "Esc leaves the reader as it was"
    );
}

#[test]
fn reopening_search_keeps_the_result_the_walk_is_on() {
    let mut app = app();
    press(&mut app, KeyCode::Char('/'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('/'));
    assert_eq!(app.search.selected, 1);
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        app.stepping,
        Some(Stepping::Results { index: 1 }),
        "looking without editing keeps the walk"
    );
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.stepping, Some(Stepping::Results { index: 0 }));
}

#[test]
fn n_after_moving_to_another_issue_walks_that_one() {
    let mut app = app();
    app.update(Action::Open);
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 0, index: 0 })
    );
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 1, index: 0 }),
        "n walks the selected issue, not the one left"
    );
    press(&mut app, KeyCode::Char('k'));
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('N'));
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 1, index: 1 }),
        "N starts from the last mention"
    );
}

#[test]
fn a_click_on_the_countdown_border_selects_no_hidden_deadline() {
    let mut b = briefing();
    let extra = b.deadlines[1].clone();
    for i in 0..4 {
        b.deadlines.push(Deadline {
            id: format!("later{i}"),
            ..extra.clone()
        });
    }
    let mut app = App::new(b, now(), true);
    app.update(Action::Resize(80, 24));
    let p = app.panes().unwrap();
    assert!(app.briefing.deadlines.len() > p.countdown_list.height as usize);
    let selected = app.deadline;
    app.update(Action::Click {
        col: p.countdown.x + 3,
        row: p.countdown.bottom() - 1,
    });
    assert_eq!(app.focus, Focus::Countdown);
    assert_eq!(app.deadline, selected, "the border row shows no deadline");
    app.update(Action::Click {
        col: p.countdown_list.x + 3,
        row: p.countdown_list.bottom() - 1,
    });
    assert_eq!(app.deadline, p.countdown_list.height as usize - 1);
}

#[test]
fn pgdn_in_help_keeps_the_last_line_seen_in_view() {
    let mut app = app();
    app.update(Action::Resize(60, 16));
    press(&mut app, KeyCode::Char('?'));
    press(&mut app, KeyCode::PageDown);
    let rows = brief::tui::layout::help_box(app.size).height as usize - 2;
    assert_eq!(
        app.help_scroll,
        rows - 1,
        "one line of overlap, none skipped"
    );
}

#[test]
fn opening_help_twice_leaves_it_open_at_the_top() {
    let mut app = app();
    app.update(Action::OpenHelp);
    app.update(Action::Down);
    app.update(Action::OpenHelp);
    assert_eq!(app.overlay, Overlay::Help);
    assert_eq!(app.help_scroll, 0);
}

#[test]
fn n_in_the_issue_list_walks_mentions_even_after_a_search() {
    let mut app = app();
    app.update(Action::OpenSearch);
    press(&mut app, KeyCode::Enter);
    assert!(matches!(app.stepping, Some(Stepping::Results { .. })));
    app.focus = Focus::Issues;
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(
        app.stepping,
        Some(Stepping::Mentions { issue: 0, index: 0 })
    );
}
