//! The one key table against the keymap, the status hints and the README:
//! none of them can name a key that does something else.

use brief::briefing::load;
use brief::tui::app::{Action, App, Focus, Front, Overlay, View};
use brief::tui::bindings::{BINDINGS, Command, Key, Scope, hints, markdown_table};
use brief::tui::keymap::{action_for, command_for};
use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};

fn app_in(overlay: Overlay, focus: Focus) -> App {
    app_in_view(View::Briefing, overlay, focus)
}

fn app_in_view(view: View, overlay: Overlay, focus: Focus) -> App {
    let now = chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap();
    let mut app = App::new(load::builtin().unwrap(), now, true);
    app.update(Action::Resize(100, 30));
    app.update(Action::ShowView(view));
    app.focus = focus;
    match overlay {
        Overlay::None => {}
        Overlay::Help => app.update(Action::OpenHelp),
        Overlay::Search => app.update(Action::OpenSearch),
        Overlay::Info => app.update(Action::OpenInfo),
        Overlay::Errors => {
            app.load_errors = vec!["story/briefing.toml:3: invalid type".into()];
            app.update(Action::OpenErrors);
        }
    }
    assert_eq!(app.overlay, overlay);
    app
}

/// Screens on which rows of `scope` apply.
fn screens_for(scope: Scope) -> Vec<App> {
    match scope {
        Scope::Main => {
            let mut all = vec![
                app_in(Overlay::None, Focus::Countdown),
                app_in(Overlay::None, Focus::Issues),
            ];
            for view in View::ALL {
                all.push(app_in_view(view, Overlay::None, Focus::Reader));
            }
            all
        }
        Scope::Briefing => vec![
            app_in(Overlay::None, Focus::Countdown),
            app_in(Overlay::None, Focus::Reader),
        ],
        Scope::Coverage => vec![app_in_view(View::Coverage, Overlay::None, Focus::Issues)],
        Scope::Pins => vec![app_in_view(View::Pins, Overlay::None, Focus::Issues)],
        Scope::Reader => vec![app_in(Overlay::None, Focus::Reader)],
        Scope::Browse => vec![
            app_in(Overlay::None, Focus::Issues),
            app_in(Overlay::Help, Focus::Issues),
        ],
        Scope::Search => vec![app_in(Overlay::Search, Focus::Issues)],
        Scope::Help => vec![
            app_in(Overlay::Help, Focus::Issues),
            app_in(Overlay::Errors, Focus::Issues),
            app_in(Overlay::Info, Focus::Issues),
        ],
        Scope::Mouse => vec![],
        Scope::Anywhere => vec![
            app_in(Overlay::None, Focus::Issues),
            app_in(Overlay::Search, Focus::Issues),
            app_in(Overlay::Help, Focus::Issues),
            app_in(Overlay::Errors, Focus::Issues),
            app_in(Overlay::Info, Focus::Issues),
        ],
    }
}

/// Presses that are `key`, as a terminal reports them.
fn presses(key: Key) -> Vec<KeyEvent> {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    match key {
        Key::Char(c) if c.is_ascii_uppercase() => {
            vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT)]
        }
        Key::Char(c) => vec![plain(KeyCode::Char(c))],
        Key::Ctrl(c) => vec![KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)],
        Key::Code(KeyCode::BackTab) => vec![KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)],
        Key::Code(code) => vec![plain(code)],
        Key::AltDigit => ('1'..='9')
            .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT))
            .collect(),
        Key::Alt(code) => vec![KeyEvent::new(code, KeyModifiers::ALT)],
        Key::Typed => "aqjZ?/ ".chars().map(|c| plain(KeyCode::Char(c))).collect(),
        Key::Wheel | Key::Click => vec![],
    }
}

#[test]
fn every_key_in_the_table_does_what_its_row_says() {
    let mut checked = 0;
    for b in BINDINGS {
        for app in screens_for(b.scope) {
            for (key, command) in b.keys {
                for press in presses(*key) {
                    assert_eq!(
                        command_for(&app, &press),
                        Some(command.clone()),
                        "{:?} in {:?}/{:?} ({}: {})",
                        press,
                        app.overlay,
                        app.focus,
                        b.group,
                        b.what
                    );
                    assert!(
                        action_for(&app, &Event::Key(press)).is_some(),
                        "{press:?} gives no action in {:?}",
                        app.overlay
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 80, "only {checked} presses checked");
}

#[test]
fn keys_the_help_once_missed_are_listed_and_work() {
    let reader = app_in(Overlay::None, Focus::Reader);
    let search = app_in(Overlay::Search, Focus::Issues);
    let ctrl = |c| Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
    let plain = |code| Event::Key(KeyEvent::new(code, KeyModifiers::NONE));
    assert_eq!(
        action_for(&reader, &plain(KeyCode::Char(' '))),
        Some(Action::PageDown)
    );
    assert_eq!(action_for(&reader, &ctrl('u')), Some(Action::PageUp));
    assert_eq!(
        action_for(&reader, &plain(KeyCode::Left)),
        Some(Action::PrevArticle)
    );
    assert_eq!(action_for(&search, &ctrl('j')), Some(Action::Down));
    // Tab in the search switches between quotes and the full text.
    assert_eq!(
        action_for(&search, &plain(KeyCode::Tab)),
        Some(Action::ToggleScope)
    );
    let labels: Vec<String> = BINDINGS.iter().map(|b| b.label()).collect();
    for key in ["Space", "^d", "^u", "←", "→", "^j", "^k", "Tab"] {
        assert!(
            labels.iter().any(|l| l.split(' ').any(|k| k == key)),
            "{key} is in no help row: {labels:?}"
        );
    }
}

#[test]
fn alt_and_ctrl_letters_neither_type_nor_move() {
    let search = app_in(Overlay::Search, Focus::Issues);
    let alt = Event::Key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::ALT));
    assert_eq!(action_for(&search, &alt), None);
    let main = app_in(Overlay::None, Focus::Issues);
    let ctrl_j = Event::Key(KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL));
    assert_eq!(action_for(&main, &ctrl_j), None);
}

/// The keys a hint shows: `j/k` is two, `↑↓` two, `/` one.
fn hint_keys(label: &str) -> Vec<KeyEvent> {
    let plain = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    let named = |s: &str| -> Option<KeyEvent> {
        let code = match s {
            "Enter" => KeyCode::Enter,
            "Esc" => KeyCode::Esc,
            "Tab" => KeyCode::Tab,
            "↑" => KeyCode::Up,
            "↓" => KeyCode::Down,
            "type" => KeyCode::Char('a'),
            s if s.chars().count() == 1 => {
                let c = s.chars().next().unwrap();
                return Some(if c.is_ascii_uppercase() {
                    KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT)
                } else {
                    plain(c)
                });
            }
            _ => return None,
        };
        Some(KeyEvent::new(code, KeyModifiers::NONE))
    };
    if let Some(k) = named(label) {
        return vec![k];
    }
    let parts: Vec<String> = if label.contains('/') {
        label.split('/').map(str::to_string).collect()
    } else {
        label.chars().map(|c| c.to_string()).collect()
    };
    parts
        .iter()
        .map(|p| named(p).unwrap_or_else(|| panic!("hint key {p:?} of {label:?} is unknown")))
        .collect()
}

#[test]
fn every_status_hint_names_keys_that_do_what_it_says() {
    let places = [
        (Front::Search, app_in(Overlay::Search, Focus::Issues)),
        (Front::Help, app_in(Overlay::Help, Focus::Issues)),
        (Front::Countdown, app_in(Overlay::None, Focus::Countdown)),
        (Front::Issues, app_in(Overlay::None, Focus::Issues)),
        (Front::Reader, app_in(Overlay::None, Focus::Reader)),
    ];
    for (place, app) in places {
        assert_eq!(app.front(), place);
        for hint in hints(place) {
            let keys = hint_keys(hint.keys);
            for (i, press) in keys.iter().enumerate() {
                let expected = hint.does.get(i).or(hint.does.first()).cloned();
                assert_eq!(
                    command_for(&app, press),
                    expected,
                    "{place:?}: hint {:?} {:?}",
                    hint.keys,
                    hint.what
                );
            }
        }
    }
}

#[test]
fn the_mouse_rows_scroll_and_click() {
    let app = app_in(Overlay::None, Focus::Issues);
    let mouse = |kind| {
        Event::Mouse(MouseEvent {
            kind,
            column: 3,
            row: 4,
            modifiers: KeyModifiers::NONE,
        })
    };
    assert_eq!(
        action_for(&app, &mouse(MouseEventKind::ScrollDown)),
        Some(Action::Scroll {
            col: 3,
            row: 4,
            down: true
        })
    );
    assert_eq!(
        action_for(&app, &mouse(MouseEventKind::Down(MouseButton::Left))),
        Some(Action::Click { col: 3, row: 4 })
    );
    let mouse_rows = BINDINGS.iter().filter(|b| b.scope == Scope::Mouse);
    let commands: Vec<Command> = mouse_rows
        .flat_map(|b| b.keys)
        .map(|(_, c)| c.clone())
        .collect();
    assert_eq!(commands, [Command::Scroll, Command::Click]);
}

#[test]
fn the_readme_key_table_is_the_binding_table() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let table = markdown_table();
    assert!(
        readme.contains(&table),
        "README.md's key table differs from the bindings; replace it with:\n\n{table}"
    );
}
