//! What marks a name as a person's, beyond a title: the noun an
//! apposition gives (`Julia, a woman from Milan`), an age (`Ruiz, 45,`),
//! words that give the sex (`Mrs.`, `her husband`), and what a capitalised
//! word before a speech verb can be if not a name (`Officials said`).

use super::words::{Tok, WordSet, listed, strip_possessive, word_set};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum Gender {
    Female,
    Male,
}

/// Words that say which pronoun fits a person: a title in the name
/// (`Mrs.`, `Queen`) or a noun in apposition (`her husband, Tom Smith`).
pub(super) fn gender_cue(word: &str) -> Option<Gender> {
    #[rustfmt::skip]
    static FEMALE: WordSet = word_set! {
        "mrs.", "ms.", "miss", "dame", "lady", "queen", "princess", "wife", "daughter",
        "sister", "mother", "grandmother", "aunt", "niece", "girlfriend", "actress",
        "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "widow", "woman",
        "girl",
    };
    #[rustfmt::skip]
    static MALE: WordSet = word_set! {
        "mr.", "sir", "lord", "king", "prince", "husband", "son", "brother", "father",
        "grandfather", "uncle", "nephew", "boyfriend", "chairman", "spokesman", "congressman",
        "businessman", "widower", "man", "boy",
    };
    let word = strip_possessive(word);
    if listed(&FEMALE, word) {
        Some(Gender::Female)
    } else if listed(&MALE, word) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// What an apposition starting at token `k` says of the name before it:
/// `Julia, a woman from Milan,`, `Ruiz, a mother of three,`, `Ruiz, 45,`
/// describe a person (`Some`, with the sex the noun gives, if any). Only
/// nouns that are never a place's or a body's count, since `China, a
/// leader in ...` is no person.
pub(super) fn described_as_person(toks: &[Tok], k: usize) -> Option<Option<Gender>> {
    let w = toks.get(k)?.word()?;
    let age = w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
    if age {
        let closes = toks
            .get(k + 1)
            .is_none_or(|t| matches!(t, Tok::Punct { .. }));
        return closes.then_some(None);
    }
    if !matches!(w, "a" | "an") {
        return None;
    }
    toks[k + 1..]
        .iter()
        .take(4)
        .map_while(Tok::word)
        .find(|w| is_person_noun(w))
        .map(gender_cue)
}

/// Nouns for a person that no place or body is called: `woman`, `mother`,
/// `student`, `the 34-year-old`.
pub(super) fn is_person_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static NOUNS: WordSet = word_set! {
        "woman", "man", "girl", "boy", "student", "pupil", "passenger", "worker", "retiree",
        "pensioner", "grandfather", "grandmother", "mother", "father", "widow", "widower",
        "homeowner", "shopkeeper", "vendor", "driver", "survivor", "volunteer", "fan",
        "mother-of-two", "father-of-two", "mother-of-three", "father-of-three", "tourist",
        // Parties and careers: `Ana Ruiz, a Republican,`.
        "democrat", "republican", "veteran", "rookie", "teenager", "candidate", "nominee",
        "voter", "parent", "resident", "nurse", "teacher", "farmer", "lawyer", "doctor",
    };
    listed(&NOUNS, word) || gender_cue(word).is_some() || word.ends_with("-year-old")
}

/// Whether a capitalised word opening a sentence before a speech verb may
/// be a common noun (`Officials said`, `Police said`) rather than a name
/// (`Whitfield said`). A singular common noun cannot stand there without an
/// article, so only plurals and the few nouns of a group can.
pub(super) fn reads_as_common_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static GROUP: WordSet = word_set! {
        "police", "people", "staff", "media", "everyone", "everybody", "nobody", "someone",
        "somebody", "anyone", "management", "security", "personnel", "crew", "family",
        "government", "officials", "authorities", "one", "none", "many", "few", "others",
        "both", "all", "each", "most", "some", "several", "residents", "witnesses",
    };
    word.ends_with('s') || listed(&GROUP, word)
}
