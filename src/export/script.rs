//! Key scripts: a sequence of keys and pauses, written the way a person would
//! describe it (`/rare<Enter> <wait 1s> n n ?`), parsed into the very
//! crossterm [`Event`]s a terminal would deliver. `brief screenshot` and
//! `brief record` feed them to the app.
//!
//! The syntax is told once, by [`syntax`], made from the parser's own table
//! of key names ([`NAMED`]): `brief screenshot --help`, `brief record
//! --help` and the parser's errors print it, and a test holds the README to
//! it. For example `? <wait 2s> <Esc> /rare<Enter> n n` opens the help,
//! holds it two seconds, closes it, searches the quotes for "rare", jumps to
//! the first result and steps to the next two matches.

use std::fmt;
use std::time::Duration;

use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

/// One step of a key script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A key press, as the terminal would report it.
    Key(Event),
    /// A pause before the next key.
    Wait(Duration),
}

impl Step {
    /// True for a key typed as a plain character (recordings type these faster).
    pub fn is_typed_char(&self) -> bool {
        matches!(
            self,
            Step::Key(Event::Key(KeyEvent {
                code: KeyCode::Char(_),
                modifiers,
                ..
            })) if (*modifiers - KeyModifiers::SHIFT).is_empty()
        )
    }
}

/// A key script that does not parse: where, what, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// One-based column, in characters, where the bad token starts.
    pub column: usize,
    /// The bad token as written.
    pub token: String,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "key script, column {}: `{}`: {}",
            self.column, self.token, self.message
        )
    }
}

impl std::error::Error for ParseError {}

/// A parsed key script, as the command line takes it (`--keys`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Script(pub Vec<Step>);

impl std::str::FromStr for Script {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Script, ParseError> {
        parse(s).map(Script)
    }
}

/// Parse a key script into its steps.
pub fn parse(script: &str) -> Result<Vec<Step>, ParseError> {
    let chars: Vec<char> = script.chars().collect();
    let mut steps = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '<' {
            let Some(len) = chars[i..].iter().position(|&c| c == '>') else {
                let token: String = chars[i..]
                    .iter()
                    .take_while(|c| !c.is_whitespace())
                    .collect();
                return Err(ParseError {
                    column: i + 1,
                    token,
                    message: "unclosed `<` (type `<lt>` for a literal `<`)".into(),
                });
            };
            let token: String = chars[i..=i + len].iter().collect();
            let inner: String = chars[i + 1..i + len].iter().collect();
            let step = bracketed(inner.trim()).map_err(|message| ParseError {
                column: i + 1,
                token,
                message,
            })?;
            steps.push(step);
            i += len + 1;
        } else {
            steps.push(Step::Key(key(KeyCode::Char(c), shift_if_upper(c))));
            i += 1;
        }
    }
    Ok(steps)
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Terminals report an upper-case letter with Shift; so does crossterm.
fn shift_if_upper(c: char) -> KeyModifiers {
    if c.is_uppercase() {
        KeyModifiers::SHIFT
    } else {
        KeyModifiers::NONE
    }
}

/// Every key name the parser knows, case-insensitive: the name help shows
/// first, then the other spellings it accepts.
pub const NAMED: &[(&[&str], KeyCode, KeyModifiers)] = &[
    (
        &["Enter", "CR", "Return"],
        KeyCode::Enter,
        KeyModifiers::NONE,
    ),
    (&["Esc", "Escape"], KeyCode::Esc, KeyModifiers::NONE),
    (&["Tab"], KeyCode::Tab, KeyModifiers::NONE),
    (&["S-Tab", "BackTab"], KeyCode::BackTab, KeyModifiers::SHIFT),
    (&["BS", "Backspace"], KeyCode::Backspace, KeyModifiers::NONE),
    (&["Del", "Delete"], KeyCode::Delete, KeyModifiers::NONE),
    (&["Up"], KeyCode::Up, KeyModifiers::NONE),
    (&["Down"], KeyCode::Down, KeyModifiers::NONE),
    (&["Left"], KeyCode::Left, KeyModifiers::NONE),
    (&["Right"], KeyCode::Right, KeyModifiers::NONE),
    (&["PgUp", "PageUp"], KeyCode::PageUp, KeyModifiers::NONE),
    (&["PgDn", "PageDown"], KeyCode::PageDown, KeyModifiers::NONE),
    (&["Home"], KeyCode::Home, KeyModifiers::NONE),
    (&["End"], KeyCode::End, KeyModifiers::NONE),
    (&["Space"], KeyCode::Char(' '), KeyModifiers::NONE),
    (&["lt"], KeyCode::Char('<'), KeyModifiers::NONE),
    (&["gt"], KeyCode::Char('>'), KeyModifiers::NONE),
];

/// The keys a script can name, as help writes them.
pub fn known_keys() -> String {
    let mut names: Vec<String> = NAMED
        .iter()
        .map(|(n, _, _)| format!("<{}>", n[0]))
        .collect();
    names.push("<F1>..<F12>".into());
    names.push("<C-x> <A-x> <S-x> (Ctrl, Alt, Shift with one character)".into());
    names.join(" ")
}

/// The whole syntax, as `--help` prints it.
pub fn syntax() -> String {
    format!(
        "Key scripts: bare characters are typed one by one (an upper-case letter \
         with Shift, as terminals report it); whitespace separates and is not typed. \
         Named keys, case-insensitive, in angle brackets: {}. Pauses: <wait 1s>, \
         <wait 1.5s>, <wait 500ms>; they only matter to recordings, where a typed \
         character takes {} s and any other key {} s.",
        known_keys(),
        super::TYPE_DELAY.as_secs_f64(),
        super::KEY_DELAY.as_secs_f64()
    )
}

/// The inside of `<...>`.
fn bracketed(inner: &str) -> Result<Step, String> {
    if let Some(rest) = strip_prefix_ci(inner, "wait")
        && rest.starts_with(char::is_whitespace)
    {
        return duration(rest.trim()).map(Step::Wait);
    }
    let lower = inner.to_ascii_lowercase();
    let named = NAMED
        .iter()
        .find(|(names, _, _)| names.iter().any(|n| n.eq_ignore_ascii_case(inner)))
        .map(|(_, code, modifiers)| (*code, *modifiers));
    if let Some((code, modifiers)) = named {
        return Ok(Step::Key(key(code, modifiers)));
    }
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok())
        && (1..=12).contains(&n)
    {
        return Ok(Step::Key(key(KeyCode::F(n), KeyModifiers::NONE)));
    }
    // <C-n>, <A-x>, <S-x>, <C-A-x>: modifiers, then one character.
    let parts: Vec<&str> = inner.split('-').collect();
    if parts.len() >= 2 {
        let (last, mods) = parts.split_last().expect("two parts or more");
        let mut chars = last.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            let mut modifiers = KeyModifiers::NONE;
            for m in mods {
                modifiers |= match m.to_ascii_lowercase().as_str() {
                    "c" => KeyModifiers::CONTROL,
                    "a" | "m" => KeyModifiers::ALT,
                    "s" => KeyModifiers::SHIFT,
                    _ => return Err(format!("unknown modifier `{m}-` (use C-, A- or S-)")),
                };
            }
            // Terminals report Ctrl with the lower-case letter, Shift with
            // the upper-case one.
            let c = if modifiers.contains(KeyModifiers::SHIFT) {
                c.to_uppercase().next().unwrap_or(c)
            } else if modifiers.contains(KeyModifiers::CONTROL) {
                c.to_ascii_lowercase()
            } else {
                c
            };
            return Ok(Step::Key(key(
                KeyCode::Char(c),
                modifiers | shift_if_upper(c),
            )));
        }
    }
    Err(format!(
        "unknown key; known: {} <wait 1s> <wait 500ms>",
        known_keys()
    ))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `1s`, `1.5s`, `500ms`.
fn duration(s: &str) -> Result<Duration, String> {
    let bad = || "bad pause; write <wait 1s>, <wait 1.5s> or <wait 500ms>".to_string();
    let (number, unit_ms) = if let Some(n) = s.strip_suffix("ms") {
        (n, 1.0)
    } else if let Some(n) = s.strip_suffix('s') {
        (n, 1000.0)
    } else {
        return Err(bad());
    };
    let n = number.trim();
    if n.is_empty() || !n.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return Err(bad());
    }
    let value: f64 = n.parse().map_err(|_| bad())?;
    let ms = value * unit_ms;
    if !(0.0..=600_000.0).contains(&ms) {
        return Err("pause longer than ten minutes".into());
    }
    Ok(Duration::from_millis(ms.round() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(code: KeyCode) -> Step {
        Step::Key(key(code, KeyModifiers::NONE))
    }

    fn ch(c: char) -> Step {
        Step::Key(key(KeyCode::Char(c), shift_if_upper(c)))
    }

    #[test]
    fn bare_characters_are_typed_and_spaces_separate() {
        assert_eq!(
            parse("/rare<Enter> n  N").unwrap(),
            vec![
                ch('/'),
                ch('r'),
                ch('a'),
                ch('r'),
                ch('e'),
                k(KeyCode::Enter),
                ch('n'),
                ch('N'),
            ]
        );
        assert_eq!(parse("").unwrap(), vec![]);
        assert_eq!(parse("  \t\n ").unwrap(), vec![]);
    }

    #[test]
    fn upper_case_comes_with_shift_like_a_terminal_reports_it() {
        assert_eq!(
            parse("G").unwrap(),
            vec![Step::Key(key(KeyCode::Char('G'), KeyModifiers::SHIFT))]
        );
    }

    #[test]
    fn named_keys_case_insensitive() {
        assert_eq!(
            parse("<Enter><esc><TAB><S-Tab><BS><Up><Down><Left><Right><PgUp><PgDn><Home><End>")
                .unwrap(),
            vec![
                k(KeyCode::Enter),
                k(KeyCode::Esc),
                k(KeyCode::Tab),
                Step::Key(key(KeyCode::BackTab, KeyModifiers::SHIFT)),
                k(KeyCode::Backspace),
                k(KeyCode::Up),
                k(KeyCode::Down),
                k(KeyCode::Left),
                k(KeyCode::Right),
                k(KeyCode::PageUp),
                k(KeyCode::PageDown),
                k(KeyCode::Home),
                k(KeyCode::End),
            ]
        );
        assert_eq!(
            parse("<Space><lt><gt><F5>").unwrap(),
            vec![ch(' '), ch('<'), ch('>'), k(KeyCode::F(5))]
        );
    }

    #[test]
    fn modifiers() {
        assert_eq!(
            parse("<C-n> <C-P> <A-x> <S-g>").unwrap(),
            vec![
                Step::Key(key(KeyCode::Char('n'), KeyModifiers::CONTROL)),
                Step::Key(key(KeyCode::Char('p'), KeyModifiers::CONTROL)),
                Step::Key(key(KeyCode::Char('x'), KeyModifiers::ALT)),
                Step::Key(key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            ]
        );
        // `<C-->` is Ctrl and a dash.
        assert_eq!(
            parse("<C-->").unwrap_err().column,
            1,
            "a dash is not a key character here"
        );
    }

    #[test]
    fn waits() {
        assert_eq!(
            parse("<wait 1s> <wait 500ms> <WAIT 1.5s> <wait  0s>").unwrap(),
            vec![
                Step::Wait(Duration::from_secs(1)),
                Step::Wait(Duration::from_millis(500)),
                Step::Wait(Duration::from_millis(1500)),
                Step::Wait(Duration::ZERO),
            ]
        );
    }

    #[test]
    fn errors_name_the_column_and_token() {
        let e = parse("jj <Entr> k").unwrap_err();
        assert_eq!((e.column, e.token.as_str()), (4, "<Entr>"));
        assert!(e.to_string().contains("column 4"), "{e}");
        assert!(e.to_string().contains("<Entr>"), "{e}");

        let e = parse("n <wait 1 sec>").unwrap_err();
        assert_eq!((e.column, e.token.as_str()), (3, "<wait 1 sec>"));
        assert!(e.message.contains("pause"), "{}", e.message);

        let e = parse("ab <wait").unwrap_err();
        assert_eq!((e.column, e.token.as_str()), (4, "<wait"));
        assert!(e.message.contains("unclosed"));

        let e = parse("<Q-x>").unwrap_err();
        assert!(e.message.contains("modifier"), "{}", e.message);

        let e = parse("<wait -1s>").unwrap_err();
        assert_eq!(e.column, 1);

        // Columns count characters, not bytes.
        let e = parse("éé <nope>").unwrap_err();
        assert_eq!(e.column, 4);
    }

    #[test]
    fn typed_characters_are_told_apart_from_other_keys() {
        let steps = parse("a G <Enter> <C-n> <wait 1s>").unwrap();
        let typed: Vec<bool> = steps.iter().map(Step::is_typed_char).collect();
        assert_eq!(typed, vec![true, true, false, false, false]);
    }

    #[test]
    fn every_spelling_in_the_table_parses_to_its_key() {
        for (names, code, modifiers) in NAMED {
            for name in *names {
                for spelled in [name.to_string(), name.to_lowercase(), name.to_uppercase()] {
                    let steps = parse(&format!("<{spelled}>")).unwrap();
                    assert_eq!(steps, [Step::Key(key(*code, *modifiers))], "<{spelled}>");
                }
            }
        }
        assert!(syntax().contains(&known_keys()));
    }

    #[test]
    fn the_readme_names_the_keys_the_parser_knows() {
        let readme = include_str!("../../README.md");
        let names = readme
            .split("<!-- key-names -->`")
            .nth(1)
            .and_then(|rest| rest.split("`<!-- /key-names -->").next())
            .expect("README.md marks its list of key names");
        assert_eq!(names, known_keys());
    }
}
