//! Names read from runs of capitalised words: where a name starts and
//! ends, which titles and places stand before it, and whether a
//! sentence opens with one.

use std::ops::Range;

use crate::briefing::quotes::personhood::{
    Gender, described_as_person, gender_cue, is_person_noun,
};
use crate::briefing::quotes::roles::is_office;
use crate::briefing::quotes::words::{
    LISTED_MAX, Tok, all_caps, is_cap, is_country, is_date_word, is_demonym, is_determiner,
    is_full_name_honorific, is_honorific, is_org_name, is_particle, is_possessive, is_post_nominal,
    is_pronoun, is_speech_verb, is_stop, is_title, lower, opens_adverbial, speech_verb_at,
    strip_possessive,
};

use super::Unit;
use super::titles::is_rank;

/// A name read from a run of capitalised words.
pub(super) struct Name {
    pub(super) text: String,
    /// A title stood before it (`President`, `press secretary`): a person.
    pub(super) titled: bool,
    /// The words of the phrase up to its last title, lowercase
    /// (`u.s. district judge`), to link `the judge` back to the name.
    pub(super) title: Vec<String>,
    pub(super) words: usize,
    /// What the words around it say of the person's sex, if anything.
    pub(super) gender: Option<Gender>,
}

pub(super) fn phrase_word(tok: &Tok) -> bool {
    tok.word()
        .is_some_and(|w| is_cap(w) || is_title(w) || is_particle(w))
}

/// Start of the name phrase ending at token `j` (inclusive). A possessive
/// ends a phrase: in `Trump’s Asia tour` the name is `Trump`.
pub(super) fn phrase_back(toks: &[Tok], lo: usize, j: usize) -> usize {
    let mut p = j;
    while p > lo && phrase_word(&toks[p - 1]) && !is_possessive(toks[p - 1].word().unwrap_or("")) {
        p -= 1;
    }
    p
}

/// End (exclusive) of the name phrase starting at token `i`.
pub(super) fn phrase_fwd(toks: &[Tok], i: usize, hi: usize) -> usize {
    let mut e = i;
    while e < hi && phrase_word(&toks[e]) {
        e += 1;
        if is_possessive(toks[e - 1].word().unwrap_or("")) {
            break;
        }
    }
    e
}

/// `Mexico City's Social Development Department`: a possessive place that
/// an organisation's name follows is part of that name. Given the phrase
/// `i..e`, returns where the name ends.
pub(super) fn organisation_fwd(toks: &[Tok], i: usize, e: usize, hi: usize) -> usize {
    if e <= i || !is_possessive(toks[e - 1].word().unwrap_or("")) {
        return e;
    }
    let f = phrase_fwd(toks, e, hi);
    let words: Vec<&str> = toks[e..f].iter().filter_map(Tok::word).collect();
    let org = words.last().is_some_and(|w| is_org_name(w)) && words.iter().all(|w| is_cap(w));
    if org { f } else { e }
}

/// `Ministry of Agriculture and Farmers Welfare`: a body's name goes on
/// over `of` and `and` between capitalised words. Given a phrase ending at
/// `e`, returns where the whole name ends.
pub(super) fn extend_of(toks: &[Tok], mut e: usize, hi: usize) -> usize {
    while e + 1 < hi
        && toks[e]
            .word()
            .is_some_and(|w| matches!(w, "of" | "and" | "&"))
        && toks[e + 1].word().is_some_and(is_cap)
    {
        e = phrase_fwd(toks, e + 1, hi);
    }
    e
}

/// `Smith & Co`, `Rural/Metro Fire`: a body's name goes on over an
/// ampersand or a slash between capitalised words, which no person's name
/// holds. Given a phrase ending at `e`, returns where the whole name ends.
pub(super) fn joined_body(toks: &[Tok], mut e: usize, hi: usize) -> usize {
    while e + 1 < hi
        && (toks[e].is_punct('&') || toks[e].is_punct('/'))
        && toks[e + 1].word().is_some_and(is_cap)
    {
        e += 1;
        while e < hi && toks[e].word().is_some_and(is_cap) {
            e += 1;
        }
    }
    e
}

/// The name in a phrase: what follows its last title, without leading
/// function words or dates (`The White House` -> `White House`,
/// `U.S. Trade Representative Jamieson Greer` -> `Jamieson Greer`).
/// `California-based`, `London-born`, `state-owned`: a place or a body
/// joined to a participle describes what follows; it opens no name.
pub(super) fn is_compound_adjective(word: &str) -> bool {
    let Some((_, last)) = word.rsplit_once(['-', '‐']) else {
        return false;
    };
    !last.is_empty()
        && last.bytes().all(|b| b.is_ascii_lowercase())
        && (last.ends_with("ed") || matches!(last, "born" | "run" | "made" | "grown" | "built"))
}

pub(super) fn name_of(toks: &[Tok], range: Range<usize>) -> Option<Name> {
    let mut words: Vec<&str> = toks[range].iter().filter_map(|t| t.word()).collect();
    // `Koome CJ said`: a rank after the surname is cut before titles are
    // looked for, since a court's `CJ` also stands before a name.
    while words.len() >= 2
        && is_post_nominal(words[words.len() - 1])
        && is_cap(words[words.len() - 2])
    {
        words.pop();
    }
    // `Darren Millar AM said`, `Ana Ruiz MSP`: a short all-capitals word
    // after a full name is a member's or an honour's letters, listed or
    // not; nobody's surname is written so. A regnal number (`Charles III`)
    // stays, and so does the whole after an initial (`Ana R.T. Ruiz MS`),
    // whose name this cut was seen to shorten wrongly.
    let n = words.len();
    if n >= 3
        && all_caps(words[n - 1])
        && words[n - 1].len() <= 4
        && !words[n - 1].bytes().all(|b| b"IVXLCDM".contains(&b))
        && words[n - 3..n - 1]
            .iter()
            .all(|w| is_cap(w) && !all_caps(w) && !w.contains('.') && !is_org_name(w))
    {
        words.pop();
    }
    let title = words
        .iter()
        .rposition(|w| is_title(w))
        .filter(|&t| !is_full_name_honorific(words[t]) || words.len() - t > 2)
        .map(|t| {
            // `Chief Meteorologist Ana Ruiz`, `Deputy Registrar Tomas
            // Berg`: a rank qualifies an office, so the capitalised word
            // after it is that office, listed or not, when a full name
            // still follows it.
            let rest = &words[t + 1..];
            let office = rest.len() >= 3
                && is_rank(&words[t].to_lowercase())
                && !is_stop(rest[0])
                && rest.iter().all(|w| is_cap(w) && !all_caps(w));
            if office { t + 1 } else { t }
        });
    let mut seg = &words[title.map_or(0, |t| t + 1)..];
    // `Mr How said`: after an honorific, one capitalised word is a surname
    // even when it is also a function word; only a person has a `Mr`.
    let surname = title.is_some_and(|t| is_honorific(words[t]))
        && seg.len() == 1
        && is_cap(seg[0])
        && !is_pronoun(seg[0]);
    if surname {
        return Some(Name {
            text: strip_possessive(seg[0]).to_string(),
            titled: true,
            title: words[..=title.unwrap_or(0)]
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            words: 1,
            gender: words.iter().find_map(|w| gender_cue(w)),
        });
    }
    // Title-case text runs into a name (`... Mobile Innovation And More
    // Chen added`): a name has no capitalised function word inside it. A
    // titled name may end in one (`forecaster Ana How`): a surname.
    let titled_surname = title.is_some()
        && seg.len() >= 2
        && !is_stop(seg[seg.len() - 2])
        && is_cap(seg[seg.len() - 1]);
    let inner = if titled_surname {
        &seg[..seg.len() - 1]
    } else {
        seg
    };
    if let Some(k) = inner.iter().rposition(|w| is_stop(w)) {
        seg = &seg[k + 1..];
    }
    // `Apple CFO Peter Oppenheimer`, `Acme VP Ana Ruiz`: an all-capitals
    // word between a body's name and a full name abbreviates an office, no
    // part of the person's name. Opening the phrase it may be initials
    // (`DJ Marrs Smith`).
    if let Some(k) = seg[..seg.len().saturating_sub(2)]
        .iter()
        .rposition(|w| all_caps(w))
        && k >= 1
        && seg.len() - k - 1 <= 3
        && seg[k + 1..].iter().all(|w| !all_caps(w) && !is_org_name(w))
    {
        seg = &seg[k + 1..];
    }
    while let Some((first, rest)) = seg.split_first() {
        // `"...," Said Tomas Berg`: a speech verb capitalised by mistake
        // before a full name is no part of it (two words may be a name:
        // `Said Jalili`).
        let verb = rest.len() >= 2 && is_speech_verb(first);
        if is_stop(first)
            || is_date_word(first)
            || !is_cap(first)
            || verb
            || (!rest.is_empty() && is_compound_adjective(first))
        {
            seg = rest;
        } else {
            break;
        }
    }
    while let Some((last, rest)) = seg.split_last() {
        if is_date_word(last) || !is_cap(last) || (!rest.is_empty() && is_post_nominal(last)) {
            seg = rest;
        } else {
            break;
        }
    }
    if seg.is_empty() || (seg.len() == 1 && is_pronoun(seg[0])) {
        return None;
    }
    // `Israeli Hospitals Collapsing: "..."`: a people's adjective opens a
    // phrase about a thing, never a person's name; a body's name keeps it
    // (`Chinese Foreign Ministry`), and a title before it makes a person
    // (`Romanian striker Tomas Berg` is cut after the title).
    if title.is_none()
        && seg.len() >= 2
        && is_demonym(seg[0])
        && !seg.iter().any(|w| is_org_name(w))
    {
        return None;
    }
    let mut parts: Vec<&str> = seg.to_vec();
    let last = parts.len() - 1;
    parts[last] = strip_possessive(parts[last]);
    Some(Name {
        text: parts.join(" "),
        titled: title.is_some(),
        title: title.map_or(Vec::new(), |t| {
            words[..=t].iter().map(|w| w.to_lowercase()).collect()
        }),
        words: parts.len(),
        gender: words.iter().find_map(|w| gender_cue(w)),
    })
}

/// The token that opens a sentence, bullets and dashes aside; a word after
/// an opening quotation does not open it.
pub(super) fn first_word(toks: &[Tok], sent: &Range<usize>) -> Option<usize> {
    (sent.start..sent.end)
        .find(|&i| !matches!(toks[i], Tok::Punct { .. }))
        .filter(|&i| toks[i].word().is_some())
}

/// The name in the phrase `i..e`, counted as titled when a title stands in
/// apposition: `NASA's chief scientist, Katherine Calvin,` or `Dan Wang,
/// China director at ...`. The second form needs two words or more, since
/// `China, a leader in ...` is no person.
pub(super) fn name_at(toks: &[Tok], i: usize, e: usize) -> Option<Name> {
    let placed = title_of_place(toks, i, e);
    let mut n = name_of(toks, placed.map_or(i, |(start, _)| start)..e)?;
    if let Some((_, t)) = placed {
        n.titled = true;
        n.title = vec![toks[t].word().unwrap_or("").to_lowercase()];
    }
    // `Samsung's chief of mobile operations, D.J. Koh,`: a title a few
    // words before the comma; or a person noun right before it (`the
    // striker's mother, Ana Ruiz,`; not `a woman from Milan, Italy`),
    // lowercase so that a name is not its own evidence.
    let before = i >= 2
        && toks[i - 1].is_punct(',')
        && (toks[..i - 1]
            .iter()
            .rev()
            .take(5)
            .map_while(Tok::word)
            .any(is_title)
            || toks[i - 2]
                .word()
                .is_some_and(|w| !is_cap(w) && is_person_noun(w)));
    let after = n.words >= 2
        && toks.get(e).is_some_and(|t| t.is_punct(','))
        && toks[e + 1..]
            .iter()
            .take(6)
            .take_while(|t| t.word().is_some())
            .any(|t| t.word().is_some_and(|w| is_title(w) || is_person_noun(w)));
    let described = toks
        .get(e)
        .filter(|t| t.is_punct(','))
        .and_then(|_| described_as_person(toks, e + 1));
    // `Jones, the mayor,`: one word will do when the apposition is an
    // office, which no place or body holds.
    let office = toks.get(e).is_some_and(|t| t.is_punct(','))
        && toks
            .get(e + 1)
            .and_then(Tok::word)
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        && toks[e + 2..]
            .iter()
            .take(4)
            .map_while(Tok::word)
            .any(|w| is_office(&w.to_lowercase()));
    // `the minister, Tomas Berg,`: the title in apposition is the one
    // `the minister` later links back to.
    if n.title.is_empty()
        && i >= 2
        && toks[i - 1].is_punct(',')
        && toks[i - 2]
            .word()
            .is_some_and(|w| !is_cap(w) && is_title(w))
    {
        let mut title: Vec<String> = toks[..i - 1]
            .iter()
            .rev()
            .take(4)
            .map_while(Tok::word)
            .take_while(|w| !is_cap(w) && !is_determiner(w))
            .map(str::to_lowercase)
            .collect();
        title.reverse();
        n.title = title;
    }
    // `Nearby is Ana Ruiz, who farms ...`: a relative clause with `who`
    // after a full name marks a person (a place or a body takes `which`).
    let who = n.words >= 2
        && !is_org_name(&n.text)
        && toks.get(e).is_some_and(|t| t.is_punct(','))
        && toks.get(e + 1).and_then(Tok::word) == Some("who");
    n.titled |= before || after || office || who || described.is_some();
    n.gender = n.gender.or(described.flatten());
    let lead = if i >= 2 && toks[i - 1].is_punct(',') {
        toks[i - 2].word()
    } else {
        i.checked_sub(1).and_then(|k| toks[k].word())
    };
    n.gender = n.gender.or(lead.and_then(gender_cue));
    Some(n)
}

/// `Director-General of Health Ashley Bloomfield`, `Ambassador to France
/// Lee Grant`, `Minister for Planning and Development Asad Umar`: after a
/// title and `of`/`to`/`for` (and the rest of the body's name), the phrase
/// `i..e` opens with a place or a body, and the name is its last two words
/// (the last one, of two). Returns where the name starts and where the
/// title is.
pub(super) fn title_of_place(toks: &[Tok], i: usize, e: usize) -> Option<(usize, usize)> {
    let of = |w: &str| matches!(w, "of" | "to" | "for");
    if i < 2 || e < i + 2 || !toks[i - 1].word().is_some_and(|w| of(w) || w == "and") {
        return None;
    }
    // `head coach of Italy Ana Ruiz`: a lowercase title works for a person
    // as often as it holds an office, but before a country and a full name
    // its `of` is the office's, and the country is no part of the name.
    let full = e - i - 1;
    if (2..=3).contains(&full)
        && toks[i - 1].word().is_some_and(of)
        && toks[i - 2]
            .word()
            .is_some_and(|w| !is_cap(w) && is_title(w))
        && toks[i].word().is_some_and(is_country)
        && toks[i + 1..e]
            .iter()
            .all(|t| t.word().is_some_and(|w| is_cap(w) && !is_org_name(w)))
    {
        return Some((i + 1, i - 2));
    }
    let mut k = i - 1;
    while k > 0 && i - k <= 8 {
        let w = toks[k - 1].word()?;
        // A capitalised title is an office's (`Minister for Health`); a
        // `lawyer for Tomas Berg` works for a person.
        if is_title(w) && is_cap(w) {
            // Only a title's own `of`/`for` opens a body's name: in
            // `President Ana Costa and Tom Ruiz` the `and` joins two people.
            let opens = toks[k].word().is_some_and(of);
            let start = if e - i == 2 { e - 1 } else { e - 2 };
            return opens.then_some((start, k - 1));
        }
        if !(is_cap(w) || of(w) || matches!(w, "and" | "&" | "the")) {
            return None;
        }
        k -= 1;
    }
    None
}

/// Where the name in the phrase `i..e` starts, after a title's place.
pub(super) fn after_title_of(toks: &[Tok], i: usize, e: usize) -> Option<usize> {
    title_of_place(toks, i, e).map(|(start, _)| start)
}

/// `the Arizona Department of Public Safety (DPS)`, `Research In Motion
/// (RIM)`: an acronym in brackets right after a capitalised name whose
/// words' initials hold its letters in order (the last one the last word's)
/// is that name's short form. Returns `(acronym, name)` pairs.
pub(super) fn defined_acronyms(toks: &[Tok]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for b in 1..toks.len().saturating_sub(2) {
        if !toks[b].is_punct('(') || !toks[b + 2].is_punct(')') {
            continue;
        }
        let Some(acronym) = toks[b + 1].word() else {
            continue;
        };
        // `Council of Governors (CoG)`, `Department for Education (DfE)`:
        // a short form may keep its joining words' lowercase initials.
        let mixed = acronym.len() >= 3
            && acronym.bytes().all(|b| b.is_ascii_alphabetic())
            && acronym.as_bytes()[0].is_ascii_uppercase()
            && acronym.bytes().filter(u8::is_ascii_uppercase).count() >= 2;
        if !all_caps(acronym) && !mixed {
            continue;
        }
        // Back over capitalised words and the function words that join
        // them (`of`, `and`), at most a dozen tokens.
        let mut p = b;
        while p > 0 && b - p < 12 {
            let Some(w) = toks[p - 1].word() else { break };
            let joiner = matches!(w, "of" | "and" | "for" | "&")
                && p >= 2
                && toks[p - 2].word().is_some_and(is_cap);
            if !(is_cap(w) || joiner) || (is_stop(w) && is_cap(w)) {
                break;
            }
            p -= 1;
        }
        let words: Vec<&str> = toks[p..b].iter().filter_map(Tok::word).collect();
        // `Oman's Ministry of Foreign Affairs (MoFA)`: when the words after
        // an owner's possessive spell the short form alone, the long form
        // starts there; the owner is no part of the body's name. (`National
        // Farmers' Union (NFU)` needs its possessive word.)
        let owned = words
            .iter()
            .rposition(|w| is_possessive(w))
            .map(|k| &words[k + 1..])
            .filter(|rest| spells(acronym, rest));
        if let Some(long) = owned.or(Some(&words[..]).filter(|w| spells(acronym, w))) {
            found.push((acronym.to_string(), long.join(" ")));
        }
    }
    found
}

/// Whether `words` (two or more) can be the long form of `acronym`: its
/// letters are, in order, initials of the words, and its last letter the
/// last word's.
fn spells(acronym: &str, words: &[&str]) -> bool {
    let Some(last) = words.last() else {
        return false;
    };
    // A joining word's lowercase initial can only match a lowercase
    // letter, so an all-capitals acronym still needs the capitalised
    // words' initials alone.
    let mut letters = acronym.bytes().peekable();
    for w in words {
        if letters.peek() == Some(&w.as_bytes()[0]) {
            letters.next();
        }
    }
    letters.peek().is_none()
        && acronym.as_bytes().last() == last.as_bytes().first()
        && words.len() >= 2
}

/// A title-case line (a headline, a `Related:` link): its capitalised words
/// are not names, so `NC Gov. Roy Cooper Orders Mandatory Evacuations`
/// teaches nothing about who Roy Cooper is.
/// A headline has no full stop: `Prime Minister Ana Costa spoke.` is a
/// sentence.
pub(super) fn is_headline(toks: &[Tok], sent: &Range<usize>) -> bool {
    let (mut words, mut caps) = (0, 0);
    for w in toks[sent.clone()].iter().filter_map(Tok::word) {
        words += 1;
        caps += usize::from(is_cap(w));
    }
    let stop = toks[sent.clone()].last().is_some_and(|t| t.is_punct('.'));
    words >= 4 && caps * 5 >= words * 4 && !stop
}

/// Token ranges of a unit's headline sentences.
pub(super) fn headlines(unit: &Unit) -> Vec<Range<usize>> {
    unit.sentences
        .iter()
        .filter(|s| is_headline(&unit.toks, s))
        .cloned()
        .collect()
}

/// Every name phrase in a unit: (token range, name).
pub(super) fn names_in(toks: &[Tok]) -> Vec<(Range<usize>, Name)> {
    runs_in(toks)
        .into_iter()
        .filter(|(_, n, thing)| !thing || n.titled)
        .map(|(r, n, _)| (r, n))
        .collect()
}

/// Every capitalised run's name, and whether a lowercase `the` opens it
/// (a thing's or a body's: `moved the High Court`), see `names_in`.
pub(super) fn runs_in(toks: &[Tok]) -> Vec<(Range<usize>, Name, bool)> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if phrase_word(&toks[i]) {
            let e = phrase_fwd(toks, i, toks.len());
            // `will give Behind the Silent Harbours`, `aboard the Sea
            // Witch`: a capitalised run that a lowercase `the` opens names a
            // thing (a book, a ship, a band), not a person, unless a title
            // leads into it (`the Rev. Ana Ruiz`).
            let thing = i > 0 && toks[i - 1].word() == Some("the");
            if let Some(n) = name_at(toks, i, e) {
                out.push((i..e, n, thing));
            }
            i = e;
        } else {
            i += 1;
        }
    }
    out
}

/// `Angry Westbury residents have reacted`, `Acme workers said`: a
/// capitalised run that a lowercase plural person noun at `e` follows
/// qualifies that noun; the run names no one, and the group is the subject.
pub(super) fn qualifies_group(toks: &[Tok], e: usize) -> bool {
    toks.get(e).and_then(Tok::word).is_some_and(|w| {
        !is_cap(w)
            && w.strip_suffix('s')
                .is_some_and(|one| is_title(one) || is_person_noun(one))
    })
}

/// `George and Judy Gowing`: a lone first name, `and`, then a full name of
/// two words names two people who share the surname, so that `Mr Gowing`
/// or `Gowing` later may be either. Returns the surname.
pub(super) fn shared_surname<'a>(toks: &[Tok<'a>], start: usize, n: &Name) -> Option<&'a str> {
    if n.words != 2 || n.titled || start < 2 || toks[start - 1].word() != Some("and") {
        return None;
    }
    let first = toks[start - 2].word()?;
    let lone = start < 3
        || !toks[start - 3]
            .word()
            .is_some_and(|w| phrase_word(&toks[start - 3]) && w != "and");
    if !lone || !is_cap(first) || is_title(first) || is_stop(first) || is_org_name(first) {
        return None;
    }
    let surname = toks[start..].iter().filter_map(Tok::word).nth(1)?;
    (n.text.ends_with(surname)).then_some(surname)
}

/// The full name opening sentence `sent` at token `f` as its subject
/// (`Maria Lopez has lived ...`), no body's or place's, and whether the
/// sentence goes on to say `he`, `his`, `she` or `her`: `Martin O’Neill is
/// famous for leaping around ... looking like he’s enjoying himself` is a
/// person's (a place or a body is `it`).
pub(super) fn full_name_subject(
    toks: &[Tok],
    sent: &Range<usize>,
    f: usize,
) -> Option<(String, bool)> {
    name_opens(toks, sent, f).or_else(|| {
        // `In Bay Ridge, Ana Ruiz tried ...`: a short fronted phrase, then
        // the subject. Only its first comma, a few words on, is looked for.
        if !toks[f].word().is_some_and(opens_adverbial) {
            return None;
        }
        let comma = (f + 1..sent.end.min(f + 8)).find(|&k| toks[k].is_punct(','))?;
        name_opens(toks, sent, comma + 1)
    })
}

/// [`full_name_subject`] where the name is the clause's first word `f`.
pub(super) fn name_opens(toks: &[Tok], sent: &Range<usize>, f: usize) -> Option<(String, bool)> {
    if f >= sent.end || !phrase_word(&toks[f]) {
        return None;
    }
    let e = phrase_fwd(toks, f, sent.end);
    let n = name_at(toks, f, e)?;
    let verb_follows = toks
        .get(e)
        .filter(|_| e < sent.end)
        .and_then(Tok::word)
        .is_some_and(|w| !is_cap(w));
    let possessive = is_possessive(toks[e - 1].word().unwrap_or(""));
    if n.words < 2 || is_org_name(&n.text) || !verb_follows || possessive {
        return None;
    }
    let personal = |w: &str| {
        let mut buf = [0; LISTED_MAX];
        matches!(
            lower(w, &mut buf).unwrap_or(""),
            "he" | "she"
                | "his"
                | "her"
                | "him"
                | "himself"
                | "herself"
                | "he’s"
                | "she’s"
                | "he's"
                | "she's"
        )
    };
    let agrees = toks[e..sent.end]
        .iter()
        .any(|t| t.word().is_some_and(personal));
    Some((n.text, agrees))
}

/// Whether the verb at `v` opens a relative clause on the name before it
/// (`..., who suggested`, `..., who has said`).
pub(super) fn in_relative_clause(toks: &[Tok], sent: &Range<usize>, v: usize) -> bool {
    let mut k = v;
    // An auxiliary or an adverb or two may stand between.
    while k > sent.start + 2
        && k + 2 >= v
        && toks[k - 1].word().is_some_and(|w| !is_cap(w) && w != "who")
    {
        k -= 1;
    }
    k >= sent.start + 2 && toks[k - 1].word() == Some("who") && toks[k - 2].is_punct(',')
}

/// Whether two names are one person's: one is the other, or its first or
/// last words (`Berg` of `Tomas Berg`).
pub(super) fn same_person(a: &str, b: &str) -> bool {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    long.starts_with(&short) || long.ends_with(&short)
}

/// Whether `he` or `she` is the subject of a speech verb in `sent` (`she
/// said`, `said he`, `He told reporters`).
pub(super) fn pronoun_speaks(toks: &[Tok], sent: &Range<usize>) -> bool {
    (sent.start..sent.end).any(|k| {
        speech_verb_at(toks, k)
            && ((k > sent.start && toks[k - 1].word().is_some_and(is_pronoun))
                || toks
                    .get(k + 1)
                    .filter(|_| k + 1 < sent.end)
                    .and_then(Tok::word)
                    .is_some_and(is_pronoun))
    })
}
