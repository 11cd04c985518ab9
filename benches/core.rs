//! How long the work done per keystroke and at start-up takes, against the
//! budget a user feels: one frame at 60 Hz; and that loading stays linear
//! in the input (time per MB flat from 1 to 32 MB). Run with `cargo bench`.
//!
//! A plain timing loop (median and 95th percentile of repeated runs) instead
//! of criterion: the question is "far under a frame or not", which does not
//! need statistics worth a heavy dependency.

use std::hint::black_box;
use std::ops::Range;
use std::time::{Duration, Instant};

use brief::briefing::Quote;
use brief::briefing::load::{self, Files};
use brief::briefing::search::{passages, search, search_text_top, search_top};

const FRAME: Duration = Duration::from_micros(16_667);

/// Rows a search result list can show: what a keystroke needs marked.
const SHOWN: usize = 100;

#[path = "support/timing.rs"]
mod timing;
use timing::{median, times};

/// Median and 95th percentile of a sorted sample.
fn quantiles(sorted: &[Duration]) -> (Duration, Duration) {
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

fn ms(t: Duration) -> f64 {
    t.as_secs_f64() * 1e3
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

/// What every keystroke typing each of these queries searches for.
const TYPED: [&str; 3] = ["rare earth", "trump said", "zzzq"];

fn keystrokes() -> Vec<&'static str> {
    TYPED
        .iter()
        .flat_map(|q| q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()]))
        .collect()
}

/// Times `f` on every keystroke's query, `runs` times each; prints each
/// query's median and returns every time, sorted.
fn per_keystroke(label: &str, runs: usize, mut f: impl FnMut(&str)) -> Vec<Duration> {
    let mut all = Vec::new();
    let mut line = String::new();
    for q in keystrokes() {
        let t = times(|| f(q), runs);
        line.push_str(&format!(" {q:?} {:.1}", ms(t[t.len() / 2])));
        all.extend(t);
    }
    println!("  {label} median ms per keystroke:{line}");
    all.sort();
    all
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

/// One paragraph of about `bytes`, dense with titled people, descriptions
/// and pronouns (`Minister Ola Ade ... the mayor said`): the shape that made
/// looking up a title's holders quadratic.
fn dense_titled(bytes: usize) -> Files {
    const WHO: [&str; 4] = ["Minister Ola Ade", "Mayor Lia Moreno", "Ana Ruiz", "Jones"];
    let mut text = String::new();
    let mut n = 0;
    while text.len() < bytes {
        let (a, b) = (WHO[n % 4], WHO[(n / 4) % 4]);
        text.push_str(&format!(
            "{a} met {b}, but {b} backed plan {n}. \"We won,\" the mayor said. \"Yes,\" \
             she told reporters, adding that it was \"hard\". "
        ));
        n += 1;
    }
    Files {
        root: "bench".into(),
        toml: None,
        sources: vec![("titled.txt".into(), text.into_bytes())],
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
    report(
        "load + extract, 500 articles",
        median(|| drop(black_box(load::load(corpus(100)))), 5),
    );

    let articles = 10_000;
    let generated = brief::corpus::generate(articles, 1);
    let bytes: usize = generated.iter().map(|(_, t)| t.len()).sum();
    let start = Instant::now();
    let big = load::load(Files {
        warnings: Vec::new(),
        root: "generated".into(),
        toml: None,
        sources: generated
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect(),
    })
    .expect("the generated corpus loads");
    println!(
        "\ngenerated corpus: {articles} articles, {:.1} MB, {} quotes (loaded once in {:.1} s)",
        bytes as f64 / 1e6,
        big.quotes.len(),
        start.elapsed().as_secs_f64()
    );

    println!("per-keystroke search, every prefix of {TYPED:?}:");
    let before = per_keystroke("exhaustive scan (before)", 5, |q| {
        drop(black_box(exhaustive(&big.quotes, q)))
    });
    let after = per_keystroke("search_top, 100 marked (after)", 21, |q| {
        drop(black_box(search_top(&big.quotes, q, SHOWN)))
    });
    let start = Instant::now();
    let sentences = passages(&big.sources);
    println!(
        "passages: {} sentences, made once in {:.0} ms",
        sentences.len(),
        ms(start.elapsed())
    );
    let text = per_keystroke("search_text_top, 100 marked", 11, |q| {
        drop(black_box(search_text_top(
            &big.sources,
            &sentences,
            q,
            SHOWN,
        )))
    });

    println!(
        "\n{:<40} {:>10} {:>10}",
        "per keystroke", "median ms", "p95 ms"
    );
    let (b50, b95) = quantiles(&before);
    let (a50, a95) = quantiles(&after);
    let (t50, t95) = quantiles(&text);
    let quotes = big.quotes.len();
    for (what, m, p) in [
        (format!("quotes, exhaustive scan, {quotes}"), b50, b95),
        (format!("quotes, search_top, {quotes}"), a50, a95),
        (format!("full text, {} passages", sentences.len()), t50, t95),
    ] {
        println!("{what:<40} {:>10.1} {:>10.1}", ms(m), ms(p));
    }
    println!(
        "quote search speed-up: {:.1}x at the median, {:.1}x at p95",
        ms(b50) / ms(a50),
        ms(b95) / ms(a95)
    );

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
    println!("\ntitled people, one paragraph   load time     per MB");
    for mb in [1, 2, 4] {
        let files = dense_titled(mb * MB);
        let t = median(|| drop(black_box(load::load(files.clone()))), 3);
        println!(
            "{mb:>3} MB                  {:>9.1} ms  {:>7.1} ms",
            t.as_secs_f64() * 1e3,
            t.as_secs_f64() * 1e3 / mb as f64
        );
    }
}

/// The search as it was before ranking and the fast path: fuzzy_indices on
/// the text and the speaker of every quote, then a full sort. Kept as the
/// baseline the new search is measured against.
fn exhaustive(quotes: &[Quote], query: &str) -> Vec<(usize, i64, Vec<Range<usize>>)> {
    use fuzzy_matcher::FuzzyMatcher;
    let query = query.trim();
    let matcher = fuzzy_matcher::skim::SkimMatcherV2::default().smart_case();
    let mut hits: Vec<(usize, i64, Vec<Range<usize>>)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let in_text = matcher.fuzzy_indices(&q.text, query);
            let in_speaker = q
                .speaker
                .as_deref()
                .and_then(|s| matcher.fuzzy_indices(s, query).map(|m| (s, m)));
            let in_text =
                in_text.filter(|(ts, _)| in_speaker.as_ref().is_none_or(|(_, (ss, _))| ts >= ss));
            match (in_text, in_speaker) {
                (Some((score, at)), _) => Some((i, score, char_ranges(&q.text, &at))),
                (None, Some((speaker, (score, at)))) => Some((i, score, char_ranges(speaker, &at))),
                (None, None) => None,
            }
        })
        .collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    hits
}

fn char_ranges(s: &str, char_indices: &[usize]) -> Vec<Range<usize>> {
    let offsets: Vec<(usize, char)> = s.char_indices().collect();
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for &ci in char_indices {
        let Some(&(start, c)) = offsets.get(ci) else {
            continue;
        };
        let end = start + c.len_utf8();
        match ranges.last_mut() {
            Some(last) if last.end == start => last.end = end,
            _ => ranges.push(start..end),
        }
    }
    ranges
}
