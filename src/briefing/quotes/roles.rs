//! Descriptions that stand for someone: a person's (`the judge`, `the
//! 62-year-old`, `the California Democrat`) and a body's (`the Chinese
//! foreign ministry`). Which person a description means is the attribution
//! context's to say (`Ctx::role`); this module only reads the words.

use super::words::{
    Tok, is_cap, is_linking, is_org_name, is_possessive, is_pronoun, is_speech_verb, is_stop,
    is_title,
};

/// Nouns that, after `the`, describe a person rather than name one: `the
/// tennis player`, `the California Democrat`, `the 62-year-old`, `the world
/// number one`. Titles (`the judge`) count too; `the statement` does not.
fn is_person_description(words: &[&str]) -> bool {
    #[rustfmt::skip]
    const NOUNS: &[&str] = &[
        "champion", "star", "winner", "veteran", "woman", "man", "actor", "actress", "singer",
        "democrat", "republican", "teenager", "rookie", "incumbent", "candidate", "nominee",
        "runner-up", "challenger", "favourite", "favorite",
    ];
    let Some(head) = words.last().map(|w| w.to_lowercase()) else {
        return false;
    };
    is_title(&head)
        || NOUNS.contains(&head.as_str())
        || head.ends_with("-year-old")
        || (head == "one"
            && words.len() >= 2
            && words[words.len() - 2].eq_ignore_ascii_case("number"))
}

/// Titles that are offices, one holder's not another's: `the governor` is
/// not the mayor. (A `Dr.` or a `resident` may be anything else too.)
pub(super) fn is_office(word: &str) -> bool {
    #[rustfmt::skip]
    const OFFICES: &[&str] = &[
        "president", "minister", "secretary", "representative", "chancellor", "governor",
        "senator", "congressman", "congresswoman", "mayor", "ambassador", "judge", "king",
        "queen", "prince", "princess", "pope", "commissioner", "sheriff", "prosecutor",
        "general", "coach", "manager", "captain", "chairman", "chairwoman", "ceo", "director",
        "spokesman", "spokeswoman", "spokesperson", "envoy", "premier",
    ];
    OFFICES.contains(&word)
}

/// The capitalised words of a description: an organisation's name is
/// capitalised (`the Napa Police Department`), a `police officer` is not one.
fn capitalised(words: &[&str]) -> String {
    let caps: Vec<&str> = words.iter().copied().filter(|w| is_cap(w)).collect();
    caps.join(" ")
}

/// The description that ends just before token `j` when it is a definite
/// one (`the judge`, `The tennis player`, `the California Democrat`): its
/// words after `the`. `None` for a name with an organisation's word (`the
/// White House`), a possessive (`the company's president`), or anything
/// that does not describe a person.
pub(super) fn definite_description<'a>(
    toks: &[Tok<'a>],
    lo: usize,
    j: usize,
) -> Option<Vec<&'a str>> {
    let mut k = j;
    while k > lo && j - k <= 8 {
        let w = toks[k - 1].word()?;
        if w.eq_ignore_ascii_case("the") {
            let words: Vec<&str> = toks[k..j].iter().filter_map(Tok::word).collect();
            if let Some(head) = headed(&words) {
                return Some(head);
            }
            // `the chair of the Avonford Group said`: this `the` opens the
            // complement; the description starts further back.
            if k >= lo + 2
                && toks[k - 2]
                    .word()
                    .is_some_and(|p| matches!(p, "of" | "for" | "at"))
            {
                k -= 1;
                continue;
            }
            // Only a description with a complement may run past five words.
            if j - k > 5 {
                return None;
            }
            let org = is_org_name(&capitalised(&words));
            return (!words.is_empty() && !org && is_person_description(&words)).then_some(words);
        }
        // `the former police officer and firefighter`: one person; `Greer
        // and Bessent`: two.
        let joins_nouns = w == "and"
            && toks[k - 2..k - 1]
                .iter()
                .any(|t| t.word().is_some_and(|p| !is_cap(p)));
        let breaks = is_pronoun(w) || is_possessive(w) || is_linking(w) || is_speech_verb(w);
        if breaks && !joins_nouns {
            return None;
        }
        k -= 1;
    }
    None
}

/// `the director of INAH`, `the MP for Abetifi`: a person's description
/// whose complement names a body or a place. The description is the words
/// before the complement, which may hold an organisation's word.
fn headed<'a>(words: &[&'a str]) -> Option<Vec<&'a str>> {
    let i = words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "at"))
        .filter(|&i| i > 0)?;
    let head = &words[..i];
    (is_person_description(head) && !is_org_name(&capitalised(head))).then(|| head.to_vec())
}

/// `the Chinese foreign ministry`, `the Kenyan government`: the words of a
/// description of a body that a capitalised word marks as one body (not
/// `the ministry`), ending in an organisation's word.
fn body_description(words: &[&str]) -> Option<String> {
    let last = words.last()?;
    let plain = words
        .iter()
        .all(|w| !is_stop(w) && !is_possessive(w) && !is_speech_verb(w) && !is_pronoun(w));
    let marked = words.iter().any(|w| is_cap(w));
    (words.len() <= 5 && plain && marked && !is_cap(last) && is_org_name(last))
        .then(|| words.join(" "))
}

/// A body described just before token `j` (`the Chinese foreign ministry
/// said`): its description's words after `the`.
pub(super) fn body_described_before(toks: &[Tok], lo: usize, j: usize) -> Option<String> {
    let k = (lo..j).rev().take(6).find(|&k| {
        toks[k]
            .word()
            .is_some_and(|w| w.eq_ignore_ascii_case("the"))
    })?;
    let words: Vec<&str> = toks[k + 1..j]
        .iter()
        .map(Tok::word)
        .collect::<Option<_>>()?;
    body_description(&words)
}

/// A body described from token `i`, after an article, up to the end of the
/// clause (`said the Peruvian foreign ministry.`).
pub(super) fn body_described_after(toks: &[Tok], i: usize, hi: usize) -> Option<String> {
    let words: Vec<&str> = toks[i..hi].iter().take(6).map_while(Tok::word).collect();
    let ends = toks
        .get(i + words.len())
        .is_none_or(|t| matches!(t, Tok::Punct { .. }));
    if i + words.len() > hi || !ends {
        return None;
    }
    body_description(&words)
}

/// The shortest definite description starting at `the` (token `i`) that
/// describes a person: `The champion then makes` -> `champion`.
pub(super) fn description_from<'a>(toks: &[Tok<'a>], i: usize, hi: usize) -> Option<Vec<&'a str>> {
    if !toks[i].word()?.eq_ignore_ascii_case("the") {
        return None;
    }
    let mut words = Vec::new();
    for t in toks[i + 1..hi].iter().take(5) {
        let w = t.word()?;
        if is_possessive(w) || is_speech_verb(w) {
            return None;
        }
        words.push(w);
        if is_person_description(&words) {
            return (!is_org_name(&capitalised(&words))).then_some(words);
        }
    }
    None
}
