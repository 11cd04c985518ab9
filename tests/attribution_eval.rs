//! Speaker attribution measured against labels a reader wrote: the seed
//! articles (which the rules were tuned on) and sets of real news articles
//! from outside the briefing (tests/attribution/), each labelled by reading
//! before the code ran on it. Each set's doc comment says whether rules were
//! later written from its misses (a development set) and what it measured
//! when it was still untuned. Prints, per set, extraction recall, speaker
//! accuracy over all gold quotes, and speaker precision over the quotes
//! given a speaker; fails when any figure drops below the level reached.
//!
//! Run `cargo test --test attribution_eval -- --nocapture` to see the table
//! and every miss.

use std::path::{Path, PathBuf};

use brief::briefing::model::Quote;
use brief::briefing::quotes::extract;
use brief::briefing::text::sanitize;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    article: Vec<Article>,
}

#[derive(Deserialize)]
struct Article {
    file: String,
    #[serde(default)]
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldQuote {
    starts: String,
    speaker: Option<String>,
    /// How a reader knows the speaker (`said-verb`, `role`, ...): reported
    /// beside each miss, so the misses can be counted by kind.
    kind: Option<String>,
}

#[derive(Debug, Default, PartialEq)]
struct Score {
    gold: usize,
    found: usize,
    /// Found, and the speaker is right (including a right `none`).
    right: usize,
    /// Quotes given a speaker: found gold quotes, and extracted quotes no
    /// gold label matches (whose speaker cannot be right).
    given: usize,
    given_right: usize,
    extra: usize,
}

impl Score {
    fn recall(&self) -> f64 {
        pct(self.found, self.gold)
    }
    fn accuracy(&self) -> f64 {
        pct(self.right, self.gold)
    }
    fn precision(&self) -> f64 {
        pct(self.given_right, self.given)
    }
}

fn pct(n: usize, d: usize) -> f64 {
    if d == 0 {
        100.0
    } else {
        100.0 * n as f64 / d as f64
    }
}

fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The same person: the same name, or the first or last words of it
/// (`Zurek` for `Rich Zurek`): a short form names the person too.
fn same_person(got: &str, gold: &str) -> bool {
    let g: Vec<&str> = gold.split(' ').collect();
    let p: Vec<&str> = got.split(' ').collect();
    p.len() <= g.len() && (g.starts_with(&p) || g.ends_with(&p))
}

fn evaluate(dir: &Path, gold_file: &Path) -> (Score, Vec<String>) {
    let raw = std::fs::read_to_string(gold_file).unwrap();
    let gold: Gold =
        toml::from_str(&raw).unwrap_or_else(|e| panic!("{}: {e}", gold_file.display()));
    let texts: Vec<(String, String)> = gold
        .article
        .iter()
        .map(|a| {
            let path = dir.join(&a.file);
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            (a.file.clone(), sanitize(&text))
        })
        .collect();
    let refs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(id, t)| (id.as_str(), t.as_str()))
        .collect();
    // One briefing of all the articles, as a user would load them.
    let quotes = extract(&refs);

    let mut score = Score::default();
    let mut misses = Vec::new();
    for article in &gold.article {
        let mine: Vec<&Quote> = quotes.iter().filter(|q| q.source == article.file).collect();
        let mut used = vec![false; mine.len()];
        for g in &article.quotes {
            score.gold += 1;
            let starts = words(&g.starts);
            let kind = g.kind.as_deref().unwrap_or("-");
            let Some(i) =
                (0..mine.len()).find(|&i| !used[i] && words(&mine[i].text).starts_with(&starts))
            else {
                misses.push(format!("{}: not found: {starts:?} [{kind}]", article.file));
                continue;
            };
            used[i] = true;
            score.found += 1;
            let got = mine[i].speaker.as_deref();
            let right = match (got, g.speaker.as_deref()) {
                (None, None) => true,
                (Some(p), Some(s)) => same_person(p, s),
                _ => false,
            };
            if got.is_some() {
                score.given += 1;
                score.given_right += usize::from(right);
            }
            if right {
                score.right += 1;
            } else {
                misses.push(format!(
                    "{}:{}: {starts:?}: speaker {got:?}, expected {:?} [{kind}]",
                    article.file, mine[i].line, g.speaker
                ));
            }
        }
        for (q, _) in mine.iter().zip(&used).filter(|(_, u)| !**u) {
            score.extra += 1;
            if q.speaker.is_some() {
                score.given += 1;
            }
            misses.push(format!(
                "{}:{}: extracted, not in the gold labels: {:?} (speaker {:?})",
                article.file, q.line, q.text, q.speaker
            ));
        }
    }
    (score, misses)
}

fn report(name: &str, s: &Score, misses: &[String]) {
    eprintln!(
        "{name:<6} recall {:5.1}% ({}/{})  accuracy {:5.1}% ({}/{})  precision {:5.1}% ({}/{})  extra {}",
        s.recall(),
        s.found,
        s.gold,
        s.accuracy(),
        s.right,
        s.gold,
        s.precision(),
        s.given_right,
        s.given,
        s.extra
    );
    for m in misses {
        eprintln!("    {m}");
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The level each figure has reached (percent); a change that lowers any of
/// them fails. Raise them as the rules improve.
struct Floor {
    recall: f64,
    accuracy: f64,
    precision: f64,
}

fn check(name: &str, s: &Score, misses: &[String], floor: Floor) {
    report(name, s, misses);
    // A little slack for float rounding only: the floors are the figures
    // reached, rounded down to 0.1.
    let eps = 1e-9;
    assert!(
        s.recall() + eps >= floor.recall,
        "{name}: recall {:.1}% < {:.1}%",
        s.recall(),
        floor.recall
    );
    assert!(
        s.accuracy() + eps >= floor.accuracy,
        "{name}: accuracy {:.1}% < {:.1}%",
        s.accuracy(),
        floor.accuracy
    );
    assert!(
        s.precision() + eps >= floor.precision,
        "{name}: precision {:.1}% < {:.1}%",
        s.precision(),
        floor.precision
    );
}

/// Measures the set kept in `tests/attribution/<folder>`: its `articles/`
/// and their `gold.toml`, reported under the folder's name.
fn set_in_folder(folder: &str, floor: Floor) {
    let dir = root().join("tests/attribution").join(folder);
    let (s, misses) = evaluate(&dir.join("articles"), &dir.join("gold.toml"));
    check(folder, &s, &misses, floor);
}

#[test]
fn seeds() {
    let (s, misses) = evaluate(
        &root().join("data/sources"),
        &root().join("tests/attribution/seeds.toml"),
    );
    check(
        "seeds",
        &s,
        &misses,
        Floor {
            recall: 100.0,
            accuracy: 100.0,
            precision: 100.0,
        },
    );
}

#[test]
fn unseen_news() {
    let (s, misses) = evaluate(
        &root().join("tests/attribution/articles"),
        &root().join("tests/attribution/gold.toml"),
    );
    check(
        "unseen",
        &s,
        &misses,
        Floor {
            recall: 100.0,
            accuracy: 96.5,
            precision: 98.7,
        },
    );
}

/// Articles gathered and labelled after the first rules were written. They
/// were measured once before any rule looked at them (see the results note:
/// 68.4% accuracy, 78.1% precision); rules were then generalised from their
/// misses, so they are a second development set now, not a held-out one.
#[test]
fn held_out_news() {
    set_in_folder(
        "heldout",
        Floor {
            recall: 100.0,
            accuracy: 100.0,
            precision: 100.0,
        },
    );
}

/// Six articles gathered and labelled after every rule of the first round
/// was written, and measured once then (58.8% accuracy, 100% precision):
/// the first round's untuned figure. The second round wrote rules for the
/// kinds of its misses (with invented sentences), so it is tuned on now.
#[test]
fn final_unseen_news() {
    set_in_folder(
        "final",
        Floor {
            recall: 100.0,
            accuracy: 88.2,
            precision: 100.0,
        },
    );
}

/// Sixteen pages gathered in the second round of issue 10 to widen the
/// development data (other outlets, countries and topics), labelled before
/// the code ran on them (then 100% recall, 74.5% accuracy, 84.8%
/// precision); the second round's rules were written against their misses,
/// so this is a development set.
#[test]
fn wider_development_news() {
    set_in_folder(
        "widen",
        Floor {
            recall: 100.0,
            accuracy: 93.6,
            precision: 100.0,
        },
    );
}

/// Twenty-one pages gathered and labelled after every rule of the second
/// round was written, committed before the code ran on them, and measured
/// once (at 51be6e8's rules): recall 90.5% (67/74), accuracy 66.2% (49/74),
/// precision 83.0% (44/53). That is the round's untuned figure. Rules were
/// then written from its misses' kinds, so the level the floors now hold is
/// tuned, not generalisation.
#[test]
fn blind_news() {
    set_in_folder(
        "blind",
        Floor {
            recall: 100.0,
            accuracy: 90.5,
            precision: 96.8,
        },
    );
}

/// Twenty pages gathered and labelled after every rule was written (those
/// written after the first blind measurement included), committed before
/// the code ran on them, and measured once (at 95cbd39's rules): recall
/// 98.5% (64/65), accuracy 76.9% (50/65), precision 88.7% (47/53). That is
/// the second untuned figure. Rules were then written from its misses'
/// kinds, so the level the floors now hold is tuned. Round 6 (issue 10i,
/// rules from blind5's misses) took it from 92.3% (60/65) to 96.9% (63/65)
/// accuracy, precision 100.0% (59/59), without a rule written for it.
#[test]
fn second_blind_news() {
    set_in_folder(
        "blind2",
        Floor {
            recall: 100.0,
            accuracy: 96.9,
            precision: 100.0,
        },
    );
}

/// Twenty pages from outlets no set before used, gathered and labelled by
/// reading after all three rounds of rules were written, committed before
/// the code ran on them (b67f78e), and measured once (at b67f78e, whose
/// src/ is 497d52d's: the rules of all three rounds): recall 98.9% (94/95),
/// accuracy 75.8% (72/95), precision 90.5% (57/63). That is the third
/// round's untuned figure. The fourth round (issue 10d) then wrote rules
/// from its misses' kinds, so the level the floors now hold (recall 98.9%,
/// accuracy 89.5% (85/95), precision 97.1% (68/70)) is tuned.
#[test]
fn third_blind_news() {
    set_in_folder(
        "blind3",
        Floor {
            recall: 98.9,
            accuracy: 89.4,
            precision: 97.1,
        },
    );
}

/// A fourth blind set: 16 more news pages from outlets no other set uses,
/// gathered and labelled by reading (cf04b21) before any code ran on them.
/// Measured once with the rules of rounds 1–3 (main at 33a62a4, untuned):
/// recall 100.0% (81/81), accuracy 74.1% (60/81), precision 89.7% (52/58).
/// Measured once more after round 4 (issue 10d, rules from blind3's misses,
/// merged without looking at this set): the same figures, 74.1% and 89.7%.
/// Not one of round 4's nine rules changed a quote here. Those are its
/// untuned figures. The fifth round (issue 10f) then wrote rules from its
/// misses' kinds, so the level the floors now hold (recall 100.0%, accuracy
/// 91.4% (74/81), precision 100.0% (61/61)) is tuned.
#[test]
fn fourth_blind_news() {
    set_in_folder(
        "blind4",
        Floor {
            recall: 100.0,
            accuracy: 91.3,
            precision: 100.0,
        },
    );
}

/// A fifth blind set: 19 more news pages from outlets no other set uses,
/// gathered and labelled by reading (issue 10g) before any code ran on them.
/// Measured once, with the rules of rounds 1–5 (round 5 written from
/// blind4's misses without looking at this set): recall 100.0% (86/86),
/// accuracy 67.4% (58/86), precision 80.6% (50/62). Those are its untuned
/// figures. The sixth round (issue 10i) then wrote rules from its misses'
/// kinds, so the level the floors now hold (recall 100.0%, accuracy 90.7%
/// (78/86), precision 100.0% (70/70)) is tuned.
#[test]
fn fifth_blind_news() {
    set_in_folder(
        "blind5",
        Floor {
            recall: 100.0,
            accuracy: 90.6,
            precision: 100.0,
        },
    );
}

/// A sixth blind set: 21 more news pages from outlets no other set uses,
/// gathered and labelled by reading (issue 10h) before any code ran on them.
/// Measured once, with the rules of rounds 1–6 (round 6 written from blind5's
/// misses without looking at this set): recall 98.8% (84/85), accuracy 61.2%
/// (52/85), precision 82.5% (47/57). Those are its untuned figures. The seventh
/// round (issue 10k) then wrote rules from its misses' kinds, so the level the
/// floors now hold (recall 98.8%, accuracy 68.2% (58/85) since round 16,
/// precision 100.0% (53/53)) is tuned. Round 20 (written from tuned sets'
/// misses, not this set's) raised it to: recall 98.8% (84/85), accuracy 69.4%
/// (59/85), precision 100.0% (54/54); the floors hold that.
#[test]
fn sixth_blind_news() {
    set_in_folder(
        "blind6",
        Floor {
            recall: 98.8,
            accuracy: 69.4,
            precision: 100.0,
        },
    );
}

/// A seventh blind set: 20 more news pages from outlets no other set uses,
/// gathered and labelled by reading (issue 10j) before any code ran on them.
/// Measured once, with the rules of rounds 1–6 (none written from this set):
/// recall 100.0% (77/77), accuracy 68.8% (53/77), precision 76.9% (50/65).
/// Those are its untuned figures. The seventh round (issue 10k) then wrote
/// rules from its misses' kinds too, so the level the floors now hold (recall
/// 100.0%, accuracy 85.7% (66/77), precision 96.9% (63/65)) is tuned. Round 20
/// (from tuned sets' misses) raised it to: recall 100.0% (77/77), accuracy
/// 88.3% (68/77), precision 97.0% (65/67); the floors hold that.
#[test]
fn seventh_blind_news() {
    set_in_folder(
        "blind7",
        Floor {
            recall: 100.0,
            accuracy: 88.3,
            precision: 97.0,
        },
    );
}

/// An eighth blind set: 18 more news pages from outlets no other set uses,
/// gathered and labelled by reading (issue 10l) before any code ran on them.
/// Measured once, with the rules of rounds 1–7 (round 7 written from
/// blind6's and blind7's misses without looking at this set): recall 97.5%
/// (78/80), accuracy 72.5% (58/80), precision 85.5% (53/62). Those are its
/// untuned figures. The eighth round (issue 10m) then wrote rules from its
/// misses' kinds, so the level the floors now hold (recall 98.8% (79/80),
/// accuracy 83.8% (67/80) since round 16, precision 100.0% (61/61)) is
/// tuned.
#[test]
fn eighth_blind_news() {
    set_in_folder(
        "blind8",
        Floor {
            recall: 98.7,
            accuracy: 83.7,
            precision: 100.0,
        },
    );
}

/// A ninth blind set: 21 more news pages from outlets no other set uses,
/// gathered and labelled by reading (issue 10n) before any code ran on them.
/// Measured once, with the rules of rounds 1–8 (round 8 written from
/// blind8's misses without looking at this set): recall 100.0% (73/73),
/// accuracy 65.8% (48/73), precision 81.6% (40/49). Those are its untuned
/// figures. The ninth round (issue 10o) then wrote rules from its misses'
/// kinds, so the level the floors now hold (recall 100.0% (73/73), accuracy
/// 80.8% (59/73), precision 94.4% (51/54)) is tuned.
#[test]
fn ninth_blind_news() {
    set_in_folder(
        "blind9",
        Floor {
            recall: 100.0,
            accuracy: 80.8,
            precision: 94.4,
        },
    );
}

/// A tenth blind set: 18 more news pages from outlets no other set uses
/// (Australian, Canadian, Irish, Maltese, South African, Ghanaian and EU
/// pages), gathered and labelled by reading (issue 10p) before any code ran on
/// them. Measured once, with the rules of rounds 1–9 (round 9 written from
/// blind9's misses without looking at this set): recall 98.9% (87/88), accuracy
/// 68.2% (60/88), precision 91.7% (55/60). Those are its untuned figures. The
/// tenth round (issue 10q) then wrote rules from its misses' kinds, so the
/// level the floors now hold (recall 98.9% (87/88), accuracy 75.0% (66/88),
/// precision 96.8% (61/63)) is tuned. Round 21 (written from blind28's and
/// blind29's misses, not this set's) raised it to: recall 98.9% (87/88),
/// accuracy 76.1% (67/88), precision 96.9% (62/64); the floors hold that.
#[test]
fn tenth_blind_news() {
    set_in_folder(
        "blind10",
        Floor {
            recall: 98.8,
            accuracy: 76.1,
            precision: 96.8,
        },
    );
}

/// An eleventh blind set: 20 more news pages from outlets no other set uses
/// (New Zealand, Singaporean, Philippine, Nigerian, Kenyan, Scottish, Welsh,
/// Indian and Danish pages, and energy trade press), gathered and labelled by
/// reading (issue 10r) before any code ran on them. Measured once, with the
/// rules of rounds 1–10 (round 10 written from blind10's misses without looking
/// at this set): recall 100.0% (76/76), accuracy 81.6% (62/76), precision 95.2%
/// (60/63). Those are its untuned figures. The eleventh round (issue 10s) then
/// wrote rules from its misses' kinds, so the level the floors now hold (recall
/// 100.0% (76/76), accuracy 84.2% (64/76), precision 100.0% (61/61)) is tuned.
/// Round 20 (from tuned sets' misses) raised it to: recall 100.0% (76/76),
/// accuracy 85.5% (65/76), precision 100.0% (62/62); the floors hold that.
/// Round 21 (written from blind28's and blind29's misses, not this set's)
/// raised it to: recall 100.0% (76/76), accuracy 86.8% (66/76), precision
/// 100.0% (63/63); the floors hold that.
#[test]
fn eleventh_blind_news() {
    set_in_folder(
        "blind11",
        Floor {
            recall: 100.0,
            accuracy: 86.8,
            precision: 100.0,
        },
    );
}

/// A twelfth blind set: 22 more news pages from outlets no other set uses
/// (UAE business press, Caribbean, Sri Lankan, Pakistani, Greek and Cypriot
/// pages, US regional police news), gathered and labelled by reading (issue
/// 10t) before any code ran on them. Measured once with the rules of rounds
/// 1–10, the same rules blind11 was measured with: recall 96.8% (61/63),
/// accuracy 82.5% (52/63), precision 90.2% (46/51); with round 11 (written
/// from blind11's misses, not this set's) the same. Those are its untuned
/// figures. The twelfth round (issue 10u) then wrote a rule from its
/// misses' kinds, so the level the floors now hold (recall 96.8% (61/63),
/// accuracy 82.5% (52/63), precision 92.0% (46/50)) is tuned.
#[test]
fn twelfth_blind_news() {
    set_in_folder(
        "blind12",
        Floor {
            recall: 96.8,
            accuracy: 82.5,
            precision: 92.0,
        },
    );
}

/// A thirteenth blind set: 16 more news pages from outlets no other set
/// uses (Hong Kong, Kenyan, Zimbabwean, Malaysian, Tanzanian, South Korean,
/// Japanese, UK regional, Canadian and US local pages), gathered and
/// labelled by reading (issue 10v) before any code ran on them. Measured once
/// with the rules of rounds 1–11: recall 100.0% (71/71), accuracy 85.9%
/// (61/71), precision 93.0% (53/57); with round 12 (written from blind12's
/// misses, not this set's) the same. Those are its untuned figures. The
/// thirteenth round (issue 10w) then wrote rules from its misses' kinds, so
/// the level the floors now hold (recall 100.0% (71/71), accuracy 88.7%
/// (63/71), precision 96.4% (54/56)) is tuned.
#[test]
fn thirteenth_blind_news() {
    set_in_folder(
        "blind13",
        Floor {
            recall: 100.0,
            accuracy: 88.7,
            precision: 96.4,
        },
    );
}

/// A fourteenth blind set: 19 more news pages from outlets no other set uses
/// (Qatari, Argentine, Turkish, Bangladeshi, Israeli, Indonesian, Indian and US
/// pages), gathered and labelled by reading (issue 10x) before any code ran on
/// them. Measured once with the rules of rounds 1–12: recall 100.0% (61/61),
/// accuracy 77.0% (47/61), precision 84.6% (44/52); with round 13 (written from
/// blind13's misses, not this set's) the same. Those are its untuned figures.
/// The fourteenth round (issue 10z) then wrote rules from its misses' kinds
/// (and blind15's), so the level the floors now hold (recall 100.0% (61/61),
/// accuracy 90.2% (55/61), precision 100.0% (51/51)) is tuned. Round 20 (from
/// tuned sets' misses) raised it to: recall 100.0% (61/61), accuracy 91.8%
/// (56/61), precision 100.0% (52/52); the floors hold that.
#[test]
fn fourteenth_blind_news() {
    set_in_folder(
        "blind14",
        Floor {
            recall: 100.0,
            accuracy: 91.8,
            precision: 100.0,
        },
    );
}

/// A fifteenth blind set: 18 more news pages from outlets no other set
/// uses (UK regional, Irish, New Zealand, Australian, Indian and South
/// African pages), gathered and labelled by reading (issue 10y) before any
/// code ran on them. Measured once with the rules of rounds 1–13: recall
/// 100.0% (60/60), accuracy 76.7% (46/60), precision 80.4% (45/56). Those
/// are its untuned figures. The fourteenth round (issue 10z) then wrote
/// rules from its misses' kinds (and blind14's), so the level the floors
/// now hold (recall 100.0% (60/60), accuracy 93.3% (56/60), precision
/// 98.2% (55/56)) is tuned.
#[test]
fn fifteenth_blind_news() {
    set_in_folder(
        "blind15",
        Floor {
            recall: 100.0,
            accuracy: 93.3,
            precision: 98.2,
        },
    );
}

/// A sixteenth blind set: 22 more news pages from outlets no other set uses
/// (US, New Zealand, Welsh, Irish, Australian, Indian, Guyanese, Nigerian,
/// Malawian and Gulf pages), gathered and labelled by reading (issue 10aa)
/// before any code ran on them. Measured once with the rules of rounds 1–13:
/// recall 100.0% (68/68), accuracy 85.3% (58/68), precision 95.0% (57/60); with
/// round 14 (written from blind14's and blind15's misses, not this set's) the
/// same. Those are its untuned figures. The fifteenth round (issue 10ac) then
/// wrote rules from its misses' kinds (and blind17's), so the level the floors
/// now hold (recall 100.0% (68/68), accuracy 88.2% (60/68), precision 98.3%
/// (59/60)) is tuned. Round 20 (from tuned sets' misses) raised it to: recall
/// 100.0% (68/68), accuracy 92.6% (63/68), precision 98.4% (62/63); the floors
/// hold that.
#[test]
fn sixteenth_blind_news() {
    set_in_folder(
        "blind16",
        Floor {
            recall: 100.0,
            accuracy: 92.6,
            precision: 98.4,
        },
    );
}

/// A seventeenth blind set: 21 more news pages from outlets no other set
/// uses (English, Welsh, New Zealand, Australian, US, Guamanian, Ghanaian
/// and Indian pages; weather, transport and local news), gathered and
/// labelled by reading (issue 10ab) before any code ran on them. Measured
/// once with the rules of rounds 1–13: recall 95.4% (62/65), accuracy 52.3%
/// (34/65), precision 60.0% (30/50); with round 14 (written from blind14's
/// and blind15's misses, not this set's) the same. Those are its untuned
/// figures. The fifteenth round (issue 10ac) then wrote rules from its
/// misses' kinds (and blind16's), so the level the floors now hold (recall
/// 95.4% (62/65), accuracy 84.6% (55/65), precision 100.0% (49/49)) is
/// tuned.
#[test]
fn seventeenth_blind_news() {
    set_in_folder(
        "blind17",
        Floor {
            recall: 95.3,
            accuracy: 84.6,
            precision: 100.0,
        },
    );
}

/// An eighteenth blind set: 20 more news pages from outlets no other set uses
/// (Irish, Scottish, English, Kenyan, Nigerian, Indian and US pages; councils,
/// courts, health and science), gathered and labelled by reading (issue 10ad)
/// before any code ran on them. Measured once with the rules of rounds 1–14:
/// recall 98.4% (61/62), accuracy 59.7% (37/62), precision 94.3% (33/35); with
/// round 15 (written from blind16's and blind17's misses, not this set's):
/// accuracy 61.3% (38/62), precision 97.1% (34/35), since a rank ends what
/// stands before a name (`Commencement Grand Marshal John Baugh`). Those are
/// its untuned figures. The sixteenth round (issue 10ah) then wrote rules from
/// its misses' kinds, so the level the floors now hold (recall 98.4% (61/62),
/// accuracy 69.4% (43/62), precision 100.0% (39/39)) is tuned. Round 20 (from
/// tuned sets' misses) raised it to: recall 98.4% (61/62), accuracy 72.6%
/// (45/62), precision 100.0% (41/41); the floors hold that.
#[test]
fn eighteenth_blind_news() {
    set_in_folder(
        "blind18",
        Floor {
            recall: 98.3,
            accuracy: 72.5,
            precision: 100.0,
        },
    );
}

/// A nineteenth blind set: 19 more news pages from outlets no other set uses
/// (English, Australian, New Zealand, US, Nigerian, Ghanaian, Ugandan, Kenyan,
/// Indian and Pakistani pages; weather, sport, courts, transport, schools and
/// health), gathered and labelled by reading (issue 10ae) before any code ran
/// on them. Measured once with the rules of rounds 1–14: recall 96.7% (58/60),
/// accuracy 88.3% (53/60), precision 97.7% (43/44); with round 15 (written from
/// blind16's and blind17's misses), round 16 (from blind18's), round 17 (from
/// blind22's), round 18 (from blind20's and blind23's) and round 19 (from
/// blind24's and blind25's) the same. Those are its untuned figures, and the
/// floors hold them. Round 21 (written from blind28's and blind29's misses, not
/// this set's) raised it to: recall 96.7% (58/60), accuracy 90.0% (54/60),
/// precision 97.8% (44/45); the floors hold that. With round 22 (written from
/// the misses of blind28 and blind31 to blind35): recall 96.7% (58/60),
/// accuracy 91.7% (55/60), precision 97.8% (45/46); the floors hold that.
#[test]
fn nineteenth_blind_news() {
    set_in_folder(
        "blind19",
        Floor {
            recall: 96.6,
            accuracy: 91.6,
            precision: 97.8,
        },
    );
}

/// A twentieth blind set: 25 more news pages from outlets no other set
/// uses (English, Welsh, Scottish, Irish, Australian, New Zealand, Canadian,
/// US, Indian, Nigerian, Kenyan and Philippine pages), gathered and labelled
/// by reading (issues 10af and 10ag) before any code ran on them. Measured
/// once with the rules of rounds 1–15: recall 98.6% (69/70), accuracy 70.0%
/// (49/70), precision 85.1% (40/47); with round 16 (written from blind18's
/// misses): accuracy 71.4% (50/70), precision 85.4% (41/48); with round 17
/// (from blind22's) the same. Those are its untuned figures. It is tuned
/// now: round 18 was written from its misses (and blind23's), after which
/// recall 98.6% (69/70), accuracy 74.3% (52/70), precision 89.6% (43/48);
/// the floors hold that.
#[test]
fn twentieth_blind_news() {
    set_in_folder(
        "blind20",
        Floor {
            recall: 98.5,
            accuracy: 74.2,
            precision: 89.5,
        },
    );
}

/// A twenty-first blind set: 16 more news pages from outlets no other set uses
/// (Indian, US, English, Scottish, Irish, Australian, New Zealand and Ghanaian
/// pages; sport, weather, farming, police, courts, science, rail, health and
/// local politics), gathered and labelled by reading (issue 10ai) before any
/// code ran on them. Measured once with the rules of rounds 1–15: recall 98.4%
/// (61/62), accuracy 85.5% (53/62), precision 90.7% (39/43); with round 16
/// (written from blind18's misses), round 17 (from blind22's), round 18 (from
/// blind20's and blind23's) and round 19 (from blind24's and blind25's) the
/// same. Those are its untuned figures, and the floors hold them.
#[test]
fn twenty_first_blind_news() {
    set_in_folder(
        "blind21",
        Floor {
            recall: 98.3,
            accuracy: 85.4,
            precision: 90.6,
        },
    );
}

/// A twenty-second blind set: 19 more news pages from outlets no other set uses
/// (Australian, US, British, Irish, Nigerian, Indian and Singaporean pages;
/// local politics, transit, weather, sport, culture, science, farming and
/// police), gathered and labelled by reading (issue 10aj) before any code ran
/// on them. Measured once with the rules of rounds 1–15: recall 100.0% (63/63),
/// accuracy 76.2% (48/63), precision 84.9% (45/53); with round 16 (written from
/// blind18's misses) the same. Those are its untuned figures. The seventeenth
/// round (issue 10ak) then wrote rules from its misses' kinds, so the level the
/// floors now hold (recall 100.0% (63/63), accuracy 82.5% (52/63), precision
/// 90.7% (49/54)) is tuned. With round 22 (written from the misses of blind28
/// and blind31 to blind35): recall 100.0% (63/63), accuracy 85.7% (54/63),
/// precision 94.4% (51/54); the floors hold that.
#[test]
fn twenty_second_blind_news() {
    set_in_folder(
        "blind22",
        Floor {
            recall: 100.0,
            accuracy: 85.7,
            precision: 94.4,
        },
    );
}

/// A twenty-third blind set: 16 more news pages from outlets no other set uses
/// (US, English, Indian, Australian, Irish, New Zealand, Ghanaian, Kenyan and
/// Bermudian pages; councils, courts, science, weather, sport, transport,
/// farming, health and business), gathered and labelled by reading (issue 10al)
/// before any code ran on them. Measured once with the rules of rounds 1–16:
/// recall 98.7% (78/79), accuracy 70.9% (56/79), precision 94.0% (47/50); with
/// round 17 (written from blind22's misses) the same. Those are its untuned
/// figures. It is tuned now: round 18 was written from its misses (and
/// blind20's), after which recall 98.7% (78/79), accuracy 73.4% (58/79),
/// precision 98.0% (49/50); the floors hold that. Round 20 (from tuned sets'
/// misses) raised it to: recall 98.7% (78/79), accuracy 74.7% (59/79),
/// precision 98.0% (50/51); the floors hold that.
#[test]
fn twenty_third_blind_news() {
    set_in_folder(
        "blind23",
        Floor {
            recall: 98.7,
            accuracy: 74.6,
            precision: 98.0,
        },
    );
}

/// A twenty-fourth blind set: 16 news pages from outlets no other set uses
/// (Irish, Canadian, US, South African, Nigerian, Ghanaian and Ugandan pages;
/// councils, courts, science, weather, police, politics, sport and local news),
/// gathered and labelled by reading (issue 10am) before any code ran on them.
/// Measured once with the rules of rounds 1–17: recall 97.2% (70/72), accuracy
/// 75.0% (54/72), precision 87.9% (51/58). With round 18 (from blind20's and
/// blind23's misses) the same. Those are its untuned figures. It is tuned now:
/// round 19 was written from its misses (and blind25's), after which recall
/// 97.2% (70/72), accuracy 79.2% (57/72), precision 93.1% (54/58); the floors
/// hold that. With round 22 (written from the misses of blind28 and blind31 to
/// blind35): recall 97.2% (70/72), accuracy 81.9% (59/72), precision 93.3%
/// (56/60); the floors hold that.
#[test]
fn twenty_fourth_blind_news() {
    set_in_folder(
        "blind24",
        Floor {
            recall: 97.2,
            accuracy: 81.9,
            precision: 93.3,
        },
    );
}

/// A twenty-fifth blind set: 17 news pages from 16 outlets no other set uses
/// (Scottish, Welsh, English, Trinidadian, Barbadian, St Lucian, Indian,
/// Philippine, Australian and New Zealand pages; courts, health, planning,
/// police, farming, transport, weather and local politics), gathered and
/// labelled by reading (issue 10an) before any code ran on them. Measured once
/// with the rules of rounds 1–17: recall 96.8% (60/62), accuracy 74.2% (46/62),
/// precision 85.7% (36/42). With round 18 (from blind20's and blind23's misses)
/// the same. Those are its untuned figures. It is tuned now: round 19 was
/// written from its misses (and blind24's), after which recall 96.8% (60/62),
/// accuracy 75.8% (47/62), precision 88.1% (37/42); the floors hold that. Round
/// 20 (from tuned sets' misses) raised it to: recall 96.8% (60/62), accuracy
/// 77.4% (48/62), precision 88.4% (38/43); the floors hold that. With round 22
/// (written from the misses of blind28 and blind31 to blind35): recall 96.8%
/// (60/62), accuracy 79.0% (49/62), precision 88.6% (39/44); the floors hold
/// that.
#[test]
fn twenty_fifth_blind_news() {
    set_in_folder(
        "blind25",
        Floor {
            recall: 96.7,
            accuracy: 79.0,
            precision: 88.6,
        },
    );
}

/// A twenty-sixth blind set: 21 news pages from outlets no other set uses (US,
/// Canadian, Scottish and Northern Irish pages; police, health, medicine,
/// science, education, planning, sport and local politics), gathered and
/// labelled by reading (issue 10ap) before any code ran on them. Measured once
/// with the rules of rounds 1–17: recall 96.7% (59/61), accuracy 75.4% (46/61),
/// precision 88.6% (39/44). With round 18 (from blind20's and blind23's misses)
/// the same. Those are its untuned figures. With round 19 (from blind24's and
/// blind25's misses), still untuned: recall 96.7% (59/61), accuracy 78.7%
/// (48/61), precision 93.2% (41/44); the floors hold that. With round 22
/// (written from the misses of blind28 and blind31 to blind35): recall 96.7%
/// (59/61), accuracy 80.3% (49/61), precision 93.3% (42/45); the floors hold
/// that.
#[test]
fn twenty_sixth_blind_news() {
    set_in_folder(
        "blind26",
        Floor {
            recall: 96.7,
            accuracy: 80.3,
            precision: 93.3,
        },
    );
}

/// A twenty-seventh blind set: 20 news pages from outlets no other set uses
/// (Malaysian, Thai, Indonesian, Singaporean, Fijian, Samoan, Pacific, Kenyan,
/// Tanzanian and Botswanan pages, and energy, diamond-trade, rugby and cricket
/// press; floods, courts, business, politics and sport), gathered and labelled
/// by reading (issue 10aq) before any code ran on them. Measured once with the
/// rules of rounds 1–17: recall 98.5% (67/68), accuracy 76.5% (52/68),
/// precision 94.2% (49/52). With round 18 (from blind20's and blind23's misses)
/// and round 19 (from blind24's and blind25's) the same. Those are its untuned
/// figures, and the floors hold them. Round 20 (written from tuned sets'
/// misses, not this set's) raised it to: recall 98.5% (67/68), accuracy 77.9%
/// (53/68), precision 94.3% (50/53); the floors hold that. With round 22
/// (written from the misses of blind28 and blind31 to blind35): recall 98.5%
/// (67/68), accuracy 80.9% (55/68), precision 94.5% (52/55); the floors hold
/// that. With round 22 (written from the misses of blind28 and blind31 to
/// blind35): recall 98.5% (67/68), accuracy 83.8% (57/68), precision 98.2%
/// (54/55); the floors hold that.
#[test]
fn twenty_seventh_blind_news() {
    set_in_folder(
        "blind27",
        Floor {
            recall: 98.5,
            accuracy: 83.8,
            precision: 98.1,
        },
    );
}

/// A twenty-eighth blind set: 16 news pages from outlets no other set uses
/// (Alaskan, Long Island, British Columbian, Irish, Jamaican, Caymanian, Costa
/// Rican, Antiguan, Nevisian, Mexican, Guyanese and Belizean pages, and
/// education and technology press; courts, local politics, schools, storms and
/// transport), gathered and labelled by reading (issue 10as) before any code
/// ran on them. Measured with the rules of rounds 1–19: recall 98.5% (67/68),
/// accuracy 73.5% (50/68), precision 84.9% (45/53); with round 20's first three
/// rules (written from tuned sets' misses, before this set was read) the same.
/// Those are its untuned figures, and the floors hold them. Round 21, written
/// from this set's misses and blind29's (so tuned from here on), raised it to:
/// recall 98.5% (67/68), accuracy 75.0% (51/68), precision 85.2% (46/54); the
/// floors hold that. With round 22 (written from the misses of blind28 and
/// blind31 to blind35): recall 98.5% (67/68), accuracy 80.9% (55/68), precision
/// 92.7% (51/55); the floors hold that.
#[test]
fn twenty_eighth_blind_news() {
    set_in_folder(
        "blind28",
        Floor {
            recall: 98.5,
            accuracy: 80.8,
            precision: 92.7,
        },
    );
}

/// A twenty-ninth blind set: 18 news pages from outlets no other set uses
/// (Pakistani, Bangladeshi, Indian, Omani, Scottish, Ghanaian, Nigerian and
/// Sierra Leonean pages, and farm, meat-trade and rugby league press; courts,
/// transport, politics, floods, health and sport), gathered and labelled by
/// reading (issue 10at) before any code ran on them. Measured with the rules of
/// rounds 1–19: recall 98.5% (64/65), accuracy 69.2% (45/65), precision 81.2%
/// (39/48); with round 20's first three rules (written from tuned sets' misses,
/// before this set was read) the same. Those are its untuned figures, and the
/// floors hold them. Round 21, written from this set's misses and blind28's (so
/// tuned from here on), raised it to: recall 98.5% (64/65), accuracy 78.5%
/// (51/65), precision 91.8% (45/49); the floors hold that. Round 21's later
/// rules raised it to: recall 98.5% (64/65), accuracy 80.0% (52/65), precision
/// 92.0% (46/50); the floors hold that.
#[test]
fn twenty_ninth_blind_news() {
    set_in_folder(
        "blind29",
        Floor {
            recall: 98.4,
            accuracy: 80.0,
            precision: 92.0,
        },
    );
}

/// A thirtieth blind set: 20 news pages from outlets no other set uses (US
/// state, county and city papers, Canadian, Scottish, Welsh, English and
/// Northern Irish pages, and culture and science press; hospitals, farming,
/// councils, schools and the arts), gathered and labelled by reading (issue
/// 10au) before any code ran on them. Measured with the rules of rounds 1–19:
/// recall 93.8% (60/64), accuracy 67.2% (43/64), precision 84.1% (37/44); with
/// rounds 20 and 21 (written from tuned sets' misses and from blind28's and
/// blind29's, never this set's) the same. Those are its untuned figures, and
/// the floors hold them. Four quotes go unfound because the page breaks its
/// lines inside a quotation (a print archive's columns) or runs one over
/// paragraphs. With round 22 (written from the misses of blind28 and blind31 to
/// blind35): recall 93.8% (60/64), accuracy 68.8% (44/64), precision 84.4%
/// (38/45); the floors hold that.
#[test]
fn thirtieth_blind_news() {
    set_in_folder(
        "blind30",
        Floor {
            recall: 93.7,
            accuracy: 68.7,
            precision: 84.4,
        },
    );
}

/// A thirty-first blind set: 17 news pages from outlets no other set uses
/// (Australian, Cook Islands, Singaporean, Bangladeshi, Nepali, Afghan,
/// Pakistani, Zambian, Nigerian, Kenyan, Bahamian and Vincentian pages;
/// business, technology, farming, transport, courts, health, sport and
/// weather), gathered and labelled by reading (issue 10av) before any code ran
/// on them. Measured with the rules of rounds 1–19: recall 97.3% (71/73),
/// accuracy 71.2% (52/73), precision 87.0% (47/54); with rounds 20 and 21
/// (written from tuned sets' misses and from blind28's and blind29's, never
/// this set's): accuracy 72.6% (53/73), precision 88.9% (48/54). Those are its
/// untuned figures, and the floors hold the later ones. With round 22 (written
/// from the misses of blind28 and blind31 to blind35): recall 97.3% (71/73),
/// accuracy 78.1% (57/73), precision 98.0% (49/50); the floors hold that.
#[test]
fn thirty_first_blind_news() {
    set_in_folder(
        "blind31",
        Floor {
            recall: 97.2,
            accuracy: 78.0,
            precision: 98.0,
        },
    );
}

/// A thirty-second blind set: 18 news pages from outlets no other set uses
/// (Nigerian, Emirati, Jordanian, Pakistani, Nepali, Bangladeshi, Sri Lankan,
/// Indian, Guyanese, Caymanian, Barbadian, Papua New Guinean and New Zealand
/// pages; business, technology, farming, courts, health, science and cricket),
/// gathered and labelled by reading (issue 10aw) before any code ran on them.
/// Measured with the rules of rounds 1–21: recall 95.2% (60/63), accuracy 69.8%
/// (44/63), precision 78.3% (36/46). Round 22 was written in part from its
/// misses; with it: recall 95.2% (60/63), accuracy 71.4% (45/63), precision
/// 78.7% (37/47); the floors hold that.
#[test]
fn thirty_second_blind_news() {
    set_in_folder(
        "blind32",
        Floor {
            recall: 95.2,
            accuracy: 71.4,
            precision: 78.7,
        },
    );
}

/// A thirty-third blind set: 18 news pages from outlets no other set uses
/// (Irish, Northern Irish, Scottish and English regional papers, a Kentucky and
/// an Alberta paper, and law, education, environment, press-trade and
/// university news; courts, councils, schools, farming, ferries and science),
/// gathered and labelled by reading (issue 10ax) before any code ran on them.
/// Measured with the rules of rounds 1–21: recall 98.5% (67/68), accuracy 82.4%
/// (56/68), precision 93.2% (41/44). Round 22 was written in part from its
/// misses; with it: recall 98.5% (67/68), accuracy 86.8% (59/68), precision
/// 97.7% (43/44); the floors hold that.
#[test]
fn thirty_third_blind_news() {
    set_in_folder(
        "blind33",
        Floor {
            recall: 98.5,
            accuracy: 86.7,
            precision: 97.7,
        },
    );
}

/// A thirty-fourth blind set: 16 news pages from outlets no other set uses
/// (South African, Namibian, Singaporean, Philippine, Pakistani, Indian,
/// Malaysian, Australian, Solomon Islands and Vincentian pages; weather,
/// courts, farming, policing, sport and politics), gathered and labelled by
/// reading (issue 10ay) before any code ran on them. Measured with the rules of
/// rounds 1–21, and again with round 22's first rules (written from other
/// sets): recall 97.1% (66/68), accuracy 76.5% (52/68), precision 78.6%
/// (44/56). Round 22's later rules were written in part from its misses; with
/// them: recall 97.1% (66/68), accuracy 86.8% (59/68), precision 90.6% (48/53);
/// the floors hold that.
#[test]
fn thirty_fourth_blind_news() {
    set_in_folder(
        "blind34",
        Floor {
            recall: 97.0,
            accuracy: 86.7,
            precision: 90.5,
        },
    );
}

/// A thirty-fifth blind set: 16 news pages from outlets no other set uses
/// (Welsh, English, Scottish, Northern Irish and Irish regional papers and
/// radio news, a Cypriot, two US and three Canadian outlets, and theatre press;
/// councils, courts, schools, sport, culture and policing), gathered and
/// labelled by reading (issue 10az) before any code ran on them. Measured with
/// the rules of rounds 1–21, and again with round 22's first rules (written
/// from other sets): recall 98.7% (75/76), accuracy 85.5% (65/76), precision
/// 98.4% (60/61). One rule of round 22 was written in part from its misses;
/// with it: recall 98.7% (75/76), accuracy 85.5% (65/76), precision 100.0%
/// (60/60); the floors hold that.
#[test]
fn thirty_fifth_blind_news() {
    set_in_folder(
        "blind35",
        Floor {
            recall: 98.6,
            accuracy: 85.5,
            precision: 100.0,
        },
    );
}

/// A thirty-sixth blind set: 19 news pages from outlets no other set uses
/// (Emirati, Israeli, Nepali, Cambodian, Philippine, Fijian, Papua New Guinean,
/// Tongan, Botswanan, Ethiopian, Sint Maarten and Caribbean wire pages, and
/// farming, technology, cricket and reef-science press; business, courts,
/// health, weather, politics and crime), gathered and labelled by reading
/// (issue 10ba) before any code ran on them. Measured with the rules of rounds
/// 1–21, and again with all of round 22 (never written from it): recall 100.0%
/// (66/66), accuracy 81.8% (54/66), precision 91.1% (51/56); the floors hold
/// that.
#[test]
fn thirty_sixth_blind_news() {
    set_in_folder(
        "blind36",
        Floor {
            recall: 100.0,
            accuracy: 81.8,
            precision: 91.0,
        },
    );
}

/// A thirty-seventh blind set: 16 news pages from outlets no other set uses
/// (Missouri, Minnesota, Vermont and school papers, four Canadian outlets, a
/// North Wales paper, Cypriot, Maltese and Jersey pages, and education, museum
/// and law press), gathered and labelled by reading (issue 10bb) before any
/// code ran on them. Measured with the rules of rounds 1–21, and again with all
/// of round 22 (never written from it): recall 95.4% (62/65), accuracy 78.5%
/// (51/65), precision 86.3% (44/51); the floors hold that.
#[test]
fn thirty_seventh_blind_news() {
    set_in_folder(
        "blind37",
        Floor {
            recall: 95.3,
            accuracy: 78.4,
            precision: 86.2,
        },
    );
}

#[test]
fn a_short_form_names_the_same_person_and_nothing_else_does() {
    assert!(same_person("Zurek", "Rich Zurek"));
    assert!(same_person("Rich Zurek", "Rich Zurek"));
    assert!(!same_person("Zurek", "Rich Zurek Jr"));
    assert!(!same_person("Roy Cooper", "Cooper"));
    assert!(!same_person("Merrit Kennedy", "Chris Cammock"));
}

/// Every set's articles carry their address, date and outlet, and exist;
/// an evaluation set holds the 15+ articles and 60+ quotes.
#[test]
fn every_fixture_has_its_provenance() {
    let mut sets = vec![
        ("", 15, 60),
        ("heldout", 1, 0),
        ("final", 1, 0),
        ("widen", 10, 0),
    ];
    let blind = [
        "blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9",
        "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17",
        "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25",
        "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33",
        "blind34", "blind35", "blind36", "blind37",
    ];
    sets.extend(blind.iter().map(|b| (*b, 15, 60)));
    for (folder, least, quotes) in sets {
        let dir = root().join("tests/attribution").join(folder);
        let gold = dir.join("gold.toml");
        let raw = std::fs::read_to_string(&gold).unwrap();
        let table: toml::Table = toml::from_str(&raw).unwrap();
        let articles = table["article"].as_array().unwrap();
        assert!(articles.len() >= least, "{}", gold.display());
        let mut quoted = 0;
        for a in articles {
            for key in ["file", "address", "date", "outlet"] {
                assert!(
                    a.get(key).and_then(|v| v.as_str()).is_some(),
                    "{}: {a:?} lacks {key}",
                    gold.display()
                );
            }
            let file = a["file"].as_str().unwrap();
            assert!(
                dir.join("articles").join(file).is_file(),
                "{}: {file}",
                gold.display()
            );
            quoted += a
                .get("quotes")
                .and_then(|q| q.as_array())
                .map_or(0, Vec::len);
        }
        assert!(quoted >= quotes, "{}: {quoted} quotes", gold.display());
    }
}
