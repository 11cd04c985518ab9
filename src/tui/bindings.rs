//! Every key the explorer answers to, in one table. The keymap looks keys up
//! here, the help overlay and the README's key table are written from it,
//! and the status line's hints are checked against it, so none of them can
//! tell a user about a key that does something else.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The main screen, no overlay open, whatever has focus.
    Main,
    /// The main screen with the reader focused.
    Reader,
    /// Moving in whatever is in front: the main screen or the help.
    Browse,
    /// The quote search overlay.
    Search,
    /// The help overlay.
    Help,
    /// The mouse, anywhere.
    Mouse,
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
    /// `1` to `9`, each its own article.
    Digit,
    /// Any character typed with neither Ctrl nor Alt (text entry).
    Typed,
    Wheel,
    Click,
}

/// What a binding does; the keymap turns it into an `Action` with what the
/// event and the app add (the character typed, the result selected).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    Quit,
    Suspend,
    CloseOverlay,
    OpenHelp,
    OpenSearch,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    NextArticle,
    PrevArticle,
    ArticleByNumber,
    Open,
    NextMatch,
    PrevMatch,
    Type,
    Backspace,
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
            (Char('q'), C::Quit),
            (Code(KeyCode::Esc), C::Quit),
            (Ctrl('c'), C::Quit),
        ],
        "quit",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Ctrl('z'), C::Suspend)],
        "suspend; fg resumes",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Char('?'), C::OpenHelp)],
        "this help",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Char('/'), C::OpenSearch)],
        "quote search",
    ),
    row(
        "Global",
        Scope::Main,
        &[
            (Code(KeyCode::Tab), C::FocusNext),
            (Code(KeyCode::BackTab), C::FocusPrev),
        ],
        "next / previous pane",
    ),
    row(
        "Global",
        Scope::Main,
        &[(Char('n'), C::NextMatch), (Char('N'), C::PrevMatch)],
        "next / previous match",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Char('j'), C::Down),
            (Char('k'), C::Up),
            (Code(KeyCode::Up), C::Up),
            (Code(KeyCode::Down), C::Down),
        ],
        "move or scroll",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Char('g'), C::Top),
            (Char('G'), C::Bottom),
            (Code(KeyCode::Home), C::Top),
            (Code(KeyCode::End), C::Bottom),
        ],
        "top / bottom",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[(Code(KeyCode::PageUp), C::PageUp), (Ctrl('u'), C::PageUp)],
        "page up",
    ),
    row(
        "Moving",
        Scope::Browse,
        &[
            (Code(KeyCode::PageDown), C::PageDown),
            (Char(' '), C::PageDown),
            (Ctrl('d'), C::PageDown),
        ],
        "page down",
    ),
    row(
        "Issues, countdown",
        Scope::Main,
        &[(Code(KeyCode::Enter), C::Open)],
        "read where it is said",
    ),
    row(
        "Reader",
        Scope::Main,
        &[(Char('['), C::PrevArticle), (Char(']'), C::NextArticle)],
        "previous/next article",
    ),
    row(
        "Reader",
        Scope::Reader,
        &[
            (Char('h'), C::PrevArticle),
            (Char('l'), C::NextArticle),
            (Code(KeyCode::Left), C::PrevArticle),
            (Code(KeyCode::Right), C::NextArticle),
        ],
        "same, in the reader",
    ),
    row(
        "Reader",
        Scope::Main,
        &[(Key::Digit, C::ArticleByNumber)],
        "article by number",
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
            (Code(KeyCode::Up), C::Up),
            (Ctrl('p'), C::Up),
            (Ctrl('k'), C::Up),
            (Code(KeyCode::BackTab), C::Up),
        ],
        "previous result",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::Down), C::Down),
            (Ctrl('n'), C::Down),
            (Ctrl('j'), C::Down),
            (Code(KeyCode::Tab), C::Down),
        ],
        "next result",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[
            (Code(KeyCode::PageUp), C::PageUp),
            (Code(KeyCode::PageDown), C::PageDown),
        ],
        "page up / down",
    ),
    row(
        "Quote search",
        Scope::Search,
        &[(Code(KeyCode::Backspace), C::Backspace)],
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
            (Code(KeyCode::Esc), C::CloseOverlay),
            (Ctrl('c'), C::CloseOverlay),
        ],
        "close, keep reader",
    ),
    row(
        "Help",
        Scope::Help,
        &[
            (Code(KeyCode::Esc), C::CloseOverlay),
            (Char('?'), C::CloseOverlay),
        ],
        "close the help",
    ),
    row(
        "Help",
        Scope::Help,
        &[(Char('q'), C::Quit), (Ctrl('c'), C::Quit)],
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

/// Where the status line's hints apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HintPlace {
    Search,
    Help,
    Countdown,
    Issues,
    Reader,
}

/// The keys that matter most in each place, most important first: the
/// status line drops hints from the end when they do not fit.
pub fn hints(place: HintPlace) -> &'static [Hint] {
    const HELP: Hint = hint("?", "help", &[C::OpenHelp]);
    const QUIT: Hint = hint("q", "quit", &[C::Quit]);
    const SEARCH: &[Hint] = &[
        hint("type", "filter", &[C::Type]),
        hint("↑↓", "move", &[C::Up, C::Down]),
        hint("Enter", "show in reader", &[C::JumpToResult]),
        hint("Esc", "close", &[C::CloseOverlay]),
    ];
    const IN_HELP: &[Hint] = &[
        hint("j/k", "scroll", &[C::Down, C::Up]),
        hint("Esc", "close", &[C::CloseOverlay]),
        QUIT,
    ];
    const COUNTDOWN: &[Hint] = &[
        hint("j/k", "select", &[C::Down, C::Up]),
        hint("Enter", "read source", &[C::Open]),
        hint("Tab", "next pane", &[C::FocusNext]),
        hint("/", "search", &[C::OpenSearch]),
        HELP,
        QUIT,
    ];
    const ISSUES: &[Hint] = &[
        hint("j/k", "select", &[C::Down, C::Up]),
        hint("Enter", "read", &[C::Open]),
        hint("n/N", "mentions", &[C::NextMatch, C::PrevMatch]),
        hint("Tab", "next pane", &[C::FocusNext]),
        hint("/", "search", &[C::OpenSearch]),
        HELP,
        QUIT,
    ];
    const READER: &[Hint] = &[
        hint("j/k", "scroll", &[C::Down, C::Up]),
        hint("[/]", "article", &[C::PrevArticle, C::NextArticle]),
        hint("n/N", "next match", &[C::NextMatch, C::PrevMatch]),
        hint("Tab", "pane", &[C::FocusNext]),
        hint("/", "search", &[C::OpenSearch]),
        HELP,
        QUIT,
    ];
    match place {
        HintPlace::Search => SEARCH,
        HintPlace::Help => IN_HELP,
        HintPlace::Countdown => COUNTDOWN,
        HintPlace::Issues => ISSUES,
        HintPlace::Reader => READER,
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
            Key::Digit => "1-9".into(),
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
            _ if ctrl || alt => false,
            Key::Char(c) => key.code == KeyCode::Char(c),
            Key::Code(code) => key.code == code,
            Key::Digit => matches!(key.code, KeyCode::Char('1'..='9')),
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
