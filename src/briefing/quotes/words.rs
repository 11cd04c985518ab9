//! Words, word lists and sentences: the little grammar attribution needs.
//!
//! Quoted spans are replaced by a single `Tok::Quote` before anything else,
//! so a full stop or a name inside a quotation never splits a sentence or
//! becomes an antecedent.

use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tok<'a> {
    Word {
        text: &'a str,
        at: usize,
    },
    Punct {
        ch: char,
        at: usize,
    },
    /// A whole quoted span: `index` into the source's quotes.
    Quote {
        index: usize,
        at: usize,
    },
}

impl<'a> Tok<'a> {
    pub fn word(&self) -> Option<&'a str> {
        match self {
            Tok::Word { text, .. } => Some(text),
            _ => None,
        }
    }

    pub fn at(&self) -> usize {
        match self {
            Tok::Word { at, .. } | Tok::Punct { at, .. } | Tok::Quote { at, .. } => *at,
        }
    }

    pub fn is_punct(&self, c: char) -> bool {
        matches!(self, Tok::Punct { ch, .. } if *ch == c)
    }
}

/// Words after which a full stop is part of the word, not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "Adm",
    "Cmdr", "St", "Jr", "Sr", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
    "Oct", "Nov", "Dec", "vs",
];

/// Splits `range` of `text` into tokens; each `(open, end, index)` in
/// `quotes` becomes one `Tok::Quote`.
pub(super) fn tokenize<'a>(
    text: &'a str,
    range: Range<usize>,
    quotes: &[(usize, usize, usize)],
) -> Vec<Tok<'a>> {
    // About one token in five bytes of news prose.
    let mut toks = Vec::with_capacity(range.len() / 5);
    let mut i = range.start;
    let mut qs = quotes.iter().peekable();
    // Most bytes are ASCII: read as they are, without decoding.
    let char_at = |i: usize| match *text.as_bytes().get(i)? {
        b if b.is_ascii() => Some(b as char),
        _ => text[i..].chars().next(),
    };
    while i < range.end {
        if let Some(&&(open, end, index)) = qs.peek()
            && open <= i
        {
            qs.next();
            toks.push(Tok::Quote { index, at: open });
            i = end.max(i + 1);
            continue;
        }
        let Some(c) = char_at(i) else { break };
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphanumeric() {
            let start = i;
            i += c.len_utf8();
            while i < range.end {
                let Some(n) = char_at(i) else { break };
                // Joiners (`’`, `-`, `.`) stay inside a word only between
                // letters or digits: `we’re`, `tit-for-tat`, `U.S`, `3.5`.
                let joins = || {
                    matches!(n, '\'' | '’' | '-' | '‐' | '.' | '&')
                        && char_at(i + n.len_utf8()).is_some_and(char::is_alphanumeric)
                };
                if !(n.is_alphanumeric() || joins()) {
                    break;
                }
                i += n.len_utf8();
            }
            let word = &text[start..i];
            let initial = c.len_utf8() == word.len() && c.is_uppercase();
            // A vowelless title's stop (`Cllr. Ruiz`, `Cpl. Berg`, `Msgr.`)
            // is the abbreviation's, not a sentence end, when a capitalised
            // word follows: a title stands before a name, not at an end.
            let title_stop = || {
                char_at(i + 1) == Some(' ')
                    && char_at(i + 2).is_some_and(char::is_uppercase)
                    && is_abbreviated_title(word)
            };
            if char_at(i) == Some('.')
                && (word.contains('.') || initial || ABBREVIATIONS.contains(&word) || title_stop())
            {
                i += 1;
            }
            toks.push(Tok::Word {
                text: &text[start..i],
                at: start,
            });
        } else {
            toks.push(Tok::Punct { ch: c, at: i });
            i += c.len_utf8();
        }
    }
    toks
}

/// Splits tokens into sentences (token index ranges). A quotation that ends
/// with its own full stop ends the sentence when a capitalised word follows:
/// `Trump said, “... together.” He added, “...”` is two sentences.
pub(super) fn sentences(toks: &[Tok], quote_texts: &dyn Fn(usize) -> String) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, tok) in toks.iter().enumerate() {
        let ends = match tok {
            Tok::Punct { ch, .. } => matches!(ch, '.' | '!' | '?' | '…'),
            Tok::Quote { index, .. } => quote_texts(*index).ends_with(['.', '!', '?', '…']),
            Tok::Word { .. } => false,
        };
        let next_starts = match toks.get(i + 1) {
            None => true,
            // `"... Get smart!" Trump wrote.`: the attribution after a
            // quotation's own stop still belongs to its sentence.
            Some(Tok::Word { text, .. }) if matches!(tok, Tok::Quote { .. }) => {
                is_cap(text) && !attribution_follows(&toks[i + 1..])
            }
            Some(Tok::Word { text, .. }) => is_cap(text),
            Some(Tok::Quote { .. }) => true,
            Some(Tok::Punct { ch, .. }) => matches!(ch, '•' | '—' | '–' | '-' | '(' | '['),
        };
        if ends && next_starts {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push(start..toks.len());
    }
    out
}

/// Whether the tokens open with a speaker and a speech verb, and nothing
/// else but a listener: `Trump wrote.`, `White House press secretary
/// Karoline Leavitt said,`, `Ruiz asked the minister.`.
fn attribution_follows(toks: &[Tok]) -> bool {
    let Some(v) = toks
        .iter()
        .take(8)
        .position(|t| t.word().is_some_and(is_speech_verb))
    else {
        return false;
    };
    // `Ana Ruiz, 34, said`, `Ana Ruiz, of Inwood, said`: an age or a home
    // set off by commas stays in the subject.
    let commas = toks[..v].iter().filter(|t| t.is_punct(',')).count();
    let subject = toks[..v].iter().enumerate().all(|(k, t)| {
        t.word().is_some_and(|w| {
            is_cap(w) || is_title(w) || is_particle(w) || is_filler(w) || (w == "of" && commas == 2)
        }) || (t.is_punct(',') && k > 0 && commas == 2 && toks[v - 1].is_punct(','))
    });
    let ends = match toks.get(v + 1) {
        None => true,
        // `Ruiz said after waiting an hour`: a clause of time closes the
        // attribution as a stop does.
        Some(t) => {
            t.is_punct('.')
                || t.is_punct(',')
                || t.word().is_some_and(|w| {
                    is_filler(w) || matches!(w, "after" | "before" | "while" | "when" | "as")
                })
        }
    };
    // `Ruiz asked the minister.`, `she told reporters,`: a verb that
    // addresses someone, a listener of a few words, and the attribution's
    // end. (`The White House confirmed the meeting,` is a new sentence.)
    let addresses = toks[v].word().is_some_and(|w| {
        let mut buf = [0; LISTED_MAX];
        matches!(
            lower(w, &mut buf).unwrap_or(""),
            "told" | "tells" | "asked" | "asks" | "assured" | "reminded" | "warned" | "urged"
        )
    });
    let listener = toks[v + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.word().is_some_and(|w| !is_speech_verb(w)))
        .count();
    let heard = addresses
        && listener > 0
        && match toks.get(v + 1 + listener) {
            None => true,
            Some(t) => t.is_punct('.') || t.is_punct(','),
        };
    v > 0 && subject && (ends || heard)
}

/// Room for the longest listed word (`secretary-general`), to spare.
pub(super) const LISTED_MAX: usize = 24;

/// `word` in lowercase, written into `buf`, if it could be a listed word;
/// `None` if it cannot. Every list holds short ASCII words, and the only
/// character outside ASCII whose lowercase is ASCII is the Kelvin sign
/// (`K` -> `k`): any other keeps a word out of every list. So a word is
/// compared without making a lowercase `String` of it, millions of times a
/// large briefing.
pub(super) fn lower<'b>(word: &str, buf: &'b mut [u8; LISTED_MAX]) -> Option<&'b str> {
    std::str::from_utf8(lower_bytes(word, buf)?).ok()
}

/// `lower`, as the bytes of the lowercase word (ASCII).
fn lower_bytes<'b>(word: &str, buf: &'b mut [u8; LISTED_MAX]) -> Option<&'b [u8]> {
    const KELVIN: &[u8] = "\u{212A}".as_bytes();
    let bytes = word.as_bytes();
    let (mut i, mut n) = (0, 0);
    while i < bytes.len() {
        let b = if bytes[i].is_ascii() {
            i += 1;
            bytes[i - 1].to_ascii_lowercase()
        } else if bytes[i..].starts_with(KELVIN) {
            i += KELVIN.len();
            b'k'
        } else {
            return None;
        };
        *buf.get_mut(n)? = b;
        n += 1;
    }
    Some(&buf[..n])
}

/// A word list, as a set of lowercase ASCII words, built when the program
/// is compiled: a lookup is made for most words of every article, so it
/// must cost a few instructions and touch no lock.
pub(super) type WordSet = Words;

/// Byte lengths the sieve tells apart. A listed word may be written with
/// Kelvin signs for its `k`s (three bytes each, lowercasing to `k`), so a
/// word's bytes can run to three times the longest listed word; a longer
/// word is not listed.
const SIEVE_LEN: usize = 3 * LISTED_MAX;
const SIEVE_BITS: usize = (SIEVE_LEN + 1) * 32 * 32;
/// Room in the table for twice the longest list, so probes stay short.
const SLOTS: usize = 512;

/// The words of a list: a sieve of the shapes (byte length, first and last
/// byte) the words can have, which turns most words away at once, and an
/// open-addressed table holding the words for the few that pass.
pub(super) struct Words {
    sieve: [u64; SIEVE_BITS / 64],
    slots: [&'static [u8]; SLOTS],
}

/// A byte as one of 32, the same in either case: letters are 1..=26.
const fn fold(b: u8) -> usize {
    ((b | 0x20) & 31) as usize
}

/// A word's bit in the sieve; its bytes' case does not matter.
const fn shape(len: usize, first: u8, last: u8) -> usize {
    (len * 32 + fold(first)) * 32 + fold(last)
}

/// FNV-1a, small enough to run when the lists are compiled.
const fn hash(word: &[u8]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < word.len() {
        h = (h ^ word[i] as u32).wrapping_mul(0x0100_0193);
        i += 1;
    }
    h as usize % SLOTS
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

impl Words {
    /// Panics, when the program is compiled, on a word that is empty, too
    /// long or not lowercase ASCII, and on a list too long for the table.
    pub const fn new(words: &[&'static str]) -> Words {
        assert!(
            words.len() * 2 <= SLOTS,
            "a word list too long for its table"
        );
        let mut sieve = [0u64; SIEVE_BITS / 64];
        let mut slots: [&'static [u8]; SLOTS] = [b""; SLOTS];
        let mut w = 0;
        while w < words.len() {
            let word = words[w].as_bytes();
            assert!(
                !word.is_empty() && word.len() <= LISTED_MAX,
                "a listed word's length"
            );
            let mut i = 0;
            while i < word.len() {
                assert!(
                    word[i].is_ascii() && !word[i].is_ascii_uppercase(),
                    "a listed word's case"
                );
                i += 1;
            }
            // Each inner `k` may be a Kelvin sign, two bytes longer.
            let mut inner_ks = 0;
            let mut i = 1;
            while i + 1 < word.len() {
                inner_ks += (word[i] == b'k') as usize;
                i += 1;
            }
            let mut ks = 0;
            while ks <= inner_ks {
                let bit = shape(word.len() + 2 * ks, word[0], word[word.len() - 1]);
                sieve[bit / 64] |= 1 << (bit % 64);
                ks += 1;
            }
            let mut at = hash(word);
            while !slots[at].is_empty() && !same(slots[at], word) {
                at = (at + 1) % SLOTS;
            }
            slots[at] = word;
            w += 1;
        }
        Words { sieve, slots }
    }

    /// Whether the lowercase `word` is listed.
    pub fn contains(&self, word: &[u8]) -> bool {
        let mut at = hash(word);
        loop {
            match self.slots[at] {
                [] => return false,
                slot if slot == word => return true,
                _ => at = (at + 1) % SLOTS,
            }
        }
    }

    /// Whether a word whose first and last bytes are ASCII may be listed,
    /// in whatever case: sieved before it is lowercased.
    #[inline(always)]
    fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let bit = shape(len, first, last);
        len <= SIEVE_LEN && self.sieve[bit / 64] & (1 << (bit % 64)) != 0
    }

    #[cfg(test)]
    pub fn iter(&self) -> impl Iterator<Item = &&'static [u8]> {
        self.slots.iter().filter(|s| !s.is_empty())
    }
}

macro_rules! word_set {
    ($($word:literal),* $(,)?) => {
        $crate::briefing::quotes::words::Words::new(&[$($word),*])
    };
}
pub(super) use word_set;

/// Whether `word`, in lowercase, is in `set`.
#[inline(always)]
pub(super) fn listed(set: &WordSet, word: &str) -> bool {
    // Most words are unlisted and begin and end in ASCII: turned away here,
    // inline, before anything is lowercased.
    match word.as_bytes() {
        [] => false,
        &[first, .., last] | &[first @ last]
            if first.is_ascii() && last.is_ascii() && !set.may_hold(word.len(), first, last) =>
        {
            false
        }
        _ => listed_lowercased(set, word),
    }
}

#[inline(never)]
fn listed_lowercased(set: &WordSet, word: &str) -> bool {
    let mut buf = [0; LISTED_MAX];
    lower_bytes(word, &mut buf).is_some_and(|w| set.contains(w))
}

pub(super) fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `Trump’s` -> `Trump`.
pub(super) fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word)
}

pub(super) fn is_possessive(word: &str) -> bool {
    strip_possessive(word).len() != word.len()
}

/// Verbs that report speech (or a speech act such as accusing or praising).
/// Forms are listed, not derived, because bare forms like `state`, `note`,
/// `calls` or `remarks` are mostly nouns in news copy.
#[rustfmt::skip]
static SPEECH_VERBS: WordSet = word_set! {
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "added", "adds",
    "adding", "stated", "stating", "stressed", "stresses", "stressing", "noted", "noting",
    "explained", "explains", "explaining", "warned", "warns", "insisted", "insists",
    "insisting", "argued", "argues", "arguing", "claimed", "claiming", "declared", "announced",
    "remarked", "replied", "replies", "responded", "answered", "asked", "asks", "wrote",
    "writes", "posted", "tweeted", "accused", "accuses", "accusing", "urged", "urges", "urging",
    "acknowledged", "admitted", "conceded", "recalled", "predicted", "promised", "vowed",
    "pledged", "described", "describes", "describing", "confirmed", "confirms", "complained",
    "joked", "quipped", "boasted", "emphasized", "emphasised", "emphasizing", "emphasising",
    "observed", "praised", "praises", "praising", "criticized", "criticised", "threatened",
    "expressed", "express", "expresses", "expressing", "reiterated", "called", "calling",
    "suggested", "indicated", "cautioned", "countered", "affirmed", "according", "dubbed",
    "branded", "labelled", "labeled", "hailed",
    // Manner of speaking (`exclaimed`, `he rants`), other tenses and
    // participles of the verbs above, and posts (`tweets`).
    "exclaimed", "exclaims", "shouted", "shouts", "yelled", "screamed", "rants", "ranted",
    "sighed", "pleaded", "begged", "demanded", "retorted", "snapped", "muttered",
    "whispered", "lamented", "maintained", "maintains", "contended", "contends", "asserted",
    "asserts", "testified", "recalls", "recalling", "quips", "jokes", "joking", "tweets",
    "tweeting", "posting", "asking", "admits", "admitting", "warning", "insisting",
    "conceding", "acknowledging", "vowing", "promising", "pleading",
    // `dismisses the proposal as "unacceptable"`, `"...," reported Ana Ruiz`.
    "dismissed", "dismisses", "reported",
    // `Stone clarified, "..."`, `"...," mentioned the statement by X`.
    "mentioned", "mentions", "clarified", "clarifies", "outlined", "elaborated",
    // Manner of speaking: verbs that rarely take an object, so a title or
    // a term in their sentence is seldom what they report (`"...," she
    // sobbed`).
    "sobbed", "wept", "gasped", "groaned", "moaned", "murmured", "mumbled", "stammered",
    "grumbled", "hissed", "growled", "roared", "bellowed", "barked", "wailed", "chuckled",
    "mused", "gushed", "enthused", "scoffed", "sneered", "commented",
    // Speech acts addressed to someone: `assured fans that he is "fine"`,
    // `thanked them for "..."`.
    "assured", "reassured", "thanked", "thanking", "congratulated", "apologised",
    "apologized", "reminded",
    // Speech acts that judge or disclose: `blamed the result on a
    // "community school"`, `alleged that it was "a cover-up"`.
    "alleged", "alleges", "revealed", "reveals", "highlighted", "highlights", "underlined",
    "underscored", "slammed", "slams", "blasted", "condemned", "condemns", "denounced",
    "rebuked", "blamed", "blames", "welcomed", "welcomes", "applauded", "lauded",
    "ventured", "hinted", "characterised", "characterized",
    "termed", "recounted", "opined",
    // Questions put: `"Where is the evidence?" he questioned`.
    "questioned", "quizzed", "queried", "wondered",
};

/// Whether token `k` is a speech verb used as a verb: after an article or
/// a possessive it is a noun or an adjective (`the accused was`, `the
/// alleged victim`, `his claims`), and reports no one's speech.
pub(super) fn speech_verb_at(toks: &[Tok], k: usize) -> bool {
    if !toks[k].word().is_some_and(is_speech_verb) {
        return false;
    }
    let mut buf = [0; LISTED_MAX];
    let after_determiner = k > 0
        && toks[k - 1]
            .word()
            .and_then(|w| lower(w, &mut buf))
            .is_some_and(is_determiner);
    !after_determiner
}

pub(super) fn is_speech_verb(word: &str) -> bool {
    // A capitalised form is a verb only at a sentence's start ("According
    // to ..."); the caller does not know, so accept both.
    listed(&SPEECH_VERBS, word) || participle_of_listed(word)
}

/// `remarking`, `observing`, `suggesting`: the participle of a listed past
/// form (`remarked`, `observed`) reports speech as that form does, so the
/// list need not hold every participle.
fn participle_of_listed(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ing") else {
        return false;
    };
    if stem.len() < 3 || stem.len() + 2 > LISTED_MAX || !stem.is_ascii() {
        return false;
    }
    let mut buf = [0; LISTED_MAX];
    buf[..stem.len()].copy_from_slice(stem.as_bytes());
    buf[stem.len()..stem.len() + 2].copy_from_slice(b"ed");
    std::str::from_utf8(&buf[..stem.len() + 2]).is_ok_and(|past| listed(&SPEECH_VERBS, past))
}

/// Verbs that can come before their speaker: `"...," said Han Shen Lin`,
/// `"...," tweeted the ministry`. `told`, `urged` and `warned` are left out:
/// after them comes the listener (`told Xi`).
#[rustfmt::skip]
static INVERTING: WordSet = word_set! {
    "said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "explained",
    "explains", "noted", "according", "tweeted", "tweets", "posted", "exclaimed",
    "exclaims", "shouted", "yelled", "screamed", "recalled", "recalls", "insisted",
    "declared", "replied", "quipped", "joked", "sighed", "remarked", "observed", "argued",
    "admitted", "conceded", "countered", "pleaded", "retorted", "lamented", "reported",
    "mentioned", "clarified", "sobbed", "wept", "gasped", "groaned", "moaned", "murmured",
    "mumbled", "stammered", "grumbled", "hissed", "growled", "roared", "bellowed", "barked",
    "wailed", "chuckled", "mused", "gushed", "enthused", "scoffed", "sneered", "commented",
    // A reply inverts as `replied` does (`"...," answered Cllr Ana Ruiz`):
    // what follows a reply verb right after a quote is who replied.
    "answered", "responded", "replies",
    // A question inverts as `asked` does: `"...?" queried Ana Ruiz`.
    "questioned", "quizzed", "queried", "wondered",
};

pub(super) fn inverts(word: &str) -> bool {
    listed(&INVERTING, word)
}

#[rustfmt::skip]
static FILLER: WordSet = word_set! {
    "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did",
    "does", "also", "then", "later", "recently", "previously", "once", "again", "further",
    "repeatedly", "publicly", "privately", "reportedly", "earlier", "already", "just",
    "quickly", "firmly", "flatly", "simply", "never", "on", "last", "this", "next", "today",
    "yesterday", "tonight",
    // `said Thursday morning`, `the EC Thursday morning said`.
    "morning", "afternoon", "evening", "night",
};

/// Words that may sit between a subject and its verb: `Trump also said`,
/// `Trump on Thursday said`, `she has repeatedly argued`.
pub(super) fn is_filler(word: &str) -> bool {
    listed(&FILLER, word) || is_date_word(word)
}

#[rustfmt::skip]
static DATES: WordSet = word_set! {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
    "sept.", "oct.", "nov.", "dec.", "today", "yesterday",
};

pub(super) fn is_date_word(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_digit() || c == ',') || listed(&DATES, word)
}

#[rustfmt::skip]
static TITLES: WordSet = word_set! {
    "president", "minister", "secretary", "representative", "premier", "chancellor",
    "director", "governor", "senator", "congressman", "congresswoman", "mayor",
    "ambassador", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
    "ceo", "advisor", "adviser", "negotiator", "envoy", "official", "officer", "chief",
    "general", "judge", "king", "queen", "prince", "princess", "pope", "coach", "captain",
    "manager", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.", "sen.", "rep.", "gov.",
    "gen.", "lt.", "col.", "sgt.", "capt.", "economist", "analyst", "researcher",
    "scientist", "founder", "leader", "commissioner", "tycoon", "mogul", "striker",
    "goalkeeper", "midfielder", "defender", "player", "astronomer", "biologist",
    "physicist", "chemist", "author", "lawmaker", "diplomat", "head",
    "editor", "correspondent", "reporter", "host", "secretary-general", "engineer",
    "lawyer", "attorney", "doctor", "physician", "astronaut", "pilot", "historian",
    "expert", "strategist", "consultant", "investor", "executive", "boss", "chair", "owner",
    "quarterback", "novelist", "activist", "campaigner", "prosecutor", "lecturer",
    "curator", "vice", "deputy", "sheriff", "detective", "inspector",
    // British style drops the stop: `Dr Reti`, `Lt Hawley`, `Whangarei MP`,
    // `Prof Ana Ruiz`.
    "dr", "mr", "mrs", "ms", "lt", "sgt", "mp", "mep", "miss", "prof",
    // A head of government's short title (`PM Ana Ruiz`, `PM Ruiz`) and
    // an Irish council's chair's (`Cathaoirleach Ana Ruiz`): without them
    // the title reads as a given name and the speaker is no known person.
    "pm", "cathaoirleach",
    // A councillor's abbreviated title: `Cllr Ana Ruiz`, `Cllr. Berg`.
    "cllr", "cllr.",
    // Honorifics (Malaysia): `Datuk Seri Mustapa Mohamed`, `Tan Sri Ana
    // Binti Ruiz`; South Asia's `Shri`. `Sri` and `Shri` open a name only
    // before two words or more (`Sri Lanka` is a country): see
    // `is_full_name_honorific`.
    "datuk", "dato", "datin", "seri", "tun", "sri", "shri",
    // West Africa's and the Muslim world's honorifics for one who made the
    // pilgrimage: `Alhaji Ana Kanu`, `Hajia Lena Park`.
    "alhaji", "alhaja", "hajia", "hajiya", "haji",
    // A member's title, after the body it names (`Standing Committee
    // Member Ana Ruiz`, `Board Member Tomas Berg`).
    "member",
    // Local offices: `San Antonio Councilman Roberto Treviño`.
    "councilman", "councilwoman", "councillor", "councilor", "alderman", "alderwoman",
    "assemblyman", "assemblywoman", "legislator", "magistrate", "coroner", "superintendent",
    // Courts and schools: `CJ Koome`, `Justice Maraga`, `senior counsel
    // Ahmednassir Abdullahi`, `junior William Rekemeyer`.
    "cj", "dcj", "justice", "counsel", "junior", "senior", "sophomore", "freshman",
    // Positions in a team: `Fly-half Biggar`, `skipper Kohli`.
    "fly-half", "scrum-half", "full-back", "fullback", "hooker", "winger", "flanker",
    "batsman", "bowler", "skipper", "spinner", "wicketkeeper", "keeper", "forward",
    "pitcher", "shortstop",
    // Police and military ranks, the whole class at once (`Detective Senior
    // Sergeant Ana Ruiz`, `Brigadier Tomas Berg`, `Supt Lena Park`); the
    // vowelless abbreviations (`Cpl`, `Cdr`) are titles by their shape,
    // see `is_abbreviated_title`. `Private` is left out: it is mostly an
    // adjective (`Private Healthcare Australia`).
    "sergeant", "constable", "corporal", "lieutenant", "colonel", "major", "brigadier",
    "admiral", "commander", "commodore", "marshal", "trooper", "supt", "supt.", "insp",
    "insp.", "det", "det.", "const", "const.", "maj", "maj.", "brig", "brig.", "adm", "adm.",
    "capt", "cmdr.", "cdr.", "lieut", "lieut.",
    // British and Commonwealth police ranks, abbreviated: `DC Ana Ruiz`,
    // `DCI Ana Ruiz`, `PC Tomas Berg`.
    "dc", "ds", "dci", "dcs", "pc",
    // And South Asian, African and Pacific ones: `SP Wasiu Abiodun`, `ACP
    // Tudravu`, `DSP Ana Ruiz`; `Gen` and `Col` without their stops.
    "sp", "asp", "dsp", "acp", "dcp", "aig", "dig", "igp", "gen", "col",
    // Legislators' abbreviated offices, the whole class: `the MLA said`,
    // `Sinn Féin TD Ana Ruiz`, `Ontario MPP Tomas Berg`.
    "mla", "msp", "mpp", "mha", "mna", "td", "mlc", "mhk",
    // `Livestock Agent Rob Ould`, `FBI Special Agent Ana Ruiz`.
    "agent",
    // The press's jobs, the whole class (`editor`, `correspondent`,
    // `reporter` and `host` are above): `Gazette Columnist Ana Ruiz`. Those
    // that are also a firm's (`public broadcaster NHK`, `oil producer`,
    // `publisher Penguin`) are left out: they would make a body a person.
    "columnist", "commentator", "presenter", "journalist", "photographer", "writer",
    "anchor", "blogger", "critic", "cartoonist",
    // What a person is, before the name: `Calistoga resident Dennis Ray`.
    "firefighter", "resident", "nurse", "teacher", "farmer",
};

/// The world's countries, one word each, and the people's adjectives that
/// `is_demonym` leaves out because they are names or words too (`English`,
/// `Irish`, `Polish`). Two-word names (`New Zealand`) are left out: their
/// first word alone is no country. Countries that are also common given
/// names (`Jordan`, `Chad`, `Georgia`, `Israel`, `India`) are left out as
/// well, since a name may open with them.
#[rustfmt::skip]
static COUNTRIES: WordSet = word_set! {
    "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium",
    "belize", "benin", "bhutan", "bolivia", "bosnia", "botswana", "brazil", "britain", "brunei",
    "bulgaria", "burundi", "cambodia", "cameroon", "canada", "chile", "china", "colombia",
    "comoros", "congo", "croatia", "cuba", "cuban", "cyprus", "czechia", "denmark", "djibouti",
    "dominica", "ecuador", "egypt", "england", "english", "eritrea", "estonia", "eswatini",
    "ethiopia", "fiji", "finland", "france", "french", "gabon", "gambia", "germany", "german",
    "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras", "hungary",
    "iceland", "indonesia", "iran", "iraq", "ireland", "irish", "italy", "jamaica", "japan",
    "kazakhstan", "kenya", "kiribati", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia",
    "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "dutch",
    "madagascar", "malawi", "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius",
    "mexico", "micronesia", "moldova", "monaco", "mongolia", "montenegro", "morocco", "mozambique",
    "myanmar", "namibia", "nauru", "nepal", "netherlands", "nicaragua", "niger", "nigeria",
    "norway", "oman", "pakistan", "palau", "palestine", "panama", "paraguay", "peru", "philippines",
    "poland", "polish", "portugal", "qatar", "romania", "russia", "rwanda", "samoa", "scotland",
    "scottish", "senegal", "serbia", "seychelles", "singapore", "slovakia", "slovenia", "somalia",
    "spain", "sudan", "suriname", "sweden", "switzerland", "swiss", "syria", "taiwan", "tajikistan",
    "tanzania", "thailand", "thai", "togo", "tonga", "tunisia", "turkey", "turkmenistan", "tuvalu",
    "uganda", "ukraine", "uruguay", "uzbekistan", "vanuatu", "venezuela", "vietnam", "wales",
    "welsh", "yemen", "zambia", "zimbabwe",
};

/// A country or its people's adjective (`Italy`, `Romanian`): before a full
/// name it says where the person is from and is no part of the name.
pub(super) fn is_country(word: &str) -> bool {
    listed(&COUNTRIES, word) || is_demonym(word)
}

/// A people's adjective (`Israeli`, `Romanian`), which opens no one's
/// name. Those that are also names or surnames (`English`, `French`,
/// `German`, `Irish`, `Welsh`) are left out.
pub(super) fn is_demonym(word: &str) -> bool {
    #[rustfmt::skip]
    static DEMONYMS: WordSet = word_set! {
        "afghan", "albanian", "algerian", "angolan", "argentine", "argentinian", "armenian",
        "australian", "austrian", "azerbaijani", "bahraini", "bangladeshi", "belarusian", "belgian",
        "bolivian", "bosnian", "brazilian", "british", "bulgarian", "cambodian", "cameroonian",
        "canadian", "chilean", "chinese", "colombian", "congolese", "croatian", "cypriot", "czech",
        "danish", "ecuadorian", "egyptian", "eritrean", "estonian", "ethiopian", "fijian", "finnish",
        "ghanaian", "greek", "guatemalan", "haitian", "honduran", "hungarian", "icelandic", "indian",
        "indonesian", "iranian", "iraqi", "israeli", "italian", "jamaican", "japanese", "jordanian",
        "kazakh", "kenyan", "kuwaiti", "latvian", "lebanese", "liberian", "libyan", "lithuanian",
        "malawian", "malaysian", "malian", "maltese", "mexican", "moldovan", "mongolian", "moroccan",
        "namibian", "nepalese", "nigerian", "norwegian", "omani", "pakistani", "palestinian",
        "panamanian", "peruvian", "filipino", "portuguese", "qatari", "romanian", "russian", "rwandan",
        "samoan", "senegalese", "serbian", "singaporean", "slovak", "slovenian", "somali", "spanish",
        "sudanese", "swedish", "syrian", "taiwanese", "tanzanian", "tongan", "tunisian", "turkish",
        "ugandan", "ukrainian", "uruguayan", "uzbek", "venezuelan", "vietnamese", "yemeni", "zambian",
        "zimbabwean",
    };
    listed(&DEMONYMS, word)
}

/// Honorifics: titles that stand only before a person's surname (`Mr How`).
pub(super) fn is_honorific(word: &str) -> bool {
    #[rustfmt::skip]
    static HONORIFICS: WordSet = word_set! {
        "mr", "mrs", "ms", "miss", "mr.", "mrs.", "ms.", "dr", "dr.",
    };
    listed(&HONORIFICS, word)
}

/// Honorifics that stand before a full name only (`Tan Sri Pandikar Amin
/// Mulia`): before one word they are the first word of a name (`Sri
/// Lanka`).
pub(super) fn is_full_name_honorific(word: &str) -> bool {
    word.eq_ignore_ascii_case("sri") || word.eq_ignore_ascii_case("shri")
}

/// Words that stand before a name and are not part of it. Checked on each
/// hyphen-separated part, so `Vice-Premier` counts.
pub(super) fn is_title(word: &str) -> bool {
    let word = strip_possessive(word);
    // Lowercasing leaves the hyphens alone, so splitting first is the same.
    // An age (`Nineteen-year-old Ana Ruiz`) stands before a name as a
    // title does; a position may be hyphenated whole (`Fly-half Biggar`).
    // A byte test first: a search for either hyphen as a `char` costs more
    // than the whole lookup, and most words have none.
    let may_join = word.bytes().any(|b| b == b'-' || b == "‐".as_bytes()[0]);
    listed(&TITLES, word)
        || (may_join && word.split(['-', '‐']).any(|p| listed(&TITLES, p)))
        || (word.len() >= 9 && word.as_bytes()[word.len() - 9..].eq_ignore_ascii_case(b"-year-old"))
        || is_abbreviated_title(word)
}

/// A capitalised word with no vowel (`Cr`, `Cllrs`, `Sgt`, `Cpl`, `Cmdr`,
/// `Msgr`) is an abbreviation, and an abbreviation before a name is a
/// title: no given name is written without a vowel. This covers the
/// abbreviations of every Commonwealth council, police force and army,
/// and their plurals (`Cllrs Ana Ruiz and Tomas Berg`), without a list
/// that would always have gaps. The few vowelless abbreviations that are
/// no title are left out: places' (`St Helens`, `Mt Isa`, `Ft Worth`,
/// `Rd`), companies' (`Ltd`, `Pty`, `Plc`, `Bhd`, `Sdn`), the post-nominal
/// `Jr`/`Sr`, and the surname `Ng`.
fn is_abbreviated_title(word: &str) -> bool {
    #[rustfmt::skip]
    static NOT_TITLES: WordSet = word_set! {
        "st", "mt", "ft", "rd", "ltd", "pty", "plc", "bhd", "sdn", "jr", "sr", "ng",
    };
    let b = word.strip_suffix('.').unwrap_or(word).as_bytes();
    (2..=5).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(u8::is_ascii_lowercase)
        && !b.iter().any(|c| b"aeiouyAEIOUY".contains(c))
        && !listed(&NOT_TITLES, word.strip_suffix('.').unwrap_or(word))
}

#[rustfmt::skip]
static STOP: WordSet = word_set! {
    "the", "a", "an", "this", "that", "these", "those", "but", "and", "or", "however",
    "meanwhile", "yet", "so", "also", "in", "on", "at", "then", "while", "when", "after",
    "before", "although", "though", "if", "as", "since", "during", "following",
    "furthermore", "moreover", "still", "nevertheless", "consequently", "therefore",
    "despite", "it", "its", "their", "his", "her", "our", "my", "your", "both", "each",
    "every", "many", "some", "several", "other", "another", "here", "there", "what", "who",
    "why", "how", "where", "for", "from", "with", "by", "of", "to", "we", "they", "i",
    "you", "not", "no", "all", "most", "more", "such",
};

/// Capitalised words that start sentences or clauses without being names.
/// Letters after a name that are no part of it: `Ana Ruiz QC`, `Tomas Berg
/// MBE`, `Lena Park Jr.`, a judge's `Cavanagh J`.
pub(super) fn is_post_nominal(word: &str) -> bool {
    #[rustfmt::skip]
    static POST: WordSet = word_set! {
        "qc", "kc", "mbe", "obe", "cbe", "kbe", "dbe", "phd", "jr", "jr.", "sr", "sr.", "esq",
        "esq.",
        // A judge's rank after the surname (English and Commonwealth law
        // reports): `Cavanagh J`, `Smith LJ`, `Koome CJ`, `Ruiz JA`.
        "j", "lj", "cj", "ja",
    };
    listed(&POST, strip_possessive(word))
}

pub(super) fn is_stop(word: &str) -> bool {
    listed(&STOP, word)
}

/// A name with an organisation's or a place's word in it (`White House`,
/// `Commerce Ministry`), or a digit (a product's or a model's: `Galaxy S8`,
/// `Boeing 737`): not a person's.
pub(super) fn is_org_name(name: &str) -> bool {
    name.split(' ').any(is_org_word)
        || name.bytes().any(|b| b.is_ascii_digit())
        || name.rsplit(' ').next().is_some_and(is_country_noun)
}

/// A country's own name (`Zambia`, `UK`), which ends the names of places
/// and bodies (`Western Australia`, `Universities UK`) and no person's.
/// The countries that are also surnames (`Jimmy Wales`, `Kathy Ireland`)
/// and the people's adjectives (`Dawn French`) are left out.
fn is_country_noun(word: &str) -> bool {
    #[rustfmt::skip]
    static NOT_ALONE: WordSet = word_set! {
        "england", "ireland", "wales", "scotland", "france", "english", "french", "german",
        "irish", "welsh", "dutch", "polish", "scottish", "swiss", "thai", "cuban",
    };
    #[rustfmt::skip]
    static SHORT: WordSet = word_set! { "uk", "us", "usa", "uae", "u.k.", "u.s." };
    let word = strip_possessive(word);
    (listed(&COUNTRIES, word) && !listed(&NOT_ALONE, word))
        || (all_caps(word) && listed(&SHORT, word))
}

/// Where a verb's subject may end: before `v`, back over filler words
/// (`also`, `then`), but not before `lo`.
pub(super) fn skip_fillers_back(toks: &[Tok], lo: usize, v: usize) -> usize {
    let mut j = v;
    while j > lo && toks[j - 1].word().is_some_and(is_filler) {
        j -= 1;
    }
    j
}

#[rustfmt::skip]
static ORG: WordSet = word_set! {
    "house", "ministry", "department", "group", "embassy", "council", "committee", "office",
    "party", "administration", "agency", "bureau", "commission", "government", "university",
    "institute", "association", "company", "corporation", "inc.", "corp.", "bank", "fund",
    "club", "league", "federation", "union", "summit", "cooperation", "forum", "court",
    "congress", "senate", "parliament", "times", "news", "post", "journal", "force", "base",
    "republic", "states", "kingdom", "nations", "organization", "organisation", "center",
    "centre", "foundation", "society", "team", "fc", "airlines", "systems", "ltd",
    "ministries", "police", "army", "navy",
    // Places, storms and clubs named like people (`Hurricane Florence`,
    // `Manchester United`), whose last word also stands alone.
    "hurricane", "typhoon", "cyclone", "storm", "united", "city", "county", "rovers",
    "athletic", "albion", "island", "islands", "province", "airport", "stadium",
    // Bodies whose names carry no other such word: `Harbour Lights Trust`.
    "trust", "authority", "airways", "airline", "airlines", "holdings", "partners",
    "network", "service", "services", "technologies", "motors", "energy", "pharmaceuticals", "labs",
    "studios", "church", "school", "college", "hospital", "museum", "library", "station",
    "railway", "railways", "tribunal", "brigade", "regiment", "corps", "institution",
};

/// Words that make a capitalised run an organisation or a place, not a person.
fn is_org_word(word: &str) -> bool {
    listed(&ORG, strip_possessive(word)) || is_acronym_plural(word)
}

/// `MPs`, `CEOs`, `NGOs'`: an acronym made plural names a group of people,
/// never one person, so it is no one's name and no `he` or `she`.
fn is_acronym_plural(word: &str) -> bool {
    let word = word.trim_end_matches(['\'', '’']);
    let Some(stem) = word.strip_suffix('s') else {
        return false;
    };
    all_caps(stem)
}

/// `CFO`, `VP`, `RIM`: two letters or more, every one a capital.
pub(super) fn all_caps(w: &str) -> bool {
    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Lowercase words that may join parts of a name: `Ursula von der Leyen`.
pub(super) fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "von"
            | "van"
            | "der"
            | "de"
            | "da"
            | "del"
            | "della"
            | "di"
            | "du"
            | "dos"
            | "bin"
            | "al"
            | "le"
            | "la"
            | "ter"
    )
}

pub(super) fn is_pronoun(word: &str) -> bool {
    matches!(word, "he" | "He" | "she" | "She")
}

/// Links words that can stand between a verb and the clause's real
/// subject: `Trump ... and accused`, `Lin, who said`.
pub(super) fn is_linking(word: &str) -> bool {
    let mut buf = [0; LISTED_MAX];
    matches!(
        lower(word, &mut buf).unwrap_or(""),
        "and" | "but" | "or" | "who" | "which" | "that" | "to" | "by" | "then" | "while" | "as"
    )
}

/// A conjunction or linking adverb that may open a sentence before its
/// subject: `But a spokesperson said`, `Meanwhile, Ruiz told`.
pub(super) fn is_opening_conjunction(word: &str) -> bool {
    let mut buf = [0; LISTED_MAX];
    matches!(
        lower(word, &mut buf).unwrap_or(""),
        "but" | "and" | "so" | "yet" | "still" | "also" | "meanwhile" | "however"
    )
}

/// Words that open a sentence with an adverbial clause, so that its subject
/// comes after the first comma: `On Sunday, McMaster announced`,
/// `Denying rumours ..., Prime Minister Ranil Wickremesinghe said`.
pub(super) fn opens_adverbial(word: &str) -> bool {
    // Outside ASCII only the Kelvin sign lowercases into ASCII (see
    // `lower`), so comparing the last bytes is the same as lowercasing.
    let b = word.as_bytes();
    let mut buf = [0; LISTED_MAX];
    (b.len() >= 3 && b[b.len() - 3..].eq_ignore_ascii_case(b"ing"))
        || matches!(
            lower(word, &mut buf).unwrap_or(""),
            "in" | "on"
                | "at"
                | "after"
                | "before"
                | "during"
                | "when"
                | "while"
                | "as"
                | "since"
                | "although"
                | "though"
                | "if"
                | "despite"
                | "with"
                | "without"
                | "for"
                | "from"
                | "by"
                | "asked"
                | "a"
                | "an"
                | "earlier"
                | "later"
                | "last"
                | "this"
                | "once"
        )
}

/// A word that opens a noun phrase and names nothing itself.
pub(super) fn is_determiner(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0..text.len(), &[])
            .into_iter()
            .filter_map(|t| t.word())
            .collect()
    }

    #[test]
    fn abbreviations_and_initials_keep_their_stop() {
        assert_eq!(
            words("U.S. President met Mr. Lee on Oct. 3, J. Smith's pick."),
            [
                "U.S.",
                "President",
                "met",
                "Mr.",
                "Lee",
                "on",
                "Oct.",
                "3",
                "J.",
                "Smith's",
                "pick"
            ]
        );
    }

    #[test]
    fn apostrophes_and_hyphens_stay_inside_words() {
        assert_eq!(
            words("Trump’s tit-for-tat, we’re told."),
            ["Trump’s", "tit-for-tat", "we’re", "told"]
        );
    }

    #[test]
    fn quotes_become_one_token() {
        let text = "He said “a. b. c.” Then left.";
        let open = text.find('“').unwrap();
        let end = text.find('”').unwrap() + '”'.len_utf8();
        let toks = tokenize(text, 0..text.len(), &[(open, end, 7)]);
        assert!(toks.contains(&Tok::Quote { index: 7, at: open }));
        let s = sentences(&toks, &|_| "a. b. c.".to_string());
        assert_eq!(
            s.len(),
            2,
            "the quote's stop and a capital end the first sentence"
        );
    }

    #[test]
    fn abbreviation_before_a_name_does_not_end_a_sentence() {
        let text = "He met U.S. Trade Representative Jamieson Greer. Then he left.";
        let toks = tokenize(text, 0..text.len(), &[]);
        assert_eq!(sentences(&toks, &|_| String::new()).len(), 2);
    }

    /// What the lists were checked with before they became sets: a
    /// lowercase `String` of the word, compared entry by entry.
    fn listed_by_allocating(set: &WordSet, word: &str) -> bool {
        set.iter().any(|e| *e == word.to_lowercase().as_bytes())
    }

    #[test]
    fn only_the_kelvin_sign_lowercases_into_ascii() {
        // What `lower` rests on: any other character outside ASCII keeps a
        // word out of every (ASCII) list.
        let into_ascii: Vec<char> = (0x80..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| c.to_lowercase().all(|l| l.is_ascii()))
            .collect();
        assert_eq!(into_ascii, ['\u{212A}']);
    }

    #[test]
    fn set_lookups_agree_with_lowercase_strings() {
        let sets = [
            &SPEECH_VERBS,
            &INVERTING,
            &FILLER,
            &DATES,
            &TITLES,
            &STOP,
            &ORG,
            &COUNTRIES,
        ];
        let mut words: Vec<String> = [
            "SAID",
            "Said",
            "said",
            "\u{212A}ing",
            "\u{212A}ING",
            "as\u{212A}ed",
            "AS\u{212A}ED",
            "İt",
            "Trump’s",
            "Oct.",
            "MONDAY",
            "secretary-general",
            "Secretary-General",
            "SECRETARY-GENERALS",
            "ﬁrm",
            "The",
            "THE",
            "thé",
            "",
        ]
        .map(String::from)
        .to_vec();
        for set in sets {
            for entry in set.iter() {
                let entry = std::str::from_utf8(entry).unwrap();
                assert!(
                    entry.len() <= LISTED_MAX,
                    "{entry} is longer than LISTED_MAX"
                );
                words.push(entry.to_string());
                words.push(entry.to_uppercase());
                words.push(format!("{entry}x"));
                // Kelvin signs inside make a word longer in bytes than
                // the listed word it lowercases to.
                if entry.len() > 2 && entry[1..entry.len() - 1].contains('k') {
                    let (first, rest) = entry.split_at(1);
                    let (inner, last) = rest.split_at(rest.len() - 1);
                    words.push(format!("{first}{}{last}", inner.replace('k', "\u{212A}")));
                }
            }
        }
        for word in include_str!("../../../data/sources/elusive-deal.txt").split_whitespace() {
            words.push(word.to_string());
        }
        for set in sets {
            for w in &words {
                assert_eq!(listed(set, w), listed_by_allocating(set, w), "{w:?}");
            }
        }
    }

    #[test]
    fn every_inverting_verb_is_a_speech_verb() {
        for verb in INVERTING.iter() {
            let verb = std::str::from_utf8(verb).unwrap();
            assert!(is_speech_verb(verb), "{verb}");
        }
        assert!(inverts("Tweeted") && inverts("exclaimed") && !inverts("told"));
    }

    #[test]
    fn titles_are_recognised_in_any_case_and_hyphenated() {
        assert!(is_title("Vice-Premier"));
        assert!(is_title("secretary"));
        assert!(!is_title("Greer"));
    }
}
