use std::io::Write;
use std::process::ExitCode;

use std::io::IsTerminal;

use clap::Parser;

use brief::briefing::{Briefing, load};
use brief::cli::{Cli, Command};
use brief::export;
use brief::report;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let loaded = match &cli.data {
        Some(dir) => load::from_dir(dir),
        None => load::builtin(),
    };
    let briefing = match loaded {
        Ok(b) => b,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("brief: the briefing has {} error(s)", errors.len());
            return ExitCode::from(2);
        }
    };
    run(cli, briefing)
}

fn run(cli: Cli, briefing: Briefing) -> ExitCode {
    let now = cli
        .now
        .unwrap_or_else(|| chrono::Local::now().fixed_offset());
    let output = match cli.command {
        None => return explore(briefing, cli.now),
        Some(Command::Check) => {
            for w in &briefing.warnings {
                eprintln!("warning: {w}");
            }
            report::check(&briefing)
        }
        Some(Command::Deadlines { json }) => report::deadlines(&briefing, &now, json),
        Some(Command::Issues { json }) => report::issues(&briefing, json),
        Some(Command::Quotes { query, json, limit }) => {
            report::quotes(&briefing, query.as_deref(), limit, json)
        }
        Some(Command::Screenshot { keys, size, out }) => {
            let written = export::write_screenshot(briefing, cli.now, &keys.0, size, &out);
            return wrote(&out, written);
        }
        Some(Command::Record { keys, size, out }) => {
            let written = export::write_recording(briefing, cli.now, &keys.0, size, &out);
            return wrote(&out, written);
        }
        Some(Command::Read { source_id }) => match report::read(&briefing, &source_id) {
            Some(text) => text,
            None => {
                let ids: Vec<&str> = briefing.sources.iter().map(|s| s.id.as_str()).collect();
                eprintln!(
                    "error: no source {source_id:?}; the sources are: {}",
                    ids.join(", ")
                );
                return ExitCode::from(2);
            }
        },
    };
    print_out(&output)
}

/// The explorer needs a terminal on both ends; a pipe gets pointed to the
/// commands that work without one.
fn explore(briefing: Briefing, now: Option<brief::briefing::Time>) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "brief: the explorer needs a terminal. Without one, use the commands: \
             brief deadlines | issues | quotes [QUERY] | read SOURCE_ID | check \
             (add --json for scripts; brief --help lists them all)"
        );
        return ExitCode::from(2);
    }
    match brief::tui::term::run(briefing, now) {
        Ok(None) => ExitCode::SUCCESS,
        // The terminal is restored; end the way a shell expects of a signal.
        Ok(Some(signal)) => ExitCode::from(128 + signal as u8),
        Err(e) => {
            eprintln!("brief: terminal error: {e}");
            ExitCode::from(1)
        }
    }
}

/// The end of `screenshot` and `record`: quiet on success, like `cp`.
fn wrote(out: &std::path::Path, result: std::io::Result<()>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: cannot write {}: {e}", out.display());
            ExitCode::from(1)
        }
    }
}

/// A closed pipe (`brief quotes | head`) is a normal end, not a failure.
fn print_out(text: &str) -> ExitCode {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("brief: cannot write output: {e}");
            ExitCode::from(1)
        }
    }
}
