//! How a quotation sits in its sentence: the verb that introduces it,
//! asides and captions around it, and quotations that are no one's words.

use std::ops::Range;

use crate::briefing::model::SpeakerBasis as Basis;

use crate::briefing::quotes::personhood::is_person_noun;
use crate::briefing::quotes::roles::definite_description;
use crate::briefing::quotes::words::{
    LISTED_MAX, Tok, inverts, is_cap, is_determiner, is_filler, is_linking, is_opening_conjunction,
    is_org_name, is_particle, is_possessive, is_pronoun, is_speech_verb, is_stop, is_title, lower,
    skip_fillers_back, speech_verb_at,
};

use super::names::{first_word, name_of, phrase_fwd, phrase_word};
use super::{Ctx, Unit, Who};

impl Ctx<'_> {
    /// Whether the inverting verb at `v` closes its sentence with the
    /// speaker after a comma: `It was a moment of “euphoria” ..., said Rich
    /// Zurek.` The name must run to the sentence's end or to a comma.
    pub(super) fn ends_clause(&self, toks: &[Tok], sent: &Range<usize>, v: usize) -> bool {
        if v == sent.start || !toks[v - 1].is_punct(',') {
            return false;
        }
        let e = phrase_fwd(toks, v + 1, sent.end);
        // `That holds true in the park, says Superintendent Ana Ruiz: "..."`:
        // a colon after the name leads into the quotation.
        let closes = e == sent.end
            || toks[e].is_punct(',')
            || toks[e].is_punct(':')
            || (e + 1 == sent.end && matches!(toks[e], Tok::Punct { .. }));
        e > v + 1 && closes && name_of(toks, v + 1..e).is_some()
    }

    /// Whether token `j` follows a quotation directly (`"...," said X`) or
    /// opens the sentence (`Said X: "..."`), or follows the comma ending a
    /// sentence that a quotation opens: the only places a speaker comes
    /// after the verb. Elsewhere (`Okafor, who scored, said the room was
    /// ...`) what follows the verb is what was said.
    pub(super) fn right_after_quote(toks: &[Tok], sent: &Range<usize>, j: usize) -> bool {
        let mut k = j;
        while k > sent.start && (toks[k - 1].is_punct(',') || toks[k - 1].is_punct('—')) {
            k -= 1;
        }
        if k == sent.start || matches!(toks[k - 1], Tok::Quote { .. }) {
            return true;
        }
        // `"..." as both sides try ..., said X`: a sentence that opens with a
        // quotation has its speaker after the comma that closes the clause.
        k < j
            && matches!(
                (sent.start..sent.end).find(|&i| !matches!(toks[i], Tok::Punct { .. })),
                Some(i) if matches!(toks[i], Tok::Quote { .. })
            )
    }

    /// Whether the verb at `v` sits in a relative clause set off by commas
    /// that closes before token `q`: in `Berg, who has said she wants a
    /// deal, arrived for the "historic" summit` the saying is not about the
    /// quotation.
    pub(super) fn in_closed_aside(toks: &[Tok], sent: &Range<usize>, v: usize, q: usize) -> bool {
        let opened = (sent.start + 1..v)
            .rev()
            .take_while(|&k| !toks[k].is_punct(','))
            .any(|k| {
                toks[k - 1].is_punct(',')
                    && toks[k]
                        .word()
                        .is_some_and(|w| matches!(w, "who" | "which" | "whom" | "whose"))
            });
        opened && (v + 1..q).any(|k| toks[k].is_punct(','))
    }

    /// `Berg said, when asked about the result: "..."`, `Berg smiled when
    /// asked: "..."`: a passive `asked` in a clause of time or condition
    /// has no subject of its own; whoever the main clause names answers.
    pub(super) fn when_asked(toks: &[Tok], v: usize) -> bool {
        let mut buf = [0; LISTED_MAX];
        let asked = toks[v]
            .word()
            .is_some_and(|w| matches!(lower(w, &mut buf), Some("asked")));
        let mut k = v;
        if k > 0 && toks[k - 1].word() == Some("being") {
            k -= 1;
        }
        asked
            && k > 0
            && toks[k - 1].word().is_some_and(|w| {
                matches!(
                    lower(w, &mut buf),
                    Some("when" | "if" | "after" | "once" | "while" | "as" | "before")
                )
            })
    }

    /// A speech verb at `v` that leads into a quotation (`said, “...`,
    /// `calling media reactions “...”`) belongs to that quotation, not to
    /// one before it.
    pub(super) fn introduces_quote(toks: &[Tok], v: usize) -> bool {
        let is_quote = |t: Option<&Tok>| matches!(t, Some(Tok::Quote { .. }));
        let punct = toks
            .get(v + 1)
            .is_some_and(|t| t.is_punct(',') || t.is_punct(':'));
        if punct {
            return is_quote(toks.get(v + 2));
        }
        // Only words between: `he added, while avoiding "..."` is not led in.
        let words = toks[v + 1..]
            .iter()
            .take(4)
            .take_while(|t| t.word().is_some())
            .count();
        is_quote(toks.get(v + 1 + words))
    }

    /// `comma`: the quotation ends in a comma, inside its marks or just
    /// after them.
    pub(super) fn speaker_of_quote(
        &self,
        unit: &Unit,
        sent: &Range<usize>,
        q: usize,
        comma: bool,
    ) -> Option<Who> {
        let toks = &unit.toks;
        // `Juan Miguel "Migz" Zubiri`: a quotation set inside a name, a
        // capitalised word right on either side, is a nickname; no one
        // said it.
        let name_word = |t: Option<&Tok>| {
            t.and_then(Tok::word)
                .is_some_and(|w| is_cap(w) && !is_stop(w) && !is_pronoun(w))
        };
        if q > sent.start && name_word(toks.get(q - 1)) && name_word(toks.get(q + 1)) {
            return Some(Who::Unknown);
        }
        let is_verb = |k: &usize| speech_verb_at(toks, *k);
        // `"...," said X` / `"...," X said`: the attribution right after the
        // closing mark is the strongest tie there is, even when it goes on
        // into a second quotation (`"...," she said, "..."`).
        if let Some(v) = (q + 1..sent.end).find(is_verb) {
            let between = &toks[q + 1..v];
            // Only a subject may stand between: `, White House press
            // secretary Karoline Leavitt said`; not `view, and Diaz said`.
            let subject_word = |w: &str| {
                is_cap(w)
                    || is_title(w)
                    || is_filler(w)
                    || is_particle(w)
                    || w.ends_with("-year-old")
                    || is_determiner(w)
                    || matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "one")
            };
            let description = definite_description(toks, q + 1, v).is_some();
            let tight = between.len() <= 8
                && (description
                    || between
                        .iter()
                        .all(|t| t.word().is_some_and(subject_word) || t.is_punct(',')));
            // `Ana Ruiz said the firm needed to "...," Reuters reported`:
            // whoever reports a sentence that already says who spoke is
            // the outlet that carried the speech, not its speaker.
            let reported = toks[v]
                .word()
                .is_some_and(|w| matches!(w, "reported" | "reports"));
            if tight
                && reported
                && let Some(v0) = (sent.start..q)
                    .rev()
                    .find(|k| is_verb(k) && !Self::in_closed_aside(toks, sent, *k, q))
                && let Who::Person(n, basis) = self.resolve(unit, sent, v0, 0)
            {
                return Some(Who::Person(n, basis));
            }
            if tight {
                return Some(self.resolve(unit, sent, v, 0));
            }
        }
        // `X said, "..."`, `X said past rounds showed "..."`: the last speech
        // verb before the quotation in its sentence.
        if let Some(v) = (sent.start..q).rev().find(|k| {
            is_verb(k) && !Self::in_closed_aside(toks, sent, *k, q) && !Self::when_asked(toks, *k)
        }) {
            return Some(self.resolve(unit, sent, v, 0));
        }
        // `"..." for a relationship ..., he added`: a verb further on, unless
        // it leads into a quotation of its own.
        if let Some(v) = (q + 1..sent.end).find(|k| is_verb(k) && !Self::introduces_quote(toks, *k))
        {
            return Some(self.resolve(unit, sent, v, 0));
        }
        // `The champion then made a reference to Paris: "..."`: a clause
        // with no speech verb that a colon ends introduces the quotation,
        // which is its subject's.
        if q > sent.start && toks[q - 1].is_punct(':') {
            return match self.subject_of(toks, &(sent.start..q - 1), true) {
                Some(Some(n)) => Some(Who::Person(n, Basis::Colon)),
                _ => None,
            };
        }
        if comma && let Some(v) = Self::lone_verb_after(toks, sent, q) {
            return match self.resolve(unit, sent, v, 0) {
                Who::Person(n, basis) => Some(Who::Person(n, basis)),
                Who::Unknown => None,
            };
        }
        Self::captioned(toks, sent, q).map(|n| Who::Person(n, Basis::SaidVerb))
    }

    /// `"...," she continued.`, `"...," Tomas Berg reminisces.`: a
    /// quotation that opens its sentence and ends in a comma is the object
    /// of the verb after its subject, whatever the verb, when that verb
    /// ends the clause. Returns the verb's token.
    pub(super) fn lone_verb_after(toks: &[Tok], sent: &Range<usize>, q: usize) -> Option<usize> {
        let opens = (sent.start..q).all(|k| matches!(toks[k], Tok::Punct { .. }));
        let mut i = q + 1;
        if i < sent.end && toks[i].is_punct(',') {
            i += 1;
        }
        if !opens || i >= sent.end {
            return None;
        }
        let w = toks[i].word()?;
        let v = if is_pronoun(w) {
            i + 1
        } else if phrase_word(&toks[i]) {
            let e = phrase_fwd(toks, i, sent.end);
            (e > i && e - i <= 4).then_some(e)?
        } else if w.eq_ignore_ascii_case("the") {
            // `the minister continued`: a person's description.
            let e = (i + 1..sent.end.min(i + 4)).find(|&k| {
                toks[k]
                    .word()
                    .is_some_and(|w| is_title(w) || is_person_noun(w))
            })?;
            e + 1
        } else {
            return None;
        };
        let verb = toks.get(v).filter(|_| v < sent.end)?.word()?;
        let mut buf = [0; LISTED_MAX];
        let bare = lower(verb, &mut buf).unwrap_or("");
        let verb_like = !is_cap(verb)
            && !is_filler(verb)
            && !is_linking(verb)
            && !is_stop(verb)
            && !matches!(
                bare,
                "not" | "can" | "may" | "might" | "should" | "must" | "do"
            );
        let ends_at = |k: usize| {
            k == sent.end || toks[k].is_punct('.') || toks[k].is_punct('!') || toks[k].is_punct(',')
        };
        // `"...," he went on.`, `she chimed in`, `he shot back`: a verb's
        // particle may close the clause in its place.
        let particle = v + 2 <= sent.end
            && toks[v + 1]
                .word()
                .is_some_and(|w| matches!(w, "on" | "in" | "up" | "out" | "back"))
            && ends_at(v + 2);
        (verb_like && (ends_at(v + 1) || particle)).then_some(v)
    }

    /// `"...," Ana Ruiz, the town's fire chief.`: a sentence with no verb
    /// of speech that opens with a quotation and goes on with a full name
    /// and a description of a person (a title or a person noun after an
    /// article) gives the quotation to that name, as a caption does.
    pub(super) fn captioned(toks: &[Tok], sent: &Range<usize>, q: usize) -> Option<String> {
        let opens = (sent.start..q).all(|k| matches!(toks[k], Tok::Punct { .. }));
        let mut i = q + 1;
        if i < sent.end && toks[i].is_punct(',') {
            i += 1;
        }
        if !opens || i >= sent.end || !phrase_word(&toks[i]) {
            return None;
        }
        let e = phrase_fwd(toks, i, sent.end);
        let n = name_of(toks, i..e)?;
        if n.words < 2 || is_org_name(&n.text) || e + 1 >= sent.end || !toks[e].is_punct(',') {
            return None;
        }
        let article = toks[e + 1]
            .word()
            .is_some_and(|w| matches!(w, "the" | "a" | "an"));
        let described = toks[e + 2..sent.end]
            .iter()
            .take(5)
            .map_while(Tok::word)
            .any(|w| !is_cap(w) && (is_title(w) || is_person_noun(w)));
        (article && described).then_some(n.text)
    }
}

/// `at the "Gift of Love" ceremony`, `for the "Clean Streets" drive`: a
/// short title-case quotation between a determiner (and at most one word
/// after it) and the noun it modifies is the name of a thing, no one's
/// words, whoever speaks in the sentence. A lowercase one (`a "real
/// disgrace" of a plan`) is most often the speaker's own words, so it
/// stays theirs.
pub(super) fn names_a_thing(toks: &[Tok], sent: &Range<usize>, q: usize, text: &str) -> bool {
    let mut words = text.split_whitespace();
    let title_case = words
        .clone()
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "of" | "and" | "the" | "for" | "in" | "on" | "to" | "a")
        });
    let short = text.split_whitespace().count() <= 4
        && title_case
        && !text.ends_with([',', '.', '!', '?', ';', ':']);
    let lower_word = |k: usize| {
        toks.get(k)
            .and_then(Tok::word)
            .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
    };
    let determined = q > sent.start
        && match lower_word(q - 1) {
            Some(w) if is_determiner(w) => true,
            Some(_) => q - 1 > sent.start && lower_word(q - 2).is_some_and(is_determiner),
            None => false,
        };
    // The word after must be the noun itself, not a clause going on
    // (`a "disgrace" that was`, `the "deal" is`).
    let noun_after = q + 1 < sent.end
        && lower_word(q + 1).is_some_and(|w| {
            !is_stop(w)
                && !is_speech_verb(w)
                && !matches!(
                    w,
                    "which"
                        | "whose"
                        | "whom"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "be"
                        | "been"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                )
        });
    short && determined && noun_after
}

/// Whether a sentence opens with `The`, a few lowercase words and one
/// capitalised noun that an auxiliary follows (`The young Serb was`, `The
/// former Briton has`): a demonym that describes a person the sentence is
/// about. A body (`The new Senate was`) has its own word.
pub(super) fn described_subject(toks: &[Tok], sent: &Range<usize>) -> bool {
    let Some(f) = first_word(toks, sent) else {
        return false;
    };
    if toks[f].word() != Some("The") {
        return false;
    }
    let mut k = f + 1;
    while k < sent.end.min(f + 4) && toks[k].word().is_some_and(|w| !is_cap(w)) {
        k += 1;
    }
    let head = toks
        .get(k)
        .filter(|_| k > f + 1 && k < sent.end)
        .and_then(Tok::word);
    let aux = toks
        .get(k + 1)
        .filter(|_| k + 1 < sent.end)
        .and_then(Tok::word);
    head.is_some_and(|w| is_cap(w) && !is_org_name(w) && !is_possessive(w))
        && aux.is_some_and(|w| {
            matches!(
                w,
                "was" | "is" | "were" | "are" | "has" | "had" | "have" | "will" | "would"
            )
        })
}

/// Whether a sentence's subject is someone indefinite (`A spokesman from
/// ...`, `One resident`): a person the text introduces without a name.
pub(super) fn opens_with_someone_new(toks: &[Tok], sent: &Range<usize>) -> bool {
    let Some(mut f) = first_word(toks, sent) else {
        return false;
    };
    let mut buf = [0; LISTED_MAX];
    // `But a spokesperson for the DfE told ...`.
    while toks[f].word().is_some_and(is_opening_conjunction) {
        match (f + 1..sent.end).find(|&k| toks[k].word().is_some()) {
            Some(k) => f = k,
            None => return false,
        }
    }
    let indefinite = matches!(
        lower(toks[f].word().unwrap_or(""), &mut buf).unwrap_or(""),
        "a" | "an" | "one" | "another"
    );
    // `A Dunmore District Council spokeswoman`: a body's capitalised name
    // may stand between the article and the title (a few words at most).
    let words = || toks[f + 1..sent.end].iter().map_while(Tok::word);
    let body = words().take(4).take_while(|w| is_cap(w)).count();
    indefinite
        && words()
            .skip(body)
            .take(3)
            .any(|w| !is_cap(w) && (is_title(w) || is_person_noun(w)))
}

/// Whether a sentence gives its speech to someone it does not name yet:
/// `A headteacher has said ...` (an indefinite subject), `..., according to
/// a top health official.`
pub(super) fn withholds_name(toks: &[Tok], sent: &Range<usize>) -> bool {
    let speech = (sent.start..sent.end).any(|k| speech_verb_at(toks, k));
    let according = (sent.start..sent.end.saturating_sub(2)).any(|k| {
        toks[k]
            .word()
            .is_some_and(|w| w.eq_ignore_ascii_case("according"))
            && toks[k + 1].word() == Some("to")
            && toks[k + 2].word().is_some_and(|w| matches!(w, "a" | "an"))
    });
    // `A headteacher has said`: whatever the noun, an indefinite subject
    // right before the speech verb is the speaker.
    let indefinite_speaker = first_word(toks, sent).is_some_and(|f| {
        let article = toks[f].word().is_some_and(|w| matches!(w, "A" | "An"));
        let mut k = f + 1;
        while k < sent.end.min(f + 4) && toks[k].word().is_some_and(|w| !is_cap(w) && !is_filler(w))
        {
            k += 1;
        }
        let v = (k..sent.end.min(k + 3)).find(|&i| !toks[i].word().is_some_and(is_filler));
        article && k > f + 1 && v.is_some_and(|v| speech_verb_at(toks, v))
    });
    according || (speech && (opens_with_someone_new(toks, sent) || indefinite_speaker))
}

/// Whether a speech verb of the sentence has for its subject someone
/// described through another's name: `Berg's sister said`, `wrote Berg's
/// sister`. That person is not Berg, and the text has not named them.
pub(super) fn possessed_speaker(toks: &[Tok], sent: &Range<usize>) -> bool {
    let possessive = |k: usize| {
        toks[k]
            .word()
            .is_some_and(|w| is_cap(w) && is_possessive(w))
    };
    let common = |k: usize| toks[k].word().is_some_and(|w| !is_cap(w) && !is_pronoun(w));
    (sent.start..sent.end)
        .filter(|&v| speech_verb_at(toks, v))
        .take(3)
        .any(|v| {
            let j = skip_fillers_back(toks, sent.start, v);
            // `Berg's sister said`, `Berg's younger sister said`.
            let before = (j >= sent.start + 2 && common(j - 1) && possessive(j - 2))
                || (j >= sent.start + 3 && common(j - 1) && common(j - 2) && possessive(j - 3));
            // `wrote Berg's sister`: a phrase of capitalised words whose
            // last is a possessive.
            let mut k = v + 1;
            while k + 1 < sent.end && phrase_word(&toks[k]) && !possessive(k) {
                k += 1;
            }
            let after = k + 1 < sent.end
                && phrase_word(&toks[v + 1])
                && possessive(k)
                && common(k + 1)
                && inverts(toks[v].word().unwrap_or(""));
            before || after
        })
}

/// Whether the name at `range` is a possessive (`Ruiz's office`) or a
/// preposition's object (`from Ruiz`, `of the late Tomas Berg` aside:
/// only `the` may stand between).
pub(super) fn governed(toks: &[Tok], range: Range<usize>) -> bool {
    let possessive =
        range.end > range.start && is_possessive(toks[range.end - 1].word().unwrap_or(""));
    let mut k = range.start;
    if k > 0 && toks[k - 1].word().is_some_and(|w| w == "the") {
        k -= 1;
    }
    let prep = k > 0
        && toks[k - 1].word().is_some_and(|w| {
            matches!(
                w,
                "of" | "from"
                    | "to"
                    | "for"
                    | "with"
                    | "about"
                    | "against"
                    | "in"
                    | "at"
                    | "on"
                    | "by"
                    | "near"
                    | "toward"
                    | "towards"
            )
        });
    possessive || prep
}
