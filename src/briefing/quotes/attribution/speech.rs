//! Who a speech verb reports: the name before it, after an inverting
//! verb, a passive's agent, or a clause's subject.

use std::ops::Range;

use crate::briefing::model::SpeakerBasis as Basis;

use crate::briefing::quotes::personhood::{is_person_noun, reads_as_common_noun};
use crate::briefing::quotes::roles::{
    body_described_after, body_described_before, definite_description, description_from,
};
use crate::briefing::quotes::words::{
    LISTED_MAX, Tok, inverts, is_cap, is_date_word, is_determiner, is_filler, is_linking,
    is_org_name, is_possessive, is_pronoun, is_stop, is_title, lower, skip_fillers_back,
    speech_verb_at,
};

use super::names::{
    after_title_of, extend_of, first_word, joined_body, name_at, name_of, organisation_fwd,
    phrase_back, phrase_fwd, phrase_word,
};
use super::{Ctx, Unit, Who};

impl Ctx<'_> {
    /// The speaker after an inverting verb: `said Han Shen Lin, ...`,
    /// `according to Greer`, `said the coach, Maria Lopez`.
    pub(super) fn name_after(
        &self,
        toks: &[Tok],
        mut i: usize,
        hi: usize,
        from: usize,
    ) -> Option<Who> {
        let word = |i: usize| toks.get(i).filter(|_| i < hi).and_then(Tok::word);
        if let Some(w) = word(i)
            && is_pronoun(w)
        {
            return Some(self.antecedent(toks[i].at(), w, from));
        }
        // `said one mother, Adriana Fargo`: a quantity leads into a
        // description as an article does.
        let article = word(i).is_some_and(|w| is_determiner(w) || matches!(w, "one" | "another"));
        // `said an official`: someone the text brings in without a name,
        // not whoever it named before.
        let indefinite = article && word(i).is_some_and(|w| matches!(w, "a" | "an" | "another"));
        if article {
            i += 1;
            // `mentioned the statement by the Ministry of Agriculture`.
            let document = word(i).is_some_and(|w| {
                matches!(w, "statement" | "letter" | "post" | "message" | "release")
            }) && word(i + 1).is_some_and(|w| matches!(w, "by" | "from" | "of"));
            if document {
                let mut k = i + 2;
                if word(k).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
                    k += 1;
                }
                let f = extend_of(toks, phrase_fwd(toks, k, hi), hi);
                let words: Vec<&str> = toks[k..f].iter().filter_map(Tok::word).collect();
                if !words.is_empty() {
                    return Some(Who::Person(words.join(" "), Basis::SaidVerb));
                }
            }
        }
        // `says union president, Ana Ruiz`, `said worker, Tomas Berg`: with
        // no article, a few lowercase words ending in a title or a person
        // noun describe the name after the comma.
        if !article {
            let mut m = i;
            while m < i + 4 && word(m).is_some_and(|w| !is_cap(w)) {
                m += 1;
            }
            let described = m > i
                && m < hi
                && toks[m].is_punct(',')
                && word(m - 1).is_some_and(|w| is_title(w) || is_person_noun(w));
            if described {
                let f = phrase_fwd(toks, m + 1, hi);
                if let Some(n) = name_of(toks, m + 1..f)
                    && (n.words >= 2 || self.is_person(&n))
                    && !is_org_name(&n.text)
                {
                    return Some(Who::Person(n.text, Basis::SaidVerb));
                }
            }
        }
        // `said agency press secretary Lena Park`: a few lowercase words
        // may lead into a title, but not into any capitalised word (`said
        // on Thursday`).
        let mut k = i;
        while k < i + 3 && word(k).is_some() && !phrase_word(&toks[k]) {
            k += 1;
        }
        if k > i {
            let e = phrase_fwd(toks, k, hi);
            if toks[k..e].iter().any(|t| t.word().is_some_and(is_title))
                && let Some(n) = name_of(toks, k..e)
            {
                return Some(Who::Person(n.text, Basis::SaidVerb));
            }
            // `said publisher Daria Zmiyiwsky.`: lowercase nouns that are
            // no title, then a full name that closes the clause. Words
            // that lead elsewhere (`said after meeting Ana Ruiz`) do not.
            let closes = e == hi || matches!(toks[e], Tok::Punct { .. });
            let nouns = toks[i..k]
                .iter()
                .filter_map(Tok::word)
                .all(|w| !is_stop(w) && !is_filler(w) && !w.ends_with("ing") && !w.ends_with("ed"));
            if closes
                && nouns
                && let Some(n) = name_of(toks, k..e)
                && n.words >= 2
                && !is_org_name(&n.text)
            {
                return Some(Who::Person(n.text, Basis::SaidVerb));
            }
        }
        let e = organisation_fwd(toks, i, phrase_fwd(toks, i, hi), hi);
        // `said Saturday afternoon`: a time, not a speaker; the speaker is
        // before the verb.
        if !article
            && e > i
            && toks[i..e]
                .iter()
                .all(|t| t.word().is_some_and(is_date_word))
        {
            return None;
        }
        // `said Acme marine biologist and team co-leader Ana Ruiz`: a body's
        // name, then lowercase words that hold a title, lead into the
        // speaker's name; the body is only where they work.
        if !article && e > i {
            let mut k = joined_body(toks, e, hi);
            let mut described = false;
            while k < hi.min(e + 8)
                && let Some(w) = toks[k].word()
                && !is_cap(w)
            {
                described |= is_title(w) || is_person_noun(w);
                k += 1;
            }
            if described && k < hi && phrase_word(&toks[k]) {
                let f = phrase_fwd(toks, k, hi);
                if let Some(n) = name_of(toks, k..f)
                    && n.words >= 2
                    && !is_org_name(&n.text)
                {
                    return Some(Who::Person(n.text, Basis::SaidVerb));
                }
            }
        }
        // `said the Arizona city's mayor`, `said the Chinese foreign
        // ministry`: after an article, capitalised words that a lowercase
        // noun follows describe the speaker; they do not name them.
        let modifier = article
            && toks
                .get(e)
                .filter(|_| e < hi)
                .and_then(Tok::word)
                .is_some_and(|w| !is_cap(w) && !is_filler(w) && !is_linking(w) && !is_stop(w));
        // `wrote Berg's sister`: the name is a possessive's, and the
        // speaker is whoever it describes, not the name.
        let possessor = e > i
            && is_possessive(toks[e - 1].word().unwrap_or(""))
            && toks
                .get(e)
                .filter(|_| e < hi)
                .and_then(Tok::word)
                .is_some_and(|w| !is_cap(w));
        // `added the Stomper` after `Stomper Yeow`: one capitalised word
        // after an article, which the source put before a person's name,
        // describes that person (a name takes no article).
        if article
            && e == i + 1
            && !modifier
            && let Some(w) = word(i)
            && is_cap(w)
            && !is_org_name(w)
            && let Some(rest) = self.described.get(w)
        {
            let Some(rest) = rest.clone() else {
                return Some(Who::Unknown);
            };
            return Some(Who::Person(rest, Basis::Role));
        }
        if !modifier
            && !possessor
            && let Some(n) = name_of(toks, i..e)
        {
            return Some(Who::Person(n.text, Basis::SaidVerb));
        }
        if article && let Some(body) = body_described_after(toks, i, hi) {
            return Some(Who::Person(body, Basis::SaidVerb));
        }
        if e > i || article {
            // `the coach, Maria Lopez`, `Berg's sister, Ana Berg`: the name
            // comes in apposition.
            let mut k = e;
            while k < hi && toks[k].word().is_some_and(|w| !is_cap(w)) {
                k += 1;
            }
            if k < hi && toks[k].is_punct(',') {
                let f = phrase_fwd(toks, k + 1, hi);
                if let Some(n) = name_of(toks, k + 1..f)
                    && (n.titled || self.is_person(&n) || n.words >= 2)
                {
                    return Some(Who::Person(n.text, Basis::SaidVerb));
                }
            }
            // `says Chancellor`, `said the judge`: a title alone is the
            // person the article gave it to.
            let title: Vec<&str> = toks[i..e].iter().filter_map(Tok::word).collect();
            if !title.is_empty() && title.iter().all(|w| is_title(w)) && !indefinite {
                return Some(self.role_speaker(&title, toks[i].at()));
            }
            return Some(Who::Unknown);
        }
        None
    }

    /// The speaker of the speech verb at token `v`.
    /// `The coach did not come, but his assistant did and said`: a verb
    /// joined by `and` to another in a clause that `but` (or a comma)
    /// opens with someone's unnamed relative or helper (`his assistant`)
    /// is theirs, not the first clause's subject's. Looks at most 8 words
    /// back from the subject's end `j`.
    pub(super) fn own_clause_unnamed(toks: &[Tok], lo: usize, j: usize) -> bool {
        if j <= lo
            || !toks[j - 1]
                .word()
                .is_some_and(|w| matches!(w, "and" | "or"))
        {
            return false;
        }
        let start = j.saturating_sub(9).max(lo);
        (start..j - 1)
            .rev()
            .take_while(|&k| toks[k].word().is_some())
            .any(|k| {
                toks[k]
                    .word()
                    .is_some_and(|w| matches!(w, "his" | "her" | "their"))
                    && toks[k + 1].word().is_some_and(|w| !is_cap(w))
                    && k > lo
                    && (toks[k - 1].is_punct(',')
                        || toks[k - 1]
                            .word()
                            .is_some_and(|w| matches!(w, "but" | "while")))
            })
    }

    pub(super) fn resolve(&self, unit: &Unit, sent: &Range<usize>, v: usize, depth: u8) -> Who {
        let toks = &unit.toks;
        let from = toks[sent.start].at();
        // Speech verbs are ASCII: `lower` always has room for one.
        let mut buf = [0; LISTED_MAX];
        let verb = lower(toks[v].word().unwrap_or(""), &mut buf).unwrap_or("");
        if verb == "according" {
            if toks.get(v + 1).and_then(Tok::word) == Some("to") {
                return match self.name_after(toks, v + 2, sent.end, from) {
                    Some(Who::Person(n, _)) => Who::Person(n, Basis::AccordingTo),
                    _ => Who::Unknown,
                };
            }
            return Who::Unknown;
        }
        if let Some(who) = self.passive(toks, sent, v, verb) {
            return who;
        }
        // A participle (`stating`, `stressing`) has no subject of its own:
        // it takes the clause's.
        if !verb.ends_with("ing") {
            let j = skip_fillers_back(toks, sent.start, v);
            if Self::own_clause_unnamed(toks, sent.start, j) {
                return Who::Unknown;
            }
            // `the judge said`, `the California Democrat tweeted`: a
            // description of someone, not a name.
            if let Some(desc) = definite_description(toks, sent.start, j) {
                return self.role_speaker(&desc, toks[v].at());
            }
            if let Some(body) = body_described_before(toks, sent.start, j) {
                return Who::Person(body, Basis::SaidVerb);
            }
            if let Some(who) = self.body_or_document(toks, sent.start, j) {
                return who;
            }
            if j > sent.start
                && let Some(w) = toks[j - 1].word()
            {
                let j = j - 1;
                if is_pronoun(w) {
                    if self.described_between(toks, sent, j) {
                        return Who::Unknown;
                    }
                    return self.antecedent(toks[j].at(), w, from);
                }
                if phrase_word(&toks[j]) {
                    let p = phrase_back(toks, sent.start, j);
                    let p = after_title_of(toks, p, j + 1).unwrap_or(p);
                    let Some(n) = name_of(toks, p..j + 1) else {
                        return Who::Unknown; // `the spokesman said`
                    };
                    // `Councillor Ana Ruiz, Democratic Unionist said`: an
                    // untitled name no one is known by, after a titled
                    // full name and a comma, is the person's party or post.
                    if !n.titled
                        && !self.is_person(&n)
                        && p >= sent.start + 3
                        && toks[p - 1].is_punct(',')
                        && phrase_word(&toks[p - 2])
                        && let b = phrase_back(toks, sent.start, p - 2)
                        && let Some(before) = name_of(toks, b..p - 1)
                        && before.titled
                        && before.words >= 2
                        && !is_org_name(&before.text)
                    {
                        return Who::Person(before.text, Basis::SaidVerb);
                    }
                    // `Sgt. Scott Fleming of the St. Helena Police Department
                    // said`: the body is where the speaker works.
                    // `the first-term Member of Parliament said`: one
                    // capitalised word after `the` that leads into a body
                    // is an office held there, a description, not a name.
                    if is_org_name(&n.text)
                        && let Some(desc) = Self::office_of_body(toks, sent.start, p)
                    {
                        return self.role_speaker(&desc, toks[v].at());
                    }
                    if let Some(who) = Self::affiliated(toks, sent.start, p, is_org_name(&n.text)) {
                        return Who::Person(who, Basis::SaidVerb);
                    }
                    // `a source close to Ana Ruiz said`, `a lawyer for Ana
                    // Ruiz said`: the name is a preposition's, and the
                    // speaker is whoever it describes.
                    // `the head of INEC in Osun said`: `the` may stand
                    // between, and so may an adjective (`the priest at the
                    // funeral of murdered Garda Ana Ruiz said`).
                    let mut q = p;
                    if q > sent.start + 1
                        && toks[q - 1].word().is_some_and(|w| {
                            (w.ends_with("ed") && !speech_verb_at(toks, q - 1))
                                || matches!(w, "late" | "slain" | "former" | "fellow")
                        })
                    {
                        q -= 1;
                    }
                    if q > sent.start + 1
                        && toks[q - 1]
                            .word()
                            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
                    {
                        q -= 1;
                    }
                    let prep = (q > sent.start).then(|| toks[q - 1].word()).flatten();
                    let governed = prep.is_some_and(|w| {
                        matches!(
                            w,
                            "to" | "of"
                                | "for"
                                | "with"
                                | "near"
                                | "from"
                                | "about"
                                | "in"
                                | "at"
                                | "on"
                                | "by"
                        )
                    });
                    // But `a statement from Ana Ruiz said`, `a statement
                    // released by the EC said` is theirs.
                    let written = prep.is_some_and(|w| matches!(w, "from" | "by"))
                        && (q.saturating_sub(4).max(sent.start)..q - 1).any(|k| {
                            toks[k].word().is_some_and(|w| {
                                matches!(
                                    w,
                                    "statement" | "letter" | "post" | "message" | "tweet" | "note"
                                )
                            })
                        });
                    if governed && !written {
                        return Self::apposition_unclosed(toks, sent.start, q)
                            .map_or(Who::Unknown, |n| Who::Person(n, Basis::SaidVerb));
                    }
                    // `Ana Ruiz, spokesman for the local employers' group
                    // Acme said`: the body's name ends a preposition's
                    // phrase that an unclosed apposition opened.
                    if !governed
                        && let Some(g) = (q.saturating_sub(7).max(sent.start)..q)
                            .rev()
                            .take_while(|&k| match toks[k].word() {
                                Some(w) => !is_cap(w),
                                None => toks[k].is_punct('\'') || toks[k].is_punct('’'),
                            })
                            .find(|&k| matches!(toks[k].word(), Some("of" | "at" | "for")))
                        && let Some(n) = Self::apposition_unclosed(toks, sent.start, g + 1)
                    {
                        return Who::Person(n, Basis::SaidVerb);
                    }
                    // `Greer and Bessent express`: no one speaker.
                    let joint = p >= sent.start + 2
                        && toks[p - 1].word() == Some("and")
                        && phrase_word(&toks[p - 2]);
                    // `Fans said`: a common noun capitalised only because it
                    // opens the sentence.
                    let lone_opener = n.words == 1
                        && !n.titled
                        && Some(p) == first_word(toks, sent)
                        && !self.is_person(&n)
                        && !self.lex.mid_caps.contains(&n.text)
                        && reads_as_common_noun(&n.text);
                    if joint || lone_opener {
                        return Who::Unknown;
                    }
                    return Who::Person(n.text, Basis::SaidVerb);
                }
                // `his nephew Tomas Berg who said`: a relative clause's
                // verb is its head noun's, never the main clause's subject.
                if w.eq_ignore_ascii_case("who") {
                    let mut h = j;
                    if h > sent.start && toks[h - 1].is_punct(',') {
                        h -= 1;
                    }
                    if h > sent.start && phrase_word(&toks[h - 1]) {
                        let p = phrase_back(toks, sent.start, h - 1);
                        if let Some(n) = name_of(toks, p..h)
                            && !is_org_name(&n.text)
                            && (n.words >= 2 || self.is_person(&n))
                        {
                            return Who::Person(n.text, Basis::SaidVerb);
                        }
                    }
                    return Who::Unknown;
                }
                if !is_linking(w) {
                    return Who::Unknown; // `analysts said`, `it said`
                }
            } else if inverts(verb)
                && (Self::right_after_quote(toks, sent, j) || self.ends_clause(toks, sent, v))
                && let Some(who) = self.name_after(toks, v + 1, sent.end, from)
            {
                return who;
            }
        }
        // `Smith's daughter, Amy, said`, `while the patrol's spokesman, Sgt.
        // Mark Francis, tweeted`: a name set off by commas right before the
        // verb is its subject, even after another speech verb.
        if v >= sent.start + 4 && toks[v - 1].is_punct(',') && phrase_word(&toks[v - 2]) {
            let p = phrase_back(toks, sent.start, v - 2);
            // `Tomas Berg, 32, of Mill Lane, Avonford, said`: the last part
            // of an address (`of ...`, `from ...`) is a place.
            let address = p > sent.start + 1
                && (sent.start..p - 1)
                    .rev()
                    .take(8)
                    .find(|&c| toks[c].is_punct(','))
                    .and_then(|c| toks.get(c + 1).and_then(Tok::word))
                    .is_some_and(|w| matches!(w, "of" | "from" | "in"));
            if p > sent.start
                && !address
                && toks[p - 1].is_punct(',')
                && let Some(n) = name_at(toks, p, v - 1)
            {
                return Who::Person(n.text, Basis::SaidVerb);
            }
        }
        // `Ana Ruiz, who chairs the board, told shareholders`: the subject
        // stands before a relative clause set off by commas; adverbs may
        // come between the closing comma and the verb (`, later told`).
        let jf = skip_fillers_back(toks, sent.start, v);
        if jf >= sent.start + 4
            && toks[jf - 1].is_punct(',')
            && let Some(c) = (sent.start + 1..jf - 1).rev().take(15).find(|&c| {
                toks[c].is_punct(',')
                    && toks[c + 1]
                        .word()
                        .is_some_and(|w| matches!(w, "who" | "whose"))
            })
            && !(c + 1..jf - 1).any(|k| toks[k].is_punct(',') && k != jf - 1)
            // `Ana Ruiz (Labour-Avonford), who ...`: a party or a seat in
            // brackets may stand between the name and its clause.
            && let h = Self::before_brackets(toks, sent.start, c)
            && h > sent.start
        {
            if phrase_word(&toks[h - 1]) {
                let p = phrase_back(toks, sent.start, h - 1);
                if let Some(n) = name_at(toks, p, h)
                    && !is_org_name(&n.text)
                    && (self.is_person(&n) || n.words >= 2)
                {
                    return Who::Person(n.text, Basis::SaidVerb);
                }
            }
            // `The harbour's chief pilot, who met Tomas Berg, later said`:
            // a description heads the clause; the name inside the clause
            // is the object of its verb, never the speaker.
            if let Some(desc) = definite_description(toks, sent.start, h) {
                return self.role_speaker(&desc, toks[v].at());
            }
        }
        // A participle set off by a comma after a main clause (`Ruiz told
        // the court ... if he had not pleaded guilty, remarking that ...`)
        // is the main clause's subject's: the first speech verb's speaker,
        // when that is someone, not the nearest verb's.
        if depth < 3
            && verb.ends_with("ing")
            && v > sent.start
            && toks[v - 1].is_punct(',')
            && let Some(first) = (sent.start..v.saturating_sub(1))
                .find(|&k| first_word(toks, sent) != Some(k) && speech_verb_at(toks, k))
            && let Who::Person(n, basis) = self.resolve(unit, sent, first, depth + 1)
        {
            return Who::Person(n, basis);
        }
        // The clause's subject: the speaker of an earlier speech verb in the
        // sentence (`Han said, stressing ...`), else the first person named
        // in it (`Trump responded by ... and accused ...`).
        // (`Commenting on the album, Ana Ruiz says`: a participle opening
        // the sentence has no subject to give; the name after it is one.)
        let opening_participle =
            first_word(toks, sent).filter(|&f| toks[f].word().is_some_and(|w| w.ends_with("ing")));
        if depth < 3
            && let Some(pv) = (sent.start..v)
                .rev()
                .find(|&k| Some(k) != opening_participle && speech_verb_at(toks, k))
        {
            return self.resolve(unit, sent, pv, depth + 1);
        }
        let opening = first_word(toks, sent);
        // `Munib began a question, but Chief Justice Isa intervened,
        // asserting ...`: a clause that `but` opens after a comma has a
        // subject of its own, nearer the verb than the sentence's.
        let but = (sent.start + 1..v)
            .rev()
            .find(|&k| toks[k - 1].is_punct(',') && toks[k].word() == Some("but"));
        let named = but
            .and_then(|k| self.first_named(toks, sent, k + 1, v, from))
            .or_else(|| self.first_named(toks, sent, sent.start, v, from));
        if let Some(who) = named {
            return who;
        }
        // `The mayor failed to vote ... and said "carried"`: a coordinated
        // verb whose clause opens with a description is that person's.
        if let Some(f) = opening
            && f < v
            && let Some(desc) = description_from(toks, f, v)
            && let Some(n) = self.role(&desc, toks[f].at())
        {
            return Who::Person(n, Basis::Role);
        }
        Who::Unknown
    }

    /// The first person a clause names, from token `i` up to its verb `v`:
    /// a pronoun's antecedent, the name that opens the sentence, or a
    /// known person's name. (The sentence opens at `sent.start`.)
    fn first_named(
        &self,
        toks: &[Tok],
        sent: &Range<usize>,
        mut i: usize,
        v: usize,
        from: usize,
    ) -> Option<Who> {
        let opening = first_word(toks, sent);
        while i < v {
            if let Some(w) = toks[i].word() {
                if is_pronoun(w) && !toks.get(i + 1).and_then(Tok::word).is_some_and(is_cap) {
                    return Some(self.antecedent(toks[i].at(), w, from));
                }
                if phrase_word(&toks[i]) {
                    let e = phrase_fwd(toks, i, v);
                    // A possessive is not the subject: `Smith's daughter`.
                    let possessive = is_possessive(toks[e - 1].word().unwrap_or(""));
                    if let Some(n) = name_at(toks, i, e)
                        && !possessive
                    {
                        // The name opening the sentence is its subject
                        // (`Jane Smith, 45, said`) unless it is a lone
                        // capitalised common noun or an organisation.
                        // So is the name right after an opening quotation
                        // (`"...," Atiku Abubakar, the candidate of ...,
                        // said`).
                        let after_quote = (sent.start..i)
                            .all(|k| matches!(toks[k], Tok::Quote { .. } | Tok::Punct { .. }))
                            && (sent.start..i).any(|k| matches!(toks[k], Tok::Quote { .. }));
                        // (One word after a quotation is not capitalised
                        // mid-sentence evidence: it may be a place.)
                        let opens = (Some(i) == opening || (after_quote && n.words >= 2))
                            && toks[i].word().is_some_and(|w| n.text.starts_with(w))
                            && (n.words >= 2 || self.lex.mid_caps.contains(&n.text))
                            && !is_org_name(&n.text);
                        if opens || self.is_person(&n) {
                            return Some(Who::Person(n.text, Basis::SaidVerb));
                        }
                    }
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
        None
    }

    /// `was said to be "furious"`, `were described as "hopeless"`: after a
    /// form of `be`, a speech verb is passive, and its subject is spoken
    /// of, not speaking. Only an agent after `by` (`was described as "..."
    /// by Senator Ana Ruiz`) is the speaker; else no one is. `None` when
    /// the verb at `v` is not passive.
    pub(super) fn passive(
        &self,
        toks: &[Tok],
        sent: &Range<usize>,
        v: usize,
        verb: &str,
    ) -> Option<Who> {
        if verb.ends_with("ing") {
            return None;
        }
        // `was widely described`: adverbs may stand between.
        let mut k = v;
        while k > sent.start && toks[k - 1].word().is_some_and(|w| w.ends_with("ly")) {
            k -= 1;
        }
        let be = k > sent.start
            && toks[k - 1].word().is_some_and(|w| {
                matches!(w, "was" | "were" | "is" | "are" | "be" | "been" | "being")
            });
        if !be {
            return None;
        }
        let from = toks[sent.start].at();
        let by = (v + 1..sent.end.min(v + 12)).find(|&i| toks[i].word() == Some("by"));
        Some(
            by.and_then(|b| self.name_after(toks, b + 1, sent.end, from))
                .and_then(|w| match w {
                    Who::Person(n, _) => Some(Who::Person(n, Basis::SaidVerb)),
                    Who::Unknown => None,
                })
                .unwrap_or(Who::Unknown),
        )
    }

    /// The person a sentence says was asked something (`Captain Tomas Berg
    /// was asked what went wrong.`): the one who answers next. Its subject,
    /// when that is a person.
    pub(super) fn answerer(&self, toks: &[Tok], sent: &Range<usize>) -> Option<String> {
        let asked = (sent.start + 1..sent.end).any(|k| {
            toks[k].word() == Some("asked")
                && toks[k - 1]
                    .word()
                    .is_some_and(|w| matches!(w, "was" | "were" | "been" | "being"))
        });
        if !asked {
            return None;
        }
        self.subject_of(toks, sent, false).flatten()
    }
}
