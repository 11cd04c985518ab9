//! The fast search (prefilter, windows, remembered scores, threads, top-k)
//! returns exactly what a plain, slow reading of the ranking rules returns,
//! on random queries over a generated corpus. The reference below is written
//! from the rules in `src/briefing/search.rs`'s header, on characters, with
//! none of the fast path's code.

use std::ops::Range;
use std::sync::OnceLock;

use brief::briefing::load::{Files, load};
use brief::briefing::search::{self, Hit, TextHit};
use brief::briefing::{Briefing, Quote};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use proptest::prelude::*;

/// Enough quotes (about 4,200) that the search splits them across threads.
fn corpus() -> &'static Briefing {
    static CORPUS: OnceLock<Briefing> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let sources = brief::corpus::generate(420, 3)
            .into_iter()
            .map(|(n, t)| (n, t.into_bytes()))
            .collect();
        load(Files {
            warnings: Vec::new(),
            root: "gen".into(),
            toml: None,
            sources,
        })
        .expect("the generated corpus loads")
    })
}

fn same(a: char, b: char, case_sensitive: bool) -> bool {
    if case_sensitive {
        a == b
    } else {
        a.eq_ignore_ascii_case(&b)
    }
}

/// The tier and byte window of a term in a field, by the rules.
fn place(field: &str, term: &str) -> Option<(i64, Range<usize>)> {
    let f: Vec<(usize, char)> = field.char_indices().collect();
    let t: Vec<char> = term.chars().collect();
    let cs = term.chars().any(|c| c.is_ascii_uppercase());
    let bytes = |a: usize, b: usize| f[a].0..f[b].0 + f[b].1.len_utf8();
    let mut best: Option<(i64, Range<usize>)> = None;
    if f.len() >= t.len() {
        for i in 0..=f.len() - t.len() {
            if !(0..t.len()).all(|j| same(f[i + j].1, t[j], cs)) {
                continue;
            }
            let starts = i == 0 || !f[i - 1].1.is_alphanumeric();
            let ends = i + t.len() == f.len() || !f[i + t.len()].1.is_alphanumeric();
            let tier = if starts && ends {
                3
            } else if starts {
                2
            } else {
                1
            };
            if best.as_ref().is_none_or(|b| tier > b.0) {
                best = Some((tier, bytes(i, i + t.len() - 1)));
            }
        }
    }
    if best.is_some() {
        return best;
    }
    let mut j = 0;
    let mut end = None;
    for (i, &(_, c)) in f.iter().enumerate() {
        if same(c, t[j], cs) {
            j += 1;
            if j == t.len() {
                end = Some(i);
                break;
            }
        }
    }
    let end = end?;
    let mut j = t.len();
    let mut start = end;
    for i in (0..=end).rev() {
        if same(f[i].1, t[j - 1], cs) {
            j -= 1;
            if j == 0 {
                start = i;
                break;
            }
        }
    }
    Some((0, bytes(start, end)))
}

/// Score and marks of one item's fields, or `None` when a term misses.
fn reference_item(fields: [Option<&str>; 2], query: &str) -> Option<(i64, [Vec<Range<usize>>; 2])> {
    // A fresh matcher for every string: fuzzy-matcher 0.3.7's cache leaks
    // one score into the next.
    let m = || SkimMatcherV2::default().smart_case();
    let mut total = 0;
    let mut marks: [Vec<Range<usize>>; 2] = Default::default();
    for term in query.split_whitespace() {
        let mut best: Option<(i64, usize, Vec<Range<usize>>)> = None;
        for (fi, field) in fields.iter().enumerate() {
            let Some(field) = field else { continue };
            let Some((tier, window)) = place(field, term) else {
                continue;
            };
            let w = &field[window.clone()];
            let cap = (1 << 19) - 1;
            let letters = m().fuzzy_match(w, term).expect("the window holds the term");
            let (_, at) = m()
                .fuzzy_indices(w, term)
                .expect("the window holds the term");
            let gaps = (w.chars().count() - term.chars().count()) as i64;
            let score = tier * (1 << 40) - gaps.min(cap) * (1 << 20) + letters.clamp(-cap, cap);
            if best.as_ref().is_none_or(|b| score > b.0) {
                let offsets: Vec<(usize, char)> = w.char_indices().collect();
                let ranges = at
                    .iter()
                    .map(|&ci| {
                        let (b, c) = offsets[ci];
                        window.start + b..window.start + b + c.len_utf8()
                    })
                    .collect();
                best = Some((score, fi, ranges));
            }
        }
        let (score, fi, ranges) = best?;
        total += score;
        marks[fi].extend(ranges);
    }
    Some((total, marks.map(merge)))
}

fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

fn reference_quotes(quotes: &[Quote], query: &str) -> Vec<Hit> {
    let mut hits: Vec<Hit> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let (score, [text_ranges, speaker_ranges]) =
                reference_item([Some(&q.text), q.speaker.as_deref()], query)?;
            Some(Hit {
                quote: i,
                score,
                text_ranges,
                speaker_ranges,
            })
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.quote.cmp(&b.quote)));
    hits
}

/// Queries that hit every tier and miss: words and pieces of words from the
/// corpus (some capitalised), and runs of likely and unlikely letters.
fn query() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        (0..5000usize, 0..12usize, 1..7usize).prop_map(|(q, w, len)| {
            let quotes = &corpus().quotes;
            let text = &quotes[q % quotes.len()].text;
            let words: Vec<&str> = text.split_whitespace().collect();
            words[w % words.len()].chars().take(len).collect::<String>()
        }),
        "[aeinorstlhdu]{1,4}",
        "[a-zT’é,-]{1,3}",
        Just("Trump".to_string()),
    ];
    prop::collection::vec(word, 1..4).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn quote_search_equals_the_reference(q in query()) {
        let quotes = &corpus().quotes;
        let expected = reference_quotes(quotes, &q);
        let top = search::search_top(quotes, &q, 20);
        prop_assert_eq!(top.total, expected.len());
        if let Some(i) = (0..top.hits.len()).find(|&i| top.hits[i] != expected[i]) {
            let quote = &quotes[expected[i].quote];
            prop_assert_eq!(&top.hits[i], &expected[i], "at {}: {:?}", i, quote);
        }
        prop_assert_eq!(top.hits.len(), expected.len().min(20));
    }

    /// Typing on: every prefix of a query, each searched only among what
    /// the one before it matched, as the explorer's search job does, finds
    /// what a search of everything finds.
    #[test]
    fn a_search_narrowed_keystroke_by_keystroke_equals_a_full_one(q in query()) {
        let quotes = &corpus().quotes;
        let none = &|| false;
        let mut matched: Option<Vec<usize>> = None;
        for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let typed = &q[..end];
            let (found, now) =
                search::search_top_within(quotes, typed, 20, matched.as_deref(), none).unwrap();
            prop_assert_eq!(&found, &search::search_top(quotes, typed, 20), "{:?}", typed);
            matched = Some(now);
        }
    }

    #[test]
    fn full_text_search_equals_the_reference(q in query()) {
        let b = corpus();
        let sources = &b.sources[..20];
        let passages = search::passages(sources);
        let mut expected: Vec<TextHit> = passages
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let text = &sources[p.source].text[p.span.clone()];
                let (score, [ranges, _]) = reference_item([Some(text), None], &q)?;
                let ranges = ranges
                    .into_iter()
                    .map(|r| r.start + p.span.start..r.end + p.span.start)
                    .collect();
                Some(TextHit { passage: i, score, ranges })
            })
            .collect();
        expected.sort_by(|a, b| b.score.cmp(&a.score).then(a.passage.cmp(&b.passage)));
        let got = search::search_text(sources, &passages, &q);
        prop_assert_eq!(got.len(), expected.len());
        if let Some(i) = (0..got.len()).find(|&i| got[i] != expected[i]) {
            let p = &passages[expected[i].passage];
            let text = &sources[p.source].text[p.span.clone()];
            prop_assert_eq!(&got[i], &expected[i], "at {} of {}: {:?}", i, got.len(), text);
        }
    }
}

#[test]
fn the_corpus_is_big_enough_to_use_every_core() {
    // 4096: where the search starts splitting the work across threads.
    assert!(corpus().quotes.len() > 4096, "{}", corpus().quotes.len());
}
