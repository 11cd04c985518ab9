//! How long the work done per keystroke and at start-up takes, against the
//! budget a user feels: one frame at 60 Hz. Run with `cargo bench`.
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
}
