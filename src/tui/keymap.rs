//! Terminal events to actions: a key is looked up in the binding table among
//! the rows that apply to what is on screen, and its command becomes an
//! action with what the event and the app add.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};

use super::bindings::{BINDINGS, Command, Key, Scope};
use crate::tui::app::{Action, App, Focus, Overlay, SearchScope, View};

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
        Scope::Briefing => app.overlay == Overlay::None && app.view == View::Briefing,
        Scope::Reader => {
            app.overlay == Overlay::None && app.view == View::Briefing && app.focus == Focus::Reader
        }
        Scope::Coverage => app.overlay == Overlay::None && app.view == View::Coverage,
        Scope::Pins => app.overlay == Overlay::None && app.view == View::Pins,
        Scope::Browse => matches!(
            app.overlay,
            Overlay::None | Overlay::Help | Overlay::Errors | Overlay::Info
        ),
        Scope::Search => app.overlay == Overlay::Search,
        Scope::Help => matches!(app.overlay, Overlay::Help | Overlay::Errors | Overlay::Info),
        Scope::Mouse | Scope::Anywhere => true,
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
        .map(|(_, c)| c.clone())
}

fn key_action(app: &App, command: Command, key: &KeyEvent) -> Option<Action> {
    match (command, key.code) {
        (Command::Do(action), _) => Some(action),
        (Command::ArticleByNumber, KeyCode::Char(c @ '1'..='9')) => {
            Some(Action::Article(c as usize - '1' as usize))
        }
        (Command::Type, KeyCode::Char(c)) => Some(Action::SearchInput(c)),
        (Command::JumpToResult, _) => match app.search.scope {
            SearchScope::Quotes => {
                let hit = app.search.hits.get(app.search.selected)?;
                Some(Action::JumpToQuote(hit.quote))
            }
            SearchScope::Text => {
                app.search.text_hits.get(app.search.selected)?;
                Some(Action::JumpToPassage(app.search.selected))
            }
        },
        _ => None,
    }
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
        .map(|(_, c)| c.clone())?;
    let (col, row) = (m.column, m.row);
    match command {
        Command::Scroll => Some(Action::Scroll { col, row, down }),
        Command::Click => Some(Action::Click { col, row }),
        _ => None,
    }
}
