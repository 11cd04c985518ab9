//! What a keystroke and a start cost against the budget a user feels, one
//! frame at 60 Hz (16.7 ms): loading the built-in briefing, searching it;
//! at 10,000 generated articles (100,000 quotes), the search run on every
//! keystroke of "rare earth", "trump said" and "zzzq", against the
//! exhaustive scan it replaced (kept below as the baseline); typing in the
//! explorer (`App` and a draw) from the keystroke to its frame and to its
//! results' frame; and loading one file dense with quotes, which must stay
//! linear in its size. Run with `cargo bench --bench core`.
//!
//! divan times each benchmark per keystroke; after it, a summary over all
//! keystrokes gives the median and the 95th percentile, which divan does
//! not report, from a plain timing loop over the same work.

use std::hint::black_box;
use std::ops::Range;
use std::sync::LazyLock;
use std::time::{Duration, Instant};

use brief::briefing::load::{self, Files};
use brief::briefing::search::{
    self, Found, Hit, Passage, TextHit, search_text_top, search_top, search_top_within,
};
use brief::briefing::{Briefing, Quote};
use brief::tui::app::{Action, App, Effect};
use brief::tui::search_job::{self, SEARCH_TOP};
use brief::tui::view::{self, theme::Theme};
use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
    summary();
}

const FRAME: Duration = Duration::from_micros(16_667);

/// What every keystroke typing each of these queries searches for.
const TYPED: [&str; 3] = ["rare earth", "trump said", "zzzq"];

fn keystrokes() -> Vec<&'static str> {
    TYPED
        .iter()
        .flat_map(|q| q.char_indices().map(move |(i, c)| &q[..i + c.len_utf8()]))
        .collect()
}

static BUILTIN: LazyLock<Briefing> =
    LazyLock::new(|| load::builtin().expect("the built-in briefing loads"));

/// 10,000 generated articles: about 100,000 quotes and 350,000 sentences.
static BIG: LazyLock<Briefing> = LazyLock::new(|| {
    let start = Instant::now();
    let big = load::load(Files {
        warnings: Vec::new(),
        root: "generated".into(),
        toml: None,
        sources: brief::corpus::generate(10_000, 1)
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect(),
    })
    .expect("the generated corpus loads");
    eprintln!(
        "generated corpus: {} articles, {} quotes, loaded in {:.1} s",
        big.sources.len(),
        big.quotes.len(),
        start.elapsed().as_secs_f64()
    );
    big
});

static PASSAGES: LazyLock<Vec<Passage>> = LazyLock::new(|| search::passages(&BIG.sources));

/// The explorer on the generated corpus at 120x40, its search open.
static TYPING: LazyLock<App> = LazyLock::new(|| {
    let now = chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap();
    let mut app = App::new(BIG.clone(), now, true);
    app.update(Action::Resize(120, 40));
    app.update(Action::OpenSearch);
    app
});

#[divan::bench]
fn load_builtin() -> Briefing {
    load::builtin().expect("the built-in briefing loads")
}

#[divan::bench(args = ["r", "rare", "rare earth", "high-risk high-reward"])]
fn search_builtin(query: &str) -> Vec<Hit> {
    search::search(&BUILTIN.quotes, query)
}

#[divan::bench(args = keystrokes(), sample_count = 10, sample_size = 1)]
fn quotes_100k_search_top(query: &str) -> Found<Hit> {
    search_top(&BIG.quotes, query, SEARCH_TOP)
}

/// The keystroke's query searched only among what the query before it
/// matched: what the explorer's search job does while one types on.
#[divan::bench(args = keystrokes(), sample_count = 10, sample_size = 1)]
fn quotes_100k_search_top_typing_on(bencher: Bencher, query: &str) {
    let before = &query[..query.len() - query.chars().last().map_or(0, char::len_utf8)];
    let (_, matched) =
        search_top_within(&BIG.quotes, before, SEARCH_TOP, None, &|| false).expect("not stopped");
    bencher.bench_local(|| {
        search_top_within(&BIG.quotes, query, SEARCH_TOP, Some(&matched), &|| false)
    });
}

#[divan::bench(args = keystrokes(), sample_count = 3, sample_size = 1)]
fn quotes_100k_exhaustive_scan_baseline(query: &str) -> Vec<(usize, i64, Vec<Range<usize>>)> {
    exhaustive(&BIG.quotes, query)
}

#[divan::bench(args = keystrokes(), sample_count = 10, sample_size = 1)]
fn full_text_350k_sentences(query: &str) -> Found<TextHit> {
    search_text_top(&BIG.sources, &PASSAGES, query, SEARCH_TOP)
}

/// The app with `query` typed but its last character, and a terminal.
fn before_last_key(query: &str) -> (App, Terminal<TestBackend>, char) {
    let mut app = TYPING.clone();
    let last = query.chars().last().expect("a query");
    app.search.query = query[..query.len() - last.len_utf8()].to_string();
    let terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    (app, terminal, last)
}

/// The keystroke's update and the frame that shows it: what typing waits
/// for. The search is the job's, not the keystroke's.
#[divan::bench(args = keystrokes(), sample_count = 20, sample_size = 1)]
fn keystroke_to_frame(bencher: Bencher, query: &str) {
    let theme = Theme::color();
    bencher
        .with_inputs(|| before_last_key(query))
        .bench_local_refs(|(app, terminal, last)| {
            app.update(Action::SearchInput(*last));
            terminal.draw(|f| view::view(app, &theme, f)).map(drop)
        });
}

/// The keystroke to the frame with its results: the search job's run,
/// its answer taken, and the frame drawn.
#[divan::bench(args = keystrokes(), sample_count = 10, sample_size = 1)]
fn keystroke_to_results_frame(bencher: Bencher, query: &str) {
    let theme = Theme::color();
    bencher
        .with_inputs(|| before_last_key(query))
        .bench_local_refs(|(app, terminal, last)| type_and_answer(app, terminal, *last, &theme));
}

fn type_and_answer(app: &mut App, terminal: &mut Terminal<TestBackend>, c: char, theme: &Theme) {
    app.update(Action::SearchInput(c));
    let Some(Effect::Search(request)) = app.effects.pop() else {
        panic!("a corpus this size is searched by the job");
    };
    let results = search_job::run(&request, &|| false).expect("not stopped");
    app.update(Action::Found(Box::new(results)));
    terminal.draw(|f| view::view(app, theme, f)).expect("drawn");
}

/// One article dense with quotes, each on its own line, about `bytes`
/// long: the shape that once made loading quadratic.
fn dense(bytes: usize) -> Files {
    dense_by(|text, _| text.len() >= bytes)
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

/// Loading stays linear: twice the megabytes, twice the time.
#[divan::bench(args = [1, 2, 4, 8, 16, 32], sample_count = 3, sample_size = 1)]
fn load_dense_file_mb(bencher: Bencher, mb: usize) {
    let files = dense(mb * 1024 * 1024);
    bencher
        .with_inputs(|| files.clone())
        .bench_local_values(load::load);
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

/// Titled people stay linear too.
#[divan::bench(args = [1, 2, 4], sample_count = 3, sample_size = 1)]
fn load_titled_paragraph_mb(bencher: Bencher, mb: usize) {
    let files = dense_titled(mb * 1024 * 1024);
    bencher
        .with_inputs(|| files.clone())
        .bench_local_values(load::load);
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn load_200k_quotes_one_file(bencher: Bencher) {
    let files = dense_by(|_, n| n >= 200_000);
    bencher
        .with_inputs(|| files.clone())
        .bench_local_values(load::load);
}

/// Median and 95th percentile of a sorted sample.
fn quantiles(sorted: &[Duration]) -> (Duration, Duration) {
    let at = |q: f64| sorted[((sorted.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95))
}

fn ms(t: Duration) -> f64 {
    t.as_secs_f64() * 1e3
}

/// Typing each query a key at a time, `runs` times, each keystroke's
/// search narrowed to what the one before matched (as the search job does):
/// every keystroke's time, sorted.
fn typing_on(runs: usize) -> Vec<Duration> {
    let mut all = Vec::new();
    for _ in 0..runs {
        for typed in TYPED {
            let mut matched: Option<Vec<usize>> = None;
            for end in typed.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let start = Instant::now();
                let (found, now) = search_top_within(
                    &BIG.quotes,
                    &typed[..end],
                    SEARCH_TOP,
                    matched.as_deref(),
                    &|| false,
                )
                .expect("not stopped");
                all.push(start.elapsed());
                black_box(found);
                matched = Some(now);
            }
        }
    }
    all.sort();
    all
}

/// The explorer typing each query a key at a time, `runs` times: from each
/// keystroke to the frame with its results, the search narrowed as the
/// job narrows it. Every keystroke's time, sorted.
fn results_typing_on(runs: usize, theme: &Theme) -> Vec<Duration> {
    let mut all = Vec::new();
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    for _ in 0..runs {
        for typed in TYPED {
            let mut app = TYPING.clone();
            let mut memo = search_job::Memo::default();
            for c in typed.chars() {
                let start = Instant::now();
                app.update(Action::SearchInput(c));
                let Some(Effect::Search(request)) = app.effects.pop() else {
                    panic!("a corpus this size is searched by the job");
                };
                terminal
                    .draw(|f| view::view(&app, theme, f))
                    .expect("drawn");
                let results =
                    search_job::run_narrowed(&request, &mut memo, &|| false).expect("not stopped");
                app.update(Action::Found(Box::new(results)));
                terminal
                    .draw(|f| view::view(&app, theme, f))
                    .expect("drawn");
                all.push(start.elapsed());
            }
        }
    }
    all.sort();
    all
}

/// Every keystroke's work, `runs` times each, as `f` times it; every
/// time, sorted.
fn per_keystroke(runs: usize, mut f: impl FnMut(&str) -> Duration) -> Vec<Duration> {
    let mut all: Vec<Duration> = keystrokes()
        .into_iter()
        .flat_map(|q| (0..runs).map(|_| f(q)).collect::<Vec<_>>())
        .collect();
    all.sort();
    all
}

fn timed<T>(f: impl FnOnce() -> T) -> Duration {
    let start = Instant::now();
    black_box(f());
    start.elapsed()
}

/// Median and p95 over all keystrokes, and the speed-up on the baseline.
fn summary() {
    println!("\nover every keystroke; 1 frame = {:.1} ms", ms(FRAME));
    println!(
        "{:<44} {:>10} {:>10}",
        "per keystroke", "median ms", "p95 ms"
    );
    let theme = Theme::color();
    let rows = [
        (
            "quotes, exhaustive scan (baseline)",
            per_keystroke(3, |q| timed(|| exhaustive(&BIG.quotes, q))),
        ),
        (
            "quotes, search_top",
            per_keystroke(11, |q| timed(|| search_top(&BIG.quotes, q, SEARCH_TOP))),
        ),
        ("quotes, search_top typing on (narrowed)", typing_on(11)),
        (
            "full text, search_text_top",
            per_keystroke(11, |q| {
                timed(|| search_text_top(&BIG.sources, &PASSAGES, q, SEARCH_TOP))
            }),
        ),
        (
            "explorer: keystroke to its frame",
            per_keystroke(21, |q| {
                let (mut app, mut terminal, last) = before_last_key(q);
                timed(|| {
                    app.update(Action::SearchInput(last));
                    terminal.draw(|f| view::view(&app, &theme, f)).map(drop)
                })
            }),
        ),
        (
            "explorer: keystroke to its results' frame",
            results_typing_on(11, &theme),
        ),
    ];
    for (what, t) in &rows {
        let (m, p) = quantiles(t);
        println!("{what:<44} {:>10.2} {:>10.2}", ms(m), ms(p));
    }
    let (b50, b95) = quantiles(&rows[0].1);
    for (what, row) in [("search_top", &rows[1].1), ("typing on", &rows[2].1)] {
        let (a50, a95) = quantiles(row);
        println!(
            "quote search speed-up on the baseline, {what}: {:.1}x at the median, {:.1}x at p95",
            ms(b50) / ms(a50),
            ms(b95) / ms(a95)
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
