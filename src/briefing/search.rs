//! Fuzzy search over quotes, on their text and speaker.

use std::ops::Range;

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::model::Quote;

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

/// Quotes matching `query`, best first (ties keep source order). An empty
/// query lists every quote in source order.
pub fn search(quotes: &[Quote], query: &str) -> Vec<Hit> {
    let query = query.trim();
    if query.is_empty() {
        return (0..quotes.len())
            .map(|quote| Hit {
                quote,
                score: 0,
                text_ranges: Vec::new(),
                speaker_ranges: Vec::new(),
            })
            .collect();
    }
    let matcher = SkimMatcherV2::default().smart_case();
    let mut hits: Vec<Hit> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let in_text = matcher.fuzzy_indices(&q.text, query);
            let in_speaker = q
                .speaker
                .as_deref()
                .and_then(|s| matcher.fuzzy_indices(s, query).map(|m| (s, m)));
            // The better of the two fields decides the rank; only it is marked.
            let in_text =
                in_text.filter(|(ts, _)| in_speaker.as_ref().is_none_or(|(_, (ss, _))| ts >= ss));
            match (in_text, in_speaker) {
                (Some((score, at)), _) => Some(Hit {
                    quote: i,
                    score,
                    text_ranges: char_ranges(&q.text, &at),
                    speaker_ranges: Vec::new(),
                }),
                (None, Some((speaker, (score, at)))) => Some(Hit {
                    quote: i,
                    score,
                    text_ranges: Vec::new(),
                    speaker_ranges: char_ranges(speaker, &at),
                }),
                (None, None) => None,
            }
        })
        .collect();
    hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.quote.cmp(&b.quote)));
    hits
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
    fn ranges_are_bytes_even_after_multibyte_characters() {
        let quotes = [quote("“it’s rare”", None)];
        let hits = search(&quotes, "rare");
        let text = &quotes[0].text;
        let marked: String = hits[0]
            .text_ranges
            .iter()
            .map(|r| &text[r.clone()])
            .collect();
        assert_eq!(marked, "rare");
    }

    #[test]
    fn speaker_matches_count() {
        let quotes = [quote("nothing here", Some("Karoline Leavitt"))];
        let hits = search(&quotes, "leavitt");
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].speaker_ranges, vec![9..16]);
    }

    #[test]
    fn empty_query_lists_everything_in_order() {
        let quotes = [quote("a", None), quote("b", None)];
        let order: Vec<usize> = search(&quotes, "  ").iter().map(|h| h.quote).collect();
        assert_eq!(order, vec![0, 1]);
    }
}
