use std::process::ExitCode;

use std::io::IsTerminal;

use brief::briefing::pins::Store;
use brief::briefing::{Briefing, load};
use brief::cli::{Cli, Command, OutputFormat, PinFormat};
use brief::export;
use brief::report;
use brief::style::{ColorEnv, Paint, use_color};
use brief::tui::term::{Ending, Options};
use brief::{complete, man, pager};

// Loading a large folder makes and drops many small strings on both cores;
// glibc's allocator spent a fifth of a 10,000-article load in malloc/free.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The allocator asks for transparent huge pages where the system allows
    // them; a load's memory is millions of small strings, and 2 MB pages of
    // which a little is in use added a tenth to its resident size (and time
    // spent zeroing them). Failure only means the system's own default.
    // SAFETY: PR_SET_THP_DISABLE takes one integer and touches no memory.
    #[cfg(target_os = "linux")]
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
    complete::answer_if_asked();
    let cli = brief::cli::parse();
    // These describe brief itself, not a briefing: a bad --data must not stop them.
    match cli.command {
        Some(Command::Completions { shell }) => {
            let argv0 = std::env::args_os().next().unwrap_or_else(|| "brief".into());
            return written_out(complete::registration(shell, &argv0));
        }
        Some(Command::Man) => return written_out(man::render()),
        Some(Command::New { .. } | Command::Add { .. }) => return brief::building::run(cli),
        _ => {}
    }
    // The explorer on a folder shows at once and loads it behind the
    // first frame; everything else needs the briefing first.
    if cli.command.is_none()
        && let Some(dir) = cli.data.clone()
        && std::io::stdout().is_terminal()
        && std::io::stdin().is_terminal()
    {
        let title = dir.file_name().map_or_else(
            || dir.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let options = explorer_options(&cli, Some(dir));
        return explore(Briefing::empty(&title), options);
    }
    let bar = brief::progress::LoadBar::new();
    let loaded = match &cli.data {
        Some(dir) => load::from_dir_with(dir, &|p| bar.update(p)),
        None => load::builtin(),
    };
    bar.finish();
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
    let env = ColorEnv::from_process();
    let paint = Paint::new(use_color(cli.color, &env, std::io::stdout().is_terminal()));
    let mut when = pager::When::Taller;
    let output = match cli.command {
        None => {
            return explore(briefing, explorer_options(&cli, None));
        }
        Some(Command::Pins { format }) => {
            let Some(store) = Store::for_briefing(cli.data.as_deref()) else {
                eprintln!("brief: no state directory on this system, so no pins");
                return ExitCode::from(1);
            };
            let loaded = store.load();
            if let Some(w) = &loaded.warning {
                eprintln!("brief: {w}");
            }
            report::pins(&briefing, &loaded.pins, format == PinFormat::Json)
        }
        Some(Command::Check) => {
            for w in &briefing.warnings {
                eprintln!("warning: {w}");
            }
            report::check(&briefing)
        }
        Some(Command::Deadlines { output }) => match output.format() {
            OutputFormat::Tsv => report::tsv::deadlines(&briefing, &now),
            f => report::deadlines(&briefing, &now, f == OutputFormat::Json, paint),
        },
        Some(Command::Issues { output }) => match output.format() {
            OutputFormat::Tsv => report::tsv::issues(&briefing),
            f => report::issues(&briefing, f == OutputFormat::Json, paint),
        },
        Some(Command::Quotes {
            query,
            output,
            limit,
        }) => match output.format() {
            OutputFormat::Tsv => report::tsv::quotes(&briefing, query.as_deref(), limit),
            f => report::quotes(
                &briefing,
                query.as_deref(),
                limit,
                f == OutputFormat::Json,
                paint,
            ),
        },
        Some(Command::Screenshot { keys, size, out }) => {
            let written = export::write_screenshot(briefing, cli.now, &keys.0, size, &out);
            return wrote(&out, written);
        }
        Some(Command::Record { keys, size, out }) => {
            let written = export::write_recording(briefing, cli.now, &keys.0, size, &out);
            return wrote(&out, written);
        }
        Some(Command::New { .. } | Command::Add { .. }) => unreachable!("dispatched in main"),
        Some(Command::Suggest {
            json,
            write,
            pick,
            zone,
        }) => {
            let request = brief::suggesting::Request {
                data: cli.data.as_deref(),
                json,
                write,
                pick: &pick,
                options: brief::briefing::suggest::Options { zone },
            };
            return brief::suggesting::run(&briefing, &request);
        }
        Some(Command::Read { source_id }) => match report::read(&briefing, &source_id, paint) {
            Some(text) => {
                when = pager::When::Always;
                text
            }
            None => {
                let ids: Vec<&str> = briefing.sources.iter().map(|s| s.id.as_str()).collect();
                eprintln!(
                    "error: no source {source_id:?}; the sources are: {}",
                    ids.join(", ")
                );
                return ExitCode::from(2);
            }
        },
        Some(Command::Completions { .. } | Command::Man) => unreachable!("answered in main"),
    };
    show(&output, when, cli.no_pager)
}

/// Prints `text`, through the pager where it helps: a terminal for stdout,
/// no `--no-pager`, a pager wanted, and text worth paging.
fn show(text: &str, when: pager::When, no_pager: bool) -> ExitCode {
    if no_pager || !std::io::stdout().is_terminal() {
        return pager::print(text);
    }
    let pager_var = std::env::var("PAGER").ok();
    let Some(cmd) = pager::command_from(pager_var.as_deref()) else {
        return pager::print(text);
    };
    // A terminal that will not say its size still pages articles.
    let worth = ratatui::crossterm::terminal::size().map_or(when == pager::When::Always, |size| {
        pager::worth_paging(text, when, size)
    });
    if !worth {
        return pager::print(text);
    }
    if pager::page(&cmd, text) {
        return ExitCode::SUCCESS;
    }
    // After the text, where the user's eye ends up.
    let code = pager::print(text);
    eprintln!("brief: the pager {cmd:?} did not start; printed directly");
    code
}

fn written_out(made: std::io::Result<Vec<u8>>) -> ExitCode {
    match made {
        Ok(bytes) => pager::print(&String::from_utf8_lossy(&bytes)),
        Err(e) => {
            eprintln!("brief: {e}");
            ExitCode::from(1)
        }
    }
}

/// The explorer needs a terminal on both ends; a pipe gets pointed to the
/// commands that work without one.
/// How the explorer runs, from the command line: `first_load` names a folder
/// it loads behind its first frame.
fn explorer_options(cli: &Cli, first_load: Option<std::path::PathBuf>) -> Options {
    Options {
        now: cli.now,
        pins: Store::for_briefing(cli.data.as_deref()),
        // The built-in briefing is never watched.
        watch: cli.data.clone().filter(|_| !cli.no_watch),
        colour: use_color(cli.color, &ColorEnv::from_process(), true),
        first_load,
    }
}

fn explore(briefing: Briefing, options: Options) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        eprintln!(
            "brief: the explorer needs a terminal. Without one, use the commands: \
             brief deadlines | issues | quotes [QUERY] | read SOURCE_ID | check \
             (add --json for scripts; brief --help lists them all)"
        );
        return ExitCode::from(2);
    }
    match brief::tui::term::run(briefing, options) {
        Ok(Ending::Quit) => ExitCode::SUCCESS,
        // The terminal is restored; end the way a shell expects of a signal.
        Ok(Ending::Signal(signal)) => ExitCode::from(128 + signal as u8),
        Ok(Ending::LoadFailed(errors)) => {
            for e in &errors {
                eprintln!("error: {e}");
            }
            eprintln!("brief: the briefing has {} error(s)", errors.len());
            ExitCode::from(2)
        }
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
