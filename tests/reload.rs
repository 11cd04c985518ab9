//! Live reload as update logic: a changed folder comes in as an action, the
//! user's place is kept, a bad `briefing.toml` leaves the good data on
//! screen with its errors a key away.

use std::sync::Arc;

use brief::briefing::load::{self, Files, Progress, Stage};
use brief::tui::app::{Action, App, Focus, Overlay};
use brief::tui::reload::Reloaded;

fn files(sources: &[(&str, &str)], toml: Option<&str>) -> Files {
    Files {
        warnings: Vec::new(),
        root: "story".into(),
        toml: toml.map(|t| t.as_bytes().to_vec()),
        sources: sources
            .iter()
            .map(|(n, t)| (n.to_string(), t.as_bytes().to_vec()))
            .collect(),
    }
}

fn reloaded(f: Files) -> Action {
    Action::Reload(Reloaded(Arc::new(load::load(f))))
}

const TOML: &str = r#"
title = "Story"
[[issue]]
id = "ports"
title = "Ports"
side = "us"
summary = "Port fees."
mentions = [{ source = "b", text = "port fees" }]
[[issue]]
id = "chips"
title = "Chips"
side = "china"
summary = "Chip controls."
mentions = [{ source = "b", text = "chip controls" }]
"#;

fn long_text(word: &str) -> String {
    (1..=60)
        .map(|i| format!("Paragraph {i} about {word}, port fees and chip controls."))
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn app() -> App {
    let b = load::load(files(
        &[
            ("a.txt", "“Hello,” said Ana Ruiz."),
            ("b.txt", &long_text("b")),
        ],
        Some(TOML),
    ))
    .unwrap();
    let now = chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap();
    let mut app = App::new(b, now, true);
    app.update(Action::Resize(100, 30));
    app
}

#[test]
fn an_added_article_is_counted_new_and_the_place_is_kept() {
    let mut app = app();
    app.update(Action::Down); // the second issue
    app.update(Action::NextArticle);
    app.focus = Focus::Reader;
    for _ in 0..20 {
        app.update(Action::Down);
    }
    let (scroll, top) = (app.scroll, app.reader_rows()[app.scroll].start);
    app.update(reloaded(files(
        &[
            ("a.txt", "“Hello,” said Ana Ruiz."),
            ("b.txt", &long_text("b")),
            ("c.txt", "“New,” said Bo Li."),
            ("d.txt", "Another one."),
        ],
        Some(TOML),
    )));
    assert_eq!(app.briefing.sources.len(), 4);
    assert_eq!(app.notice.as_deref(), Some("reloaded: +2 articles"));
    assert_eq!(app.briefing.issues[app.issue].id, "chips");
    assert_eq!(app.briefing.sources[app.article].id, "b");
    assert_eq!(
        (app.scroll, app.reader_rows()[app.scroll].start),
        (scroll, top)
    );
    assert_eq!(app.unread.len(), 2);
    assert!(
        app.briefing
            .quotes
            .iter()
            .any(|q| q.speaker.as_deref() == Some("Bo Li"))
    );
    // Opening a new article takes it off the count.
    app.update(Action::NextArticle);
    assert_eq!(app.briefing.sources[app.article].id, "c");
    assert_eq!(app.unread.len(), 1);
}

#[test]
fn a_changed_article_keeps_the_line_and_a_removed_one_is_said() {
    let mut app = app();
    app.update(Action::NextArticle);
    app.focus = Focus::Reader;
    for _ in 0..30 {
        app.update(Action::Down);
    }
    let text = &app.briefing.sources[app.article].text;
    let line = text[..app.reader_rows()[app.scroll].start]
        .matches('\n')
        .count();
    app.update(reloaded(files(&[("b.txt", &long_text("bee"))], Some(TOML))));
    assert_eq!(
        app.notice.as_deref(),
        Some("reloaded: 1 changed, 1 removed")
    );
    assert_eq!(app.briefing.sources[app.article].id, "b");
    let text = &app.briefing.sources[app.article].text;
    let now_line = text[..app.reader_rows()[app.scroll].start]
        .matches('\n')
        .count();
    assert_eq!(now_line, line, "the same line of the changed article");
}

#[test]
fn a_bad_briefing_toml_keeps_the_good_data_and_explains_on_bang() {
    let mut app = app();
    let before = app.briefing.sources.len();
    app.update(reloaded(files(
        &[("a.txt", "x"), ("b.txt", "y"), ("c.txt", "z")],
        Some("title = \"Story\"\n[[issue]]\nid = 3\n"),
    )));
    assert_eq!(
        app.briefing.sources.len(),
        before,
        "the last good data stays"
    );
    let notice = app.notice.clone().unwrap();
    assert!(
        notice.starts_with("not reloaded, 1 error(s), ! shows them: story/briefing.toml:"),
        "{notice}"
    );
    app.update(Action::OpenErrors);
    assert_eq!(app.overlay, Overlay::Errors);
    assert!(app.load_errors[0].contains("briefing.toml:"));
    app.update(Action::CloseOverlay);
    // Fixed again: taken in, errors gone.
    app.update(reloaded(files(
        &[
            ("a.txt", "“Hello,” said Ana Ruiz."),
            ("b.txt", &long_text("b")),
        ],
        Some(TOML),
    )));
    assert!(app.load_errors.is_empty());
    assert_eq!(
        app.notice.as_deref(),
        Some("reloaded: the errors are fixed")
    );
    app.update(Action::OpenErrors);
    assert_eq!(app.overlay, Overlay::None, "nothing to show");
}

#[test]
fn the_search_follows_the_new_quotes() {
    let mut app = app();
    app.update(Action::OpenSearch);
    for c in "bo li".chars() {
        app.update(Action::SearchInput(c));
    }
    let before = app.search.hits.len();
    app.update(reloaded(files(
        &[
            ("a.txt", "“Hello,” said Ana Ruiz."),
            ("b.txt", &long_text("b")),
            ("c.txt", "“New,” said Bo Li."),
        ],
        Some(TOML),
    )));
    assert_eq!(app.search.query, "bo li");
    assert!(app.search.hits.len() > before);
}

#[test]
fn a_first_load_behind_the_first_frame_fills_the_app_or_ends_it() {
    let now = chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap();
    let mut app = App::new(brief::briefing::Briefing::empty("story"), now, true);
    app.update(Action::Resize(100, 30));
    app.loading = Some(Progress {
        stage: Stage::Reading,
        done: 0,
        total: 2,
    });
    let screen = |app: &App| {
        brief::export::screen::text(&brief::export::screen::render(
            &mut app.clone(),
            &brief::tui::view::theme::Theme::mono(),
            (100, 30),
            vec![],
        ))
    };
    let shown = screen(&app);
    assert!(shown.contains("loading 2 articles"), "{shown}");
    assert!(shown.contains("reading articles 0 / 2"), "{shown}");
    // The load reports as it goes: the stage, its count and the bar move.
    app.update(Action::Loading(Progress {
        stage: Stage::Speakers,
        done: 1,
        total: 2,
    }));
    let shown = screen(&app);
    assert!(shown.contains("attributing quotes 1 / 2"), "{shown}");
    assert!(
        shown.contains("━━━━━━━━━━━━━━━━━━━━─"),
        "70% of the bar: {shown}"
    );
    assert!(shown.contains(" 70%"), "{shown}");
    // Keys work while it loads: q would quit, a view can be chosen.
    app.update(Action::ShowView(brief::tui::app::View::Timeline));
    app.update(reloaded(files(
        &[
            ("a.txt", "“Hello,” said Ana Ruiz."),
            ("b.txt", &long_text("b")),
        ],
        Some(TOML),
    )));
    assert_eq!(app.loading, None);
    assert_eq!(app.briefing.sources.len(), 2);
    assert_eq!(app.notice, None, "a first load is no reload to report");
    assert!(app.unread.is_empty());
    assert_eq!(
        app.focus,
        Focus::Issues,
        "it opens as if the data had been there"
    );

    let mut failing = App::new(brief::briefing::Briefing::empty("story"), now, true);
    failing.update(Action::Resize(100, 30));
    failing.loading = Some(Progress {
        stage: Stage::Reading,
        done: 0,
        total: 1,
    });
    failing.update(reloaded(files(&[("a.txt", "x")], Some("title = 3"))));
    assert!(failing.quit);
    assert!(
        failing.fatal[0].starts_with("story/briefing.toml:1:"),
        "{:?}",
        failing.fatal
    );
}
