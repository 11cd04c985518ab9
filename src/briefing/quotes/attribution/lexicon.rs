//! What the corpus teaches about names before any quote is attributed:
//! who is a person, which words are capitalised mid-sentence, and the
//! short forms and acronyms each source defines.

use foldhash::{HashMap, HashSet};

use crate::briefing::quotes::people::People;
use crate::briefing::quotes::words::{
    Tok, inverts, is_cap, is_date_word, is_org_name, is_particle, is_possessive, is_title,
    skip_fillers_back, speech_verb_at, strip_possessive,
};

use super::names::{
    Name, after_title_of, defined_acronyms, first_word, full_name_subject, headlines, name_of,
    names_in, phrase_back, phrase_fwd, phrase_word, pronoun_speaks, shared_surname,
};
use super::{Attributed, Source};

/// What the whole corpus says about names: who is a person, and which
/// capitalised words are capitalised even mid-sentence (so not just
/// because they start one).
pub(in crate::briefing::quotes) struct Lexicon {
    /// Person names, with the sources they were seen in.
    pub persons: People,
    pub(super) mid_caps: HashSet<String>,
}

/// What one source teaches the lexicon, gathered from that source alone so
/// that sources can be read in parallel and their tokens dropped at once;
/// `Lexicon::build` puts the sources' lessons together.
#[derive(Debug, Default)]
pub(in crate::briefing::quotes) struct Names {
    /// Names this source shows to be persons'.
    persons: Vec<String>,
    /// Words capitalised even mid-sentence.
    mid_caps: HashSet<String>,
    /// `(name, word)`: the name is a person's if the word is capitalised
    /// mid-sentence anywhere in the corpus.
    if_mid_cap: Vec<(String, String)>,
    /// `(acronym, name)`: `Research In Motion (RIM)` defines `RIM`.
    acronyms: Vec<(String, String)>,
    /// `(name, person)`: a name that runs into a thing's (`Ana Ruiz Red
    /// Cross Volunteer`) and the person's name before it.
    renames: Vec<(String, String)>,
    /// Surnames two people named as a pair share (`Ana and Tomas Ruiz`).
    shared: Vec<String>,
}

impl Names {
    pub fn of(src: &Source) -> Names {
        let mut persons = Vec::new();
        let mut mid_caps = HashSet::default();
        // One-word subjects of speech verbs (`Federer joked`).
        let mut lone_speakers: HashMap<String, usize> = HashMap::default();
        // Names of two words or more, and one-word names.
        let mut full_names: HashSet<String> = HashSet::default();
        let mut short_names: HashSet<String> = HashSet::default();
        let mut previous_subject: Option<String> = None;
        let mut acronyms = Vec::new();
        let things = things_of(src);
        let places = Places::of(src).words;
        let mut renames = Vec::new();
        let mut shared = Vec::new();
        for unit in &src.units {
            let toks = &unit.toks;
            acronyms.extend(defined_acronyms(toks));
            let heads = headlines(unit);
            let in_head = |i: usize| heads.iter().any(|h| h.contains(&i));
            for sent in &unit.sentences {
                let first = first_word(toks, sent);
                let subject = first
                    .filter(|&f| !in_head(f))
                    .and_then(|f| full_name_subject(toks, sent, f));
                // `Maria Lopez has lived here for 30 years. "It's home,"
                // she said.`: whoever `he` or `she` speaks for right after
                // a full name's sentence is that person, unless the
                // sentence names its own subject (`David Laws has said he
                // ...`), whom the pronoun then means.
                if let Some(name) = previous_subject.take()
                    && subject.is_none()
                    && pronoun_speaks(toks, sent)
                {
                    persons.push(name);
                }
                if let Some((name, pronoun)) = &subject
                    && *pronoun
                {
                    persons.push(name.clone());
                }
                previous_subject = subject.map(|(name, _)| name);
                for i in sent.clone() {
                    if let Some(w) = toks[i].word()
                        && is_cap(w)
                        && Some(i) != first
                    {
                        let w = strip_possessive(w);
                        if !mid_caps.contains(w) {
                            mid_caps.insert(w.to_string());
                        }
                    }
                }
            }
            let clean = |n: &Name| !is_org_name(&n.text);
            for (range, n) in names_in(toks) {
                let cut = before_thing(&n.text, &things, &places);
                if cut.len() < n.text.len() {
                    renames.push((n.text.clone(), cut.to_string()));
                }
                if in_head(range.start) || !clean(&n) {
                    continue;
                }
                if n.titled {
                    persons.push(n.text.clone());
                    if let Some(short) = title_initials_form(&n) {
                        acronyms.push((short, n.text.clone()));
                    }
                }
                if let Some(surname) = shared_surname(toks, range.start, &n) {
                    shared.push(surname.to_string());
                }
                if n.words >= 2 {
                    full_names.insert(n.text);
                } else {
                    short_names.insert(n.text);
                }
            }
            // Whoever a speech verb reports is a person too, when the
            // name has two words or more (one word may be `Beijing`).
            for v in 0..toks.len() {
                if !speech_verb_at(toks, v) || in_head(v) {
                    continue;
                }
                let j = skip_fillers_back(toks, 0, v);
                let mut found = Vec::new();
                if j > 0 && phrase_word(&toks[j - 1]) {
                    let p = phrase_back(toks, 0, j - 1);
                    let p = after_title_of(toks, p, j).unwrap_or(p);
                    if let Some(n) = name_of(toks, p..j) {
                        if n.words == 1 && !n.titled && clean(&n) {
                            *lone_speakers.entry(n.text.clone()).or_default() += 1;
                        }
                        found.push(n);
                    }
                }
                if inverts(toks[v].word().unwrap_or("")) {
                    let e = phrase_fwd(toks, v + 1, toks.len());
                    found.extend(name_of(toks, v + 1..e));
                }
                for n in found {
                    if n.words >= 2 && clean(&n) {
                        persons.push(n.text);
                    }
                }
            }
        }
        let mut if_mid_cap = Vec::new();
        // A one-word name that speaks more than once in an article, and is
        // capitalised mid-sentence, is a person's surname (`Federer joked`,
        // `Federer added`); one speech verb could be `Beijing said`.
        for (name, count) in lone_speakers {
            if count >= 2 {
                if_mid_cap.push((name.clone(), name));
            }
        }
        // `Lucie Safarova ... Safarova battled back`: a full name whose last
        // word the article then uses alone is how news refers to a person
        // (places and clubs that do it carry an organisation's word).
        // `Stuart Lancaster England` (a caption: a name, then a team) is
        // `Stuart Lancaster` and something else when the article also names
        // `Stuart Lancaster` alone.
        let extends = |name: &str| {
            let words: Vec<&str> = name.split(' ').collect();
            (2..words.len()).any(|k| full_names.contains(&words[..k].join(" ")))
        };
        for name in full_names.iter().filter(|n| !extends(n)) {
            let name = name.clone();
            let last = name.rsplit(' ').next().unwrap_or("");
            if short_names.contains(last) {
                let last = last.to_string();
                if_mid_cap.push((name, last));
            }
        }
        // `said Ana Ruiz Red Cross Volunteer`, `Stomper Ana Ruiz`: a person's
        // name is without the things the source names around it.
        let cut = |name: String| match before_thing(&name, &things, &places) {
            short if short.len() < name.len() => short.to_string(),
            _ => name,
        };
        let persons = persons.into_iter().map(cut).collect();
        let if_mid_cap = if_mid_cap
            .into_iter()
            .map(|(name, word)| (cut(name), word))
            .collect();
        Names {
            persons,
            mid_caps,
            if_mid_cap,
            acronyms,
            renames,
            shared,
        }
    }
}

impl Lexicon {
    /// The corpus's lexicon from what each source taught (`names[source]`).
    /// Whom a source shows to be a person does not depend on the order the
    /// sources are taken in.
    pub fn build(names: Vec<Names>) -> Lexicon {
        let mut persons = People::default();
        let mut mid_caps = HashSet::default();
        let mut pending = Vec::new();
        let mut found = Vec::new();
        for (si, n) in names.into_iter().enumerate() {
            // `said Ana Ruiz Red Cross Volunteer`, where the source names
            // `the Red Cross`: the person's name ends where the body's begins.
            for (name, cut) in n.renames {
                persons.define(si, name, cut);
            }
            found.push(n.persons);
            mid_caps.extend(n.mid_caps);
            pending.push(n.if_mid_cap);
            for (acronym, name) in n.acronyms {
                persons.define(si, acronym, name);
            }
            for surname in n.shared {
                persons.share(si, surname);
            }
        }
        for (si, list) in found.iter().enumerate() {
            for name in list {
                add_person(&mut persons, &mid_caps, name, si);
            }
        }
        for (si, list) in pending.iter().enumerate() {
            for (name, word) in list {
                if mid_caps.contains(word) {
                    add_person(&mut persons, &mid_caps, name, si);
                }
            }
        }
        Lexicon { persons, mid_caps }
    }

    /// Adds the speakers found by a pass of attribution (`speakers[source]`)
    /// to the known persons, organisations aside.
    pub fn learn_speakers(&mut self, speakers: &[Attributed]) {
        for (si, found) in speakers.iter().enumerate() {
            for (name, _) in found.speakers.iter().flatten() {
                if !is_org_name(name) {
                    add_person(&mut self.persons, &self.mid_caps, name, si);
                }
            }
        }
    }
}

/// `p`, or the token before it when that is `the` (`of the Royal
/// Society`): where the link word before a body's name is looked for.
pub(super) fn past_the(toks: &[Tok], lo: usize, p: usize) -> usize {
    let the = p > lo
        && toks[p - 1]
            .word()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if the { p - 1 } else { p }
}

/// Calls `at` with each unit's tokens and every position right after a
/// word that `after` accepts (`the`, `in`): where the scans for a source's
/// things and places look.
pub(super) fn each_after(
    src: &Source,
    after: impl Fn(&str) -> bool,
    mut at: impl FnMut(&[Tok], usize),
) {
    for unit in &src.units {
        let toks = &unit.toks;
        for t in 1..toks.len() {
            if toks[t - 1].word().is_some_and(&after) {
                at(toks, t);
            }
        }
    }
}

/// Capitalised runs an article opens (`the Red Cross`, `the Stomper`) in a
/// source: things, bodies and descriptions, never a person's name nor part
/// of one.
pub(super) fn things_of(src: &Source) -> HashSet<String> {
    let mut things = HashSet::default();
    let the = |w: &str| w.eq_ignore_ascii_case("the");
    each_after(src, the, |toks, t| {
        if toks[t].word().is_some_and(is_cap) {
            let e = phrase_fwd(toks, t, toks.len());
            let words: Vec<&str> = toks[t..e]
                .iter()
                .filter_map(Tok::word)
                .take_while(|w| is_cap(w))
                .map(strip_possessive)
                .collect();
            things.insert(words.join(" "));
        }
    });
    things
}

/// Where a source says a place is, in its own words.
#[derive(Default)]
pub(super) struct Places {
    /// Whole capitalised runs after a lowercase `in` (`the situation in Sri
    /// Lanka`, `in Norway`). Title words stay (`Sri` opens `Sri Lanka`): a
    /// titled person is named without the title, so `in Mayor Berg` makes
    /// `Berg` no place.
    pub(super) runs: HashSet<String>,
    /// One capitalised word alone after `in` or `from` (`talks in Norway,
    /// ...`, `from Leeds.`). A longer run (`in New York`) adds none: its
    /// first word alone would be no place.
    pub(super) words: HashSet<String>,
}

impl Places {
    /// A run with a possessive in it (`in Ana Ruiz's view`) is a person's,
    /// and a date (`in March`) no place: both are left out.
    pub fn of(src: &Source) -> Places {
        let mut places = Places::default();
        each_after(
            src,
            |w| matches!(w, "in" | "from"),
            |toks, t| {
                let mut e = t;
                while toks.get(e).and_then(Tok::word).is_some_and(is_cap) {
                    e += 1;
                }
                let run: Vec<&str> = toks[t..e].iter().filter_map(Tok::word).collect();
                if run.is_empty() || run.iter().any(|w| is_possessive(w)) || is_date_word(run[0]) {
                    return;
                }
                if toks[t - 1].word() == Some("in") {
                    places.runs.insert(run.join(" "));
                }
                if let [w] = run[..]
                    && !is_title(w)
                {
                    places.words.insert(w.to_string());
                }
            },
        );
        places
    }
}

/// The words of `name` before the first run, from its third word on, that
/// the source names as a thing (`Ana Ruiz Red Cross Volunteer` ->
/// `Ana Ruiz`). A name has at most a handful of words, so the runs tried
/// are few.
pub(super) fn before_thing<'n>(
    name: &'n str,
    things: &HashSet<String>,
    places: &HashSet<String>,
) -> &'n str {
    let starts: Vec<usize> = name.match_indices(' ').map(|(k, _)| k).collect();
    // `Stomper Ana Ruiz`, where the source says `the Stomper`: a word the
    // source gives an article opens no name; the person is the rest.
    if let Some(&k) = starts.first()
        && things.contains(&name[..k])
    {
        return &name[k + 1..];
    }
    // `the minister of Foreign Affairs of Norway Ola Nilsen`, where the
    // source says `in Norway`: a place opens no name, when a full name (two
    // words or more) is left after it.
    if starts.len() >= 2 && places.contains(&name[..starts[0]]) {
        return &name[starts[0] + 1..];
    }
    for &k in starts.iter().skip(1) {
        let rest = &name[k + 1..];
        let ends = rest
            .match_indices(' ')
            .map(|(e, _)| e)
            .chain(std::iter::once(rest.len()));
        if ends.into_iter().any(|e| things.contains(&rest[..e])) {
            return &name[..k];
        }
    }
    name
}

/// A body's noun that, after `the`, means the one body of that kind a
/// source names (`the Dunmore High Court` ... `the court said`): bodies a
/// story is usually about one of. Nouns shared by bodies of different
/// kinds (`union`: a trade union or the European Union; `party`,
/// `government`, `company`) are left out.
pub(super) fn speaking_body(noun: &str) -> Option<&'static str> {
    const NOUNS: &[&str] = &[
        "court",
        "council",
        "ministry",
        "department",
        "commission",
        "committee",
        "agency",
        "police",
        "board",
        "authority",
        "tribunal",
        "assembly",
    ];
    NOUNS.iter().copied().find(|n| noun.eq_ignore_ascii_case(n))
}

/// `Chief Magistrate Ana Ruiz` ... `CM Ruiz said`: a title's initials
/// before the surname are that title, abbreviated, so the short form is
/// the person the article named with the title in full. Only two or three
/// title words make a form, all of them letters, so an article's own
/// initials (`JK Ruiz`) become someone else only if those are exactly the
/// initials of the title it gave a person of that surname.
pub(super) fn title_initials_form(n: &Name) -> Option<String> {
    if n.words < 2 || !(2..=3).contains(&n.title.len()) {
        return None;
    }
    let surname = n.text.rsplit(' ').next()?;
    let mut form = String::with_capacity(4 + surname.len());
    for w in &n.title {
        let c = w.chars().next().filter(char::is_ascii_alphabetic)?;
        if !w.chars().all(char::is_alphabetic) {
            return None;
        }
        form.push(c.to_ascii_uppercase());
    }
    form.push(' ');
    form.push_str(surname);
    Some(form)
}

/// `Bassist Tomas Berg, ...`: a name of three words or more whose first
/// word the corpus never capitalises mid-sentence opens with a common noun
/// that only the sentence's start capitalised; the person is the rest.
pub(super) fn sentence_capitalised<'n>(name: &'n str, mid_caps: &HashSet<String>) -> &'n str {
    match name.split_once(' ') {
        Some((first, rest))
            if rest.contains(' ') && !mid_caps.contains(first) && !is_particle(first) =>
        {
            rest
        }
        _ => name,
    }
}

/// Adds a person's name to `persons`, without a sentence's capitalised
/// common noun before it; that form is then taken for the name.
pub(super) fn add_person(persons: &mut People, mid_caps: &HashSet<String>, name: &str, si: usize) {
    let person = sentence_capitalised(name, mid_caps);
    if person.len() < name.len() {
        persons.define(si, name.to_string(), person.to_string());
    }
    persons.add(person, si);
}
