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

use foldhash::{HashMap, HashSet};
use std::cell::RefCell;
use std::ops::Range;

use super::super::model::SpeakerBasis as Basis;

use super::marks::{self, Marked};
use super::personhood::Gender;
use super::words::{Tok, all_caps, is_cap, is_org_name, sentences, speech_verb_at, tokenize};

mod bodies;
mod lexicon;
mod names;
mod quote;
mod salience;
mod speech;
mod titles;

pub(super) use lexicon::{Lexicon, Names};
use lexicon::{Places, speaking_body, things_of};
use names::{
    headlines, in_relative_clause, is_headline, names_in, qualifies_group, runs_in, same_person,
};
use quote::{
    described_subject, governed, names_a_thing, opens_with_someone_new, possessed_speaker,
    withholds_name,
};
use titles::Titles;

/// One source, split into units (a paragraph, or several joined by a
/// quotation running over them), each tokenised with quotes masked.
pub(super) struct Source<'a> {
    pub quotes: Vec<Marked>,
    /// For each quotation, whether a comma closes it inside its marks
    /// (`"...,"`): what it says is the object of a verb after it.
    comma_inside: Vec<bool>,
    units: Vec<Unit<'a>>,
}

struct Unit<'a> {
    toks: Vec<Tok<'a>>,
    sentences: Vec<Range<usize>>,
}

impl Unit<'_> {
    fn has_quote(&self) -> bool {
        self.toks.iter().any(|t| matches!(t, Tok::Quote { .. }))
    }

    fn has_speech_verb(&self) -> bool {
        (0..self.toks.len()).any(|k| speech_verb_at(&self.toks, k))
    }

    /// The unit's quotations, when it holds nothing else.
    fn only_quotations(&self) -> Option<Vec<usize>> {
        let only = self.has_quote()
            && self
                .toks
                .iter()
                .all(|t| matches!(t, Tok::Quote { .. } | Tok::Punct { .. }));
        only.then(|| {
            self.toks
                .iter()
                .filter_map(|t| match t {
                    Tok::Quote { index, .. } => Some(*index),
                    _ => None,
                })
                .collect()
        })
    }

    /// The first person the unit names in full (`Ana Ruiz's side won the
    /// cup.`); one that owns something (`St Ita's coach Ana Ruiz`) only
    /// when no other is named.
    fn first_full_name(&self) -> Option<String> {
        let full: Vec<(bool, String)> = names_in(&self.toks)
            .into_iter()
            .filter(|(_, n)| {
                n.words >= 2 && !is_org_name(&n.text) && !n.text.split(' ').any(all_caps)
            })
            .map(|(r, n)| (governed(&self.toks, r), n.text))
            .collect();
        let plain = full.iter().find(|(owner, _)| !owner);
        plain.or(full.first()).map(|(_, n)| n.clone())
    }
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
    let comma_inside = quotes
        .iter()
        .map(|q| {
            text[q.open..q.end]
                .trim_end()
                .trim_end_matches(['"', '”', '“', '\'', '’', '»', '«'])
                .trim_end()
                .ends_with(',')
        })
        .collect();
    Source {
        quotes,
        comma_inside,
        units,
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Who {
    Person(String, Basis),
    /// A speech verb was found, but its subject is no one we can name
    /// (`analysts said`, `according to the club`, two people at once).
    Unknown,
}

/// Who a sentence is about: whom the next sentence's `he`, `she` or `the
/// coach` most likely means.
#[derive(Debug, Clone)]
struct Salient {
    /// `None`: a person the text does not name (`The mayor sounded upbeat`).
    name: Option<String>,
    /// Sentences since the one about them: a sentence about no one (`The
    /// rain kept falling.`) keeps the person in view, a second drops them.
    age: u8,
    /// The sentence was attributed to them.
    spoke: bool,
    /// Nobody else is named in the sentence.
    alone: bool,
}

struct Ctx<'s> {
    lex: &'s Lexicon,
    /// `Stomper Ana Ruiz ... the Stomper`: a word the source gives an
    /// article and puts before a person's name -> that person (`None`
    /// when it stands before two people's).
    described: HashMap<String, Option<String>>,
    /// Byte offset and name of every person mentioned outside quotes.
    mentions: Vec<(usize, String)>,
    /// For each mention, whether it is a possessive's or a preposition's
    /// (`from Ruiz's office`, `the murder of Tomas Berg`): not a subject,
    /// so not whom a pronoun far from it means.
    oblique: Vec<bool>,
    /// Sex of the people whose mentions anywhere in the source say it.
    genders: HashSet<(String, Gender)>,
    /// The titles the source gives people (`U.S. District Judge Amy Berman
    /// Jackson`).
    titled: Titles,
    /// Who the sentence before the current one was about, as attribution
    /// walks the source in order.
    previous: RefCell<Option<Salient>>,
    /// Every name the lexicon was asked about and did not know as a
    /// person's: what learning more persons can change.
    unknown: RefCell<HashSet<String>>,
    /// Full names the source introduces with a title or an age (`mill
    /// worker Tomas Berg, 41,`): people presented to be quoted.
    introduced: HashSet<String>,
    /// Names the source puts after `in` (`in Sri Lanka`): places.
    places: HashSet<String>,
    /// `the Dunmore High Court`: a body's noun (`court`) -> where and how
    /// the source names the bodies it ends, for `the court said`.
    bodies: HashMap<&'static str, Vec<(usize, String)>>,
}

/// What attribution found in one source.
pub(super) struct Attributed {
    /// The speaker of every quote, in the order of the source's quotes,
    /// with what ties each to its speaker.
    pub speakers: Vec<Option<(String, Basis)>>,
    /// Every name the lexicon did not know as a person's when asked.
    /// Attribution reads the lexicon only through such questions, and
    /// learning persons only turns a "no" into a "yes"; so if none of these
    /// names has become known, attributing again would find the same.
    pub unknown: HashSet<String>,
}

impl<'s> Ctx<'s> {
    /// The context for attributing a source's quotes: everyone it
    /// mentions (where, and whether as a subject), their titles and sex,
    /// the bodies it names, and the words it puts before a person's name.
    fn of(src: &Source, lex: &'s Lexicon) -> Ctx<'s> {
        let mut ctx = Ctx {
            lex,
            described: HashMap::default(),
            mentions: Vec::new(),
            oblique: Vec::new(),
            genders: HashSet::default(),
            titled: Titles::default(),
            previous: RefCell::new(None),
            unknown: RefCell::new(HashSet::default()),
            introduced: HashSet::default(),
            places: Places::of(src).runs,
            bodies: HashMap::default(),
        };
        let mut mentions = Vec::new();
        let mut oblique = Vec::new();
        let mut genders = HashSet::default();
        let mut titled = Titles::default();
        let things = things_of(src);
        let mut described: HashMap<String, Option<String>> = HashMap::default();
        let mut bodies: HashMap<&'static str, Vec<(usize, String)>> = HashMap::default();
        for unit in &src.units {
            let heads = headlines(unit);
            for (range, n, thing) in runs_in(&unit.toks) {
                if n.words >= 2
                    && let Some(noun) = n.text.rsplit(' ').next().and_then(speaking_body)
                    && !heads.iter().any(|h| h.contains(&range.start))
                {
                    let at = unit.toks[range.start].at();
                    bodies.entry(noun).or_default().push((at, n.text.clone()));
                }
                if thing && !n.titled {
                    continue;
                }
                if let Some((first, rest)) = n.text.split_once(' ')
                    && things.contains(first)
                    && !is_org_name(rest)
                {
                    let one = described
                        .entry(first.to_string())
                        .or_insert_with(|| Some(rest.to_string()));
                    if one.as_deref() != Some(rest) {
                        *one = None;
                    }
                }
                if heads.iter().any(|h| h.contains(&range.start))
                    || !ctx.is_person(&n)
                    || qualifies_group(&unit.toks, range.end)
                {
                    continue;
                }
                let at = unit.toks[range.start].at();
                if let Some(g) = n.gender {
                    genders.insert((n.text.clone(), g));
                }
                if !n.title.is_empty() {
                    titled.add(at, &n.text, &n.title);
                }
                if n.titled && n.words >= 2 && !ctx.introduced.contains(&n.text) {
                    ctx.introduced.insert(n.text.clone());
                }
                mentions.push((at, n.text));
                oblique.push(governed(&unit.toks, range));
            }
        }
        ctx.mentions = mentions;
        ctx.oblique = oblique;
        ctx.described = described;
        ctx.genders = genders;
        ctx.titled = titled;
        ctx.bodies = bodies;
        ctx
    }

    /// Who the sentence `sent` is about, once attributed: whom `he`, `she`
    /// or `the coach` in the next sentence most likely means. `spoke` is
    /// its speaker; `unnamed_spoke`, that someone it does not name spoke;
    /// `aside_subject`, its subject when the speech was in an aside.
    fn salient_after(
        &self,
        unit: &Unit,
        sent: &Range<usize>,
        spoke: Option<String>,
        unnamed_spoke: bool,
        aside_subject: Option<String>,
    ) -> Option<Salient> {
        let salient = match spoke {
            Some(_) if aside_subject.is_some() => Some(Salient {
                name: aside_subject,
                age: 0,
                spoke: false,
                alone: false,
            }),
            Some(n) => Some(Salient {
                name: Some(n),
                age: 0,
                spoke: true,
                alone: true,
            }),
            // `A spokesman from Ruiz's office said ...`: someone the
            // text does not name spoke, and `he` next is them, not
            // whoever spoke before nor a name in the sentence.
            None if unnamed_spoke => Some(Salient {
                name: None,
                age: 0,
                spoke: true,
                alone: true,
            }),
            None => match self
                .subject_of(&unit.toks, sent, false)
                .or_else(|| self.only_named(&unit.toks, sent))
            {
                // `The player protested, but Gatland backed the
                // decision.`: two people act; `he` next is either.
                Some(Some(name)) if self.another_subject(&unit.toks, sent, &name) => {
                    Some(Salient {
                        name: None,
                        age: 0,
                        spoke: false,
                        alone: false,
                    })
                }
                // `Among those to have visited Sri Lanka was ...`, where
                // the source says `in Sri Lanka`: a place is no one
                // `he` or `the minister` could mean, so the sentence is
                // about no one.
                Some(Some(name)) if self.places.contains(&name) => {
                    let kept = self.previous.borrow().clone();
                    kept.filter(|s| {
                        s.age == 0 && self.others_named(&unit.toks, sent, s.name.as_deref()) == 0
                    })
                    .map(|s| Salient { age: 1, ..s })
                }
                Some(name) => Some(Salient {
                    name,
                    age: 0,
                    spoke: false,
                    alone: self.named_in(&unit.toks, sent) <= 1,
                }),
                // `The young Serb was all smiles.`: someone the text
                // describes and does not name is what the sentence is
                // about; `she` next is not whoever came before.
                None if described_subject(&unit.toks, sent) => Some(Salient {
                    name: None,
                    age: 0,
                    spoke: false,
                    alone: false,
                }),
                None => {
                    let kept = self.previous.borrow().clone();
                    kept.filter(|s| {
                        s.age == 0 && self.others_named(&unit.toks, sent, s.name.as_deref()) == 0
                    })
                    .map(|s| Salient { age: 1, ..s })
                }
            },
        };
        // `UN Chief Warns of Floods`: a title-case headline's words
        // are no subject, so `the chief` next is not `Warns`.
        salient.filter(|s| s.spoke || s.name.is_none() || !is_headline(&unit.toks, sent))
    }

    /// Whether a quotation is one capitalised word that the corpus also
    /// writes outside quotation marks mid-sentence (`PAGASA said “Rolly”
    /// was last seen`, after `Typhoon Rolly`): a name, which no one said.
    /// An answer (`“No,” she said`) is written so nowhere else.
    fn is_a_name(&self, text: &str) -> bool {
        let word = text.trim_end_matches(|c: char| c.is_ascii_punctuation());
        !word.contains(' ') && is_cap(word) && self.lex.mid_caps.contains(word)
    }

    /// The speakers of the sentence's last few speech verbs, last first.
    fn speech_verbs(&self, unit: &Unit, sent: &Range<usize>) -> Vec<(usize, Option<String>)> {
        // A few verbs at most: each costs the sentence's length.
        sent.clone()
            .rev()
            .filter(|&k| speech_verb_at(&unit.toks, k))
            .take(3)
            .map(|v| match self.resolve(unit, sent, v, 0) {
                Who::Person(n, _) => (v, Some(n)),
                Who::Unknown => (v, None),
            })
            .collect()
    }
}

/// Whom a sentence with the speech verbs `found` (last first) is heard
/// from: `None` if it has none, `Some(None)` if no one it names. Most
/// often the last verb's speaker; but `Ana Ruiz said ..., ARY News
/// reported` is about Ana Ruiz, not the outlet.
fn heard_from(unit: &Unit, found: &[(usize, Option<String>)]) -> Option<Option<String>> {
    // `Berg said counsel Ana Ruiz had asked him to ...`: a verb
    // inside another's reported clause (no mark between them)
    // is what the main clause's speaker said; the sentence is
    // theirs, and `he` next means them.
    let reporting = found.get(1).filter(|(ve, n)| {
        n.is_some()
            && found[0].1.is_some()
            && !(ve + 1..found[0].0)
                .any(|k| matches!(unit.toks[k], Tok::Punct { .. } | Tok::Quote { .. }))
    });
    let mut verbs = found.iter().map(|(_, n)| n.clone());
    let last = match reporting {
        Some((_, n)) => Some(n.clone()),
        None => verbs.next(),
    };
    let person = |n: &Option<String>| n.as_ref().is_some_and(|n| !is_org_name(n));
    match last {
        Some(n) if !person(&n) => Some(verbs.find(person).unwrap_or(n)),
        other => other,
    }
}

/// Speakers for every quote of a source.
pub(super) fn attribute(src: &Source, lex: &Lexicon) -> Attributed {
    let ctx = Ctx::of(src, lex);
    let mut speakers = vec![None; src.quotes.len()];
    // The speaker a following bare quotation continues.
    let mut previous_unit: Option<String> = None;
    // The speaker of a paragraph that ends with a colon (`Federer added:`),
    // whose words the next paragraph gives, marks or not.
    let mut introduced: Option<String> = None;
    // A lede that withholds its speaker's name (`..., according to a top
    // health official.`, `A headteacher has said ...`): its unattributed
    // quotations, for the person the next paragraph names first.
    let mut lede_seen = false;
    let mut withheld: Vec<usize> = Vec::new();
    // A page of quotations each followed by the paragraph that names its
    // speaker (`"...."` / `Coach Ana Ruiz was delighted.`): per paragraph,
    // its quotations when it holds nothing else, or else the person its
    // first sentence is about when it has no quotation and no speech verb.
    let mut bare: Vec<Option<Vec<usize>>> = Vec::with_capacity(src.units.len());
    let mut about: Vec<Option<String>> = Vec::with_capacity(src.units.len());
    for unit in &src.units {
        let mut first_about: Option<String> = None;
        let inherited = previous_unit.take();
        let mut current: Option<String> = None;
        let mut plain_seen = false;
        // The sentence before reported no speech: no quotation, no verb.
        let mut silent_before = false;
        let pending = std::mem::take(&mut withheld);
        let is_lede = !lede_seen && unit.toks.iter().any(|t| t.is_punct('.'));
        for (s_no, sent) in unit.sentences.iter().enumerate() {
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
                    // `Berg blames the weather. "We had no chance."`: a
                    // quotation standing alone right after a sentence about
                    // one named person that reports no speech, in the same
                    // paragraph, with no one speaking before it there, is
                    // that person's.
                    let subject = || {
                        let previous = ctx.previous.borrow();
                        previous
                            .as_ref()
                            .filter(|s| silent_before && s.age == 0 && s.alone && !s.spoke)
                            .and_then(|s| s.name.clone())
                            .filter(|n| !is_org_name(n))
                    };
                    current
                        .clone()
                        .or_else(|| {
                            if plain_seen {
                                subject()
                            } else {
                                inherited.clone()
                            }
                        })
                        .map(|n| (n, Basis::Continuation))
                } else {
                    let comma = src.comma_inside[index]
                        || unit.toks.get(k + 1).is_some_and(|t| t.is_punct(','));
                    let text = &src.quotes[index].text;
                    if names_a_thing(&unit.toks, sent, k, text) || ctx.is_a_name(text) {
                        None
                    } else {
                        match ctx.speaker_of_quote(unit, sent, k, comma) {
                            Some(Who::Person(n, Basis::Pronoun))
                                if Ctx::calls_by_honorific(&src.quotes[index].text, &n) =>
                            {
                                None
                            }
                            Some(Who::Person(n, basis)) => Some((n, basis)),
                            _ => None,
                        }
                    }
                };
                if who.is_some() || !quote_only {
                    said_here = Some(who.as_ref().map(|(n, _)| n.clone()));
                }
                if is_lede && who.is_none() && withholds_name(&unit.toks, sent) {
                    withheld.push(index);
                }
                speakers[index] = who;
            }
            let mut spoke = None;
            let mut unnamed_spoke = false;
            let mut aside_subject = None;
            if !quote_only {
                plain_seen = true;
                let found = ctx.speech_verbs(unit, sent);
                let quoteless = said_here.is_none();
                silent_before = found.is_empty() && quoteless;
                let who = match said_here {
                    Some(Some(n)) => Some(Some(n)),
                    _ => heard_from(unit, &found),
                };
                // `Berg was asked what went wrong.`: he speaks next, in the
                // quotations that follow, though not in this sentence.
                let who = match who {
                    Some(Some(n)) => Some(Some(n)),
                    other => ctx.answerer(&unit.toks, sent).map(Some).or(other),
                };
                // So does `Berg's sister said`, and `she said` next: someone
                // unnamed went on speaking.
                let unnamed_before = ctx
                    .previous
                    .borrow()
                    .as_ref()
                    .is_some_and(|s| s.name.is_none() && s.spoke);
                unnamed_spoke = matches!(who, Some(None))
                    && (opens_with_someone_new(&unit.toks, sent)
                        || possessed_speaker(&unit.toks, sent)
                        || unnamed_before);
                // The paragraph after the lede opens with the person's full
                // name as the subject of its speech verb: `Valerie Watts,
                // chief executive of ..., has described ...`.
                if s_no == 0
                    && !pending.is_empty()
                    && let Some(Some(n)) = &who
                    && n.contains(' ')
                    && !is_org_name(n)
                    && ctx.subject_of(&unit.toks, sent, true).flatten().as_ref() == Some(n)
                {
                    for &i in &pending {
                        speakers[i] = Some((n.clone(), Basis::Role));
                    }
                }
                // `Cr Sali dismissed criticism from Cr Summer, who
                // suggested ...`: speech inside a relative clause on
                // someone else is theirs, but the sentence is about its
                // subject, whom `he` next means.
                if let Some(Some(n)) = &who
                    && quoteless
                    && found
                        .iter()
                        .filter(|(_, m)| m.as_ref() == Some(n))
                        .all(|&(v, _)| in_relative_clause(&unit.toks, sent, v))
                {
                    aside_subject = ctx
                        .subject_of(&unit.toks, sent, false)
                        .flatten()
                        .filter(|s| !is_org_name(s) && !same_person(s, n));
                }
                if let Some(who) = who {
                    spoke = who.clone();
                    current = who;
                }
            } else {
                silent_before = false;
                if let Some(Some(n)) = said_here {
                    spoke = Some(n.clone());
                    current = Some(n);
                }
            }
            let salient = ctx.salient_after(unit, sent, spoke, unnamed_spoke, aside_subject);
            if s_no == 0 {
                first_about = salient
                    .as_ref()
                    .filter(|s| !s.spoke && s.age == 0)
                    .and_then(|s| s.name.clone());
            }
            *ctx.previous.borrow_mut() = salient;
        }
        lede_seen |= is_lede;
        let has_quote = unit.has_quote();
        bare.push(unit.only_quotations());
        about.push(
            (!has_quote && !unit.has_speech_verb())
                .then(|| first_about.or_else(|| unit.first_full_name()))
                .flatten(),
        );
        // `Mill worker Tomas Berg, 41, has worked there for 37 years.`: a
        // paragraph that only introduces one person, titled and named in
        // full, with no speech in it, hands its quotation-only successor to
        // them; so does one about someone already quoted (`Park refrained
        // from blaming them.`), whom the story has been following.
        let presented = || {
            let previous = ctx.previous.borrow();
            previous
                .as_ref()
                .filter(|s| {
                    s.age == 0 && s.alone && !s.spoke && !has_quote && !unit.has_speech_verb()
                })
                .and_then(|s| s.name.clone())
                .filter(|n| {
                    ctx.introduced.contains(n)
                        || speakers.iter().flatten().any(|(m, _)| same_person(m, n))
                })
        };
        previous_unit = match introduced.take() {
            Some(n) if !has_quote => Some(n),
            _ => current.clone().or_else(presented),
        };
        if unit.toks.last().is_some_and(|t| t.is_punct(':')) {
            introduced = current;
        }
    }
    quotes_first(&bare, &about, &mut speakers);
    Attributed {
        speakers,
        unknown: ctx.unknown.into_inner(),
    }
}

/// A page laid out quotation first (`What they said`): its first
/// quotation stands alone with no one before it to speak it, and every
/// paragraph that holds only quotations is followed by one about a person
/// that quotes no one. Each such paragraph is that person's, not the one
/// before's (whom a quotation standing alone would otherwise continue).
fn quotes_first(
    bare: &[Option<Vec<usize>>],
    about: &[Option<String>],
    speakers: &mut [Option<(String, Basis)>],
) {
    let Some(first) = speakers.first() else {
        return;
    };
    let mut units = bare
        .iter()
        .enumerate()
        .filter_map(|(u, b)| Some((u, b.as_ref()?)));
    let opens_bare = units
        .clone()
        .next()
        .is_some_and(|(_, b)| b.first() == Some(&0));
    let laid_out = first.is_none()
        && opens_bare
        && units.clone().count() >= 2
        && units.all(|(u, _)| about.get(u + 1).is_some_and(Option::is_some));
    if !laid_out {
        return;
    }
    for (u, b) in bare.iter().enumerate() {
        let (Some(b), Some(Some(n))) = (b, about.get(u + 1)) else {
            continue;
        };
        for &i in b {
            speakers[i] = Some((n.clone(), Basis::Continuation));
        }
    }
}

#[cfg(test)]
mod tests;
