//! Writes a generated briefing folder for measuring `brief` at scale:
//! `cargo run --release --example gen_corpus -- --articles 10000 --seed 1 --out /tmp/corpus`
//! then `brief check --data /tmp/corpus`. See `brief::corpus` for what the
//! articles hold. `OUT/sources` must not exist yet: nothing is overwritten.

use std::path::PathBuf;
use std::process::exit;

use clap::Parser;

#[derive(Parser)]
#[command(about = "Writes N generated articles into OUT/sources (an uncurated briefing)")]
struct Args {
    /// How many articles (about 10 quotes and 6 KB each).
    #[arg(long, default_value_t = 10_000)]
    articles: usize,
    /// The same seed writes the same corpus.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The briefing folder to create or fill; its `sources/` must not exist.
    #[arg(long)]
    out: PathBuf,
}

fn main() {
    let args = Args::parse();
    let sources = args.out.join("sources");
    if sources.exists() {
        eprintln!("{}: already exists; nothing written", sources.display());
        exit(2);
    }
    // Written beside the final folder, then renamed: a run that fails half
    // way leaves no half corpus under the name.
    let tmp = args
        .out
        .join(format!(".sources.tmp-{}", std::process::id()));
    let write = || -> std::io::Result<usize> {
        std::fs::create_dir_all(&tmp)?;
        let mut bytes = 0;
        for (name, text) in brief::corpus::generate(args.articles, args.seed) {
            bytes += text.len();
            std::fs::write(tmp.join(name), text)?;
        }
        std::fs::rename(&tmp, &sources)?;
        Ok(bytes)
    };
    match write() {
        Ok(bytes) => println!(
            "{}: {} articles, {:.1} MB",
            sources.display(),
            args.articles,
            bytes as f64 / 1e6
        ),
        Err(e) => {
            let _ = std::fs::remove_dir_all(&tmp);
            eprintln!("{}: {e}", args.out.display());
            exit(1);
        }
    }
}
