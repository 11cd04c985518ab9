//! Terminal events to actions: a key is looked up in the binding table among
//! the rows that apply to what is on screen, and its command becomes an
//! action with what the event and the app add.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};

use super::bindings::{BINDINGS, Command, Key, Scope};
use crate::tui::app::{Action, App, Focus, Overlay};

pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            let command = command_for(app, key)?;
            key_action(app, command, key)
        }
        Event::Mouse(m) => mouse_action(m),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// Whether rows of `scope` apply to the screen `app` shows.
pub fn applies(app: &App, scope: Scope) -> bool {
    match scope {
        Scope::Main => app.overlay == Overlay::None,
        Scope::Reader => app.overlay == Overlay::None && app.focus == Focus::Reader,
        Scope::Browse => matches!(app.overlay, Overlay::None | Overlay::Help),
        Scope::Search => app.overlay == Overlay::Search,
        Scope::Help => app.overlay == Overlay::Help,
        Scope::Mouse => true,
    }
}

/// The command `key` is bound to on the screen `app` shows: the first row
/// that applies and holds the key.
pub fn command_for(app: &App, key: &KeyEvent) -> Option<Command> {
    BINDINGS
        .iter()
        .filter(|b| applies(app, b.scope))
        .flat_map(|b| b.keys)
        .find(|(k, _)| k.matches(key))
        .map(|(_, c)| *c)
}

fn key_action(app: &App, command: Command, key: &KeyEvent) -> Option<Action> {
    Some(match command {
        Command::Quit => Action::Quit,
        Command::Suspend => Action::Suspend,
        Command::CloseOverlay => Action::CloseOverlay,
        Command::OpenHelp => Action::OpenHelp,
        Command::OpenSearch => Action::OpenSearch,
        Command::FocusNext => Action::FocusNext,
        Command::FocusPrev => Action::FocusPrev,
        Command::Up => Action::Up,
        Command::Down => Action::Down,
        Command::Top => Action::Top,
        Command::Bottom => Action::Bottom,
        Command::PageUp => Action::PageUp,
        Command::PageDown => Action::PageDown,
        Command::NextArticle => Action::NextArticle,
        Command::PrevArticle => Action::PrevArticle,
        Command::ArticleByNumber => match key.code {
            KeyCode::Char(c @ '1'..='9') => Action::Article(c as usize - '1' as usize),
            _ => return None,
        },
        Command::Open => Action::Open,
        Command::NextMatch => Action::NextMatch,
        Command::PrevMatch => Action::PrevMatch,
        Command::Type => match key.code {
            KeyCode::Char(c) => Action::SearchInput(c),
            _ => return None,
        },
        Command::Backspace => Action::SearchBackspace,
        Command::JumpToResult => {
            let hit = app.search.hits.get(app.search.selected)?;
            Action::JumpToQuote(hit.quote)
        }
        Command::Scroll | Command::Click => return None,
    })
}

fn mouse_action(m: &MouseEvent) -> Option<Action> {
    let (key, down) = match m.kind {
        MouseEventKind::ScrollDown => (Key::Wheel, true),
        MouseEventKind::ScrollUp => (Key::Wheel, false),
        MouseEventKind::Down(MouseButton::Left) => (Key::Click, false),
        _ => return None,
    };
    let command = BINDINGS
        .iter()
        .filter(|b| b.scope == Scope::Mouse)
        .flat_map(|b| b.keys)
        .find(|(k, _)| *k == key)
        .map(|(_, c)| *c)?;
    let (col, row) = (m.column, m.row);
    match command {
        Command::Scroll => Some(Action::Scroll { col, row, down }),
        Command::Click => Some(Action::Click { col, row }),
        _ => None,
    }
}
