//! `brief new` and `brief add` on the command line: what they print, the
//! progress bar, the exit code. The work itself is in `briefing::add` and
//! `briefing::new`.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::briefing::add::{self, Event, Options, fetch::Limits, write::Disk};
use crate::briefing::new;
use crate::briefing::text::sanitize;
use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::New { dir, title }) => match new::create(&dir, title.as_deref()) {
            Ok(()) => {
                println!(
                    "made {}: add articles with `brief add --data {} FILE|ADDRESS|FEED`",
                    inert(&dir.display().to_string()),
                    inert(&dir.display().to_string())
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("brief new: {}", inert(&e.message));
                ExitCode::from(if e.refused { 2 } else { 1 })
            }
        },
        Some(Command::Add {
            inputs,
            since,
            limit,
            timeout,
        }) => {
            let Some(dir) = cli.data else {
                eprintln!(
                    "brief add: say which briefing with --data DIR (the built-in one is read-only; \
                     `brief new DIR` makes one)"
                );
                return ExitCode::from(2);
            };
            let options = Options {
                since,
                limit,
                limits: Limits {
                    timeout: Duration::from_secs(timeout),
                    ..Limits::default()
                },
            };
            run_add(&dir, &inputs, &options)
        }
        _ => unreachable!("only new and add are dispatched here"),
    }
}

fn run_add(dir: &std::path::Path, inputs: &[String], options: &Options) -> ExitCode {
    let progress = Progress::new();
    let mut on = |event: Event| progress.event(event);
    let summary = match add::add(dir, inputs, options, &Disk::new(), &mut on) {
        Ok(s) => s,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {}", inert(&e.to_string()));
            }
            eprintln!(
                "brief add: the briefing has {} error(s); fix them first (brief check --data {})",
                errors.len(),
                inert(&dir.display().to_string())
            );
            return ExitCode::from(2);
        }
    };
    progress.finish();
    let failed = summary.failed + summary.bad_input;
    println!(
        "{} added, {} skipped, {} failed",
        summary.added, summary.skipped, failed
    );
    if summary.bad_input > 0 {
        ExitCode::from(2)
    } else if summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// Lines for each input, and a bar on stderr while more than one address is
/// fetched and stderr is a terminal.
struct Progress {
    bar: ProgressBar,
    shown: std::cell::Cell<bool>,
}

impl Progress {
    fn new() -> Self {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} {wide_msg}")
                .expect("a valid template")
                .progress_chars("=> "),
        );
        Self {
            bar,
            shown: std::cell::Cell::new(false),
        }
    }

    fn event(&self, event: Event) {
        match event {
            Event::WillFetch(n) => {
                self.bar.inc_length(n as u64);
                if !self.shown.get()
                    && self.bar.length().unwrap_or(0) > 1
                    && std::io::stderr().is_terminal()
                {
                    self.bar.set_draw_target(ProgressDrawTarget::stderr());
                    self.shown.set(true);
                }
            }
            Event::Fetching(address) => self.bar.set_message(inert(&address)),
            Event::Fetched => self.bar.inc(1),
            Event::Added { file, title, .. } => {
                let title = title
                    .map(|t| format!(": {}", inert(&t)))
                    .unwrap_or_default();
                self.bar
                    .suspend(|| println!("added sources/{}{title}", inert(&file)));
            }
            Event::Skipped { input, reason } => self
                .bar
                .suspend(|| println!("skipped {}: {}", inert(&input), inert(&reason))),
            Event::Failed { input, reason, .. } => self
                .bar
                .suspend(|| eprintln!("error: {}: {}", inert(&input), inert(&reason))),
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

/// Text from outside (a title, an address, a server's reason) on one inert line.
fn inert(s: &str) -> String {
    sanitize(s).replace('\n', " ")
}
