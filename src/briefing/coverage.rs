//! Which source covers which issue: the curated mentions counted per issue
//! and source, so an issue resting on a single source shows at a glance.

use super::model::Briefing;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// `counts[issue][source]`: mentions of the issue in the source.
    pub counts: Vec<Vec<usize>>,
    /// Mentions per issue, over all sources.
    pub issue_totals: Vec<usize>,
    /// Mentions per source, over all issues.
    pub source_totals: Vec<usize>,
}

impl Coverage {
    pub fn of(b: &Briefing) -> Coverage {
        let mut counts = vec![vec![0; b.sources.len()]; b.issues.len()];
        for (i, issue) in b.issues.iter().enumerate() {
            for m in &issue.mentions {
                if let Some(s) = b.source_index(&m.source) {
                    counts[i][s] += 1;
                }
            }
        }
        let issue_totals = counts.iter().map(|row| row.iter().sum()).collect();
        let source_totals = (0..b.sources.len())
            .map(|s| counts.iter().map(|row| row[s]).sum())
            .collect();
        Coverage {
            counts,
            issue_totals,
            source_totals,
        }
    }

    /// How many sources mention issue `i` at all.
    pub fn sources_of(&self, i: usize) -> usize {
        self.counts[i].iter().filter(|&&n| n > 0).count()
    }

    pub fn total(&self) -> usize {
        self.issue_totals.iter().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::briefing::load;

    #[test]
    fn counts_add_up_to_every_mention_and_agree_with_the_issue() {
        let b = load::builtin().unwrap();
        let c = Coverage::of(&b);
        let mentions: usize = b.issues.iter().map(|i| i.mentions.len()).sum();
        assert_eq!(c.total(), mentions);
        assert_eq!(c.source_totals.iter().sum::<usize>(), mentions);
        for (i, issue) in b.issues.iter().enumerate() {
            assert_eq!(c.issue_totals[i], issue.mentions.len());
            assert_eq!(c.sources_of(i), issue.source_count());
        }
    }
}
