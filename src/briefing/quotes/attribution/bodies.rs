//! What stands beside a speech verb instead of a plain name: an
//! apposition (`Ana Ruiz, chief executive of Acme Care, said`), a body or
//! a document (`the statement said`), an office held in a body (`a Fellow
//! of the Royal Society`).

use std::ops::Range;

use crate::briefing::model::SpeakerBasis as Basis;

use crate::briefing::quotes::roles::description_from;
use crate::briefing::quotes::words::{
    Tok, is_cap, is_determiner, is_org_name, is_possessive, is_stop, is_title,
};

use super::lexicon::{past_the, speaking_body};
use super::names::{name_of, phrase_back, phrase_word};
use super::{Ctx, Who};

impl Ctx<'_> {
    /// `Ana Ruiz, chief executive of Acme Care said`: an apposition whose
    /// closing comma is missing. Given the body's preposition at `q - 1`,
    /// the name before the lowercase title that leads into it, if any.
    pub(super) fn apposition_unclosed(toks: &[Tok], lo: usize, q: usize) -> Option<String> {
        if q < lo + 1
            || !toks[q - 1]
                .word()
                .is_some_and(|w| matches!(w, "of" | "at" | "for"))
        {
            return None;
        }
        let mut k = q - 1;
        let mut titled = false;
        while k > lo && q - 1 - k < 4 && toks[k - 1].word().is_some_and(|w| !is_cap(w)) {
            titled |= toks[k - 1].word().is_some_and(is_title);
            k -= 1;
        }
        if !titled || k < lo + 2 || !toks[k - 1].is_punct(',') || !phrase_word(&toks[k - 2]) {
            return None;
        }
        let p = phrase_back(toks, lo, k - 2);
        name_of(toks, p..k - 1)
            .filter(|n| n.words >= 2 && !is_org_name(&n.text))
            .map(|n| n.text)
    }

    /// `the statement said`, `the service said`: a bare description of a
    /// document or a body, ending at token `j`, right after a sentence in
    /// which someone spoke (`Avonford Police said in a statement.`) means
    /// that speaker; a body's noun only a body that spoke. `None` when the
    /// words before `j` are no such description.
    pub(super) fn body_or_document(&self, toks: &[Tok], lo: usize, j: usize) -> Option<Who> {
        let noun = toks[..j].last().filter(|_| j > lo)?.word()?;
        if let Some(who) = self.bodys_document(toks, lo, j, noun) {
            return Some(who);
        }
        let the = (lo..j.saturating_sub(1)).rev().take(2).find(|&k| {
            toks[k]
                .word()
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        })?;
        let plain = toks[the + 1..j]
            .iter()
            .all(|t| t.word().is_some_and(|w| !is_cap(w)));
        let document = matches!(
            noun,
            "statement" | "release" | "post" | "letter" | "message" | "tweet" | "note"
        );
        if !plain || !(document || is_org_name(noun)) {
            return None;
        }
        let previous = self.previous.borrow();
        let spoke = previous
            .as_ref()
            .filter(|s| s.age == 0 && s.spoke)
            .and_then(|s| s.name.as_ref())
            .filter(|n| document || is_org_name(n));
        if let Some(n) = spoke {
            return Some(Who::Person(n.clone(), Basis::Role));
        }
        // `The Dunmore High Court ... "...," the court said`: the one body
        // the source named before with that noun, however far back.
        if the + 2 != j {
            return None;
        }
        self.the_one_body(noun, toks[j - 1].at())
    }

    /// The one body the source named with a body's `noun` before byte
    /// `at`, however far back: its fullest name, if every mention before is
    /// that name or its end (`Dunmore High Court`, `the High Court`).
    fn the_one_body(&self, noun: &str, at: usize) -> Option<Who> {
        let named = self.bodies.get(speaking_body(noun)?)?;
        let before: Vec<&String> = named
            .iter()
            .filter(|(pos, _)| *pos < at)
            .map(|(_, n)| n)
            .collect();
        let full = *before.iter().max_by_key(|n| n.len())?;
        let one = before
            .iter()
            .all(|n| *n == full || full.ends_with(&format!(" {n}")));
        one.then(|| Who::Person(full.clone(), Basis::Role))
    }

    /// `A MoFA statement said`, `the police statement said`: a document
    /// named for a body is that body's. The body is a capitalised name or
    /// an acronym right before the document's noun, or a body's noun that
    /// means the one body of that kind the source named.
    fn bodys_document(&self, toks: &[Tok], lo: usize, j: usize, noun: &str) -> Option<Who> {
        // Fewer nouns than `body_or_document` takes: before `post`, `tweet`
        // or `note` a capitalised word is the platform or the kind of note
        // (`the Facebook post said`), not who wrote it.
        let document = matches!(noun, "statement" | "release" | "letter" | "message");
        if !document || j < lo + 2 {
            return None;
        }
        let owner = toks[j - 2].word()?;
        if is_cap(owner) && !is_stop(owner) {
            let p = phrase_back(toks, lo, j - 2);
            let n = name_of(toks, p..j - 1)?;
            return Some(Who::Person(n.text, Basis::SaidVerb));
        }
        self.the_one_body(owner, toks[j - 1].at())
    }

    /// Where a bracketed aside ending right before token `c` opens (`Ana
    /// Ruiz (Labour-Avonford),`), or `c` if there is none; a few words at
    /// most.
    pub(super) fn before_brackets(toks: &[Tok], lo: usize, c: usize) -> usize {
        if c <= lo || !toks[c - 1].is_punct(')') {
            return c;
        }
        (lo..c - 1)
            .rev()
            .take(8)
            .find(|&k| toks[k].is_punct('('))
            .unwrap_or(c)
    }

    /// `Ana Ruiz claimed the mayor had misled voters when she said ...`: a
    /// person described (not named) between a name earlier in the sentence
    /// and the pronoun at `j` may be whom it means as well as the name; the
    /// pronoun is nobody's for sure. A dozen words back at most.
    pub(super) fn described_between(&self, toks: &[Tok], sent: &Range<usize>, j: usize) -> bool {
        let lo = sent.start.max(j.saturating_sub(12));
        let Some(d) = (lo..j).rev().find(|&k| {
            (k == sent.start || !toks[k - 1].is_punct(','))
                && description_from(toks, k, j).is_some()
        }) else {
            return false;
        };
        let from = toks[sent.start].at();
        !self.mentions_between(from, toks[d].at()).is_empty()
            && self.mentions_between(toks[d].at(), toks[j].at()).is_empty()
    }

    /// `the first-term Member of Parliament`, `a Fellow of the Royal
    /// Society`: a lone capitalised word after an article (and a few
    /// lowercase words) before the `of`/`for` leading into the body at `p`
    /// names an office, not its holder. Its words after the article.
    pub(super) fn office_of_body<'a>(
        toks: &[Tok<'a>],
        lo: usize,
        p: usize,
    ) -> Option<Vec<&'a str>> {
        let q = past_the(toks, lo, p);
        let link = q >= lo + 3
            && toks[q - 1]
                .word()
                .is_some_and(|w| matches!(w, "of" | "for"));
        if !link {
            return None;
        }
        let office = q - 2;
        let lone = !toks[office - 1].word().is_some_and(is_cap);
        if !lone || !toks[office].word().is_some_and(is_cap) {
            return None;
        }
        let mut k = office;
        while k > lo && office - k < 3 {
            let w = toks[k - 1].word()?;
            let lw = w.to_lowercase();
            if is_determiner(&lw) {
                let words: Vec<&str> = toks[k..=office].iter().filter_map(Tok::word).collect();
                return matches!(lw.as_str(), "the" | "a" | "an").then_some(words);
            }
            if is_cap(w) || is_stop(w) || is_possessive(w) {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// The person named before `of the` or `at` that leads into the
    /// organisation starting at token `p`, if any. `Irene Nattel of RBC
    /// Capital Markets said`: a body's name need hold no word that marks
    /// it as one when a full name stands before `of`, `at` or `from`, since
    /// a person is not "of" another person; a lone untitled word there may
    /// be a common noun capitalised (`Friends of Ana Ruiz`), so it is not.
    pub(super) fn affiliated(toks: &[Tok], lo: usize, p: usize, body: bool) -> Option<String> {
        let q = past_the(toks, lo, p);
        let link = q > lo + 1
            && toks[q - 1]
                .word()
                .is_some_and(|w| matches!(w, "of" | "at" | "from") || (body && w == "with"));
        if !link || !phrase_word(&toks[q - 2]) {
            return None;
        }
        let b = phrase_back(toks, lo, q - 2);
        name_of(toks, b..q - 1)
            .filter(|n| !is_org_name(&n.text) && (body || n.words >= 2 || n.titled))
            .map(|n| n.text)
    }
}
