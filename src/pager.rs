//! Long output on a terminal goes through the user's pager, as git does it:
//! `$PAGER`, or `less` when unset, with `LESS=FRX` unless the user set
//! `LESS` (quit when it fits one screen, show colour, leave the text on the
//! screen). An empty `PAGER` or `cat` means no pager. Only the caller knows
//! whether stdout is a terminal and whether `--no-pager` was given.

use std::io::{self, Write};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

/// When output is worth paging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// An article: the pager's `-F` still prints one that fits.
    Always,
    /// Anything else, once it is taller than the terminal.
    Taller,
}

/// The pager command line, from `PAGER`; `None` when the user wants none.
pub fn command_from(pager: Option<&str>) -> Option<String> {
    match pager.map(str::trim) {
        None => Some("less".into()),
        Some("" | "cat") => None,
        Some(cmd) => Some(cmd.to_string()),
    }
}

/// Whether `text` is worth paging on a terminal of `rows` x `cols`.
pub fn worth_paging(text: &str, when: When, (cols, rows): (u16, u16)) -> bool {
    when == When::Always || screen_rows(text, cols.max(1) as usize) > rows as usize
}

/// Rows `text` takes on a terminal `cols` wide, long lines wrapping.
fn screen_rows(text: &str, cols: usize) -> usize {
    text.lines()
        .map(|line| crate::text::width(&strip_sgr(line)).div_ceil(cols).max(1))
        .sum()
}

/// `line` without the colour sequences the reports add, which take no cells.
fn strip_sgr(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // ESC [ params m
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that need a shell to mean what the user meant.
const SHELL_SYNTAX: &[char] = &[
    '|', '&', ';', '<', '>', '(', ')', '$', '`', '\\', '"', '\'', '*', '?', '[', '#', '~', '=',
    '%', '{', '}',
];

fn spawn(cmd: &str) -> io::Result<(std::process::Child, bool)> {
    let via_shell = cmd.contains(SHELL_SYNTAX);
    let mut command = if via_shell {
        let mut c = Command::new("sh");
        c.arg("-c").arg(cmd);
        c
    } else {
        let mut words = cmd.split_whitespace();
        let mut c = Command::new(words.next().unwrap_or("less"));
        c.args(words);
        c
    };
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        command.env("LV", "-c");
    }
    let child = command.stdin(Stdio::piped()).spawn()?;
    Ok((child, via_shell))
}

/// Runs the pager `cmd` on `text` and waits for it to end. False when it
/// could not start, so the caller prints the text itself; nothing has been
/// shown then.
pub fn page(cmd: &str, text: &str) -> bool {
    let Ok((mut child, via_shell)) = spawn(cmd) else {
        return false;
    };
    // Ctrl-C reaches the whole foreground group: the pager handles it, and
    // brief must not die under it and hand the terminal back too early.
    let interrupted = Arc::new(AtomicBool::new(false));
    let guard = signal_hook::flag::register(signal_hook::consts::SIGINT, interrupted).ok();
    if let Some(mut stdin) = child.stdin.take() {
        // A pager quit before the end (`q` in less) closes the pipe: fine.
        let _ = stdin.write_all(text.as_bytes());
    }
    let status = child.wait();
    if let Some(id) = guard {
        signal_hook::low_level::unregister(id);
    }
    match status {
        // sh's "not found" and "not executable": the pager never ran.
        Ok(s) if via_shell && matches!(s.code(), Some(126 | 127)) => false,
        Ok(_) => true,
        Err(_) => false,
    }
}

/// Prints `text` to stdout. A closed pipe (`brief quotes | head`) is a
/// normal end, not a failure; any other write error is exit 1.
pub fn print(text: &str) -> std::process::ExitCode {
    let mut out = io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: cannot write output: {e}");
            std::process::ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pager_setting_follows_git() {
        assert_eq!(command_from(None).as_deref(), Some("less"));
        assert_eq!(command_from(Some("")), None);
        assert_eq!(command_from(Some("cat")), None);
        assert_eq!(command_from(Some("most -s")).as_deref(), Some("most -s"));
    }

    #[test]
    fn pages_what_does_not_fit() {
        let ten = "line\n".repeat(10);
        assert!(!worth_paging(&ten, When::Taller, (80, 24)));
        assert!(worth_paging(&ten, When::Taller, (80, 9)));
        assert!(worth_paging("short\n", When::Always, (80, 24)));
        // One line of 100 cells takes two rows of 80.
        let wide = format!("{}\n", "x".repeat(100)).repeat(12);
        assert!(worth_paging(&wide, When::Taller, (80, 23)));
        assert!(!worth_paging(&wide, When::Taller, (80, 24)));
        // Colour takes no cells.
        let painted = "\x1b[1;36mXi Jinping\x1b[0m\n".repeat(2);
        assert_eq!(screen_rows(&painted, 10), 2);
    }
}
