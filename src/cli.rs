//! The command line: the contract scripts and tests rely on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::briefing::Time;
use crate::export::Format;
use crate::export::script::Script;
use crate::style::ColorWhen;

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version = env!("BRIEF_VERSION"),
    about = "Explore a news briefing: deadlines, issues, sources and quotes",
    long_about = "Explore a news briefing: deadlines, issues, sources and quotes.\n\n\
        Without a command, opens the explorer on the built-in briefing (the Oct 2025 \
        Trump–Xi summit) or on the folder given by --data.",
    after_help = "Exit codes: 0 ok, 1 runtime failure, 2 bad input or usage."
)]
pub struct Cli {
    /// Briefing folder to load instead of the built-in one (sources/*.txt, optional briefing.toml)
    #[arg(long, global = true, value_name = "DIR", value_hint = ValueHint::DirPath)]
    pub data: Option<PathBuf>,

    /// Freeze the clock at this moment, e.g. 2025-10-28T12:00:00-04:00
    #[arg(long, global = true, env = "BRIEF_NOW", value_name = "RFC3339", value_parser = parse_time)]
    pub now: Option<Time>,

    /// When to colour: auto (on a terminal, unless NO_COLOR), always, never
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorWhen,

    /// Print straight to the terminal instead of through $PAGER
    #[arg(long, global = true)]
    pub no_pager: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the briefing; print its counts, or every error as file:line
    Check,
    /// List the deadlines with the time left
    Deadlines {
        #[command(flatten)]
        output: Output,
    },
    /// List the issues, each side's asks and where the sources mention them
    Issues {
        #[command(flatten)]
        output: Output,
    },
    /// List quotes in source order, or the best matches for QUERY first
    Quotes {
        /// Fuzzy search over quote text and speaker
        query: Option<String>,
        #[command(flatten)]
        output: Output,
        /// Show at most N quotes
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Print one source article
    Read {
        /// The source's id (its file name without .txt unless briefing.toml gives another)
        #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::complete::source_ids))]
        source_id: String,
    },
    /// Save the explorer's screen after a key script, as .svg or .txt
    #[command(after_help = KEY_SCRIPT_HELP)]
    Screenshot {
        /// Keys to press first, e.g. '/rare<Enter> n n'
        #[arg(long, value_name = "SCRIPT", default_value = "")]
        keys: Script,
        /// Screen size, COLSxROWS
        #[arg(long, value_name = "COLSxROWS", default_value = "100x30", value_parser = parse_size)]
        size: (u16, u16),
        /// The file to write: .svg (colours and attributes) or .txt (plain text)
        #[arg(long, value_name = "FILE", value_parser = parse_screenshot_path, value_hint = ValueHint::FilePath)]
        out: PathBuf,
    },
    /// Record the explorer running a key script, as an asciicast v2 file
    #[command(after_help = KEY_SCRIPT_HELP)]
    Record {
        /// Keys to press, with pauses, e.g. '? <wait 2s> <Esc> /rare<Enter>'
        #[arg(long, value_name = "SCRIPT", default_value = "")]
        keys: Script,
        /// Screen size, COLSxROWS
        #[arg(long, value_name = "COLSxROWS", default_value = "100x30", value_parser = parse_size)]
        size: (u16, u16),
        /// The .cast file to write (play it with `asciinema play FILE`)
        #[arg(long, value_name = "FILE", value_parser = parse_cast_path, value_hint = ValueHint::FilePath)]
        out: PathBuf,
    },
    /// Print a shell completion script; README says how to install it
    #[command(after_help = COMPLETIONS_HELP)]
    Completions {
        /// The shell to complete for
        shell: crate::complete::Shell,
    },
    /// Print the manual page (roff): brief man | man -l -
    Man,
}

/// Parses the command line, with clap's own help and errors coloured as
/// `--color` says (clap alone reads only NO_COLOR and CLICOLOR_FORCE).
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let mut cmd = Cli::command();
    if let Some(when) = color_flag(std::env::args_os().skip(1)) {
        cmd = cmd.color(match when {
            ColorWhen::Auto => clap::ColorChoice::Auto,
            ColorWhen::Always => clap::ColorChoice::Always,
            ColorWhen::Never => clap::ColorChoice::Never,
        });
    }
    let matches = cmd.get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// The last valid `--color` value in `args`, before they are parsed.
fn color_flag(args: impl IntoIterator<Item = std::ffi::OsString>) -> Option<ColorWhen> {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    let mut found = None;
    for (i, arg) in args.iter().enumerate() {
        let value = match arg.strip_prefix("--color") {
            Some("") => args.get(i + 1).map(String::as_str),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(when) = value.and_then(|v| ColorWhen::from_str(v, false).ok()) {
            found = Some(when);
        }
    }
    found
}

/// How a listing is printed: `--json`, kept from before, is `--format json`.
#[derive(Debug, Clone, Copy, Args)]
pub struct Output {
    /// Print JSON instead of text (same as --format json)
    #[arg(long, conflicts_with = "format")]
    pub json: bool,
    /// text for reading, json for programs, tsv for cut, awk and fzf (one record a line, with a header)
    #[arg(long, value_name = "FORMAT")]
    pub format: Option<OutputFormat>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
    Tsv,
}

impl Output {
    pub fn format(self) -> OutputFormat {
        match (self.json, self.format) {
            (true, _) => OutputFormat::Json,
            (false, Some(f)) => f,
            (false, None) => OutputFormat::Text,
        }
    }
}

/// Under `brief completions --help`.
pub const COMPLETIONS_HELP: &str = "\
The script calls brief back as you press Tab, so it completes commands, \
options, --data folders and the source ids of `brief read` from the folder \
given (or the built-in one). Load it in your shell's startup file:

  bash        echo 'source <(brief completions bash)' >> ~/.bashrc
  zsh         echo 'source <(brief completions zsh)' >> ~/.zshrc
  fish        echo 'brief completions fish | source' >> ~/.config/fish/config.fish
  elvish      echo 'eval (brief completions elvish | slurp)' >> ~/.config/elvish/rc.elv
  powershell  Add-Content $PROFILE 'brief completions powershell | Out-String | Invoke-Expression'";

/// The key-script syntax, under `brief screenshot --help` and `brief record --help`.
pub const KEY_SCRIPT_HELP: &str = "\
Key scripts: bare characters are typed one by one (an upper-case letter with Shift); \
whitespace separates and is not typed. Named keys: <Enter> <Esc> <Tab> <S-Tab> <BS> <Del> \
<Up> <Down> <Left> <Right> <PgUp> <PgDn> <Home> <End> <Space> <F1>..<F12> <lt> <gt>; \
with modifiers: <C-n> <A-x> <S-x>. Pauses: <wait 1s> <wait 500ms>.
In recordings a typed character takes 0.15 s, any other key 0.6 s.

The clock is frozen at --now (or BRIEF_NOW), else at 2025-10-28T12:00:00-04:00, \
so the output is the same on every run and machine.

Example: brief screenshot --keys '/rare<Enter>' --out rare.svg";

fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let bad = || format!("expected COLSxROWS, e.g. 100x30, got {s:?}");
    let (w, h) = s.trim().split_once(['x', 'X']).ok_or_else(bad)?;
    let w: u16 = w.trim().parse().map_err(|_| bad())?;
    let h: u16 = h.trim().parse().map_err(|_| bad())?;
    if !(1..=1000).contains(&w) || !(1..=1000).contains(&h) {
        return Err(format!("size {w}x{h} out of range 1x1 to 1000x1000"));
    }
    Ok((w, h))
}

fn parse_screenshot_path(s: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(s);
    match Format::from_path(&path) {
        Some(_) => Ok(path),
        None => Err("a screenshot is .svg or .txt; name the file with one of those".into()),
    }
}

fn parse_cast_path(s: &str) -> Result<PathBuf, String> {
    let path = PathBuf::from(s);
    match path.extension().and_then(|e| e.to_str()) {
        Some(e) if e.eq_ignore_ascii_case("cast") => Ok(path),
        _ => Err("a recording is an asciicast file; name it FILE.cast".into()),
    }
}

fn parse_time(s: &str) -> Result<Time, String> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .map_err(|e| format!("{e}; expected RFC 3339 with offset, e.g. 2025-10-28T12:00:00-04:00"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flag(args: &str) -> Option<ColorWhen> {
        color_flag(args.split(' ').map(std::ffi::OsString::from))
    }

    #[test]
    fn finds_the_color_flag_before_parsing() {
        assert_eq!(flag("--color never --help"), Some(ColorWhen::Never));
        assert_eq!(flag("quotes --color=always"), Some(ColorWhen::Always));
        assert_eq!(flag("--color always --color never"), Some(ColorWhen::Never));
        assert_eq!(flag("quotes --colour never"), None);
        assert_eq!(flag("quotes -- --color never"), None);
        assert_eq!(flag("--color purple"), None);
    }
}
