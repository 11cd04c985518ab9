//! Terminal events to actions, depending on focus and open overlays.

use ratatui::crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseButton, MouseEventKind,
};

use crate::tui::app::{Action, App, Focus, Overlay};

pub fn action_for(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => match app.overlay {
            Overlay::Search => search_key(app, key),
            Overlay::Help => help_key(key),
            Overlay::None => main_key(app, key),
        },
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Scroll {
                col: m.column,
                row: m.row,
                down: false,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                col: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

fn ctrl(key: &KeyEvent) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL)
}

/// Moves shared by panes and overlays.
fn motion(key: &KeyEvent) -> Option<Action> {
    Some(match key.code {
        KeyCode::Up | KeyCode::Char('k') => Action::Up,
        KeyCode::Down | KeyCode::Char('j') => Action::Down,
        KeyCode::Home | KeyCode::Char('g') => Action::Top,
        KeyCode::End | KeyCode::Char('G') => Action::Bottom,
        KeyCode::PageUp => Action::PageUp,
        KeyCode::PageDown | KeyCode::Char(' ') => Action::PageDown,
        _ => return None,
    })
}

fn main_key(app: &App, key: &KeyEvent) -> Option<Action> {
    if ctrl(key) {
        return match key.code {
            KeyCode::Char('c') => Some(Action::Quit),
            KeyCode::Char('d') => Some(Action::PageDown),
            KeyCode::Char('u') => Some(Action::PageUp),
            _ => None,
        };
    }
    if let Some(m) = motion(key) {
        return Some(m);
    }
    Some(match key.code {
        KeyCode::Char('q') | KeyCode::Esc => Action::Quit,
        KeyCode::Tab => Action::FocusNext,
        KeyCode::BackTab => Action::FocusPrev,
        KeyCode::Char('?') => Action::OpenHelp,
        KeyCode::Char('/') => Action::OpenSearch,
        KeyCode::Char(']') => Action::NextArticle,
        KeyCode::Char('[') => Action::PrevArticle,
        KeyCode::Char(c @ '1'..='9') => Action::Article(c as usize - '1' as usize),
        KeyCode::Enter => Action::Open,
        KeyCode::Char('n') => Action::NextMatch,
        KeyCode::Char('N') => Action::PrevMatch,
        KeyCode::Left | KeyCode::Char('h') if app.focus == Focus::Reader => Action::PrevArticle,
        KeyCode::Right | KeyCode::Char('l') if app.focus == Focus::Reader => Action::NextArticle,
        _ => return None,
    })
}

fn help_key(key: &KeyEvent) -> Option<Action> {
    if ctrl(key) && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    if let Some(m) = motion(key) {
        return Some(m);
    }
    match key.code {
        KeyCode::Esc | KeyCode::Char('?') => Some(Action::CloseOverlay),
        KeyCode::Char('q') => Some(Action::Quit),
        _ => None,
    }
}

/// In the search box letters type, `q` and `j` included.
fn search_key(app: &App, key: &KeyEvent) -> Option<Action> {
    if ctrl(key) {
        return match key.code {
            KeyCode::Char('n') | KeyCode::Char('j') => Some(Action::Down),
            KeyCode::Char('p') | KeyCode::Char('k') => Some(Action::Up),
            KeyCode::Char('c') => Some(Action::CloseOverlay),
            _ => None,
        };
    }
    match key.code {
        KeyCode::Esc => Some(Action::CloseOverlay),
        KeyCode::Enter => {
            let hit = app.search.hits.get(app.search.selected)?;
            Some(Action::JumpToQuote(hit.quote))
        }
        KeyCode::Up | KeyCode::BackTab => Some(Action::Up),
        KeyCode::Down | KeyCode::Tab => Some(Action::Down),
        KeyCode::PageUp => Some(Action::PageUp),
        KeyCode::PageDown => Some(Action::PageDown),
        KeyCode::Backspace => Some(Action::SearchBackspace),
        // Alt+key is a shortcut elsewhere, never text.
        KeyCode::Char(_) if key.modifiers.contains(KeyModifiers::ALT) => None,
        KeyCode::Char(c) => Some(Action::SearchInput(c)),
        _ => None,
    }
}
