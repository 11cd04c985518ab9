//! The people a corpus names, and the short forms that stand for them.
//!
//! Indexed by every first-words and last-words form of each name, so asking
//! about a name costs the same however many articles the briefing holds.

use std::collections::BTreeSet;

use foldhash::{HashMap, HashSet};

use super::words::{is_org_name, is_particle};

#[derive(Debug, Clone, Default)]
pub(super) struct People {
    /// Full name -> the sources it was seen in.
    seen: HashMap<String, BTreeSet<usize>>,
    /// A name's first or last words (the whole name too) -> the full names
    /// they can stand for.
    forms: HashMap<String, BTreeSet<String>>,
    /// `(source, form)` -> the name that form stands for in the source: an
    /// acronym it defined (`RIM`), or a name with a sentence's capitalised
    /// common noun before it (`Bassist Bill Gould`).
    acronyms: HashMap<(usize, String), String>,
    /// `(source, surname)`: two people the source names share the surname
    /// (`Ana and Tomas Ruiz`), so it alone is neither's fuller name.
    shared: HashSet<(usize, String)>,
}

impl People {
    pub fn add(&mut self, name: &str, source: usize) {
        let sources = self.seen.entry(name.to_string()).or_default();
        let new = sources.is_empty();
        sources.insert(source);
        if new {
            let words: Vec<&str> = name.split(' ').collect();
            for k in 1..=words.len() {
                for form in [&words[..k], &words[words.len() - k..]] {
                    self.forms
                        .entry(form.join(" "))
                        .or_default()
                        .insert(name.to_string());
                }
                // `Van Vollenhoven said`: a sentence capitalises the particle
                // that opens a surname (`Pieter van Vollenhoven`).
                let last = &words[words.len() - k..];
                if k < words.len() && is_particle(last[0]) {
                    let mut cap = last[0].to_string();
                    cap[..1].make_ascii_uppercase();
                    let form = std::iter::once(cap.as_str())
                        .chain(last[1..].iter().copied())
                        .collect::<Vec<_>>()
                        .join(" ");
                    self.forms.entry(form).or_default().insert(name.to_string());
                }
            }
        }
    }

    /// `Research In Motion (RIM)`: in `source`, `acronym` (or any other
    /// form) stands for `name`. The first definition holds.
    pub fn define(&mut self, source: usize, acronym: String, name: String) {
        self.acronyms.entry((source, acronym)).or_insert(name);
    }

    /// In `source`, `surname` is shared by two people named as a pair.
    pub fn share(&mut self, source: usize, surname: String) {
        self.shared.insert((source, surname));
    }

    /// Whether `name` is a known person's name, or its first or last words.
    pub fn knows(&self, name: &str) -> bool {
        self.forms.contains_key(name)
    }

    /// The fullest form of a name (`Trump` -> `Donald Trump`, `Han` -> `Han
    /// Shen Lin`). When two different people fit equally (`Wang` in a corpus
    /// with `Wang Wentao` and `Dan Wang`), the one named in the same source
    /// wins; if that does not settle it, the name stays as written rather
    /// than becoming someone else's.
    pub fn fullest(&self, name: &str, source: usize) -> String {
        // An acronym the source defined is the body's name in full: `RIM
        // said` is Research In Motion's statement.
        if let Some(full) = self.acronyms.get(&(source, name.to_string())) {
            return full.clone();
        }
        // `Mr Ruiz said`, after `Ana and Tomas Ruiz`: either of them; the
        // name stays as the source wrote it rather than become the wrong one.
        if !self.shared.is_empty() && self.shared.contains(&(source, name.to_string())) {
            return name.to_string();
        }
        let words = |n: &str| n.split(' ').count();
        let Some(candidates) = self.forms.get(name) else {
            return name.to_string();
        };
        // A body's name from another source is no fuller form of a word
        // this source uses: `National` here is not `National Hurricane
        // Center` there.
        let fitting: Vec<&String> = candidates
            .iter()
            .filter(|c| !is_org_name(c) || self.seen[c.as_str()].contains(&source))
            .collect();
        let longest = fitting.iter().map(|c| words(c)).max().unwrap_or(0);
        if longest <= words(name) {
            return name.to_string();
        }
        let best: Vec<&String> = fitting
            .into_iter()
            .filter(|c| words(c) == longest)
            .collect();
        if let [one] = best.as_slice() {
            return one.to_string();
        }
        let here: Vec<&&String> = best
            .iter()
            .filter(|c| self.seen[c.as_str()].contains(&source))
            .collect();
        match here.as_slice() {
            [one] => one.to_string(),
            _ => name.to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_or_last_words_stand_for_the_full_name() {
        let mut people = People::default();
        people.add("Han Shen Lin", 0);
        assert!(people.knows("Han") && people.knows("Shen Lin") && people.knows("Han Shen Lin"));
        assert!(!people.knows("Shen"));
        assert_eq!(people.fullest("Lin", 3), "Han Shen Lin");
        assert_eq!(people.fullest("Han Shen Lin", 3), "Han Shen Lin");
        assert_eq!(people.fullest("Nobody", 0), "Nobody");
    }

    #[test]
    fn a_surnames_particle_capitalised_at_a_sentences_start_is_the_same_name() {
        let mut people = People::default();
        people.add("Pieter van Vollenhoven", 0);
        assert!(people.knows("Van Vollenhoven"));
        assert_eq!(
            people.fullest("Van Vollenhoven", 0),
            "Pieter van Vollenhoven"
        );
        assert!(!people.knows("Van"));
    }

    #[test]
    fn a_bodys_name_from_another_source_is_no_fuller_form() {
        let mut people = People::default();
        people.add("National Hurricane Center", 0);
        assert_eq!(people.fullest("National", 1), "National");
        assert_eq!(people.fullest("National", 0), "National Hurricane Center");
    }

    #[test]
    fn ambiguous_short_name_prefers_the_same_source() {
        let mut people = People::default();
        people.add("Wang Wentao", 0);
        people.add("Dan Wang", 1);
        assert_eq!(people.fullest("Wang", 1), "Dan Wang");
        assert_eq!(people.fullest("Wang", 2), "Wang");
        people.add("Dan Wang", 0);
        assert_eq!(people.fullest("Wang", 0), "Wang");
    }
}
