//! Everyone quoted: how often, in how many sources, and how the text
//! introduces them (`Treasury Secretary Scott Bessent`, `Wang Wentao,
//! China's commerce minister,`). The role is the text's own words, taken
//! from the first place that gives one; nothing is inferred.

use super::model::{Briefing, Source};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    /// Indexes into `briefing.quotes`, in source order.
    pub quotes: Vec<usize>,
    pub sources: usize,
    /// Verbatim words that introduce the person, if the text has any.
    pub role: Option<String>,
}

/// Everyone with a quote, most quoted first, then by name.
pub fn people(b: &Briefing) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for (qi, q) in b.quotes.iter().enumerate() {
        let Some(name) = &q.speaker else { continue };
        match out.iter_mut().find(|p| &p.name == name) {
            Some(p) => p.quotes.push(qi),
            None => out.push(Person {
                name: name.clone(),
                quotes: vec![qi],
                sources: 0,
                role: None,
            }),
        }
    }
    for p in &mut out {
        let mut ids: Vec<&str> = p
            .quotes
            .iter()
            .map(|&q| b.quotes[q].source.as_str())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        p.sources = ids.len();
        p.role = b.sources.iter().find_map(|s| role_in(s, &p.name));
    }
    out.sort_by(|a, b| {
        b.quotes
            .len()
            .cmp(&a.quotes.len())
            .then(a.name.cmp(&b.name))
    });
    out
}

/// Words that start a title in front of a name, or an apposition after it.
const TITLE_WORDS: &[&str] = &[
    "President",
    "Secretary",
    "Minister",
    "Premier",
    "Representative",
    "Ambassador",
    "Chairman",
    "Chair",
    "Chancellor",
    "Governor",
    "Senator",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Advisor",
    "Adviser",
    "Director",
    "Leader",
    "Envoy",
    "CEO",
    "Mayor",
    "General",
];

/// How `source` introduces `name`: the capitalised words right before it
/// when they hold a title (`U.S. Treasury Secretary`), else an apposition
/// right after it (`, China's commerce minister,`).
pub fn role_in(source: &Source, name: &str) -> Option<String> {
    let text = &source.text;
    let mut from = 0;
    while let Some(at) = text[from..].find(name).map(|i| i + from) {
        from = at + name.len();
        if let Some(role) = title_before(&text[..at]) {
            return Some(role);
        }
        if let Some(role) = apposition_after(&text[at + name.len()..]) {
            return Some(role);
        }
    }
    None
}

fn title_before(before: &str) -> Option<String> {
    let line = before.rsplit('\n').next().unwrap_or("");
    if !line.ends_with(' ') {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    let capitalised = words
        .iter()
        .rev()
        .take_while(|w| {
            // An abbreviation (`U.S.`, `Dr.`) is part of a title; a word
            // that ends a sentence or a clause is not.
            let abbreviation = w.ends_with('.') && (w.len() <= 3 || w[..w.len() - 1].contains('.'));
            w.chars().next().is_some_and(char::is_uppercase)
                && (abbreviation || !w.ends_with([',', '.', ';', ':', '"', '”']))
        })
        .count()
        .min(5);
    let title = &words[words.len() - capitalised..];
    if title.iter().any(|w| TITLE_WORDS.contains(w)) {
        // Whatever led into the title ("The", "As") is not part of it.
        let start = title
            .iter()
            .position(|w| !matches!(*w, "The" | "As" | "And" | "But" | "When" | "Then"))
            .unwrap_or(0);
        Some(title[start..].join(" "))
    } else {
        None
    }
}

fn apposition_after(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    let end = rest.find([',', '.', ';', '\n'])?;
    let phrase = &rest[..end];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let titled = words.iter().any(|w| {
        TITLE_WORDS.iter().any(|t| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .eq_ignore_ascii_case(t)
        })
    });
    (titled && words.len() <= 8 && rest[end..].starts_with(',')).then(|| phrase.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load;

    fn source(text: &str) -> Source {
        Source::untitled("s", text)
    }

    #[test]
    fn a_title_before_the_name_is_the_role() {
        let s = source("Talks went on. U.S. Treasury Secretary Scott Bessent said so.");
        assert_eq!(
            role_in(&s, "Scott Bessent").as_deref(),
            Some("U.S. Treasury Secretary")
        );
        let s = source("The Chinese Vice Premier He Lifeng arrived.");
        assert_eq!(
            role_in(&s, "He Lifeng").as_deref(),
            Some("Chinese Vice Premier")
        );
    }

    #[test]
    fn an_apposition_after_the_name_is_the_role() {
        let s = source("Wang Wentao, China's commerce minister, said talks went well.");
        assert_eq!(
            role_in(&s, "Wang Wentao").as_deref(),
            Some("China's commerce minister")
        );
    }

    #[test]
    fn no_title_no_role() {
        let s = source("Yesterday Ana Ruiz, who lives here, said it. Then Ana Ruiz left.");
        assert_eq!(role_in(&s, "Ana Ruiz"), None);
    }

    #[test]
    fn people_count_their_quotes_and_sources() {
        let b = load::builtin().unwrap();
        let all = people(&b);
        let quoted: usize = all.iter().map(|p| p.quotes.len()).sum();
        assert_eq!(
            quoted,
            b.quotes.iter().filter(|q| q.speaker.is_some()).count()
        );
        assert!(
            all.windows(2)
                .all(|w| w[0].quotes.len() >= w[1].quotes.len())
        );
        for p in &all {
            assert!(
                p.quotes
                    .iter()
                    .all(|&q| b.quotes[q].speaker.as_deref() == Some(p.name.as_str()))
            );
            assert!(p.sources >= 1 && p.sources <= p.quotes.len());
        }
    }
}
