//! The command line: the contract scripts and tests rely on.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::briefing::Time;

#[derive(Debug, Parser)]
#[command(
    name = "brief",
    version,
    about = "Explore a news briefing: deadlines, issues, sources and quotes",
    long_about = "Explore a news briefing: deadlines, issues, sources and quotes.\n\n\
        Without a command, opens the explorer on the built-in briefing (the Oct 2025 \
        Trump–Xi summit) or on the folder given by --data.",
    after_help = "Exit codes: 0 ok, 1 runtime failure, 2 bad input or usage."
)]
pub struct Cli {
    /// Briefing folder to load instead of the built-in one (sources/*.txt, optional briefing.toml)
    #[arg(long, global = true, value_name = "DIR")]
    pub data: Option<PathBuf>,

    /// Freeze the clock at this moment, e.g. 2025-10-28T12:00:00-04:00
    #[arg(long, global = true, env = "BRIEF_NOW", value_name = "RFC3339", value_parser = parse_time)]
    pub now: Option<Time>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate the briefing; print its counts, or every error as file:line
    Check,
    /// List the deadlines with the time left
    Deadlines {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// List the issues, each side's asks and where the sources mention them
    Issues {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// List quotes in source order, or the best matches for QUERY first
    Quotes {
        /// Fuzzy search over quote text and speaker
        query: Option<String>,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
        /// Show at most N quotes
        #[arg(long, value_name = "N")]
        limit: Option<usize>,
    },
    /// Print one source article
    Read {
        /// The source's id (its file name without .txt unless briefing.toml gives another)
        source_id: String,
    },
}

fn parse_time(s: &str) -> Result<Time, String> {
    chrono::DateTime::parse_from_rfc3339(s.trim())
        .map_err(|e| format!("{e}; expected RFC 3339 with offset, e.g. 2025-10-28T12:00:00-04:00"))
}
