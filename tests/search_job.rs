//! On a large briefing the search runs as a job: a keystroke changes the
//! query at once and asks for a search; the answer comes back as an action,
//! and only the answer to the latest query is taken. Checked through
//! `update` with the job run by hand, through the job's own thread, and in
//! the real binary in a pseudo-terminal.

#[path = "support/pty.rs"]
mod pty;

use std::sync::mpsc;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use brief::briefing::load::{Files, load};
use brief::briefing::search::search_top;
use brief::briefing::{Briefing, Time};
use brief::tui::app::{Action, App, Effect};
use brief::tui::search_job::{self, INLINE_TEXT, Request, SEARCH_TOP, Searcher};
use brief::tui::view::{self, theme::Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Generated articles, more text than a search done inside `update`.
fn large() -> &'static Briefing {
    static LARGE: OnceLock<Briefing> = OnceLock::new();
    LARGE.get_or_init(|| {
        let sources = brief::corpus::generate(400, 5)
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect();
        let b = load(Files {
            warnings: Vec::new(),
            root: "gen".into(),
            toml: None,
            sources,
        })
        .expect("the generated corpus loads");
        let text: usize = b.sources.iter().map(|s| s.text.len()).sum();
        assert!(text > INLINE_TEXT, "only {text} bytes");
        b
    })
}

fn now() -> Time {
    chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap()
}

fn searching(b: &Briefing) -> App {
    let mut app = App::new(b.clone(), now(), true);
    app.update(Action::Resize(100, 30));
    app.update(Action::OpenSearch);
    app.effects.clear();
    app
}

/// Types `c` and returns the search it asked for.
fn type_char(app: &mut App, c: char) -> Request {
    app.update(Action::SearchInput(c));
    match app.effects.pop() {
        Some(Effect::Search(request)) => request,
        other => panic!("no search asked for: {other:?}"),
    }
}

fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal
        .draw(|f| view::view(app, &Theme::mono(), f))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn a_keystroke_shows_its_query_at_once_and_the_results_when_they_come() {
    let mut app = searching(large());
    let before = app.search.hits.clone();
    let request = type_char(&mut app, 'r');
    assert_eq!(request.query, "r");
    // The screen already shows the query, and says the list is not yet its.
    assert_eq!(app.search.hits, before);
    let shown = screen(&app);
    assert!(shown.contains("searching…"), "{shown}");
    assert!(shown.contains("/ r"), "{shown}");

    let results = search_job::run(&request, &|| false).expect("not stopped");
    app.update(Action::Found(Box::new(results)));
    let expected = search_top(&large().quotes, "r", SEARCH_TOP);
    assert_eq!(app.search.hits, expected.hits);
    assert_eq!(app.search.total, expected.total);
    assert!(!screen(&app).contains("searching…"));
}

#[test]
fn an_answer_to_an_older_query_is_dropped() {
    let mut app = searching(large());
    let old = type_char(&mut app, 'r');
    let new = type_char(&mut app, 'a');
    assert!(new.generation > old.generation);
    let stale = search_job::run(&old, &|| false).unwrap();
    let before = app.search.hits.clone();
    app.update(Action::Found(Box::new(stale)));
    assert_eq!(
        app.search.hits, before,
        "the answer to \"r\" is not shown for \"ra\""
    );
    assert!(app.search.pending);

    app.update(Action::Found(Box::new(
        search_job::run(&new, &|| false).unwrap(),
    )));
    assert_eq!(
        app.search.hits,
        search_top(&large().quotes, "ra", SEARCH_TOP).hits
    );
    assert!(!app.search.pending);
}

#[test]
fn the_full_text_scope_gets_its_sentences_from_the_job() {
    let mut app = searching(large());
    type_char(&mut app, 'r');
    app.update(Action::ToggleScope);
    let Some(Effect::Search(request)) = app.effects.pop() else {
        panic!("switching scope searches again");
    };
    assert!(request.text && request.passages.is_none());
    app.update(Action::Found(Box::new(
        search_job::run(&request, &|| false).unwrap(),
    )));
    assert!(app.search.text_total > 0);
    assert!(app.search.passages.is_some());
    // The next keystroke reuses the sentences made once.
    assert!(type_char(&mut app, 'a').passages.is_some());
}

#[test]
fn a_small_briefing_is_searched_inside_the_update() {
    let mut app = searching(&brief::briefing::load::builtin().unwrap());
    app.update(Action::SearchInput('r'));
    assert!(app.effects.is_empty());
    assert!(!app.search.pending);
    assert!(app.search.total > 0);
}

#[test]
fn the_job_answers_the_latest_of_queries_asked_in_a_burst() {
    let (post, answers) = mpsc::channel();
    let searcher = Searcher::start(move |r| post.send(r).unwrap());
    let briefing = Arc::new(large().clone());
    for (generation, query) in ["r", "ra", "rar", "rare"].iter().enumerate() {
        searcher.ask(Request {
            generation: generation as u64 + 1,
            briefing: Arc::clone(&briefing),
            query: query.to_string(),
            text: false,
            passages: None,
        });
    }
    let mut got = Vec::new();
    while got.last() != Some(&4) {
        let r = answers
            .recv_timeout(Duration::from_secs(60))
            .expect("the latest query is answered");
        assert_eq!(
            r.quotes,
            search_top(
                &briefing.quotes,
                ["r", "ra", "rar", "rare"][r.generation as usize - 1],
                SEARCH_TOP
            )
        );
        got.push(r.generation);
    }
    assert!(got.is_sorted(), "answers in the order asked: {got:?}");
}

#[test]
fn the_explorer_shows_results_found_off_the_loop() {
    let state = tempfile::tempdir().unwrap();
    let story = tempfile::tempdir().unwrap();
    std::fs::create_dir(story.path().join("sources")).unwrap();
    for (name, text) in brief::corpus::generate(400, 5) {
        std::fs::write(story.path().join("sources").join(name), text).unwrap();
    }
    let data = story.path().to_str().unwrap();
    let mut session = pty::start(state.path(), &["--data", data, "--no-watch"]);
    let out = Arc::clone(&session.out);
    // The load shows how far it has got while it runs.
    pty::wait_until(&out, "the load's progress", pty::shows("/ 400"));
    pty::wait_until(&out, "the first load", |o| {
        !o.screen.screen().contents().contains("loading")
            && o.screen.screen().contents().contains("Reader")
    });
    session.press("/");
    session.press("rare");
    let expected = search_top(&large().quotes, "rare", SEARCH_TOP).total;
    let count = format!("{expected}/{}", large().quotes.len());
    pty::wait_until(&out, "the results of \"rare\"", pty::shows(&count));
    session.press("\x1b");
    pty::wait_until(&out, "the search closed", |o| {
        !o.screen.screen().contents().contains(&count)
    });
    pty::quit(session);
}
