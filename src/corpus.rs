//! A synthetic briefing of any size, for measuring `brief` at scale
//! (`examples/gen_corpus.rs`, the benchmarks, the search tests).
//!
//! Every article is a recombination of the built-in sources: paragraphs of
//! their sentences in a random order, each with one quote woven in. A woven
//! quote joins one to three quotes the built-in extractor found for one
//! speaker and names that speaker, so every quoted word was said by the
//! person named, though not in that order. The first line of each article
//! says it is generated. The same seed gives the same corpus, byte for byte.

use crate::briefing::load;
use crate::briefing::text::sentences;

/// Quotes woven into each article, one per paragraph.
pub const QUOTES_PER_ARTICLE: usize = 10;

/// `(file name, text)` of `articles` generated articles, named
/// `gen-00000.txt` upwards so they sort in order.
pub fn generate(articles: usize, seed: u64) -> Vec<(String, String)> {
    let pool = Pool::from_builtin();
    let mut rng = SplitMix64(seed);
    (0..articles)
        .map(|n| (format!("gen-{n:05}.txt"), pool.article(n, seed, &mut rng)))
        .collect()
}

struct Pool {
    /// Sentences of the built-in articles with no quotation in them, so the
    /// only quotes in a generated article are the woven ones, and with a
    /// full stop, so no headline runs into the name after it.
    sentences: Vec<String>,
    /// Each speaker's quotes, as the extractor found them.
    speakers: Vec<(String, Vec<String>)>,
}

impl Pool {
    fn from_builtin() -> Pool {
        let b = load::builtin().expect("the built-in briefing loads");
        let mut pool = Vec::new();
        for s in &b.sources {
            for r in sentences(&s.text) {
                let sentence = &s.text[r];
                let quoted = sentence.contains(['"', '“', '”', '‘']);
                let stopped = sentence.ends_with(['.', '!', '?']);
                if !quoted && stopped && sentence.split_whitespace().count() >= 6 {
                    pool.push(sentence.to_string());
                }
            }
        }
        let mut speakers: Vec<(String, Vec<String>)> = Vec::new();
        for q in &b.quotes {
            let (Some(who), true) = (&q.speaker, q.text.split_whitespace().count() >= 2) else {
                continue;
            };
            match speakers.iter_mut().find(|(name, _)| name == who) {
                Some((_, list)) => list.push(q.text.clone()),
                None => speakers.push((who.clone(), vec![q.text.clone()])),
            }
        }
        Pool {
            sentences: pool,
            speakers,
        }
    }

    fn article(&self, n: usize, seed: u64, rng: &mut SplitMix64) -> String {
        let mut out = format!("Generated article {n} (brief corpus generator, seed {seed})\n");
        for _ in 0..QUOTES_PER_ARTICLE {
            let mut paragraph: Vec<String> = (0..1 + rng.below(4))
                .map(|_| self.sentences[rng.below(self.sentences.len())].clone())
                .collect();
            let at = rng.below(paragraph.len() + 1);
            paragraph.insert(at, self.quote(rng));
            out.push_str(&paragraph.join(" "));
            out.push('\n');
        }
        out
    }

    /// One attributed quote in one of the forms the extractor reads.
    fn quote(&self, rng: &mut SplitMix64) -> String {
        let (who, said) = &self.speakers[rng.below(self.speakers.len())];
        let parts: Vec<&str> = (0..1 + rng.below(3))
            .map(|_| said[rng.below(said.len())].trim_end_matches([',', ' ']))
            .collect();
        let text = parts.join(" ");
        match rng.below(2) {
            0 => format!("{who} said, “{text}”"),
            _ => {
                let open = text.trim_end_matches(['.', '!', '?']);
                format!("“{open},” {who} said.")
            }
        }
    }
}

/// SplitMix64 (Steele, Lea, Flood 2014): a few lines, and its sequence for a
/// seed is fixed forever, which a reproducible corpus needs and `rand`'s
/// seeded generators do not promise across versions.
struct SplitMix64(u64);

impl SplitMix64 {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (the tiny modulo bias does not matter here).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load::{Files, load};

    fn as_files(articles: Vec<(String, String)>) -> Files {
        Files {
            root: "gen".into(),
            toml: None,
            sources: articles
                .into_iter()
                .map(|(n, t)| (n, t.into_bytes()))
                .collect(),
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_corpus_and_another_seed_another() {
        assert_eq!(generate(3, 7), generate(3, 7));
        assert_ne!(generate(3, 7), generate(3, 8));
    }

    #[test]
    fn woven_quotes_are_found_with_the_speaker_who_said_them() {
        let articles = generate(20, 1);
        let pool = Pool::from_builtin();
        let b = load(as_files(articles)).expect("a generated corpus loads");
        assert_eq!(b.sources.len(), 20);
        // Every woven quote is found, and attributed to its speaker, who
        // really said the first of its words.
        assert!(
            b.quotes.len() >= 20 * QUOTES_PER_ARTICLE,
            "{}",
            b.quotes.len()
        );
        let attributed = b
            .quotes
            .iter()
            .filter(|q| {
                q.speaker.as_ref().is_some_and(|who| {
                    pool.speakers.iter().any(|(name, said)| {
                        name == who
                            && said
                                .iter()
                                .any(|s| q.text.contains(s.trim_end_matches(['.', ',', ' '])))
                    })
                })
            })
            .count();
        assert!(
            attributed * 10 >= b.quotes.len() * 9,
            "{attributed} of {}",
            b.quotes.len()
        );
    }
}
