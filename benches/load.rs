//! How long loading a briefing takes: the built-in one (what comes before
//! the explorer's first frame), and 500, 2,000 and 10,000 generated
//! articles (`brief::corpus`, about 10 quotes and 6 KB each). Beside each
//! whole load, quote extraction as it is against extraction as it was
//! before issue 9 (`extract_plain`: every article's tokens held at once,
//! both passes of attribution over every article, one core), kept as the
//! baseline. Run with `cargo bench --bench load`; peak memory is measured
//! on the binary (`/usr/bin/time -v brief check --data DIR`), see README.

use brief::briefing::load::{self, Files};
use brief::briefing::quotes;
use divan::Bencher;

// The binary's allocator, so the figures are the binary's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    divan::main();
}

const SIZES: [usize; 3] = [500, 2_000, 10_000];

fn corpus(articles: usize) -> Vec<(String, String)> {
    brief::corpus::generate(articles, 1)
}

#[divan::bench]
fn builtin() -> brief::briefing::Briefing {
    load::builtin().expect("the built-in briefing loads")
}

/// Reading aside: the files as `read_dir` would give them.
#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn load_validate_extract(bencher: Bencher, articles: usize) {
    let corpus = corpus(articles);
    bencher
        .with_inputs(|| Files {
            warnings: Vec::new(),
            root: "bench".into(),
            toml: None,
            sources: corpus
                .iter()
                .map(|(name, text)| (name.clone(), text.as_bytes().to_vec()))
                .collect(),
        })
        .bench_local_values(load::load);
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn extract(bencher: Bencher, articles: usize) {
    let corpus = corpus(articles);
    let sources: Vec<(&str, &str)> = corpus
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    bencher.bench_local(|| quotes::extract(&sources));
}

#[divan::bench(args = SIZES, sample_count = 3, sample_size = 1)]
fn extract_before_issue_9_baseline(bencher: Bencher, articles: usize) {
    let corpus = corpus(articles);
    let sources: Vec<(&str, &str)> = corpus
        .iter()
        .map(|(name, text)| (name.as_str(), text.as_str()))
        .collect();
    bencher.bench_local(|| quotes::extract_plain(&sources));
}
