//! `brief suggest` on the command line: the suggestions as `[[deadline]]`
//! TOML ready to paste (or JSON), and `--write --pick` appending the chosen
//! ones. The work itself is in `briefing::suggest`.

use std::path::Path;
use std::process::ExitCode;

use serde::Serialize;

use crate::briefing::Briefing;
use crate::briefing::add::write::Disk;
use crate::briefing::suggest::write::{self, Outcome, WriteError};
use crate::briefing::suggest::{self, Options, Suggestion};
use crate::briefing::text::sanitize;

/// What the command was asked.
pub struct Request<'a> {
    pub data: Option<&'a Path>,
    pub json: bool,
    pub write: bool,
    /// 1-based numbers of the suggestions to keep; empty keeps all.
    pub pick: &'a [usize],
    pub options: Options,
}

pub fn run(b: &Briefing, req: &Request) -> ExitCode {
    let all = suggest::suggest_with(b, &req.options);
    if let Some(&bad) = req.pick.iter().find(|&&n| n == 0 || n > all.len()) {
        eprintln!(
            "brief suggest: there is no suggestion {bad}; the numbers run from 1 to {}",
            all.len()
        );
        return ExitCode::from(2);
    }
    let chosen: Vec<(usize, &Suggestion)> = all
        .iter()
        .enumerate()
        .map(|(i, s)| (i + 1, s))
        .filter(|(n, _)| req.pick.is_empty() || req.pick.contains(n))
        .collect();
    if req.write {
        return write_chosen(req, &chosen);
    }
    let out = if req.json {
        json(&chosen)
    } else {
        text(b, &chosen, all.len())
    };
    crate::pager::print(&out)
}

fn write_chosen(req: &Request, chosen: &[(usize, &Suggestion)]) -> ExitCode {
    let Some(dir) = req.data else {
        eprintln!(
            "brief suggest: --write needs --data DIR (the built-in briefing is read-only); \
             without --write, paste the entries yourself"
        );
        return ExitCode::from(2);
    };
    if req.pick.is_empty() {
        eprintln!(
            "brief suggest: say which suggestions to write with --pick, e.g. --pick 1,3 \
             (brief suggest --data {} lists them)",
            inert(&dir.display().to_string())
        );
        return ExitCode::from(2);
    }
    let list: Vec<&Suggestion> = chosen.iter().map(|(_, s)| *s).collect();
    match write::append(dir, &list, &Disk::new()) {
        Ok(outcomes) => {
            for ((n, _), o) in chosen.iter().zip(&outcomes) {
                match o {
                    Outcome::Added { id } => println!("added deadline {id} (suggestion {n})"),
                    Outcome::Present { id } => {
                        println!("skipped suggestion {n}: already in briefing.toml as {id}")
                    }
                }
            }
            ExitCode::SUCCESS
        }
        Err(WriteError::Invalid(errors)) => {
            for e in &errors {
                eprintln!("error: {}", inert(&e.to_string()));
            }
            eprintln!(
                "brief suggest: the briefing has {} error(s); fix them first, nothing was written",
                errors.len()
            );
            ExitCode::from(2)
        }
        Err(WriteError::Failed(reason)) => {
            eprintln!("brief suggest: {}", inert(&reason));
            ExitCode::from(1)
        }
    }
}

fn json(chosen: &[(usize, &Suggestion)]) -> String {
    #[derive(Serialize)]
    struct Numbered<'a> {
        number: usize,
        #[serde(flatten)]
        suggestion: &'a Suggestion,
    }
    let list: Vec<Numbered> = chosen
        .iter()
        .map(|&(number, suggestion)| Numbered { number, suggestion })
        .collect();
    serde_json::to_string_pretty(&list).expect("JSON of plain data") + "\n"
}

/// TOML a curator can paste: each entry preceded by a comment with its number,
/// confidence, trigger and the sources that agree.
fn text(b: &Briefing, chosen: &[(usize, &Suggestion)], total: usize) -> String {
    let mut out = format!(
        "# {} deadline(s) suggested from the text of {} ({} source(s)), best first.\n\
         # Check each against its anchors, then paste it into briefing.toml, or run\n\
         # brief suggest --data DIR --write --pick N,M\n",
        total,
        inert(&b.title),
        b.sources.len()
    );
    if chosen.is_empty() {
        out.push_str(
            "#\n# No sentence sets a date to a deadline, an expiry or a scheduled event.\n",
        );
        return out;
    }
    for &(n, s) in chosen {
        let mut sources: Vec<String> = s
            .anchors
            .iter()
            .map(|a| format!("{}:{}", a.source, a.line))
            .collect();
        sources.dedup();
        out.push_str(&format!(
            "\n# {n}. {} {:.2} · {} · trigger \"{}\" · {}\n",
            s.confidence_word,
            s.confidence,
            s.day.format("%a %Y-%m-%d"),
            inert(&s.trigger),
            inert(&sources.join(", "))
        ));
        out.push_str(&write::entry_toml(s, &write::base_id(s)));
    }
    out
}

/// Text from the sources on one inert line.
fn inert(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}
