//! Every key the explorer answers to, in one table. The keymap looks keys up
//! here, the help overlay and the README's key table are written from it,
//! and the status line's hints are checked against it, so none of them can
//! tell a user about a key that does something else.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::app::{Action, Front, View};

/// A day and an hour, in seconds: how far `<` `>` and `{` `}` move the clock.
pub const DAY: i64 = 86_400;
pub const HOUR: i64 = 3_600;

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// No overlay open, whatever the view and the focus.
    Main,
    /// The briefing view, no overlay open.
    Briefing,
    /// The briefing view with the reader focused.
    Reader,
    /// The coverage view.
    Coverage,
    /// The pins view.
    Pins,
    /// Moving in whatever is in front: the main screen or the help.
    Browse,
    /// The quote search overlay.
    Search,
    /// The help overlay.
    Help,
    /// The mouse, anywhere.
    Mouse,
    /// Every screen, overlays too: the shell's job-control key means the
    /// same whatever is open.
    Anywhere,
}

/// A key as a binding names it. Shift is never part of it: terminals
/// report `G` and `S-Tab` with or without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    /// A character typed with neither Ctrl nor Alt.
    Char(char),
    /// Ctrl and a letter.
    Ctrl(char),
    /// A named key, without Ctrl or Alt.
    Code(KeyCode),
    /// `1` to `9` with Alt, each its own article.
    AltDigit,
    /// A named key with Alt.
    Alt(KeyCode),
    /// Any character typed with neither Ctrl nor Alt (text entry).
    Typed,
    Wheel,
    Click,
}

/// What a binding does: an action as it is, or one the keymap completes
/// with what the event and the app add (the character typed, the result
/// selected, where the pointer is).
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Do(Action),
    ArticleByNumber,
    Type,
    JumpToResult,
    Scroll,
    Click,
}

/// One row of the help: keys, each with what it does, and one description.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// The help's heading this row is listed under.
    pub group: &'static str,
    pub scope: Scope,
    pub keys: &'static [(Key, Command)],
    pub what: &'static str,
}

use Command as C;
use Key::{Char, Code, Ctrl};

const fn row(
    group: &'static str,
    scope: Scope,
    keys: &'static [(Key, Command)],
    what: &'static str,
) -> Binding {
    Binding {
        group,
        scope,
        keys,
        what,
    }
}

/// In lookup order: within a scope, the first row holding a key wins.
pub const BINDINGS: &[Binding] = &[
    row(
        "Global",
        Scope::Main,
        &[
            (Char('q'), C::Do(Action::Quit)),
            (Code(KeyCode::Esc), C::Do(Action::Quit)),
            (Ctrl('c'), C::Do(Action::Quit)),
        ],
        "quit",
    ),
    row(
        "Global",
        Scope::Anywhere,
        &[(Ctrl('z'), C::Do(Action::Suspend))],
        "suspend; fg resumes",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Char('?'), C::Do(Action::OpenHelp))],
        "this help",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Char('/'), C::Do(Action::OpenSearch))],
        "quote search",
    ),
    row(
        "Global",
        Scope::Main,
        &[
            (Code(KeyCode::Tab), C::Do(Action::FocusNext)),
            (Code(KeyCode::BackTab), C::Do(Action::FocusPrev)),
        ],
        "next / previous pane",
    ),
    row(
        "Global",
        Scope::Main,
        &[
            (Char('n'), C::Do(Action::NextMatch)),
            (Char('N'), C::Do(Action::PrevMatch)),
        ],
        "next / previous match",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Char('!'), C::Do(Action::OpenErrors))],
        "why a reload failed",
    ),
    row(
        "Views",
        Scope::Main,
        &[
            (Char('1'), C::Do(Action::ShowView(View::Briefing))),
            (Char('2'), C::Do(Action::ShowView(View::Timeline))),
            (Char('3'), C::Do(Action::ShowView(View::Coverage))),
            (Char('4'), C::Do(Action::ShowView(View::People))),
            (Char('5'), C::Do(Action::ShowView(View::Pins))),
        ],
        "show a view (tabs)",
    ),
    row(
        "Views",
        Scope::Main,
        &[
            (Key::Alt(KeyCode::Left), C::Do(Action::PrevView)),
            (Key::Alt(KeyCode::Right), C::Do(Action::NextView)),
        ],
        "previous / next view",
    ),
    row(
        "Views",
        Scope::Main,
        &[(Char('p'), C::Do(Action::Pin))],
        "pin the item at cursor",
    ),
    row(
        "Views",
        Scope::Main,
        &[(Char('y'), C::Do(Action::Copy))],
        "copy as a citation",
    ),
    row(
        "Views",
        Scope::Pins,
        &[(Char('d'), C::Do(Action::Unpin))],
        "unpin (pins view)",
    ),
    row(
        "Views",
        Scope::Coverage,
        &[
            (Char('h'), C::Do(Action::Left)),
            (Char('l'), C::Do(Action::Right)),
            (Code(KeyCode::Left), C::Do(Action::Left)),
            (Code(KeyCode::Right), C::Do(Action::Right)),
        ],
        "coverage: prev/next source",
    ),
    row(
        "Time travel",
        Scope::Main,
        &[
            (Char('<'), C::Do(Action::ShiftClock(-DAY))),
            (Char('>'), C::Do(Action::ShiftClock(DAY))),
        ],
        "clock -/+ a day",
    ),
    row(
        "Time travel",
        Scope::Main,
        &[
            (Char('{'), C::Do(Action::ShiftClock(-HOUR))),
            (Char('}'), C::Do(Action::ShiftClock(HOUR))),
        ],
        "clock -/+ an hour",
    ),
    row(
        "Time travel",
        Scope::Main,
        &[(Char('.'), C::Do(Action::LiveClock))],
        "clock back to now",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Char('j'), C::Do(Action::Down)),
            (Char('k'), C::Do(Action::Up)),
            (Code(KeyCode::Up), C::Do(Action::Up)),
            (Code(KeyCode::Down), C::Do(Action::Down)),
        ],
        "move or scroll",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Char('g'), C::Do(Action::Top)),
            (Char('G'), C::Do(Action::Bottom)),
            (Code(KeyCode::Home), C::Do(Action::Top)),
            (Code(KeyCode::End), C::Do(Action::Bottom)),
        ],
        "top / bottom",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Code(KeyCode::PageUp), C::Do(Action::PageUp)),
            (Ctrl('u'), C::Do(Action::PageUp)),
        ],
        "page up",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Code(KeyCode::PageDown), C::Do(Action::PageDown)),
            (Char(' '), C::Do(Action::PageDown)),
            (Ctrl('d'), C::Do(Action::PageDown)),
        ],
        "page down",
    ),
    row(
        "Issues, countdown",
        Scope::Main,
        &[(Code(KeyCode::Enter), C::Do(Action::Open))],
        "read where it is said",
    ),
    row(
        "Reader",
        Scope::Briefing,
        &[
            (Char('['), C::Do(Action::PrevArticle)),
            (Char(']'), C::Do(Action::NextArticle)),
        ],
        "previous/next article",
    ),
    row(
        "Reader",
        Scope::Reader,
        &[
            (Char('h'), C::Do(Action::PrevArticle)),
            (Char('l'), C::Do(Action::NextArticle)),
            (Code(KeyCode::Left), C::Do(Action::PrevArticle)),
            (Code(KeyCode::Right), C::Do(Action::NextArticle)),
        ],
        "same, in the reader",
    ),
    row(
        "Reader",
        Scope::Briefing,
        &[(Key::AltDigit, C::ArticleByNumber)],
        "article by number",
    ),
    row(
        "Reader",
        Scope::Briefing,
        &[(Char('i'), C::Do(Action::OpenInfo))],
        "source, who said what, why",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[(Key::Typed, C::Type)],
        "filters as you type",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::Up), C::Do(Action::Up)),
            (Ctrl('p'), C::Do(Action::Up)),
            (Ctrl('k'), C::Do(Action::Up)),
        ],
        "previous result",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::Down), C::Do(Action::Down)),
            (Ctrl('n'), C::Do(Action::Down)),
            (Ctrl('j'), C::Do(Action::Down)),
        ],
        "next result",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::Tab), C::Do(Action::ToggleScope)),
            (Code(KeyCode::BackTab), C::Do(Action::ToggleScope)),
        ],
        "quotes / full text",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::PageUp), C::Do(Action::PageUp)),
            (Code(KeyCode::PageDown), C::Do(Action::PageDown)),
        ],
        "page up / down",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[(Code(KeyCode::Backspace), C::Do(Action::SearchBackspace))],
        "edit",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[(Code(KeyCode::Enter), C::JumpToResult)],
        "show quote in reader",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::Esc), C::Do(Action::CloseOverlay)),
            (Ctrl('c'), C::Do(Action::CloseOverlay)),
        ],
        "close, keep reader",
    ),
    row(
        "Help",
        Scope::Help,
        &[
            (Code(KeyCode::Esc), C::Do(Action::CloseOverlay)),
            (Char('?'), C::Do(Action::CloseOverlay)),
        ],
        "close the help",
    ),
    row(
        "Help",
        Scope::Help,
        &[
            (Char('q'), C::Do(Action::Quit)),
            (Ctrl('c'), C::Do(Action::Quit)),
        ],
        "quit",
    ),
    row(
        "Mouse",
        Scope::Mouse,
        &[(Key::Wheel, C::Scroll)],
        "scroll pane under it",
    ),
    row(
        "Mouse",
        Scope::Mouse,
        &[(Key::Click, C::Click)],
        "select issue, deadline",
    ),
];

/// A hint of the status line: keys as it shows them, and what each of them
/// must do where the hint is shown (one command, or one per key).
#[derive(Debug, Clone, Copy)]
pub struct Hint {
    pub keys: &'static str,
    pub what: &'static str,
    pub does: &'static [Command],
}

const fn hint(keys: &'static str, what: &'static str, does: &'static [Command]) -> Hint {
    Hint { keys, what, does }
}

/// The keys that matter most in each place, most important first: the
/// status line drops hints from the end when they do not fit.
pub fn hints(front: Front) -> &'static [Hint] {
    const HELP: Hint = hint("?", "help", &[C::Do(Action::OpenHelp)]);
    const QUIT: Hint = hint("q", "quit", &[C::Do(Action::Quit)]);
    const SEARCH: &[Hint] = &[
        hint("type", "filter", &[C::Type]),
        hint("↑↓", "move", &[C::Do(Action::Up), C::Do(Action::Down)]),
        hint("Tab", "quotes/text", &[C::Do(Action::ToggleScope)]),
        hint("Enter", "show in reader", &[C::JumpToResult]),
        hint("Esc", "close", &[C::Do(Action::CloseOverlay)]),
    ];
    const IN_HELP: &[Hint] = &[
        hint("j/k", "scroll", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("Esc", "close", &[C::Do(Action::CloseOverlay)]),
        QUIT,
    ];
    const COUNTDOWN: &[Hint] = &[
        hint("j/k", "select", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("Enter", "read source", &[C::Do(Action::Open)]),
        hint("Tab", "next pane", &[C::Do(Action::FocusNext)]),
        hint("/", "search", &[C::Do(Action::OpenSearch)]),
        HELP,
        QUIT,
    ];
    const ISSUES: &[Hint] = &[
        hint("j/k", "select", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("Enter", "read", &[C::Do(Action::Open)]),
        hint(
            "n/N",
            "mentions",
            &[C::Do(Action::NextMatch), C::Do(Action::PrevMatch)],
        ),
        hint("Tab", "next pane", &[C::Do(Action::FocusNext)]),
        hint("/", "search", &[C::Do(Action::OpenSearch)]),
        HELP,
        QUIT,
    ];
    const READER: &[Hint] = &[
        hint("j/k", "scroll", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint(
            "[/]",
            "article",
            &[C::Do(Action::PrevArticle), C::Do(Action::NextArticle)],
        ),
        hint(
            "n/N",
            "next match",
            &[C::Do(Action::NextMatch), C::Do(Action::PrevMatch)],
        ),
        hint("Tab", "pane", &[C::Do(Action::FocusNext)]),
        hint("/", "search", &[C::Do(Action::OpenSearch)]),
        HELP,
        QUIT,
    ];
    const TIMELINE: &[Hint] = &[
        hint("j/k", "select", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("Enter", "read", &[C::Do(Action::Open)]),
        hint(
            "n/N",
            "anchors",
            &[C::Do(Action::NextMatch), C::Do(Action::PrevMatch)],
        ),
        hint(
            "</>",
            "day",
            &[
                C::Do(Action::ShiftClock(-DAY)),
                C::Do(Action::ShiftClock(DAY)),
            ],
        ),
        hint("p", "pin", &[C::Do(Action::Pin)]),
        HELP,
        QUIT,
    ];
    const COVERAGE: &[Hint] = &[
        hint("j/k", "issue", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint(
            "h/l",
            "source",
            &[C::Do(Action::Left), C::Do(Action::Right)],
        ),
        hint("Enter", "read", &[C::Do(Action::Open)]),
        hint("p", "pin", &[C::Do(Action::Pin)]),
        HELP,
        QUIT,
    ];
    const PEOPLE: &[Hint] = &[
        hint("j/k", "select", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("Enter", "quotes", &[C::Do(Action::Open)]),
        hint("Tab", "switch", &[C::Do(Action::FocusNext)]),
        HELP,
        QUIT,
    ];
    const QUOTES: &[Hint] = &[
        hint("j/k", "select", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("Enter", "read", &[C::Do(Action::Open)]),
        hint("p", "pin", &[C::Do(Action::Pin)]),
        hint("y", "copy", &[C::Do(Action::Copy)]),
        hint("Tab", "people", &[C::Do(Action::FocusNext)]),
        HELP,
        QUIT,
    ];
    const PINS: &[Hint] = &[
        hint("j/k", "select", &[C::Do(Action::Down), C::Do(Action::Up)]),
        hint("y", "copy citation", &[C::Do(Action::Copy)]),
        hint("Enter", "read", &[C::Do(Action::Open)]),
        hint("d", "unpin", &[C::Do(Action::Unpin)]),
        HELP,
        QUIT,
    ];
    match front {
        Front::Timeline => TIMELINE,
        Front::Coverage => COVERAGE,
        Front::People => PEOPLE,
        Front::PersonQuotes => QUOTES,
        Front::Pins => PINS,
        Front::Search => SEARCH,
        Front::Help => IN_HELP,
        Front::Countdown => COUNTDOWN,
        Front::Issues => ISSUES,
        Front::Reader => READER,
    }
}

impl Key {
    /// How help and the README write the key.
    pub fn label(self) -> String {
        match self {
            Key::Char(' ') => "Space".into(),
            Key::Char(c) => c.to_string(),
            Key::Ctrl(c) => format!("^{c}"),
            Key::Code(code) => match code {
                KeyCode::Up => "↑".into(),
                KeyCode::Down => "↓".into(),
                KeyCode::Left => "←".into(),
                KeyCode::Right => "→".into(),
                KeyCode::PageUp => "PgUp".into(),
                KeyCode::PageDown => "PgDn".into(),
                KeyCode::BackTab => "S-Tab".into(),
                other => other.to_string(),
            },
            Key::AltDigit => "A-1..9".into(),
            Key::Alt(code) => format!("A-{}", Key::Code(code).label()),
            Key::Typed => "type".into(),
            Key::Wheel => "wheel".into(),
            Key::Click => "click".into(),
        }
    }

    /// Whether a key press is this key. Ctrl is part of a key only where it
    /// is named; Alt never is, so an Alt shortcut never types or moves.
    pub fn matches(self, key: &KeyEvent) -> bool {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match self {
            Key::Ctrl(c) => ctrl && !alt && key.code == KeyCode::Char(c),
            Key::AltDigit => alt && !ctrl && matches!(key.code, KeyCode::Char('1'..='9')),
            Key::Alt(code) => alt && !ctrl && key.code == code,
            _ if ctrl || alt => false,
            Key::Char(c) => key.code == KeyCode::Char(c),
            Key::Code(code) => key.code == code,
            Key::Typed => matches!(key.code, KeyCode::Char(_)),
            Key::Wheel | Key::Click => false,
        }
    }
}

impl Binding {
    /// The keys as help lists them: `j k ↑ ↓`.
    pub fn label(&self) -> String {
        let labels: Vec<String> = self.keys.iter().map(|(k, _)| k.label()).collect();
        labels.join(" ")
    }
}

/// The help's groups in the table's order, each with its rows.
pub fn groups() -> Vec<(&'static str, Vec<&'static Binding>)> {
    let mut out: Vec<(&'static str, Vec<&'static Binding>)> = Vec::new();
    for b in BINDINGS {
        match out.iter_mut().find(|(g, _)| *g == b.group) {
            Some((_, rows)) => rows.push(b),
            None => out.push((b.group, vec![b])),
        }
    }
    out
}

/// The README's key table, made from the bindings: `cargo test` fails when
/// the README's copy differs.
pub fn markdown_table() -> String {
    let mut out = String::from("| where | keys | what they do |\n| --- | --- | --- |\n");
    for (group, rows) in groups() {
        for b in rows {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|(k, _)| format!("`{}`", k.label().replace('|', "\\|")))
                .collect();
            out.push_str(&format!("| {group} | {} | {} |\n", keys.join(" "), b.what));
        }
    }
    out
}
