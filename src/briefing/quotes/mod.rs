//! Quote extraction and attribution. See `extract`.
//!
//! `marks` finds the quoted spans, `words` tokenises the text around them,
//! `attribution` decides who said each one; this module ties them together
//! and makes one person's name the same across the whole briefing.

mod attribution;
mod marks;
mod people;
mod personhood;
mod roles;
mod words;

use super::model::Quote;
use super::parallel;
use super::text::LineIndex;

/// The steps of extraction a progress report names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Finding each source's quotes and the people it names.
    Names,
    /// Attributing each source's quotes.
    Speakers,
    /// Attributing again the sources whose answer may change now that the
    /// speakers found are known to be people (usually few).
    Recheck,
}

/// Extracts every quote from the given sources (`(id, sanitised text)`, in
/// order), attributes speakers, and normalises speaker names corpus-wide.
pub fn extract(sources: &[(&str, &str)]) -> Vec<Quote> {
    extract_with(sources, &|_, _, _| {})
}

/// `extract`, on every core, calling `progress(step, done, total)` as each
/// source is done (from any thread).
///
/// Each step reads the sources afresh and keeps only what the next step
/// needs, not their tokens: tokenising again is cheaper than holding every
/// article's tokens, about five times its text, at once.
pub fn extract_with(
    sources: &[(&str, &str)],
    progress: &(dyn Fn(Step, usize, usize) + Sync),
) -> Vec<Quote> {
    let total = sources.len();
    let texts: Vec<&str> = sources.iter().map(|(_, text)| *text).collect();
    let learnt = parallel::map(
        &texts,
        |text| {
            let src = attribution::analyse(text);
            let names = attribution::Names::of(&src);
            (names, src.quotes)
        },
        &|done| progress(Step::Names, done, total),
    );
    let (names, marked): (Vec<_>, Vec<_>) = learnt.into_iter().unzip();
    let mut lex = attribution::Lexicon::build(names);
    let attribute = |text: &&str| attribution::attribute(&attribution::analyse(text), &lex);
    let first = parallel::map(&texts, attribute, &|done| {
        progress(Step::Speakers, done, total)
    });
    // Whoever is found speaking is a person, which the pronoun and subject
    // rules need to know before the sentence naming them is reached; so a
    // second pass runs with the first pass's speakers known, on the sources
    // where that can make a difference.
    lex.learn_speakers(&first);
    let again: Vec<usize> = (0..total)
        .filter(|&si| first[si].unknown.iter().any(|n| lex.persons.knows(n)))
        .collect();
    let attribute = |&si: &usize| attribution::attribute(&attribution::analyse(texts[si]), &lex);
    let redone = parallel::map(&again, attribute, &|done| {
        progress(Step::Recheck, done, again.len())
    });
    let mut speakers: Vec<_> = first.into_iter().map(|a| a.speakers).collect();
    for (si, found) in again.into_iter().zip(redone) {
        speakers[si] = found.speakers;
    }

    // Names to expand short forms into: every person the corpus names, and
    // every speaker found.
    let mut people = lex.persons;
    for (si, list) in speakers.iter().enumerate() {
        for (name, _) in list.iter().flatten() {
            people.add(name, si);
        }
    }

    let per_source: Vec<_> = sources
        .iter()
        .zip(marked)
        .zip(speakers)
        .enumerate()
        .collect();
    let quotes = parallel::map_owned(per_source, |(si, (((id, text), marked), speakers))| {
        let lines = LineIndex::new(text);
        marked
            .into_iter()
            .zip(speakers)
            .map(|(q, speaker)| Quote {
                speaker: speaker.as_ref().map(|(s, _)| people.fullest(s, si)),
                speaker_basis: speaker.map(|(_, b)| b),
                source: id.to_string(),
                line: lines.line(q.open),
                span: q.open..q.end,
                text: q.text,
            })
            .collect::<Vec<_>>()
    });
    quotes.into_iter().flatten().collect()
}

/// Extraction the way it was before it was made fast (issue 9): every
/// source's tokens held at once, both passes of attribution over every
/// source, on one core. Kept as the baseline the load benchmark compares
/// with, and as the reference the tests hold `extract` to.
#[doc(hidden)]
pub fn extract_plain(sources: &[(&str, &str)]) -> Vec<Quote> {
    let analysed: Vec<attribution::Source> = sources
        .iter()
        .map(|(_, text)| attribution::analyse(text))
        .collect();
    let mut lex =
        attribution::Lexicon::build(analysed.iter().map(attribution::Names::of).collect());
    let first: Vec<_> = analysed
        .iter()
        .map(|src| attribution::attribute(src, &lex))
        .collect();
    lex.learn_speakers(&first);
    let speakers: Vec<_> = analysed
        .iter()
        .map(|src| attribution::attribute(src, &lex).speakers)
        .collect();
    let mut people = lex.persons;
    for (si, list) in speakers.iter().enumerate() {
        for (name, _) in list.iter().flatten() {
            people.add(name, si);
        }
    }
    let mut quotes = Vec::new();
    for (si, ((id, text), src)) in sources.iter().zip(&analysed).enumerate() {
        let lines = LineIndex::new(text);
        for (q, speaker) in src.quotes.iter().zip(&speakers[si]) {
            quotes.push(Quote {
                text: q.text.clone(),
                speaker: speaker.as_ref().map(|(s, _)| people.fullest(s, si)),
                speaker_basis: speaker.as_ref().map(|(_, b)| *b),
                source: id.to_string(),
                line: lines.line(q.open),
                span: q.open..q.end,
            });
        }
    }
    quotes
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
    fn every_quote_of_a_dense_text_has_its_own_line() {
        let text: String = (0..500)
            .map(|n| format!("\"Point {n},\" said Ana Ruiz. She added: \"Yes.\"\n"))
            .collect();
        let quotes = extract(&[("s", &text)]);
        assert_eq!(quotes.len(), 1000);
        for (i, q) in quotes.iter().enumerate() {
            assert_eq!(q.line, i / 2 + 1, "{q:?}");
        }
        assert!(
            quotes
                .iter()
                .all(|q| q.speaker.as_deref() == Some("Ana Ruiz"))
        );
    }

    #[test]
    fn the_fast_extraction_finds_what_the_plain_one_does() {
        // Speakers only the first pass finds make the second differ: the
        // recheck must catch every source where that happens.
        let corpus = crate::corpus::generate(60, 3);
        let mut sources: Vec<(&str, &str)> = corpus
            .iter()
            .map(|(n, t)| (n.as_str(), t.as_str()))
            .collect();
        let builtin = crate::briefing::load::builtin().unwrap();
        sources.extend(
            builtin
                .sources
                .iter()
                .map(|s| (s.id.as_str(), s.text.as_str())),
        );
        // `Okafor` is a person only once the first pass finds him speaking
        // in `a`; only then can `he` in `b` refer to him.
        sources.push(("a", "\"We won,\" Okafor said."));
        sources.push(("b", "Okafor arrived late. \"It was hard,\" he said."));
        let key = |q: &Quote| {
            (
                q.source.clone(),
                q.span.clone(),
                q.speaker.clone(),
                q.speaker_basis,
            )
        };
        let fast: Vec<_> = extract(&sources).iter().map(key).collect();
        let plain: Vec<_> = extract_plain(&sources).iter().map(key).collect();
        assert!(fast.len() > 600);
        assert_eq!(fast.last().unwrap().2.as_deref(), Some("Okafor"));
        assert_eq!(fast, plain);
    }

    #[test]
    fn quotes_come_in_source_order() {
        let quotes = extract(&[("a", "\"One,\" he said."), ("b", "\"Two\" and \"three\".")]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["One", "Two", "three"]);
    }
}
