//! Whom a pronoun or a description means: the people a source has
//! named, which of them is in view, and their sex where the text says it.

use std::ops::Range;

use crate::briefing::model::SpeakerBasis as Basis;

use crate::briefing::quotes::personhood::Gender;
use crate::briefing::quotes::roles::{description_from, is_office};
use crate::briefing::quotes::words::{
    Tok, is_cap, is_honorific, is_opening_conjunction, is_org_name, is_possessive, is_pronoun,
    is_title, opens_adverbial, strip_possessive,
};

use super::names::{Name, name_at, name_of, phrase_fwd, phrase_word, qualifies_group};
use super::titles::{canon_title, is_rank};
use super::{Ctx, Who};

impl Ctx<'_> {
    /// Whether a name is a person's: titled, or the whole or the first or
    /// last words of a name known to be a person's.
    pub(super) fn is_person(&self, name: &Name) -> bool {
        if is_org_name(&name.text) {
            return false;
        }
        name.titled || self.knows(&name.text)
    }

    /// Whether `name` is a known person's name or short form; noted when not.
    pub(super) fn knows(&self, name: &str) -> bool {
        let known = self.lex.persons.knows(name);
        if !known && !self.unknown.borrow().contains(name) {
            self.unknown.borrow_mut().insert(name.to_string());
        }
        known
    }

    /// Whether a person can be called `he` (`Male`) or `she`: only a person
    /// whom the text marks as the other sex is ruled out.
    pub(super) fn fits(&self, name: &str, want: Gender) -> bool {
        let other = match want {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        };
        !self.genders.contains(&(name.to_string(), other))
    }

    /// The person `he`/`she` at byte `at` refers to; `from` is where its
    /// sentence starts. In order: someone named earlier in the same
    /// sentence (`After Ruiz left, she said`); else whom the previous
    /// sentence was about, its speaker or its subject (salience: `The mayor
    /// sounded upbeat after her call with Governor Ruiz. "...," she told
    /// reporters` is the mayor's), even when that person goes unnamed; else
    /// the last person named. Names inside quotations are masked out, so
    /// `“... President Xi ...” He added` still refers to the speaker.
    pub(super) fn antecedent(&self, at: usize, pronoun: &str, from: usize) -> Who {
        let want = if pronoun.eq_ignore_ascii_case("she") {
            Gender::Female
        } else {
            Gender::Male
        };
        // Mentions are in text order: only those before `at` are walked,
        // back from it, so a text dense with pronouns stays linear.
        let before = self.mentions.partition_point(|(pos, _)| *pos < at);
        let recent = |lo: usize| {
            self.mentions[..before]
                .iter()
                .rev()
                .take_while(|(pos, _)| *pos >= lo)
                .find(|(_, n)| self.fits(n, want))
                .map(|(_, n)| Who::Person(n.clone(), Basis::Pronoun))
        };
        if let Some(who) = recent(from) {
            return who;
        }
        // Past its own sentence and the salient one, a pronoun means the
        // last person named as a subject: `... in the murder of Tomas Berg.`
        // is not about Berg. A few dozen mentions back at most, so a text
        // dense with names in that role stays linear.
        let last_subject = || {
            (0..before)
                .rev()
                .take(32)
                .filter(|&m| !self.oblique[m])
                .map(|m| &self.mentions[m].1)
                .find(|n| self.fits(n, want))
                .map(|n| Who::Person(n.clone(), Basis::Pronoun))
        };
        if let Some(s) = self.previous.borrow().as_ref() {
            match &s.name {
                // A body is `it`: `he` after `the ministry said` is someone
                // the text has not named.
                Some(n) if is_org_name(n) => return Who::Unknown,
                Some(n) if self.fits(n, want) => return Who::Person(n.clone(), Basis::Pronoun),
                None => return Who::Unknown,
                Some(_) => {}
            }
        }
        last_subject().unwrap_or(Who::Unknown)
    }

    /// Whether a quotation calls `name` by honorific and surname (`"... Mr
    /// Berg's actions ..."`): then its speaker, found by a pronoun, is not
    /// that person, for nobody calls himself `Mr Berg`.
    pub(super) fn calls_by_honorific(text: &str, name: &str) -> bool {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        let mut words = text.split_whitespace();
        let mut prev = words.next();
        words.any(|w| {
            let after_honorific = prev.is_some_and(is_honorific);
            prev = Some(w);
            after_honorific
                && strip_possessive(w.trim_end_matches(|c: char| !c.is_alphanumeric())) == surname
        })
    }

    /// `role` as a speaker: the person the description stands for, or one
    /// unnamed.
    pub(super) fn role_speaker(&self, desc: &[&str], at: usize) -> Who {
        self.role(desc, at)
            .map_or(Who::Unknown, |n| Who::Person(n, Basis::Role))
    }

    /// The person a description (`the judge`, `the Premier`, `the
    /// California Democrat`) at byte `at` stands for. A title links to the
    /// person the article gave that title (`U.S. District Judge Amy Berman
    /// Jackson`); if two people hold it, to the one the previous sentence
    /// was about, else to no one. A description no one holds as a title
    /// (`the tennis player`) refers back to whom the previous sentence was
    /// about, if it spoke or was the only person named there.
    pub(super) fn role(&self, desc: &[&str], at: usize) -> Option<String> {
        let canon = canon_title;
        let head = canon(desc.last()?);
        // Capitalised words of the description must be in the title too:
        // `the Health Minister` is not the Prime Minister.
        let mut need: Vec<String> = desc[..desc.len() - 1]
            .iter()
            .filter(|w| is_cap(w))
            .map(|w| w.to_lowercase())
            .collect();
        if desc.last()?.eq_ignore_ascii_case("premier") {
            need.push("prime".into());
        }
        // A rank sets an office apart: a `Vice President` is not `the
        // president`, nor a `Chief Minister` `the minister`, unless the
        // description says the rank too.
        let said: Vec<String> = desc.iter().map(|w| w.to_lowercase()).collect();
        let matches = |title: &[String]| {
            let words: Vec<String> = title.iter().map(|w| canon(w)).collect();
            let other_rank = words
                .iter()
                .any(|w| *w != head && is_rank(w) && !said.contains(w) && !need.contains(w));
            words.contains(&head) && need.iter().all(|n| words.contains(n)) && !other_rank
        };
        let mut holders: Vec<&String> = Vec::new();
        if is_title(desc.last()?) {
            for (pos, name, title) in self.titled.with_word(&head) {
                if *pos < at && matches(title) && !holders.contains(&name) {
                    holders.push(name);
                }
            }
        }
        let previous = self.previous.borrow();
        let salient = previous
            .as_ref()
            .and_then(|s| s.name.as_ref().map(|n| (n, s)));
        // `the Chinese leader`, `the Ohio Democrat`: a capitalised word sets
        // one person apart from others named, so it may not mean the
        // subject; a bare `the champion` does.
        let bare = desc.iter().all(|w| !is_cap(w));
        // Someone the article titled otherwise is not `the mayor` (nor
        // the Prime Minister `the Health Minister`).
        // Only offices exclude each other: a `Dr.` or a `resident` can
        // still be `the former nurse`.
        let other_title = |name: &String| {
            let theirs: Vec<&Vec<String>> = self.titled.of(name).iter().collect();
            let office = theirs
                .iter()
                .any(|t| t.iter().any(|w| is_office(&canon(w))));
            is_office(&head) && office && !theirs.iter().any(|t| matches(t))
        };
        match holders.as_slice() {
            [] => salient
                .filter(|(n, s)| (s.spoke || s.alone || bare) && !other_title(n))
                .map(|(n, _)| n.clone()),
            [one] => Some(one.to_string()),
            _ => salient
                .filter(|(n, _)| holders.contains(n))
                .map(|(n, _)| n.clone()),
        }
    }

    /// Who the clause `sent` is about: its subject, if that is a person.
    /// `Some(None)` for a person it does not name (`The mayor ...`).
    ///
    /// `loose` also takes a name of two words or more that is no
    /// organisation's, for a clause that introduces a quotation: whoever
    /// opens it is the one quoted. Salience is not loose, since `Hurricane
    /// Florence` can be the subject of a sentence.
    pub(super) fn subject_of(
        &self,
        toks: &[Tok],
        sent: &Range<usize>,
        loose: bool,
    ) -> Option<Option<String>> {
        let from = toks.get(sent.start)?.at();
        let first = (sent.start..sent.end).find(|&i| toks[i].word().is_some())?;
        let person_at = |i: usize, strict: bool| -> Option<Option<String>> {
            let mut i = i;
            while i < sent.end && toks[i].word().is_some_and(is_opening_conjunction) {
                i += 1;
            }
            let w = toks.get(i).filter(|_| i < sent.end)?.word()?;
            if is_pronoun(w) {
                return match self.antecedent(toks[i].at(), w, from) {
                    Who::Person(n, _) => Some(Some(n)),
                    Who::Unknown => None,
                };
            }
            if let Some(desc) = description_from(toks, i, sent.end) {
                return Some(self.role(&desc, toks[i].at()));
            }
            // `The band's Ana Ruiz revealed`, `the club's Tomas Berg said`:
            // a possessive description, then a full name, is that person.
            if w.eq_ignore_ascii_case("the")
                && toks
                    .get(i + 1)
                    .filter(|_| i + 2 < sent.end)
                    .and_then(Tok::word)
                    .is_some_and(|w| !is_cap(w) && is_possessive(w))
                && toks[i + 2].word().is_some_and(is_cap)
            {
                let e = phrase_fwd(toks, i + 2, sent.end);
                if let Some(n) = name_of(toks, i + 2..e)
                    && n.words >= 2
                    && !is_org_name(&n.text)
                    && !is_possessive(toks[e - 1].word().unwrap_or(""))
                {
                    return Some(Some(n.text));
                }
            }
            if !phrase_word(&toks[i]) {
                return None;
            }
            let mut e = phrase_fwd(toks, i, sent.end);
            // `Director-General of Health Ashley Bloomfield has denied`: the
            // name comes after the title's place.
            let linked = toks
                .get(e)
                .and_then(Tok::word)
                .is_some_and(|w| matches!(w, "of" | "to"));
            if linked && name_at(toks, i, e).is_none() && e + 1 < sent.end {
                i = e + 1;
                e = phrase_fwd(toks, i, sent.end);
            }
            // `Acme's chief executive Ana Ruiz was asked`, `the Lions' captain
            // Ana Ruiz`: the possessive is where the titled person belongs.
            let plural_possessive = e > i
                && e < sent.end
                && (toks[e].is_punct('\'') || toks[e].is_punct('’'))
                && toks[e - 1].word().is_some_and(|w| w.ends_with('s'));
            if e > i && (is_possessive(toks[e - 1].word().unwrap_or("")) || plural_possessive) {
                let t = if plural_possessive { e + 1 } else { e };
                let mut k = t;
                while k < sent.end.min(t + 3)
                    && toks[k].word().is_some_and(|w| !is_cap(w) && is_title(w))
                {
                    k += 1;
                }
                if k > t && k < sent.end && phrase_word(&toks[k]) {
                    i = k;
                    e = phrase_fwd(toks, i, sent.end);
                }
            }
            if e == i || is_possessive(toks[e - 1].word().unwrap_or("")) {
                return None;
            }
            // `Ruiz and Costa met`: no one person.
            let joint = toks.get(e).and_then(Tok::word) == Some("and")
                && toks.get(e + 1).is_some_and(phrase_word);
            // After a comma, only a name that a verb follows is a subject,
            // directly or after an apposition (`Her colleague, physicist Raj
            // Mehta, was more cautious`): not `his opponent, Alcaraz:`.
            let verb_at = |k: usize| toks.get(k).and_then(Tok::word).is_some_and(|w| !is_cap(w));
            let verb_follows =
                verb_at(e) || (toks.get(e).is_some_and(|t| t.is_punct(',')) && verb_at(e + 1));
            let group = e < sent.end && qualifies_group(toks, e);
            if joint || group || (strict && !verb_follows) {
                return None;
            }
            let n = name_at(toks, i, e)?;
            let last = n.text.rsplit(' ').next().unwrap_or("");
            let person = !is_org_name(&n.text)
                && (self.is_person(&n) || self.knows(last) || (loose && n.words >= 2));
            person.then_some(Some(n.text))
        };
        let opener = toks[first].word().is_some_and(opens_adverbial);
        if !opener && let Some(found) = person_at(first, false) {
            return Some(found);
        }
        let comma = (first..sent.end.min(first + 20)).find(|&i| toks[i].is_punct(','))?;
        person_at(comma + 1, true)
    }

    /// Whether a later clause of `sent` (`..., but Gatland backed the
    /// decision`) has a person other than `who` for its subject.
    pub(super) fn another_subject(&self, toks: &[Tok], sent: &Range<usize>, who: &str) -> bool {
        let whole: Vec<&str> = who.split(' ').collect();
        (sent.start..sent.end.saturating_sub(3)).any(|i| {
            let joins = toks[i].is_punct(',')
                && toks[i + 1]
                    .word()
                    .is_some_and(|w| matches!(w, "but" | "and" | "while" | "whereas" | "yet"));
            if !joins || !phrase_word(&toks[i + 2]) {
                return false;
            }
            let e = phrase_fwd(toks, i + 2, sent.end);
            let verb = toks.get(e).filter(|_| e < sent.end).and_then(Tok::word);
            let Some(n) = name_at(toks, i + 2, e) else {
                return false;
            };
            let part: Vec<&str> = n.text.split(' ').collect();
            let same = whole.starts_with(&part) || whole.ends_with(&part);
            verb.is_some_and(|w| !is_cap(w)) && !same && self.is_person(&n)
        })
    }

    /// The one person a sentence names, if it names exactly one: whom a
    /// sentence whose subject is no one (`Among those who stayed was
    /// resident Dennis Ray.`) is about.
    pub(super) fn only_named(&self, toks: &[Tok], sent: &Range<usize>) -> Option<Option<String>> {
        let (a, b) = (toks.get(sent.start)?, toks.get(sent.end - 1)?);
        // Its own mentions only: scanning every mention of the source for
        // each sentence was quadratic on a dense text.
        let mut names = self.mentions_between(a.at(), b.at()).iter().map(|(_, n)| n);
        let first = names.next()?;
        names.all(|n| n == first).then(|| Some(first.clone()))
    }

    /// The mentions from byte `from` to byte `to`, both included. Mentions
    /// are in text order, so a sentence costs its own mentions only.
    pub(super) fn mentions_between(&self, from: usize, to: usize) -> &[(usize, String)] {
        let first = self.mentions.partition_point(|(pos, _)| *pos < from);
        let last = self.mentions.partition_point(|(pos, _)| *pos <= to);
        &self.mentions[first..last.max(first)]
    }

    /// How many people other than `who` (or its short forms) a sentence
    /// names outside quotations.
    pub(super) fn others_named(
        &self,
        toks: &[Tok],
        sent: &Range<usize>,
        who: Option<&str>,
    ) -> usize {
        let (Some(a), Some(b)) = (toks.get(sent.start), toks.get(sent.end - 1)) else {
            return 0;
        };
        let whole: Vec<&str> = who.map_or(Vec::new(), |w| w.split(' ').collect());
        let same = |n: &str| {
            let part: Vec<&str> = n.split(' ').collect();
            !whole.is_empty() && (whole.starts_with(&part) || whole.ends_with(&part))
        };
        let mut names: Vec<&String> = self
            .mentions_between(a.at(), b.at())
            .iter()
            .filter(|(_, n)| !same(n))
            .map(|(_, n)| n)
            .collect();
        names.sort();
        names.dedup();
        names.len()
    }

    /// How many different people a sentence names outside quotations.
    pub(super) fn named_in(&self, toks: &[Tok], sent: &Range<usize>) -> usize {
        let (Some(a), Some(b)) = (toks.get(sent.start), toks.get(sent.end - 1)) else {
            return 0;
        };
        let mut names: Vec<&String> = self
            .mentions_between(a.at(), b.at())
            .iter()
            .map(|(_, n)| n)
            .collect();
        names.sort();
        names.dedup();
        names.len()
    }
}
