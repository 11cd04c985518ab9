//! Search as you type, over quotes (text and speaker) and over the full text
//! of the sources (sentence by sentence).
//!
//! # Ranking
//! A query is split at whitespace into terms; an item matches when every
//! term matches one of its fields, in any order (as fzf does with spaces).
//! A term is matched case-insensitively unless it holds a capital (smart
//! case, as fuzzy-matcher's skim scorer does: ASCII letters fold, nothing
//! else). In each field a term lands in the best place it has, by tier:
//!
//! 3. as a whole word (`rare` in "a rare earth"),
//! 2. at the start of a word (`rar` in "rare"),
//! 1. inside a word, its letters together (`are` in "rare"),
//! 0. its letters scattered but in order, in the shortest window that ends
//!    where the letters are first all found (fzf's forward then backward scan).
//!
//! An earlier place wins among places of one tier. A term's score orders,
//! in turn: its tier; then, among scattered letters, how few characters
//! stand between them in the window (`gaps`); then fuzzy-matcher's
//! `SkimMatcherV2::fuzzy_match` score of the term against that window alone
//! (the marks are the letters `fuzzy_indices` picks in it). As one number:
//! `tier * 2^40 - gaps * 2^20 + letters`, gaps and letters capped below
//! 2^19. The field where the term scores higher is the one marked (the text
//! on a tie). An item's score is the sum over its terms; results are best
//! first, ties in the order the items were given. An empty query lists
//! every item in order, with score 0.
//!
//! # API
//! - [`search`]`(quotes, query) -> Vec<Hit>`: every match with its marks.
//! - [`search_top`]`(quotes, query, k) -> Found<Hit>`: how many matched and
//!   the best `k` with their marks; what to call on every keystroke.
//! - [`passages`]`(sources) -> Vec<Passage>`: the sentences of all sources,
//!   made once per briefing.
//! - [`search_text`]`(sources, passages, query) -> Vec<TextHit>` and
//!   [`search_text_top`]`(.., k) -> Found<TextHit>`: the same over passages;
//!   a hit's ranges are byte ranges in its source's text.
//! - [`search_top_within`] and [`search_text_top_within`]: the same over
//!   the items an earlier query matched, when the query [`narrows`] it
//!   (typing on); giving up when a [`Stop`] says the answer is no longer
//!   wanted; with every item matched, to narrow the next.
//!
//! # Speed
//! Every keystroke scans everything, so the scan is kept cheap: a term's
//! letters must occur in order (found with memchr on the raw bytes) before
//! anything else is done; only the window where the term landed is scored;
//! fuzzy-matcher is asked only about the items that can still reach the
//! best `k` (tier and gaps, known without it, decide the rest), and only in
//! the field where the term has its best tier and gaps; a contiguous
//! window's score is remembered (it differs between items only by letter
//! case); the items are split across the cores; only the best `k` are
//! selected (no full sort) and only they get their marks computed.

use std::collections::HashMap;
use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::{memchr, memchr2, memmem, memrchr, memrchr2};

use super::model::{Quote, Source};
use super::text::sentences;

/// One quote that matched, with where it matched so a view can mark it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into the quotes searched.
    pub quote: usize,
    pub score: i64,
    /// Matched byte ranges in the quote's text.
    pub text_ranges: Vec<Range<usize>>,
    /// Matched byte ranges in the quote's speaker.
    pub speaker_ranges: Vec<Range<usize>>,
}

/// A sentence of a source: what full-text search finds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    /// Index into the briefing's sources.
    pub source: usize,
    /// Byte range in the source's text.
    pub span: Range<usize>,
    /// 1-based line where the passage starts.
    pub line: usize,
}

/// One passage that matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHit {
    /// Index into the passages searched.
    pub passage: usize,
    pub score: i64,
    /// Matched byte ranges in the source's text (inside the passage's span).
    pub ranges: Vec<Range<usize>>,
}

/// The best hits of a search, and how many items matched in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found<H> {
    pub total: usize,
    pub hits: Vec<H>,
}

/// Quotes matching `query`, best first, each with its marks.
pub fn search(quotes: &[Quote], query: &str) -> Vec<Hit> {
    search_top(quotes, query, usize::MAX).hits
}

/// How many quotes match `query`, and the best `k` of them with their marks.
pub fn search_top(quotes: &[Quote], query: &str, k: usize) -> Found<Hit> {
    search_top_within(quotes, query, k, None, &|| false)
        .expect("a search never stopped ends")
        .0
}

/// As [`search_top`], looking only at the quotes `within` (ascending
/// indices: what an earlier query this one [`narrows`] matched), giving up
/// (`None`) soon after `stop` says so; with every quote that matched, for
/// narrowing the next.
pub fn search_top_within(
    quotes: &[Quote],
    query: &str,
    k: usize,
    within: Option<&[usize]>,
    stop: &Stop<'_>,
) -> Option<(Found<Hit>, Vec<usize>)> {
    let fields = |i: usize| [Some(quotes[i].text.as_str()), quotes[i].speaker.as_deref()];
    let items = Items::new(quotes.len(), within);
    let (total, best, q, matched) = rank(&items, &fields, query, k, stop)?;
    let hits = best
        .into_iter()
        .map(|(score, quote)| {
            let [text_ranges, speaker_ranges] = marks(fields(quote), &q);
            Hit {
                quote,
                score,
                text_ranges,
                speaker_ranges,
            }
        })
        .collect();
    Some((Found { total, hits }, matched))
}

/// The sentences of every source, in order.
pub fn passages(sources: &[Source]) -> Vec<Passage> {
    let mut out = Vec::new();
    for (source, s) in sources.iter().enumerate() {
        let (mut line, mut counted) = (1, 0);
        for span in sentences(&s.text) {
            line += memchr::memchr_iter(b'\n', &s.text.as_bytes()[counted..span.start]).count();
            counted = span.start;
            out.push(Passage { source, span, line });
        }
    }
    out
}

/// Passages matching `query`, best first, each with its marks.
pub fn search_text(sources: &[Source], passages: &[Passage], query: &str) -> Vec<TextHit> {
    search_text_top(sources, passages, query, usize::MAX).hits
}

/// How many passages match `query`, and the best `k` of them with their marks.
pub fn search_text_top(
    sources: &[Source],
    passages: &[Passage],
    query: &str,
    k: usize,
) -> Found<TextHit> {
    search_text_top_within(sources, passages, query, k, None, &|| false)
        .expect("a search never stopped ends")
        .0
}

/// As [`search_text_top`], looking only at the passages `within`, giving
/// up soon after `stop` says so; with every passage that matched.
pub fn search_text_top_within(
    sources: &[Source],
    passages: &[Passage],
    query: &str,
    k: usize,
    within: Option<&[usize]>,
    stop: &Stop<'_>,
) -> Option<(Found<TextHit>, Vec<usize>)> {
    let text = |i: usize| {
        let p = &passages[i];
        &sources[p.source].text[p.span.clone()]
    };
    let fields = |i: usize| [Some(text(i)), None];
    let items = Items::new(passages.len(), within);
    let (total, best, q, matched) = rank(&items, &fields, query, k, stop)?;
    let hits = best
        .into_iter()
        .map(|(score, passage)| {
            let [ranges, _] = marks(fields(passage), &q);
            let at = passages[passage].span.start;
            TextHit {
                passage,
                score,
                ranges: ranges
                    .into_iter()
                    .map(|r| r.start + at..r.end + at)
                    .collect(),
            }
        })
        .collect();
    Some((Found { total, hits }, matched))
}

/// Whether every item matching `after` also matches `before`, so a search
/// for `after` need only look at what `before` matched: each of `before`'s
/// terms is the start of the term in its place in `after`, which may add
/// terms. (A term's letters must occur in order; one that goes on has more
/// to find. Smart case keeps this: a term with a capital still has it
/// when it goes on, and one without matched either case.)
pub fn narrows(before: &str, after: &str) -> bool {
    let (b, a): (Vec<&str>, Vec<&str>) = (
        before.split_whitespace().collect(),
        after.split_whitespace().collect(),
    );
    b.len() <= a.len() && b.iter().zip(&a).all(|(b, a)| a.starts_with(b))
}

/// The items a search looks at: all `n`, or those listed.
struct Items<'a> {
    n: usize,
    within: Option<&'a [usize]>,
}

impl<'a> Items<'a> {
    fn new(n: usize, within: Option<&'a [usize]>) -> Items<'a> {
        Items { n, within }
    }

    fn len(&self) -> usize {
        self.within.map_or(self.n, <[usize]>::len)
    }

    /// The item at `at` of the items looked at.
    fn get(&self, at: usize) -> usize {
        self.within.map_or(at, |w| w[at])
    }
}

/// Asked now and then during a search: true when its answer is no longer
/// wanted.
pub type Stop<'a> = dyn Fn() -> bool + Sync + 'a;

/// How many items are scanned between two looks at [`Stop`]: often enough
/// to give up within a fraction of a millisecond, rarely enough to cost
/// nothing.
const STOP_EVERY: usize = 1024;

/// A tier outweighs any gap, and one character of gap outweighs any
/// letter score (gaps and letter scores are capped at `CAP`).
const TIER: i64 = 1 << 40;
const GAP: i64 = 1 << 20;
const CAP: i64 = (1 << 19) - 1;

/// Below this many items one thread is quicker than starting another.
const PARALLEL_FROM: usize = 4096;

/// A fresh matcher for every string scored: fuzzy-matcher 0.3.7 reuses its
/// score matrix without clearing it, so a reused matcher's score depends on
/// the strings scored before ("aal" in "ade deal" scores 71 after "and
/// avoid invol", 59 alone), and `use_cache(false)` panics on a RefCell.
fn matcher() -> SkimMatcherV2 {
    SkimMatcherV2::default().smart_case()
}

/// One whitespace-separated word of a query.
pub(crate) struct Term {
    text: String,
    /// Byte range of each character of `text`.
    units: Vec<Range<usize>>,
    case_sensitive: bool,
}

impl Term {
    fn new(text: &str) -> Term {
        Term {
            text: text.to_string(),
            units: text
                .char_indices()
                .map(|(i, c)| i..i + c.len_utf8())
                .collect(),
            case_sensitive: text.bytes().any(|b| b.is_ascii_uppercase()),
        }
    }

    fn bytes(&self) -> &[u8] {
        self.text.as_bytes()
    }

    fn unit(&self, u: usize) -> &[u8] {
        &self.bytes()[self.units[u].clone()]
    }

    /// Where character `u` of the term next occurs in `hay` (a byte offset),
    /// or last occurs when `backward`.
    fn find_unit(&self, u: usize, hay: &[u8], backward: bool) -> Option<usize> {
        let unit = self.unit(u);
        if let [b] = *unit {
            if !self.case_sensitive && b.is_ascii_alphabetic() {
                let (lo, up) = (b.to_ascii_lowercase(), b.to_ascii_uppercase());
                return if backward {
                    memrchr2(lo, up, hay)
                } else {
                    memchr2(lo, up, hay)
                };
            }
            return if backward {
                memrchr(b, hay)
            } else {
                memchr(b, hay)
            };
        }
        // A whole UTF-8 sequence found in valid UTF-8 starts on a character.
        if backward {
            memmem::rfind(hay, unit)
        } else {
            memmem::find(hay, unit)
        }
    }

    fn equals(&self, window: &[u8]) -> bool {
        if self.case_sensitive {
            window == self.bytes()
        } else {
            window.eq_ignore_ascii_case(self.bytes())
        }
    }
}

fn terms(query: &str) -> Vec<Term> {
    query.split_whitespace().map(Term::new).collect()
}

/// Where a term lands in a field: its tier and the window to score.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    tier: i64,
    window: Range<usize>,
    /// Characters in the window that are not the term's (0 when together).
    gaps: i64,
}

impl Place {
    /// The part of the score known before fuzzy-matcher is asked.
    fn key(&self) -> i64 {
        self.tier * TIER - self.gaps.min(CAP) * GAP
    }
}

/// The best place of `term` in `field`, or `None` when its letters do not
/// all occur in order.
fn place(field: &str, term: &Term) -> Option<Place> {
    if let Some(place) = contiguous(field, term) {
        return Some(place);
    }
    let hay = field.as_bytes();
    // The letters in order, earliest end first: the test that rejects most
    // items, and the end of the scattered window.
    let mut end = 0;
    for u in 0..term.units.len() {
        end += term.find_unit(u, &hay[end..], false)? + term.unit(u).len();
    }
    let mut start = end;
    for u in (0..term.units.len()).rev() {
        start = term.find_unit(u, &hay[..start], true)?;
    }
    let chars = hay[start..end]
        .iter()
        .filter(|&&b| b & 0xc0 != 0x80)
        .count();
    Some(Place {
        tier: 0,
        window: start..end,
        gaps: (chars - term.units.len()) as i64,
    })
}

/// The best place where the term's letters stand together: the first whole
/// word, else the first word start, else the first occurrence.
fn contiguous(field: &str, term: &Term) -> Option<Place> {
    let hay = field.as_bytes();
    let n = term.bytes().len();
    let mut best: Option<Place> = None;
    let mut from = 0;
    while let Some(rel) = term.find_unit(0, &hay[from..], false) {
        let at = from + rel;
        from = at + term.unit(0).len();
        if at + n > hay.len() {
            break;
        }
        if !term.equals(&hay[at..at + n]) {
            continue;
        }
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let starts = !alnum(field[..at].chars().next_back());
        let ends = !alnum(field[at + n..].chars().next());
        let tier = match (starts, ends) {
            (true, true) => 3,
            (true, false) => 2,
            _ => 1,
        };
        if best.as_ref().is_none_or(|b| tier > b.tier) {
            best = Some(Place {
                tier,
                window: at..at + n,
                gaps: 0,
            });
            if tier == 3 {
                break;
            }
        }
    }
    best
}

/// Scores windows, remembering contiguous ones: they differ from one item
/// to the next only in letter case, so a handful of scores serve them all.
struct Scorer {
    seen: Vec<HashMap<Box<[u8]>, i64>>,
}

impl Scorer {
    fn new(terms: usize) -> Scorer {
        Scorer {
            seen: (0..terms).map(|_| HashMap::new()).collect(),
        }
    }

    /// fuzzy-matcher's score of the term in the window, bounded so that it
    /// never outweighs one character of gap.
    fn letters(&mut self, t: usize, term: &Term, field: &str, place: &Place) -> i64 {
        let window = &field[place.window.clone()];
        if place.gaps > 0 {
            return skim(window, term);
        }
        if let Some(&s) = self.seen[t].get(window.as_bytes()) {
            return s;
        }
        let s = skim(window, term);
        self.seen[t].insert(window.as_bytes().into(), s);
        s
    }
}

fn skim(window: &str, term: &Term) -> i64 {
    // The window holds the term's letters in order under the same case
    // rule, so the matcher always matches.
    matcher()
        .fuzzy_match(window, &term.text)
        .unwrap_or(0)
        .clamp(-CAP, CAP)
}

/// Each term's places in the two fields, or `None` when a term lands in
/// neither.
fn places(fields: [Option<&str>; 2], terms: &[Term]) -> Option<Vec<[Option<Place>; 2]>> {
    terms
        .iter()
        .map(|term| {
            let found = fields.map(|f| f.and_then(|f| place(f, term)));
            found.iter().any(Option::is_some).then_some(found)
        })
        .collect()
}

fn best_key(found: &[Option<Place>; 2]) -> i64 {
    found
        .iter()
        .flatten()
        .map(Place::key)
        .max()
        .unwrap_or(i64::MIN)
}

/// The score of one item without fuzzy-matcher: every term's best tier and
/// gaps. It orders items except among equals, which `score` settles.
fn key_item(fields: [Option<&str>; 2], terms: &[Term], order: &[usize]) -> Option<i64> {
    let mut total = 0;
    for term in order.iter().map(|&t| &terms[t]) {
        let found = fields.map(|f| f.and_then(|f| place(f, term)));
        if found.iter().all(Option::is_none) {
            return None;
        }
        total += best_key(&found);
    }
    Some(total)
}

/// The full score of an item that matches. Only fields where the term has
/// its best key are scored: letters never outweigh a tier or a gap.
fn score_item(fields: [Option<&str>; 2], terms: &[Term], scorer: &mut Scorer) -> i64 {
    let Some(found) = places(fields, terms) else {
        return i64::MIN;
    };
    let mut total = 0;
    for (t, (term, found)) in terms.iter().zip(&found).enumerate() {
        let key = best_key(found);
        let mut letters = i64::MIN;
        for (f, p) in fields.iter().zip(found) {
            if let (Some(f), Some(p)) = (f, p)
                && p.key() == key
            {
                letters = letters.max(scorer.letters(t, term, f, p));
            }
        }
        total += key + letters;
    }
    total
}

/// Runs `work` over `0..n` split across the cores, results in order.
fn split<T: Send>(n: usize, work: impl Fn(Range<usize>) -> Vec<T> + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(8));
    if n < PARALLEL_FROM || threads == 1 {
        return work(0..n);
    }
    let chunk = n.div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let work = &work;
                s.spawn(move || work(t * chunk..((t + 1) * chunk).min(n)))
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a search thread does not panic"))
            .collect()
    })
}

/// How many items matched, the best as `(score, index)`, the parsed query,
/// and every item that matched, ascending.
type Ranked = (usize, Vec<(i64, usize)>, Vec<Term>, Vec<usize>);

/// How many of the `n` items match, the best `k` as `(score, index)` best
/// first, and the parsed query for marking them.
///
/// Two passes: the first finds every match and its score short of
/// fuzzy-matcher's part; only the items that can still reach the best `k`
/// (those whose partial score is at least the `k`-th best) are scored in
/// full by the second.
fn rank<'a, F>(
    items: &Items<'_>,
    fields: &F,
    query: &str,
    k: usize,
    stop: &Stop<'_>,
) -> Option<Ranked>
where
    F: Fn(usize) -> [Option<&'a str>; 2] + Sync,
{
    let q = terms(query);
    let n = items.len();
    if q.is_empty() {
        let all: Vec<usize> = (0..n).map(|at| items.get(at)).collect();
        let best = all.iter().take(k).map(|&i| (0, i)).collect();
        return Some((n, best, q, all));
    }
    let going = |i: &usize| !i.is_multiple_of(STOP_EVERY) || !stop();
    // The longest term first: it rejects the most items soonest (the one
    // being typed is usually the shortest).
    let mut order: Vec<usize> = (0..q.len()).collect();
    order.sort_by_key(|&t| std::cmp::Reverse(q[t].units.len()));
    let mut keyed = split(n, |part| {
        part.take_while(going)
            .filter_map(|at| {
                let i = items.get(at);
                key_item(fields(i), &q, &order).map(|key| (key, i))
            })
            .collect()
    });
    if stop() {
        return None;
    }
    let total = keyed.len();
    let matched: Vec<usize> = keyed.iter().map(|&(_, i)| i).collect();
    if k == 0 {
        return Some((total, Vec::new(), q, matched));
    }
    if k < keyed.len() {
        let (_, kth, _) = keyed.select_nth_unstable_by(k - 1, |a, b| b.0.cmp(&a.0));
        let threshold = kth.0;
        keyed.retain(|&(key, _)| key >= threshold);
        keyed.sort_unstable_by_key(|&(_, i)| i);
    }
    let scored = split(keyed.len(), |part| {
        let mut scorer = Scorer::new(q.len());
        keyed[part]
            .iter()
            .enumerate()
            .take_while(|(n, _)| going(n))
            .map(|(_, &(_, i))| (score_item(fields(i), &q, &mut scorer), i))
            .collect()
    });
    if stop() {
        return None;
    }
    Some((total, best_k(scored, k), q, matched))
}

/// The best `k` of `(score, index)`, best first, ties by index, without
/// sorting the rest.
fn best_k(mut all: Vec<(i64, usize)>, k: usize) -> Vec<(i64, usize)> {
    let order = |a: &(i64, usize), b: &(i64, usize)| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
    if k == 0 {
        return Vec::new();
    }
    if k < all.len() {
        all.select_nth_unstable_by(k - 1, order);
        all.truncate(k);
    }
    all.sort_unstable_by(order);
    all
}

/// The byte ranges to mark in each field: for every term, its window's
/// matched letters in the field where it scored best.
fn marks(fields: [Option<&str>; 2], q: &[Term]) -> [Vec<Range<usize>>; 2] {
    let mut out: [Vec<Range<usize>>; 2] = Default::default();
    for term in q {
        let mut best: Option<(i64, usize, Range<usize>)> = None;
        for (fi, field) in fields.iter().enumerate() {
            let Some(field) = field else { continue };
            let Some(p) = place(field, term) else {
                continue;
            };
            let score = p.key() + skim(&field[p.window.clone()], term);
            if best.as_ref().is_none_or(|b| score > b.0) {
                best = Some((score, fi, p.window));
            }
        }
        let Some((_, fi, window)) = best else {
            continue;
        };
        let field = fields[fi].unwrap_or("");
        // fuzzy_indices' score can differ a little from fuzzy_match's, by
        // which the items were ranked; it only says which letters to mark.
        if let Some((_, at)) = matcher().fuzzy_indices(&field[window.clone()], &term.text) {
            let ranges = char_ranges(&field[window.clone()], &at);
            out[fi].extend(
                ranges
                    .into_iter()
                    .map(|r| r.start + window.start..r.end + window.start),
            );
        }
    }
    out.map(merge)
}

/// Sorted, with overlapping or touching ranges joined.
fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

/// fuzzy-matcher reports character indexes; views slice strings by bytes.
/// Adjacent characters merge into one range.
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

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(text: &str, speaker: Option<&str>) -> Quote {
        Quote {
            text: text.into(),
            speaker: speaker.map(Into::into),
            speaker_basis: None,
            source: "s".into(),
            line: 1,
            span: 0..text.len(),
        }
    }

    fn order(quotes: &[Quote], query: &str) -> Vec<usize> {
        search(quotes, query).iter().map(|h| h.quote).collect()
    }

    fn marked(text: &str, ranges: &[Range<usize>]) -> Vec<String> {
        ranges.iter().map(|r| text[r.clone()].to_string()).collect()
    }

    #[test]
    fn best_match_comes_first_and_non_matches_are_dropped() {
        let quotes = [
            quote("we will talk about soybeans", None),
            quote("rare earth magnets are scarce", None),
            quote("a rather rambling answer", None),
        ];
        let hits = search(&quotes, "rare earth");
        assert_eq!(hits[0].quote, 1);
        assert!(hits.iter().all(|h| h.quote != 0));
    }

    #[test]
    fn every_word_of_the_query_must_match_in_any_order() {
        let quotes = [
            quote("earth first", None),
            quote("rare earth exports", None),
            quote("earth and the rare metals", None),
        ];
        assert_eq!(order(&quotes, "earth rare"), vec![1, 2]);
        assert_eq!(order(&quotes, "rare earth"), vec![1, 2]);
        assert!(order(&quotes, "rare zzz").is_empty());
    }

    #[test]
    fn a_word_can_match_the_speaker_while_another_matches_the_text() {
        let quotes = [
            quote("tariffs will fall", Some("Scott Bessent")),
            quote("tariffs will fall", None),
        ];
        let hits = search(&quotes, "bessent tariffs");
        assert_eq!(hits.len(), 1);
        assert_eq!(marked(&quotes[0].text, &hits[0].text_ranges), ["tariffs"]);
        assert_eq!(
            marked(
                quotes[0].speaker.as_deref().unwrap(),
                &hits[0].speaker_ranges
            ),
            ["Bessent"]
        );
    }

    #[test]
    fn a_whole_word_ranks_before_a_word_start_before_a_word_inside() {
        let quotes = [
            quote("the software", None),
            quote("warehouse stock", None),
            quote("they will go to war now", None),
        ];
        assert_eq!(order(&quotes, "war"), vec![2, 1, 0]);
    }

    #[test]
    fn letters_together_rank_before_scattered_letters_whatever_the_letter_score() {
        // "rare" scattered over word starts scores well by letters alone,
        // but "rare" inside a word still comes first.
        let quotes = [
            quote("Red Apples Rot Early", None),
            quote("the hardware", None),
        ];
        assert_eq!(order(&quotes, "rare"), vec![1, 0]);
    }

    #[test]
    fn rare_earth_passages_come_before_scattered_matches() {
        let quotes = [
            quote("we are ready to hear the other side", None),
            quote("China's controls on rare earth exports", None),
            quote("a rather early estimate of the earthquake", None),
        ];
        let hits = search(&quotes, "rare earth");
        assert_eq!(hits[0].quote, 1);
        assert_eq!(
            marked(&quotes[1].text, &hits[0].text_ranges),
            ["rare", "earth"]
        );
    }

    #[test]
    fn more_words_whole_rank_higher() {
        let quotes = [quote("rare earthenware", None), quote("rare earth", None)];
        assert_eq!(order(&quotes, "rare earth"), vec![1, 0]);
    }

    #[test]
    fn the_earlier_place_of_a_tier_is_marked() {
        let quotes = [quote("trade talks and trade wars", None)];
        let hits = search(&quotes, "trade");
        assert_eq!(hits[0].text_ranges, vec![0..5]);
    }

    #[test]
    fn a_scattered_term_is_scored_in_its_shortest_window() {
        // The window ends where the letters are first all found and starts
        // as late as it can: "t...r...d" in "tired", not from the first t.
        let quotes = [quote("the cat tired", None)];
        let hits = search(&quotes, "trd");
        assert_eq!(
            marked(&quotes[0].text, &hits[0].text_ranges),
            ["t", "r", "d"]
        );
        assert!(
            hits[0].text_ranges[0].start >= 8,
            "{:?}",
            hits[0].text_ranges
        );
    }

    #[test]
    fn among_scattered_letters_fewer_gaps_rank_first() {
        // fuzzy-matcher alone prefers the word starts of the first; the
        // letters of the second stand closer together.
        let quotes = [quote("a r_e_d flag", None), quote("the reed", None)];
        let m = matcher();
        assert!(m.fuzzy_match("r_e_d", "red") > m.fuzzy_match("reed", "red"));
        assert_eq!(order(&quotes, "red"), vec![1, 0]);
    }

    #[test]
    fn a_score_does_not_depend_on_what_was_scored_before() {
        let alone = [quote("ade deal", None)];
        let after = [quote("and avoid invol", None), quote("ade deal", None)];
        let score = |quotes: &[Quote]| {
            let hits = search(quotes, "aal");
            let hit = hits.iter().find(|h| quotes[h.quote].text == "ade deal");
            hit.map(|h| h.score)
        };
        assert!(score(&alone).is_some());
        assert_eq!(score(&alone), score(&after));
    }

    #[test]
    fn smart_case_per_word() {
        let quotes = [quote("xi spoke", None), quote("Xi spoke", None)];
        assert_eq!(order(&quotes, "Xi"), vec![1]);
        assert_eq!(order(&quotes, "xi SPOKE").len(), 0);
        assert_eq!(order(&quotes, "xi spoke"), vec![0, 1]);
    }

    #[test]
    fn ties_keep_the_order_given() {
        let quotes = [
            quote("a deal", None),
            quote("b deal", None),
            quote("c deal", None),
        ];
        assert_eq!(order(&quotes, "deal"), vec![0, 1, 2]);
    }

    #[test]
    fn top_k_is_the_head_of_the_full_list_and_counts_them_all() {
        let quotes: Vec<Quote> = (0..50)
            .map(|i| quote(&format!("item {i} of the trade talks"), None))
            .collect();
        let all = search(&quotes, "tr ta");
        let top = search_top(&quotes, "tr ta", 7);
        assert_eq!(top.total, all.len());
        assert_eq!(top.hits, all[..7]);
    }

    #[test]
    fn ranges_are_bytes_even_after_multibyte_characters() {
        let quotes = [quote("“it’s rare”", None)];
        let hits = search(&quotes, "rare");
        assert_eq!(marked(&quotes[0].text, &hits[0].text_ranges), ["rare"]);
        let hits = search(&quotes, "it’s");
        assert_eq!(marked(&quotes[0].text, &hits[0].text_ranges), ["it’s"]);
    }

    #[test]
    fn speaker_matches_count() {
        let quotes = [quote("nothing here", Some("Karoline Leavitt"))];
        let hits = search(&quotes, "leavitt");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].speaker_ranges, vec![9..16]);
    }

    #[test]
    fn a_stopped_search_gives_up_and_an_unstopped_one_finds_the_same() {
        let quotes: Vec<Quote> = (0..5000)
            .map(|i| quote(&format!("rare earth export {i}"), Some("Wang")))
            .collect();
        assert_eq!(search_top_within(&quotes, "rare", 10, None, &|| true), None);
        assert_eq!(
            search_top_within(&quotes, "rare", 10, None, &|| false).map(|f| f.0),
            Some(search_top(&quotes, "rare", 10))
        );
        let sources = [source("Rare earths matter. Soybeans too.")];
        let p = passages(&sources);
        let stopped = search_text_top_within(&sources, &p, "rare", 10, None, &|| true);
        assert_eq!(stopped, None);
    }

    #[test]
    fn a_query_narrows_one_each_term_of_which_it_goes_on_from() {
        assert!(narrows("", "rare"));
        assert!(narrows("r", "rare"));
        assert!(narrows("rare", "rare e"));
        assert!(narrows("rare ea", "rare earth"));
        assert!(narrows("Tr", "Trump"));
        assert!(!narrows("rare", "rar"), "a shorter term matches more");
        assert!(!narrows("rare e", "rare"), "a term fewer matches more");
        assert!(!narrows("rare earth", "rare north"));
        assert!(!narrows("ra", "xra"));
    }

    #[test]
    fn a_search_within_what_a_narrower_query_matched_finds_the_same() {
        let quotes: Vec<Quote> = [
            ("Rare earth exports", Some("Wang")),
            ("rare metals", None),
            ("Trump said rare", Some("Trump")),
            ("soybeans", Some("Bessent")),
            ("RARE", None),
        ]
        .iter()
        .map(|(t, s)| quote(t, *s))
        .collect();
        let none = &|| false;
        for (before, after) in [
            ("r", "rare"),
            ("ra", "rare e"),
            ("Tr", "Trump s"),
            ("", "w"),
        ] {
            let (_, matched) = search_top_within(&quotes, before, 10, None, none).unwrap();
            let narrowed = search_top_within(&quotes, after, 10, Some(&matched), none).unwrap();
            let full = search_top_within(&quotes, after, 10, None, none).unwrap();
            assert_eq!(narrowed, full, "{before:?} then {after:?}");
        }
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        let quotes = [quote("a", None), quote("b", None)];
        assert_eq!(order(&quotes, "  "), vec![0, 1]);
        assert_eq!(search_top(&quotes, "", 1).total, 2);
    }

    fn source(text: &str) -> Source {
        Source::untitled("s", text)
    }

    #[test]
    fn passages_are_the_sentences_with_their_source_and_line() {
        let sources = [source("One. Two.\nThree."), source("Four.")];
        let p = passages(&sources);
        let got: Vec<(usize, &str, usize)> = p
            .iter()
            .map(|p| (p.source, &sources[p.source].text[p.span.clone()], p.line))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, "One.", 1),
                (0, "Two.", 1),
                (0, "Three.", 2),
                (1, "Four.", 1)
            ]
        );
    }

    #[test]
    fn full_text_finds_sentences_ranked_alike_with_ranges_in_the_source() {
        let sources = [source(
            "Soybeans matter. A rather rambling earful that hurt.\nControls on rare earth exports bite.",
        )];
        let p = passages(&sources);
        let hits = search_text(&sources, &p, "rare earth");
        assert_eq!(hits.len(), 2);
        let first = &hits[0];
        assert_eq!(p[first.passage].line, 2);
        assert_eq!(marked(&sources[0].text, &first.ranges), ["rare", "earth"]);
        assert!(first.score > hits[1].score);
        assert_eq!(search_text_top(&sources, &p, "rare earth", 1).total, 2);
    }
}
