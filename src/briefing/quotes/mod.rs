//! Quote extraction and attribution. See `extract`.
//!
//! `marks` finds the quoted spans, `words` tokenises the text around them,
//! `attribution` decides who said each one; this module ties them together
//! and makes one person's name the same across the whole briefing.

mod attribution;
mod marks;
mod people;
mod words;

use super::model::{Quote, SpeakerBasis};
use super::text::LineIndex;

/// Extracts every quote from the given sources (`(id, sanitised text)`, in
/// order), attributes speakers, and normalises speaker names corpus-wide.
pub fn extract(sources: &[(&str, &str)]) -> Vec<Quote> {
    let analysed: Vec<attribution::Source> = sources
        .iter()
        .map(|(_, text)| attribution::analyse(text))
        .collect();
    let mut lex = attribution::Lexicon::build(&analysed);
    type Found = Vec<Option<(String, SpeakerBasis)>>;
    let attribute_all = |lex: &attribution::Lexicon| -> Vec<Found> {
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
    let mut people = lex.persons.clone();
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
    fn quotes_come_in_source_order() {
        let quotes = extract(&[("a", "\"One,\" he said."), ("b", "\"Two\" and \"three\".")]);
        let texts: Vec<&str> = quotes.iter().map(|q| q.text.as_str()).collect();
        assert_eq!(texts, ["One", "Two", "three"]);
    }
}
