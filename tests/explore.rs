//! The real explorer driven through random sessions: random actions and
//! keys, at random sizes from 1x1 to 300x100, on the built-in briefing and
//! on generated hostile folders. Nothing may panic, every frame fills the
//! buffer exactly, no cell holds a control character, and no wide
//! character hangs over the right edge.
//!
//! `BRIEF_PROPTEST_CASES=10000 cargo test --release --test explore` for a
//! long run; the default is sized for CI.

use brief::briefing::Briefing;
use brief::briefing::load::{self, Files};
use brief::tui::app::{Action, App};
use brief::tui::keymap::action_for;
use brief::tui::view::{self, theme::Theme};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use unicode_width::UnicodeWidthStr;

fn cases() -> u32 {
    std::env::var("BRIEF_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(48)
}

fn now() -> brief::briefing::Time {
    chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap()
}

/// Pieces hostile text is made of: words and speech, every kind of quote
/// mark, line breaks of every kind, escape sequences, C1 controls, wide,
/// combining, zero-width and right-to-left characters, a word longer than
/// any screen.
const PIECES: &[&str] = &[
    "the",
    "tariff",
    "anchorword",
    " ",
    " ",
    "  ",
    ".",
    ",",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "said Ana Ruiz.",
    "he said",
    "She told reporters",
    "according to President Lee",
    "\u{1b}[31m",
    "\u{1b}]52;c;aGk=\u{7}",
    "\u{9b}2J",
    "\u{7f}",
    "\0",
    "漢字",
    "👍🏽",
    "e\u{301}",
    "\u{200b}",
    "\u{202e}",
    "\u{fe0f}",
    "ｗｉｄｅ",
    "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
];

fn hostile_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|p| p.concat())
}

/// A TOML basic string: every control character, quote and backslash escaped.
fn toml_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        if c.is_control() || c == '"' || c == '\\' {
            out.push_str(&format!("\\u{:04X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// A folder of 1 to 4 hostile articles (the first holds `anchorword`,
/// under a hostile file name) and, half the time, a `briefing.toml` of
/// hostile deadlines and issues anchored there.
fn hostile_files() -> impl Strategy<Value = Files> {
    let sources = prop::collection::vec(hostile_text(300), 1..4);
    let labels = prop::collection::vec(hostile_text(12), 0..25);
    let days = prop::collection::vec(-40i64..400, 25);
    (sources, labels, days, any::<bool>()).prop_map(|(texts, labels, days, curated)| {
        let first = "first\u{1b}[2J\u{9b}";
        let sources = texts
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let name = if i == 0 {
                    format!("{first}.txt")
                } else {
                    format!("s{i}.txt")
                };
                let text = if i == 0 {
                    format!("{text} anchorword {text}")
                } else {
                    text
                };
                (name, text.into_bytes())
            })
            .collect();
        let toml = curated.then(|| {
            let mut t = format!("title = {}\n", toml_str(&labels.concat()));
            for (n, label) in labels.iter().enumerate() {
                let anchors = format!(
                    "[{{ source = {}, text = \"anchorword\" }}]",
                    toml_str(first)
                );
                let due = (now() + chrono::Duration::days(days[n])).to_rfc3339();
                t.push_str(&format!(
                    "[[deadline]]\nid = \"d{n}\"\nlabel = {}\ndue = \"{due}\"\nassumed = {}\nanchors = {anchors}\n",
                    toml_str(label),
                    toml_str(label)
                ));
                t.push_str(&format!(
                    "[[issue]]\nid = \"i{n}\"\ntitle = {}\nside = \"{}\"\nsummary = {}\nmentions = {anchors}\n",
                    toml_str(label),
                    ["us", "china", "peripheral"][n % 3],
                    toml_str(&labels.concat())
                ));
            }
            t.into_bytes()
        });
        Files {
            root: "hostile".into(),
            toml,
            sources,
            warnings: Vec::new(),
        }
    })
}

#[derive(Debug, Clone)]
enum Step {
    Do(Action),
    Key(KeyEvent),
}

fn keys() -> impl Strategy<Value = KeyEvent> {
    let code = prop_oneof![
        prop::sample::select(
            "qjkgG/?nN[]hl123456789 \u{1b}\u{9b}x漢"
                .chars()
                .collect::<Vec<_>>()
        )
        .prop_map(KeyCode::Char),
        prop::sample::select(vec![
            KeyCode::Esc,
            KeyCode::Enter,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Backspace,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Home,
            KeyCode::End,
            KeyCode::PageUp,
            KeyCode::PageDown,
        ]),
    ];
    let modifiers = prop::sample::select(vec![
        KeyModifiers::NONE,
        KeyModifiers::NONE,
        KeyModifiers::SHIFT,
        KeyModifiers::CONTROL,
        KeyModifiers::ALT,
    ]);
    (code, modifiers).prop_map(|(code, m)| KeyEvent::new(code, m))
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    let action = prop_oneof![
        prop::sample::select(vec![
            Action::FocusNext,
            Action::FocusPrev,
            Action::Up,
            Action::Down,
            Action::Top,
            Action::Bottom,
            Action::PageUp,
            Action::PageDown,
            Action::NextArticle,
            Action::PrevArticle,
            Action::Open,
            Action::NextMatch,
            Action::PrevMatch,
            Action::OpenSearch,
            Action::SearchBackspace,
            Action::CloseOverlay,
            Action::OpenHelp,
            Action::Suspend,
        ]),
        (0usize..12).prop_map(Action::Article),
        (0usize..400).prop_map(Action::JumpToQuote),
        prop::sample::select("ar e“\u{1b}\u{9b}\u{7f}漢👍".chars().collect::<Vec<_>>())
            .prop_map(Action::SearchInput),
        (1u16..=300, 1u16..=100).prop_map(|(w, h)| Action::Resize(w, h)),
        (0u16..320, 0u16..120, any::<bool>()).prop_map(|(col, row, down)| Action::Scroll {
            col,
            row,
            down
        }),
        (0u16..320, 0u16..120).prop_map(|(col, row)| Action::Click { col, row }),
        (-1000i64..1000).prop_map(|h| Action::Tick(now() + chrono::Duration::hours(h))),
    ];
    let step = prop_oneof![action.prop_map(Step::Do), keys().prop_map(Step::Key)];
    prop::collection::vec(step, 1..60)
}

/// Every cell of the frame: no control character, nothing wider than the
/// room left on its row.
fn check_frame(terminal: &Terminal<TestBackend>, w: u16, h: u16) -> Result<(), TestCaseError> {
    let buffer = terminal.backend().buffer();
    prop_assert_eq!(buffer.area.width, w);
    prop_assert_eq!(buffer.area.height, h);
    for y in 0..h {
        for x in 0..w {
            let symbol = buffer[(x, y)].symbol();
            prop_assert!(
                !symbol.chars().any(char::is_control),
                "control character {:?} drawn at {},{}",
                symbol,
                x,
                y
            );
            prop_assert!(
                x as usize + symbol.width() <= w as usize,
                "{:?} at {},{} overhangs a {}-column screen",
                symbol,
                x,
                y,
                w
            );
        }
    }
    Ok(())
}

fn session(briefing: Briefing, (w, h): (u16, u16), steps: &[Step]) -> Result<(), TestCaseError> {
    let theme = Theme::color();
    let mut app = App::new(briefing, now(), true);
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    let (mut w, mut h) = (w, h);
    app.update(Action::Resize(w, h));
    terminal.draw(|f| view::view(&app, &theme, f)).unwrap();
    check_frame(&terminal, w, h)?;
    for step in steps {
        let action = match step {
            Step::Do(a) => Some(a.clone()),
            Step::Key(k) => action_for(&app, &Event::Key(*k)),
        };
        if let Some(action) = action {
            if let Action::Resize(nw, nh) = action {
                (w, h) = (nw, nh);
                terminal.backend_mut().resize(w, h);
            }
            app.update(action);
        }
        if app.quit {
            break;
        }
        terminal.draw(|f| view::view(&app, &theme, f)).unwrap();
        check_frame(&terminal, w, h)?;
    }
    Ok(())
}

fn runner() -> TestRunner {
    TestRunner::new(Config {
        cases: cases(),
        failure_persistence: None,
        ..Config::default()
    })
}

#[test]
fn random_sessions_on_the_builtin_briefing() {
    let builtin = load::builtin().unwrap();
    runner()
        .run(&((1u16..=300, 1u16..=100), steps()), |(size, steps)| {
            session(builtin.clone(), size, &steps)
        })
        .unwrap();
}

#[test]
fn random_sessions_on_hostile_folders() {
    runner()
        .run(
            &(hostile_files(), (1u16..=300, 1u16..=100), steps()),
            |(files, size, steps)| {
                let briefing = load::load(files).map_err(|e| {
                    TestCaseError::fail(format!("a generated folder fails to load: {e:?}"))
                })?;
                session(briefing, size, &steps)
            },
        )
        .unwrap();
}
