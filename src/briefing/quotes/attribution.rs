//! Who said each quote, read from the sentence around it.
//!
//! The guiding rule is that no speaker is better than a wrong one: a quote
//! gets a speaker only when a speech verb (or `according to`) in its
//! sentence ties it to someone, or when it stands alone right after a quote
//! or statement whose speaker is known. A scare-quoted phrase in a sentence
//! with no speech verb stays unattributed.
//!
//! For each quotation, in its sentence (quotations masked as single tokens):
//! 1. a speech verb right after it, with only a subject in between
//!    (`"...," said X`, `"...," X said`, `"...," he added`);
//! 2. else the last speech verb before it (`X said: "..."`, `X said past
//!    rounds showed "..."`), unless that verb sits in a closed `, who ...,`
//!    aside;
//! 3. else a later speech verb that does not lead into another quotation;
//! 4. else, if the sentence is nothing but quotation, whoever spoke last in
//!    the paragraph, or in the paragraph just before.
//!
//! A verb's speaker is the name just before it (titles dropped), a pronoun's
//! antecedent, the name after an inverting verb, or, for participles and
//! coordinated verbs (`stating`, `... and accused`), the clause's subject.
//! Lowercase subjects (`analysts`, `the ministry`) and joint ones (`X and Y`)
//! give no speaker, and stop the search: the verb was found, it is just not
//! anyone's.

use std::collections::HashSet;
use std::ops::Range;

use super::marks::{self, Marked};
use super::people::People;
use super::words::{
    Tok, inverts, is_cap, is_date_word, is_filler, is_org_name, is_particle, is_possessive,
    is_pronoun, is_speech_verb, is_stop, is_title, sentences, skip_fillers_back, strip_possessive,
    tokenize,
};

/// One source, split into units (a paragraph, or several joined by a
/// quotation running over them), each tokenised with quotes masked.
pub(super) struct Source<'a> {
    pub quotes: Vec<Marked>,
    units: Vec<Unit<'a>>,
}

struct Unit<'a> {
    toks: Vec<Tok<'a>>,
    sentences: Vec<Range<usize>>,
}

pub(super) fn analyse(text: &str) -> Source<'_> {
    let paras = marks::paragraphs(text);
    let quotes = marks::find(text, &paras);
    // A paragraph that a quotation enters from the one before joins that
    // paragraph's unit: the attribution may sit on either side.
    let mut joined = vec![false; paras.len()];
    for q in &quotes {
        for j in &mut joined[q.paras.start + 1..q.paras.end] {
            *j = true;
        }
    }
    let mut ranges: Vec<Range<usize>> = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        match ranges.last_mut() {
            Some(last) if joined[p] => last.end = para.end,
            _ => ranges.push(para.clone()),
        }
    }
    // Each quotation goes to the unit it opens in, found by binary search:
    // filtering every quotation for every unit was quadratic.
    let mut inside: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); ranges.len()];
    for (i, q) in quotes.iter().enumerate() {
        let u = ranges.partition_point(|r| r.end <= q.open);
        if ranges.get(u).is_some_and(|r| r.contains(&q.open)) {
            inside[u].push((q.open, q.end, i));
        }
    }
    let units = ranges
        .into_iter()
        .zip(inside)
        .map(|(range, inside)| {
            let toks = tokenize(text, range, &inside);
            let sentences = sentences(&toks, &|i| quotes[i].text.clone());
            Unit { toks, sentences }
        })
        .collect();
    Source { quotes, units }
}

/// What the whole corpus says about names: who is a person, and which
/// capitalised words are capitalised even mid-sentence (so not just
/// because they start one).
pub(super) struct Lexicon {
    /// Person names, with the sources they were seen in.
    pub persons: People,
    mid_caps: HashSet<String>,
}

/// A name read from a run of capitalised words.
struct Name {
    text: String,
    /// A title stood before it (`President`, `press secretary`): a person.
    titled: bool,
    words: usize,
    /// What the words around it say of the person's sex, if anything.
    gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Gender {
    Female,
    Male,
}

/// Words that say which pronoun fits a person: a title in the name
/// (`Mrs.`, `Queen`) or a noun in apposition (`her husband, Tom Smith`).
fn gender_cue(word: &str) -> Option<Gender> {
    #[rustfmt::skip]
    const FEMALE: &[&str] = &[
        "mrs.", "ms.", "miss", "dame", "lady", "queen", "princess", "wife", "daughter",
        "sister", "mother", "grandmother", "aunt", "niece", "girlfriend", "actress",
        "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "widow",
    ];
    #[rustfmt::skip]
    const MALE: &[&str] = &[
        "mr.", "sir", "lord", "king", "prince", "husband", "son", "brother", "father",
        "grandfather", "uncle", "nephew", "boyfriend", "chairman", "spokesman", "congressman",
        "businessman", "widower",
    ];
    let lower = strip_possessive(word).to_lowercase();
    if FEMALE.contains(&lower.as_str()) {
        Some(Gender::Female)
    } else if MALE.contains(&lower.as_str()) {
        Some(Gender::Male)
    } else {
        None
    }
}

fn phrase_word(tok: &Tok) -> bool {
    tok.word()
        .is_some_and(|w| is_cap(w) || is_title(w) || is_particle(w))
}

/// Start of the name phrase ending at token `j` (inclusive). A possessive
/// ends a phrase: in `Trump’s Asia tour` the name is `Trump`.
fn phrase_back(toks: &[Tok], lo: usize, j: usize) -> usize {
    let mut p = j;
    while p > lo && phrase_word(&toks[p - 1]) && !is_possessive(toks[p - 1].word().unwrap_or("")) {
        p -= 1;
    }
    p
}

/// End (exclusive) of the name phrase starting at token `i`.
fn phrase_fwd(toks: &[Tok], i: usize, hi: usize) -> usize {
    let mut e = i;
    while e < hi && phrase_word(&toks[e]) {
        e += 1;
        if is_possessive(toks[e - 1].word().unwrap_or("")) {
            break;
        }
    }
    e
}

/// The name in a phrase: what follows its last title, without leading
/// function words or dates (`The White House` -> `White House`,
/// `U.S. Trade Representative Jamieson Greer` -> `Jamieson Greer`).
fn name_of(toks: &[Tok], range: Range<usize>) -> Option<Name> {
    let words: Vec<&str> = toks[range].iter().filter_map(|t| t.word()).collect();
    let title = words.iter().rposition(|w| is_title(w));
    let mut seg = &words[title.map_or(0, |t| t + 1)..];
    while let Some((first, rest)) = seg.split_first() {
        if is_stop(first) || is_date_word(first) || !is_cap(first) {
            seg = rest;
        } else {
            break;
        }
    }
    while let Some((last, rest)) = seg.split_last() {
        if is_date_word(last) || !is_cap(last) {
            seg = rest;
        } else {
            break;
        }
    }
    if seg.is_empty() || (seg.len() == 1 && is_pronoun(seg[0])) {
        return None;
    }
    let mut parts: Vec<&str> = seg.to_vec();
    let last = parts.len() - 1;
    parts[last] = strip_possessive(parts[last]);
    Some(Name {
        text: parts.join(" "),
        titled: title.is_some(),
        words: parts.len(),
        gender: words.iter().find_map(|w| gender_cue(w)),
    })
}

/// The token that opens a sentence, bullets and dashes aside; a word after
/// an opening quotation does not open it.
fn first_word(toks: &[Tok], sent: &Range<usize>) -> Option<usize> {
    (sent.start..sent.end)
        .find(|&i| !matches!(toks[i], Tok::Punct { .. }))
        .filter(|&i| toks[i].word().is_some())
}

/// The name in the phrase `i..e`, counted as titled when a title stands in
/// apposition: `NASA's chief scientist, Katherine Calvin,` or `Dan Wang,
/// China director at ...`. The second form needs two words or more, since
/// `China, a leader in ...` is no person.
fn name_at(toks: &[Tok], i: usize, e: usize) -> Option<Name> {
    let mut n = name_of(toks, i..e)?;
    let before = i >= 2 && toks[i - 1].is_punct(',') && toks[i - 2].word().is_some_and(is_title);
    let after = n.words >= 2
        && toks.get(e).is_some_and(|t| t.is_punct(','))
        && toks[e + 1..]
            .iter()
            .take(6)
            .take_while(|t| t.word().is_some())
            .any(|t| t.word().is_some_and(is_title));
    n.titled |= before || after;
    let lead = if i >= 2 && toks[i - 1].is_punct(',') {
        toks[i - 2].word()
    } else {
        i.checked_sub(1).and_then(|k| toks[k].word())
    };
    n.gender = n.gender.or(lead.and_then(gender_cue));
    Some(n)
}

/// Every name phrase in a unit: (token range, name).
fn names_in(toks: &[Tok]) -> Vec<(Range<usize>, Name)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if phrase_word(&toks[i]) {
            let e = phrase_fwd(toks, i, toks.len());
            if let Some(n) = name_at(toks, i, e) {
                out.push((i..e, n));
            }
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

impl Lexicon {
    pub fn build(sources: &[Source]) -> Lexicon {
        let mut persons = People::default();
        let mut mid_caps = HashSet::new();
        for (si, src) in sources.iter().enumerate() {
            for unit in &src.units {
                let toks = &unit.toks;
                for sent in &unit.sentences {
                    let first = first_word(toks, sent);
                    for i in sent.clone() {
                        if let Some(w) = toks[i].word()
                            && is_cap(w)
                            && Some(i) != first
                        {
                            mid_caps.insert(strip_possessive(w).to_string());
                        }
                    }
                }
                let clean = |n: &Name| !is_org_name(&n.text);
                for (_, n) in names_in(toks) {
                    if n.titled && clean(&n) {
                        persons.add(&n.text, si);
                    }
                }
                // Whoever a speech verb reports is a person too, when the
                // name has two words or more (one word may be `Beijing`).
                for v in 0..toks.len() {
                    if !toks[v].word().is_some_and(is_speech_verb) {
                        continue;
                    }
                    let j = skip_fillers_back(toks, 0, v);
                    let mut found = Vec::new();
                    if j > 0 && phrase_word(&toks[j - 1]) {
                        let p = phrase_back(toks, 0, j - 1);
                        found.extend(name_of(toks, p..j));
                    }
                    if inverts(toks[v].word().unwrap_or("")) {
                        let e = phrase_fwd(toks, v + 1, toks.len());
                        found.extend(name_of(toks, v + 1..e));
                    }
                    for n in found {
                        if n.words >= 2 && clean(&n) {
                            persons.add(&n.text, si);
                        }
                    }
                }
            }
        }
        Lexicon { persons, mid_caps }
    }

    /// Adds the speakers found by a pass of attribution (`speakers[source]`)
    /// to the known persons, organisations aside.
    pub fn learn_speakers(&mut self, speakers: &[Vec<Option<String>>]) {
        for (si, list) in speakers.iter().enumerate() {
            for name in list.iter().flatten() {
                if !is_org_name(name) {
                    self.persons.add(name, si);
                }
            }
        }
    }

    /// Whether a name is a person's: titled, or the whole or the first or
    /// last words of a name known to be a person's.
    fn is_person(&self, name: &Name) -> bool {
        if is_org_name(&name.text) {
            return false;
        }
        name.titled || self.persons.knows(&name.text)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Person(String),
    /// A speech verb was found, but its subject is no one we can name
    /// (`analysts said`, `according to the club`, two people at once).
    Unknown,
}

/// Links words that can stand between a verb and the clause's real
/// subject: `Trump ... and accused`, `Lin, who said`.
fn is_linking(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "and" | "but" | "or" | "who" | "which" | "that" | "to" | "by" | "then" | "while" | "as"
    )
}

struct Ctx<'s> {
    lex: &'s Lexicon,
    /// For `she` (0) and `he` (1): byte offset and name of every person
    /// mentioned outside quotes whom the source does not mark as the other
    /// sex, in text order, so a pronoun's antecedent is a binary search
    /// (a scan back per pronoun made long texts load in quadratic time).
    antecedents: [Vec<(usize, String)>; 2],
}

impl Ctx<'_> {
    /// `he`/`she` refers back to the last person named before it. Names
    /// inside quotations are masked out, so `“... President Xi ...” He
    /// added` still refers to the speaker.
    ///
    /// A person whom the text marks as the other sex (`her husband, Tom`)
    /// is skipped: that is all the grammar of gender we rely on.
    fn antecedent(&self, at: usize, pronoun: &str) -> Who {
        let fitting = &self.antecedents[usize::from(!pronoun.eq_ignore_ascii_case("she"))];
        let before = fitting.partition_point(|(pos, _)| *pos < at);
        before
            .checked_sub(1)
            .map_or(Who::Unknown, |i| Who::Person(fitting[i].1.clone()))
    }

    /// The speaker after an inverting verb: `said Han Shen Lin, ...`,
    /// `according to Greer`, `said the coach, Maria Lopez`.
    fn name_after(&self, toks: &[Tok], mut i: usize, hi: usize) -> Option<Who> {
        let word = |i: usize| toks.get(i).filter(|_| i < hi).and_then(Tok::word);
        if let Some(w) = word(i)
            && is_pronoun(w)
        {
            return Some(self.antecedent(toks[i].at(), w));
        }
        let article = word(i).is_some_and(|w| {
            matches!(
                w,
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
            )
        });
        if article {
            i += 1;
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
                return Some(Who::Person(n.text));
            }
        }
        let e = phrase_fwd(toks, i, hi);
        if let Some(n) = name_of(toks, i..e) {
            return Some(Who::Person(n.text));
        }
        if e > i || article {
            // `the coach, Maria Lopez`: the name comes in apposition.
            let mut k = e;
            while k < hi && toks[k].word().is_some_and(|w| !is_cap(w)) {
                k += 1;
            }
            if k < hi && toks[k].is_punct(',') {
                let f = phrase_fwd(toks, k + 1, hi);
                if let Some(n) = name_of(toks, k + 1..f)
                    && (n.titled || self.lex.is_person(&n) || n.words >= 2)
                {
                    return Some(Who::Person(n.text));
                }
            }
            return Some(Who::Unknown);
        }
        None
    }

    /// The speaker of the speech verb at token `v`.
    fn resolve(&self, unit: &Unit, sent: &Range<usize>, v: usize, depth: u8) -> Who {
        let toks = &unit.toks;
        let verb = toks[v].word().unwrap_or("").to_lowercase();
        if verb == "according" {
            if toks.get(v + 1).and_then(Tok::word) == Some("to") {
                return self
                    .name_after(toks, v + 2, sent.end)
                    .unwrap_or(Who::Unknown);
            }
            return Who::Unknown;
        }
        // A participle (`stating`, `stressing`) has no subject of its own:
        // it takes the clause's.
        if !verb.ends_with("ing") {
            let j = skip_fillers_back(toks, sent.start, v);
            if j > sent.start
                && let Some(w) = toks[j - 1].word()
            {
                let j = j - 1;
                if is_pronoun(w) {
                    return self.antecedent(toks[j].at(), w);
                }
                if phrase_word(&toks[j]) {
                    let p = phrase_back(toks, sent.start, j);
                    let Some(n) = name_of(toks, p..j + 1) else {
                        return Who::Unknown; // `the spokesman said`
                    };
                    // `Greer and Bessent express`: no one speaker.
                    let joint = p >= sent.start + 2
                        && toks[p - 1].word() == Some("and")
                        && phrase_word(&toks[p - 2]);
                    // `Fans said`: a common noun capitalised only because it
                    // opens the sentence.
                    let lone_opener = n.words == 1
                        && !n.titled
                        && Some(p) == first_word(toks, sent)
                        && !self.lex.is_person(&n)
                        && !self.lex.mid_caps.contains(&n.text);
                    if joint || lone_opener {
                        return Who::Unknown;
                    }
                    return Who::Person(n.text);
                }
                if !is_linking(w) {
                    return Who::Unknown; // `analysts said`, `it said`
                }
            } else if inverts(&verb)
                && Self::right_after_quote(toks, sent, j)
                && let Some(who) = self.name_after(toks, v + 1, sent.end)
            {
                return who;
            }
        }
        // The clause's subject: the speaker of an earlier speech verb in the
        // sentence (`Han said, stressing ...`), else the first person named
        // in it (`Trump responded by ... and accused ...`).
        if depth < 3
            && let Some(pv) = (sent.start..v)
                .rev()
                .find(|&k| toks[k].word().is_some_and(is_speech_verb))
        {
            return self.resolve(unit, sent, pv, depth + 1);
        }
        // `Smith's daughter, Amy, said`: a name set off by commas right
        // before the verb is the subject's own.
        if v >= sent.start + 4 && toks[v - 1].is_punct(',') && phrase_word(&toks[v - 2]) {
            let p = phrase_back(toks, sent.start, v - 2);
            if p > sent.start
                && toks[p - 1].is_punct(',')
                && let Some(n) = name_at(toks, p, v - 1)
            {
                return Who::Person(n.text);
            }
        }
        let opening = first_word(toks, sent);
        let mut i = sent.start;
        while i < v {
            if let Some(w) = toks[i].word() {
                if is_pronoun(w) && !toks.get(i + 1).and_then(Tok::word).is_some_and(is_cap) {
                    return self.antecedent(toks[i].at(), w);
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
                        let opens = Some(i) == opening
                            && toks[i].word().is_some_and(|w| n.text.starts_with(w))
                            && (n.words >= 2 || self.lex.mid_caps.contains(&n.text))
                            && !is_org_name(&n.text);
                        if opens || self.lex.is_person(&n) {
                            return Who::Person(n.text);
                        }
                    }
                    i = e;
                    continue;
                }
            }
            i += 1;
        }
        Who::Unknown
    }

    /// Whether token `j` follows a quotation directly (`"...," said X`) or
    /// opens the sentence (`Said X: "..."`), or follows the comma ending a
    /// sentence that a quotation opens: the only places a speaker comes
    /// after the verb. Elsewhere (`Okafor, who scored, said the room was
    /// ...`) what follows the verb is what was said.
    fn right_after_quote(toks: &[Tok], sent: &Range<usize>, j: usize) -> bool {
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
    fn in_closed_aside(toks: &[Tok], sent: &Range<usize>, v: usize, q: usize) -> bool {
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

    /// A speech verb at `v` that leads into a quotation (`said, “...`)
    /// belongs to that quotation, not to one before it.
    fn introduces_quote(toks: &[Tok], v: usize) -> bool {
        match toks.get(v + 1) {
            Some(Tok::Quote { .. }) => true,
            Some(t) if t.is_punct(',') || t.is_punct(':') => {
                matches!(toks.get(v + 2), Some(Tok::Quote { .. }))
            }
            _ => false,
        }
    }

    fn speaker_of_quote(&self, unit: &Unit, sent: &Range<usize>, q: usize) -> Option<Who> {
        let toks = &unit.toks;
        let is_verb = |k: &usize| toks[*k].word().is_some_and(is_speech_verb);
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
                    || matches!(
                        w,
                        "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "one"
                    )
            };
            let tight = between.len() <= 8
                && between
                    .iter()
                    .all(|t| t.word().is_some_and(subject_word) || t.is_punct(','));
            if tight {
                return Some(self.resolve(unit, sent, v, 0));
            }
        }
        // `X said, "..."`, `X said past rounds showed "..."`: the last speech
        // verb before the quotation in its sentence.
        if let Some(v) = (sent.start..q)
            .rev()
            .find(|k| is_verb(k) && !Self::in_closed_aside(toks, sent, *k, q))
        {
            return Some(self.resolve(unit, sent, v, 0));
        }
        // `"..." for a relationship ..., he added`: a verb further on, unless
        // it leads into a quotation of its own.
        (q + 1..sent.end)
            .find(|k| is_verb(k) && !Self::introduces_quote(toks, *k))
            .map(|v| self.resolve(unit, sent, v, 0))
    }
}

/// Speakers for every quote of source `si`, in the order of `src.quotes`.
pub(super) fn attribute(sources: &[Source], lex: &Lexicon, si: usize) -> Vec<Option<String>> {
    let src = &sources[si];
    let mut mentions = Vec::new();
    let mut genders = HashSet::new();
    for unit in &src.units {
        for (range, n) in names_in(&unit.toks) {
            if lex.is_person(&n) {
                if let Some(g) = n.gender {
                    genders.insert((n.text.clone(), g));
                }
                mentions.push((unit.toks[range.start].at(), n.text));
            }
        }
    }
    let marked = |name: &str, g: Gender| genders.contains(&(name.to_string(), g));
    let ctx = Ctx {
        lex,
        antecedents: [Gender::Female, Gender::Male].map(|want| {
            let other = if want == Gender::Female {
                Gender::Male
            } else {
                Gender::Female
            };
            mentions
                .iter()
                .filter(|(_, n)| !marked(n, other))
                .cloned()
                .collect()
        }),
    };
    let mut speakers = vec![None; src.quotes.len()];
    // The speaker a following bare quotation continues.
    let mut previous_unit: Option<String> = None;
    for unit in &src.units {
        let inherited = previous_unit.take();
        let mut current: Option<String> = None;
        let mut plain_seen = false;
        for sent in &unit.sentences {
            let toks = &unit.toks[sent.clone()];
            let quote_only = toks.iter().all(|t| t.word().is_none())
                && toks.iter().any(|t| matches!(t, Tok::Quote { .. }));
            let mut said_here: Option<Option<String>> = None;
            for k in sent.clone() {
                let Tok::Quote { index, .. } = unit.toks[k] else {
                    continue;
                };
                // A quotation standing alone continues whoever spoke last in
                // this paragraph, or in the one just before if nothing has
                // been said in this one yet.
                let who = if quote_only {
                    current
                        .clone()
                        .or_else(|| if plain_seen { None } else { inherited.clone() })
                } else {
                    match ctx.speaker_of_quote(unit, sent, k) {
                        Some(Who::Person(n)) => Some(n),
                        _ => None,
                    }
                };
                if who.is_some() || !quote_only {
                    said_here = Some(who.clone());
                }
                speakers[index] = who;
            }
            if !quote_only {
                plain_seen = true;
                let verb = sent
                    .clone()
                    .rev()
                    .find(|&k| unit.toks[k].word().is_some_and(is_speech_verb));
                let who = match said_here {
                    Some(Some(n)) => Some(Some(n)),
                    _ => verb.map(|v| match ctx.resolve(unit, sent, v, 0) {
                        Who::Person(n) => Some(n),
                        Who::Unknown => None,
                    }),
                };
                if let Some(who) = who {
                    current = who;
                }
            } else if let Some(Some(n)) = said_here {
                current = Some(n);
            }
        }
        previous_unit = current;
    }
    speakers
}

#[cfg(test)]
mod tests {

    /// (quote text, speaker) for a one-source corpus, through the whole
    /// pipeline (both passes and name normalisation).
    fn run(text: &str) -> Vec<(String, Option<String>)> {
        super::super::extract(&[("t", text)])
            .into_iter()
            .map(|q| (q.text, q.speaker))
            .collect()
    }

    fn speaker(text: &str) -> Option<String> {
        let all = run(text);
        assert_eq!(all.len(), 1, "{all:?}");
        all[0].1.clone()
    }

    fn some(s: &str) -> Option<String> {
        Some(s.to_string())
    }

    #[test]
    fn said_after_name_inverted() {
        assert_eq!(
            speaker("\"The rover is healthy,\" said Ana Ruiz, a mission engineer."),
            some("Ana Ruiz")
        );
    }

    #[test]
    fn name_then_said_after_the_quote() {
        assert_eq!(speaker("\"We lost,\" Ruiz said on Monday."), some("Ruiz"));
    }

    #[test]
    fn name_said_colon_before_the_quote() {
        assert_eq!(
            speaker("Ana Ruiz said: “The data is clean.”"),
            some("Ana Ruiz")
        );
    }

    #[test]
    fn name_said_comma_before_the_quote() {
        assert_eq!(
            speaker("Ana Ruiz said, “The data is clean.”"),
            some("Ana Ruiz")
        );
    }

    #[test]
    fn told_reporters() {
        assert_eq!(
            speaker("Ana Ruiz told reporters that the launch was \"on track\"."),
            some("Ana Ruiz")
        );
        assert_eq!(
            speaker("\"It flew,\" Ana Ruiz told reporters."),
            some("Ana Ruiz")
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            speaker("The probe is \"in perfect shape,\" according to Ana Ruiz."),
            some("Ana Ruiz")
        );
        assert_eq!(
            speaker("The probe is \"in perfect shape,\" according to the agency."),
            None
        );
    }

    #[test]
    fn participle_takes_the_clause_subject() {
        assert_eq!(
            speaker("Ana Ruiz expressed relief, stating, “We got lucky.”"),
            some("Ana Ruiz")
        );
        assert_eq!(
            speaker("The panel may meet again, Ruiz said, adding that it \"may never end.\""),
            some("Ruiz")
        );
    }

    #[test]
    fn indirect_speech_fragment_belongs_to_the_subject() {
        assert_eq!(
            speaker("Ana Ruiz said the results showed “a clear signal” in the data."),
            some("Ana Ruiz")
        );
    }

    #[test]
    fn coordinated_speech_verb_takes_the_sentence_subject() {
        assert_eq!(
            speaker(
                "Ana Ruiz replied by cutting funds to the Mars lab and accused Nasa of being \"reckless.\""
            ),
            some("Ana Ruiz")
        );
    }

    #[test]
    fn titles_before_a_name_are_dropped() {
        assert_eq!(
            speaker("\"No,\" said agency press secretary Lena Park."),
            some("Lena Park")
        );
        assert_eq!(
            speaker("Science Minister Lena Park said: \"No.\""),
            some("Lena Park")
        );
        assert_eq!(
            speaker("U.S. Trade Representative Lena Park said: \"No.\""),
            some("Lena Park")
        );
    }

    #[test]
    fn pronoun_refers_to_the_last_person_named() {
        let got = run("Chief scientist Omar Diaz praised the team. He said it was \"a triumph.\"");
        assert_eq!(got[0].1, some("Omar Diaz"));
        let got = run("\"It worked,\" said Omar Diaz. \"We are thrilled,\" he added.");
        assert_eq!(got[1].1, some("Omar Diaz"));
    }

    #[test]
    fn names_inside_quotes_are_not_antecedents() {
        let got =
            run("Omar Diaz said, “I called Professor Kim Lee today.” He added, “She agreed.”");
        assert_eq!(got[1].1, some("Omar Diaz"));
    }

    #[test]
    fn lone_quote_paragraph_continues_the_previous_speaker() {
        let got = run("\"It worked,\" said Omar Diaz.\n\"We will fly again next year.\"\n");
        assert_eq!(got[1].1, some("Omar Diaz"));
    }

    #[test]
    fn lone_quote_sentence_continues_the_previous_speaker() {
        let got = run("\"It worked,\" said Omar Diaz. \"We will fly again.\"");
        assert_eq!(got[1].1, some("Omar Diaz"));
    }

    #[test]
    fn lone_quote_after_a_heading_has_no_speaker() {
        let got = run("\"It worked,\" said Omar Diaz.\nNext steps\n\"We will fly again.\"\n");
        assert_eq!(got[1].1, None);
    }

    #[test]
    fn scare_quotes_get_no_speaker() {
        assert_eq!(
            speaker(
                "Omar Diaz's team met in Geneva, aiming for a “productive session” on funding."
            ),
            None
        );
        assert_eq!(
            speaker("The agency opened a review of the “Phase One” contract with Omar Diaz."),
            None
        );
    }

    #[test]
    fn generic_or_joint_subjects_get_no_speaker() {
        assert_eq!(speaker("\"It is too early,\" analysts said."), None);
        assert_eq!(
            speaker("Lab head Omar Diaz and Professor Kim Lee express hope for a “quick fix.”"),
            None
        );
        assert_eq!(speaker("Critics called it a \"circus.\""), None);
    }

    #[test]
    fn verb_before_the_next_quote_is_not_borrowed() {
        let got = run("She liked the \"big picture\" view, and Omar Diaz said, \"We agree.\"");
        assert_eq!(got[0].1, None);
        assert_eq!(got[1].1, some("Omar Diaz"));
    }

    #[test]
    fn attribution_between_two_quotes_serves_both() {
        let got = run("Engineer Omar Diaz nodded. \"We are ready,\" he said, \"and we will go.\"");
        assert_eq!(got[0].1, some("Omar Diaz"));
        assert_eq!(got[1].1, some("Omar Diaz"));
    }

    #[test]
    fn appositions_name_and_sex_the_speaker() {
        let got = run("Jane Smith, 45, said: \"I never expected this.\"\n\
             \"Why now?\" asked her husband, Tom Smith.\n\
             \"We are ready,\" she said.\n\
             Smith's daughter, Amy, said she was \"over the moon.\"");
        let speakers: Vec<Option<String>> = got.into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            speakers,
            [
                some("Jane Smith"),
                some("Tom Smith"),
                some("Jane Smith"),
                some("Amy")
            ]
        );
    }

    #[test]
    fn speech_in_a_closed_relative_clause_is_not_borrowed() {
        let got = run(
            "President Anna Berg, who has said she wants a deal, arrived for the \"historic\" summit.",
        );
        assert_eq!(got[0].1, None);
        let got =
            run("President Anna Berg, who has said she wants a deal, told reporters: \"Soon.\"");
        assert_eq!(got[0].1, some("Anna Berg"));
    }

    #[test]
    fn two_speakers_in_one_sentence() {
        let got =
            run("President Anna Berg said \"yes\" while Prime Minister Olaf Lund said \"no.\"");
        assert_eq!(got[0].1, some("Anna Berg"));
        assert_eq!(got[1].1, some("Olaf Lund"));
    }

    #[test]
    fn attribution_after_a_running_quote() {
        let got = run("\"First part.\n\"Second part,\" said Omar Diaz.\n");
        assert_eq!(
            got,
            [("First part. Second part".to_string(), some("Omar Diaz"))]
        );
    }
}
