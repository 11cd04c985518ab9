//! `brief man`: the manual page, made from the same clap definitions as
//! `--help` (clap_mangen) and the explorer's own key table, so neither can
//! drift from what the program does. Sections clap knows nothing of (the
//! commands' own options, keys, exit status, environment) are added here.

use std::io::{self, Write};

use clap::CommandFactory;
use clap_mangen::Man;
use roff::{Roff, bold, italic, roman};

use crate::cli::Cli;
use crate::tui::bindings;

/// The page as roff, ready for `man -l -`.
pub fn render() -> io::Result<Vec<u8>> {
    let mut cmd = Cli::command();
    cmd.build();
    let man = Man::new(cmd.clone()).manual("User Commands");
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    commands(&cmd, &mut out)?;
    keys().to_writer(&mut out)?;
    reference().to_writer(&mut out)?;
    man.render_version_section(&mut out)?;
    Ok(portable(&strip_repeated_preamble(&out)))
}

/// One subsection per command: its synopsis, what it does, its own options
/// (the global ones are listed once, under OPTIONS).
fn commands(cmd: &clap::Command, out: &mut Vec<u8>) -> io::Result<()> {
    let mut head = Roff::new();
    head.control("SH", ["COMMANDS"]);
    head.to_writer(out)?;
    // `brief help` is clap's own and says nothing a man page should.
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        // Global options and help were copied into each command by build.
        let sub = sub
            .clone()
            .mut_args(|a| {
                let shared = a.is_global_set() || a.get_id() == "help";
                a.hide(shared)
            })
            .bin_name(format!("{} {}", cmd.get_name(), sub.get_name()));
        let man = Man::new(sub.clone());
        let mut section = Vec::new();
        man.render_synopsis_section(&mut section)?;
        let mut about = Roff::new();
        if let Some(text) = sub.get_long_about().or_else(|| sub.get_about()) {
            about.control("PP", []).text([roman(text.to_string())]);
        }
        about.to_writer(&mut section)?;
        if sub.get_arguments().any(|a| !a.is_hide_set()) {
            man.render_options_section(&mut section)?;
        }
        if let Some(after) = sub.get_after_help() {
            after_help(&after.to_string()).to_writer(&mut section)?;
        }
        // clap_mangen heads each part as a page of its own: here they are
        // one subsection, titled by the command's synopsis.
        let text = String::from_utf8_lossy(&section)
            .replace(".SH SYNOPSIS\n", &format!(".SS {}\n", sub.get_name()))
            .replace(".SH OPTIONS\n", ".PP\nOptions:\n");
        out.write_all(text.as_bytes())?;
    }
    Ok(())
}

/// A command's notes: a paragraph per block of lines, and indented lines
/// (a table, commands to type) kept line for line.
fn after_help(text: &str) -> Roff {
    let mut r = Roff::new();
    for block in text.split("\n\n") {
        let lines: Vec<&str> = block.lines().filter(|l| !l.trim().is_empty()).collect();
        if lines.is_empty() {
            continue;
        }
        if lines.iter().all(|l| l.starts_with(' ')) {
            r.control("RS", []).control("nf", []);
            for line in lines {
                r.text([roman(line.trim())]);
            }
            r.control("fi", []).control("RE", []);
        } else {
            r.control("PP", []).text([roman(lines.join(" "))]);
        }
    }
    r
}

/// The explorer's keys, group by group, from the table the keymap uses.
fn keys() -> Roff {
    let mut r = Roff::new();
    r.control("SH", ["KEY BINDINGS"]);
    r.text([roman(
        "In the explorer (brief without a command). ? shows the same list.",
    )]);
    for (group, rows) in bindings::groups() {
        r.control("SS", [group]);
        for b in rows {
            r.control("TP", ["18"])
                .text([bold(b.label())])
                .text([roman(b.what)]);
        }
    }
    r
}

fn item(r: &mut Roff, term: &str, text: &str) {
    r.control("TP", []).text([bold(term)]).text([roman(text)]);
}

/// Exit status, environment, examples.
fn reference() -> Roff {
    let mut r = Roff::new();
    r.control("SH", ["EXIT STATUS"]);
    item(&mut r, "0", "Success.");
    item(
        &mut r,
        "1",
        "A runtime failure: the terminal, a file that cannot be written.",
    );
    item(
        &mut r,
        "2",
        "Bad input or usage: an unknown command or option, a bad value, a briefing with \
         errors (each printed as file:line: message), an unknown source id.",
    );

    r.control("SH", ["ENVIRONMENT"]);
    item(&mut r, "BRIEF_NOW", "Freezes the clock, as --now does.");
    item(
        &mut r,
        "NO_COLOR",
        "Set and not empty: no colour, unless --color always. The explorer then \
         shows focus and matches by bold, reverse and underline alone.",
    );
    item(
        &mut r,
        "CLICOLOR_FORCE",
        "Set and not 0: colour even into a pipe, unless NO_COLOR is set or --color never.",
    );
    item(&mut r, "CLICOLOR", "0: no colour, unless --color always.");
    item(
        &mut r,
        "PAGER",
        "The pager for brief read and for output taller than the terminal, when \
         stdout is a terminal; less when unset; empty or cat for none. --no-pager \
         prints directly.",
    );
    item(
        &mut r,
        "LESS",
        "When unset, brief runs the pager with LESS=FRX: quit if the text fits one \
         screen, show colours, leave the text on the screen.",
    );
    item(
        &mut r,
        "COMPLETE",
        "Set by the completion script when it calls brief back; see brief completions --help.",
    );

    r.control("SH", ["EXAMPLES"]);
    for (command, what) in [
        ("brief", "the explorer, on the built-in briefing"),
        (
            "brief read kuala-lumpur-talks",
            "an article, through the pager",
        ),
        (
            "brief quotes --format tsv | fzf --delimiter '\\t' --header-lines 1 --with-nth 3,4",
            "pick a quote",
        ),
        (
            "brief deadlines --json --now 2025-10-28T12:00:00-04:00",
            "deadlines for a script, the clock frozen",
        ),
        (
            "source <(brief completions bash)",
            "completions for the current bash",
        ),
        ("brief man | man -l -", "this page"),
    ] {
        r.control("TP", [])
            .text([bold(command)])
            .text([roman(what)]);
    }
    r.control("SH", ["SEE ALSO"]);
    r.text([italic("less"), roman("(1), "), italic("fzf"), roman("(1)")]);
    r
}

/// roff's crate opens every rendering with the same few lines defining
/// the apostrophe; the page needs them once.
fn strip_repeated_preamble(page: &[u8]) -> String {
    let page = String::from_utf8_lossy(page);
    let preamble_end = page.find(".TH").unwrap_or(0);
    let preamble = &page[..preamble_end];
    if preamble.is_empty() {
        return page.into_owned();
    }
    let rest = page[preamble_end..].replace(preamble, "");
    format!("{preamble}{rest}")
}

/// Non-ASCII characters as groff's named glyphs, with ASCII fallbacks on a
/// plain terminal, so the page reads the same under any locale and passes
/// `groff -ww` without a UTF-8 preprocessor.
fn portable(page: &str) -> Vec<u8> {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        match c {
            '↑' => out.push_str("\\(ua"),
            '↓' => out.push_str("\\(da"),
            '←' => out.push_str("\\(<-"),
            '→' => out.push_str("\\(->"),
            '–' => out.push_str("\\(en"),
            '—' => out.push_str("\\(em"),
            '“' => out.push_str("\\(lq"),
            '”' => out.push_str("\\(rq"),
            '‘' => out.push_str("\\(oq"),
            '’' => out.push_str("\\(cq"),
            '·' => out.push_str("\\(pc"),
            c if c.is_ascii() => out.push(c),
            c => out.push_str(&format!("\\[u{:04X}]", c as u32)),
        }
    }
    out.into_bytes()
}
