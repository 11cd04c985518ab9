//! The command line: the contract scripts and tests rely on.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum, ValueHint};

use crate::briefing::Time;
use crate::export::Format;
use crate::export::script::{self, Script};
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

    /// Do not reload when the --data folder changes (the built-in briefing never does)
    #[arg(long, global = true)]
    pub no_watch: bool,
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
    /// Print the pins made in the explorer (p), as Markdown citations or JSON
    Pins {
        /// md: one citation after another; json: the pins as data
        #[arg(long, value_enum, default_value = "md")]
        format: PinFormat,
    },
    /// Suggest deadlines found in the sources' text, as [[deadline]] entries to paste
    #[command(after_help = SUGGEST_HELP)]
    Suggest {
        /// Print JSON instead of TOML
        #[arg(long)]
        json: bool,
        /// Append the suggestions chosen with --pick to the --data folder's briefing.toml
        #[arg(long)]
        write: bool,
        /// Which suggestions, by their number, e.g. 1,3
        #[arg(long, value_name = "N,M", value_delimiter = ',')]
        pick: Vec<usize>,
        /// Put dates in this zone (daylight time included), e.g. America/New_York;
        /// default: the offset of the briefing's as_of
        #[arg(long, value_name = "ZONE", value_parser = parse_zone)]
        zone: Option<chrono_tz::Tz>,
    },
    /// Print one source article
    Read {
        /// The source's id (its file name without .txt unless briefing.toml gives another)
        #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::complete::source_ids))]
        source_id: String,
    },
    /// Make a new briefing folder: sources/ and a briefing.toml with commented examples
    New {
        /// The folder to make (an existing one must be empty)
        dir: PathBuf,
        /// The briefing's title (default: the folder's name)
        #[arg(long, value_name = "TITLE")]
        title: Option<String>,
    },
    /// Add articles to the --data folder from .txt or .html files, web addresses or feeds
    #[command(after_help = ADD_HELP)]
    Add {
        /// A .txt file, a saved .html page, an http(s) address, or an RSS, Atom or JSON feed
        #[arg(required = true, value_name = "INPUT")]
        inputs: Vec<String>,
        /// Only feed entries published on or after this day, YYYY-MM-DD
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        since: Option<chrono::NaiveDate>,
        /// At most N entries of each feed
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
        /// Give up on an address after this many seconds
        #[arg(long, value_name = "SECS", default_value_t = 30, value_parser = clap::value_parser!(u64).range(1..=3600))]
        timeout: u64,
    },
    /// Save the explorer's screen after a key script, as .svg or .txt
    #[command(after_help = key_script_help())]
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
    /// Record the explorer running a key script, as an asciicast or an animated SVG
    #[command(after_help = key_script_help())]
    Record {
        /// Keys to press, with pauses, e.g. '? <wait 2s> <Esc> /rare<Enter>'
        #[arg(long, value_name = "SCRIPT", default_value = "")]
        keys: Script,
        /// Screen size, COLSxROWS
        #[arg(long, value_name = "COLSxROWS", default_value = "100x30", value_parser = parse_size)]
        size: (u16, u16),
        /// The file to write: .cast (play it with `asciinema play FILE`) or
        /// .svg (an animation that loops, for a README)
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
  zsh         echo 'source <(brief completions zsh)' >> ~/.zshrc   (after compinit)
  fish        echo 'brief completions fish | source' >> ~/.config/fish/config.fish
  elvish      echo 'eval (brief completions elvish | slurp)' >> ~/.config/elvish/rc.elv
  powershell  Add-Content $PROFILE 'brief completions powershell | Out-String | Invoke-Expression'";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PinFormat {
    Md,
    Json,
}

/// The key-script syntax and the frozen clock, under `brief screenshot
/// --help` and `brief record --help`.
fn key_script_help() -> String {
    format!(
        "{}\n\nThe clock is frozen at --now (or BRIEF_NOW), else at {}, so the output \
         is the same on every run and machine.\n\n\
         Example: brief screenshot --keys '/rare<Enter>' --out rare.svg",
        script::syntax(),
        crate::export::DEFAULT_NOW
    )
}

/// How `brief add` treats what it is given, under `brief add --help`.
pub const ADD_HELP: &str = "\
Each article becomes sources/<slug>.txt, its words verbatim, and a [[source]] entry in \
briefing.toml with title, outlet, date and url only where the page states them \
(og:title, og:site_name, article:published_time, JSON-LD, the feed's fields) and a note \
of where each came from. The same address or the same text is skipped; no file is ever \
overwritten; every write is atomic; brief check passes afterwards.

Exit codes: 0 all added or skipped, 1 an address or write failed (the others are still \
added), 2 bad input (no such file, not a page or feed, a folder that fails brief check).

Example: brief new story && brief add --data story page.html https://example.org/feed.xml";

/// How `brief suggest` finds and writes deadlines, under `brief suggest --help`.
pub const SUGGEST_HELP: &str = "\
Finds sentences that set a date to something (a deadline, an expiry, a start of effect, \
a scheduled meeting or vote) and resolves the date against the article's own date or \
the briefing's as_of. Each suggestion says which hour and zone it assumed, what it \
resolved a relative date against, and how sure it is. Nothing is written unless \
--write is given: then the suggestions numbered in --pick are appended to \
briefing.toml (comments kept, written atomically) and brief check still passes.

Example: brief suggest --data story && brief suggest --data story --write --pick 1,3";

fn parse_zone(s: &str) -> Result<chrono_tz::Tz, String> {
    s.trim().parse().map_err(|_| {
        format!(
            "{s:?} is not a zone name of the IANA database, e.g. America/New_York or Asia/Seoul"
        )
    })
}

fn parse_day(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|e| format!("{e}; expected a day as YYYY-MM-DD, e.g. 2025-10-20"))
}

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
        Some(e) if e.eq_ignore_ascii_case("cast") || e.eq_ignore_ascii_case("svg") => Ok(path),
        _ => Err("a recording is an asciicast (FILE.cast) or an animated SVG (FILE.svg)".into()),
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
