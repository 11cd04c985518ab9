//! How long loading a large briefing takes: 500, 2,000 and 10,000 generated
//! articles (`brief::corpus`, about 10 quotes and 6 KB each). Beside each
//! whole load, quote extraction as it is against extraction as it was
//! before issue 9 (`extract_plain`: every article's tokens held at once,
//! both passes of attribution over every article, one core). Run with
//! `cargo bench --bench load`; peak memory is measured on the binary
//! (`/usr/bin/time -v brief check --data DIR`), see README.
//!
//! A plain timing loop, median of a few runs, as in `core.rs`.

use std::hint::black_box;
use std::time::Duration;

use brief::briefing::load::{self, Files};
use brief::briefing::quotes;

#[path = "support/timing.rs"]
mod timing;
use timing::median;

fn report(what: &str, t: Duration) {
    println!("{what:<52} {:>9.1} ms", t.as_secs_f64() * 1e3);
}

fn main() {
    println!("median of repeated runs");
    report(
        "load, built-in (5 articles)",
        median(|| drop(black_box(load::builtin())), 50),
    );
    for articles in [500, 2_000, 10_000] {
        let corpus = brief::corpus::generate(articles, 1);
        let runs = if articles >= 10_000 { 3 } else { 5 };
        let files = || Files {
            warnings: Vec::new(),
            root: "bench".into(),
            toml: None,
            sources: corpus
                .iter()
                .map(|(name, text)| (name.clone(), text.as_bytes().to_vec()))
                .collect(),
        };
        report(
            &format!("load + validate + extract, {articles} articles"),
            median(|| drop(black_box(load::load(files()))), runs),
        );
        let sources: Vec<(&str, &str)> = corpus
            .iter()
            .map(|(name, text)| (name.as_str(), text.as_str()))
            .collect();
        let fast = median(|| drop(black_box(quotes::extract(&sources))), runs);
        let plain = median(|| drop(black_box(quotes::extract_plain(&sources))), runs);
        report(&format!("  extract, {articles} articles"), fast);
        report("  extract as before issue 9 (baseline)", plain);
        println!(
            "  {:<50} {:>9.1}x",
            "speed-up",
            plain.as_secs_f64() / fast.as_secs_f64()
        );
    }
}
