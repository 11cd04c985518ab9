//! How long the work done per keystroke and at start-up takes, against the
//! budget a user feels: one frame at 60 Hz; and that loading stays linear
//! in the input (time per MB flat from 1 to 32 MB). Run with `cargo bench`.
//!
//! A plain timing loop (median of repeated runs) instead of criterion: the
//! question is "far under a frame or not", which does not need statistics
//! worth a heavy dependency.

use std::hint::black_box;
use std::time::{Duration, Instant};

use brief::briefing::load::{self, Files};
use brief::briefing::search::search;

const FRAME: Duration = Duration::from_micros(16_667);

fn median(mut f: impl FnMut(), runs: usize) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn report(what: &str, t: Duration) {
    println!(
        "{what:<48} {:>10.1} µs  {:>7.3} frames",
        t.as_secs_f64() * 1e6,
        t.as_secs_f64() / FRAME.as_secs_f64()
    );
}

/// The built-in articles repeated `times` over, as one uncurated folder.
fn corpus(times: usize) -> Files {
    let base = load::builtin_files();
    let sources = (0..times)
        .flat_map(|n| {
            base.sources
                .iter()
                .map(move |(name, text)| (format!("{n:03}-{name}"), text.clone()))
        })
        .collect();
    Files {
        root: "bench".into(),
        toml: None,
        sources,
        warnings: Vec::new(),
    }
}

/// One article dense with quotes, each on its own line, about `bytes`
/// long: the shape that once made loading quadratic.
fn dense(bytes: usize) -> Files {
    dense_by(|text, _| text.len() >= bytes)
}

/// The same shape, exactly `quotes` quotes.
fn dense_quotes(quotes: usize) -> Files {
    dense_by(|_, n| n >= quotes)
}

fn dense_by(done: impl Fn(&str, usize) -> bool) -> Files {
    let mut text = String::new();
    let mut n = 0;
    while !done(&text, n) {
        text.push_str(&format!("\"No {n},\" he said.\n"));
        n += 1;
    }
    Files {
        root: "bench".into(),
        toml: None,
        sources: vec![("dense.txt".into(), text.into_bytes())],
        warnings: Vec::new(),
    }
}

const MB: usize = 1024 * 1024;

fn main() {
    println!("median of repeated runs; 1 frame = 16.7 ms");
    report(
        "load + validate + extract, built-in (5 articles)",
        median(|| drop(black_box(load::builtin())), 50),
    );
    let small = load::builtin().expect("built-in briefing loads");
    for query in ["r", "rare", "rare earth", "high-risk high-reward"] {
        report(
            &format!("search {:?} over {} quotes", query, small.quotes.len()),
            median(|| drop(black_box(search(&small.quotes, query))), 200),
        );
    }
    let big = load::load(corpus(100)).expect("synthetic corpus loads");
    report(
        "load + extract, 500 articles",
        median(|| drop(black_box(load::load(corpus(100)))), 5),
    );
    for query in ["r", "rare earth"] {
        report(
            &format!("search {:?} over {} quotes", query, big.quotes.len()),
            median(|| drop(black_box(search(&big.quotes, query))), 20),
        );
    }

    // Loading must stay linear in the input: the time per MB stays flat.
    let files = dense_quotes(200_000);
    let size = files.sources[0].1.len();
    let t = median(|| drop(black_box(load::load(files.clone()))), 3);
    report(
        &format!("load 200,000 quotes ({:.1} MB)", size as f64 / MB as f64),
        t,
    );
    println!("\ndense quotes, one file     load time     per MB");
    for mb in [1, 2, 4, 8, 16, 32] {
        let files = dense(mb * MB);
        let quotes = load::load(files.clone())
            .expect("dense file loads")
            .quotes
            .len();
        let runs = if mb <= 4 { 5 } else { 3 };
        let t = median(|| drop(black_box(load::load(files.clone()))), runs);
        println!(
            "{mb:>3} MB, {quotes:>8} quotes  {:>9.1} ms  {:>7.1} ms",
            t.as_secs_f64() * 1e3,
            t.as_secs_f64() * 1e3 / mb as f64
        );
    }
}
