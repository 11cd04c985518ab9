//! Quote extraction and attribution. See `extract`.
//!
//! `marks` finds the quoted spans, `words` tokenises the text around them,
//! `attribution` decides who said each one; this module ties them together
//! and makes one person's name the same across the whole briefing.

mod attribution;
mod marks;
mod words;

use super::model::Quote;
use super::text::line_of;

/// Extracts every quote from the given sources (`(id, sanitised text)`, in
/// order), attributes speakers, and normalises speaker names corpus-wide.
pub fn extract(sources: &[(&str, &str)]) -> Vec<Quote> {
    let analysed: Vec<attribution::Source> = sources
        .iter()
        .map(|(_, text)| attribution::analyse(text))
        .collect();
    let mut lex = attribution::Lexicon::build(&analysed);
    let attribute_all = |lex: &attribution::Lexicon| -> Vec<Vec<Option<String>>> {
        (0..analysed.len())
            .map(|si| attribution::attribute(&analysed, lex, si))
            .collect()
    };
    // Whoever is found speaking is a person, which the pronoun and subject
    // rules need to know before the sentence naming them is reached; so a
    // second pass runs with the first pass's speakers known.
    let first = attribute_all(&lex);
    lex.learn_speakers(&first);
    let speakers = attribute_all(&lex);

    // Names to expand short forms into: every person the corpus names, and
    // every speaker found.
    let mut pool: Vec<(String, usize)> = lex.persons.clone();
    for (si, list) in speakers.iter().enumerate() {
        pool.extend(list.iter().flatten().map(|s| (s.clone(), si)));
    }

    let mut quotes = Vec::new();
    for (si, ((id, text), src)) in sources.iter().zip(&analysed).enumerate() {
        for (q, speaker) in src.quotes.iter().zip(&speakers[si]) {
            quotes.push(Quote {
                text: q.text.clone(),
                speaker: speaker.as_deref().map(|s| fullest_name(s, si, &pool)),
                source: id.to_string(),
                line: line_of(text, q.open),
                span: q.open..q.end,
            });
        }
    }
    quotes
}

/// The fullest form of a name used anywhere in the corpus: a name whose
/// words begin or end with this one's (`Trump` -> `Donald Trump`, `Han` ->
/// `Han Shen Lin`). When two different people fit equally (`Wang` in a corpus
/// with `Wang Wentao` and `Dan Wang`), the one named in the same source
/// wins; if that does not settle it, the name stays as written rather than
/// becoming someone else's.
fn fullest_name(name: &str, source: usize, pool: &[(String, usize)]) -> String {
    let words: Vec<&str> = name.split(' ').collect();
    let mut best_len = words.len();
    let mut best: Vec<&(String, usize)> = Vec::new();
    for entry in pool {
        let other: Vec<&str> = entry.0.split(' ').collect();
        if other.len() < best_len
            || other.len() == words.len()
            || !(other.starts_with(&words) || other.ends_with(&words))
        {
            continue;
        }
        if other.len() > best_len {
            best_len = other.len();
            best.clear();
        }
        best.push(entry);
    }
    fn distinct<'p>(list: &[&'p (String, usize)]) -> Vec<&'p str> {
        let mut names: Vec<&str> = list.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        names
    }
    let all = distinct(&best);
    if all.len() == 1 {
        return all[0].to_string();
    }
    let here: Vec<&(String, usize)> = best.iter().copied().filter(|e| e.1 == source).collect();
    match distinct(&here).as_slice() {
        [one] => one.to_string(),
        _ => name.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surname_becomes_the_fullest_name_in_the_corpus() {
        let quotes = extract(&[
            ("a", "Team captain Lena Park arrived on Monday."),
            ("b", "\"We are ready,\" Park said."),
        ]);
        assert_eq!(quotes[0].speaker.as_deref(), Some("Lena Park"));
    }

    #[test]
    fn first_name_becomes_the_fullest_name() {
        let quotes = extract(&[(
            "a",
            "\"Yes,\" said Han Shen Lin, an analyst.\n\"No,\" Han said later.",
        )]);
        assert_eq!(quotes[1].speaker.as_deref(), Some("Han Shen Lin"));
    }

    #[test]
    fn ambiguous_short_name_prefers_the_same_source() {
        let pool = vec![("Wang Wentao".to_string(), 0), ("Dan Wang".to_string(), 1)];
        assert_eq!(fullest_name("Wang", 1, &pool), "Dan Wang");
        let pool = vec![("Wang Wentao".to_string(), 0), ("Dan Wang".to_string(), 0)];
        assert_eq!(fullest_name("Wang", 0, &pool), "Wang");
    }

    #[test]
    fn quote_fields() {
        let text = "Intro line.\n“Hello there,” said Ana Ruiz.";
        let q = &extract(&[("s", text)])[0];
        assert_eq!(q.text, "Hello there");
        assert_eq!(q.source, "s");
        assert_eq!(q.line, 2);
        assert_eq!(&text[q.span.clone()], "“Hello there,”");
        assert_eq!(q.speaker.as_deref(), Some("Ana Ruiz"));
    }

    #[test]
    fn quotes_come_in_source_order() {
        let quotes = extract(&[("a", "\"One,\" he said."), ("b", "\"Two\" and \"three\".")]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["One", "Two", "three"]);
    }
}
