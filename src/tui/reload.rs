//! A briefing that changed on disk, taken in by the same pure update: the
//! new data replaces the old only when it loads, and the reader keeps its
//! place (the same issue, the same article and line, the same search).

use std::sync::Arc;

use super::app::{App, Focus, Overlay};
use crate::briefing::coverage::Coverage;
use crate::briefing::load::LoadError;
use crate::briefing::{Briefing, people, timeline};
use crate::text;

/// The outcome of loading the folder again. Shared, so an action carrying
/// it stays cheap to clone; two are equal when they are the same load.
#[derive(Debug, Clone)]
pub struct Reloaded(pub Arc<Result<Briefing, Vec<LoadError>>>);

impl PartialEq for Reloaded {
    fn eq(&self, other: &Reloaded) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// What changed between two briefings, in the words the status line uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    pub added: Vec<String>,
    pub removed: Vec<String>,
    pub changed: Vec<String>,
    /// `briefing.toml`'s curation (deadlines, issues, events) differs.
    pub curation: bool,
}

impl Changes {
    pub fn between(old: &Briefing, new: &Briefing) -> Changes {
        let mut c = Changes::default();
        for s in &new.sources {
            match old.source(&s.id) {
                None => c.added.push(s.id.clone()),
                Some(o) if o.text != s.text => c.changed.push(s.id.clone()),
                Some(_) => {}
            }
        }
        for s in &old.sources {
            if new.source(&s.id).is_none() {
                c.removed.push(s.id.clone());
            }
        }
        let ids = |b: &Briefing| {
            (
                b.deadlines
                    .iter()
                    .map(|d| (d.id.clone(), d.due))
                    .collect::<Vec<_>>(),
                b.issues
                    .iter()
                    .map(|i| (i.id.clone(), i.mentions.len()))
                    .collect::<Vec<_>>(),
                b.events.len(),
                b.title.clone(),
            )
        };
        c.curation = ids(old) != ids(new);
        c
    }

    /// `+2 articles, 1 changed, 1 removed`, or that nothing did.
    pub fn summary(&self) -> String {
        let mut parts = Vec::new();
        let n =
            |k: usize, one: &str, many: &str| format!("{k} {}", if k == 1 { one } else { many });
        if !self.added.is_empty() {
            parts.push(format!("+{}", n(self.added.len(), "article", "articles")));
        }
        if !self.changed.is_empty() {
            parts.push(format!("{} changed", self.changed.len()));
        }
        if !self.removed.is_empty() {
            parts.push(format!("{} removed", self.removed.len()));
        }
        if self.curation {
            parts.push("briefing.toml changed".into());
        }
        if parts.is_empty() {
            "reloaded: no change".into()
        } else {
            format!("reloaded: {}", parts.join(", "))
        }
    }
}

impl App {
    /// Takes in a reload: a good briefing replaces the old one with the
    /// user's place kept; a bad one is reported and the old one stays.
    pub(super) fn reload(&mut self, reloaded: Reloaded) {
        if self.loading.is_some() {
            return self.first_load(reloaded);
        }
        match reloaded.0.as_ref() {
            Err(errors) => {
                self.load_errors = errors.iter().map(|e| e.to_string()).collect();
                let first = self.load_errors.first().cloned().unwrap_or_default();
                self.notice = Some(format!(
                    "not reloaded, {} error(s), ! shows them: {first}",
                    errors.len()
                ));
            }
            Ok(new) => {
                let mut new = new.clone();
                let suggested = super::app::suggest_if_uncurated(&mut new);
                let changes = Changes::between(&self.briefing, &new);
                let fixed = !self.load_errors.is_empty();
                self.load_errors.clear();
                self.replace_briefing(new, &changes);
                self.suggested = suggested;
                self.notice = Some(if fixed && changes == Changes::default() {
                    "reloaded: the errors are fixed".into()
                } else {
                    changes.summary()
                });
            }
        }
    }

    /// The folder's first load, done while the explorer showed its
    /// progress: the briefing as if it had opened with it, or the errors
    /// that end the explorer.
    fn first_load(&mut self, reloaded: Reloaded) {
        self.loading = None;
        match reloaded.0.as_ref() {
            Err(errors) => {
                self.fatal = errors.iter().map(|e| e.to_string()).collect();
                self.quit = true;
            }
            Ok(new) => {
                let mut opened = App::new(new.clone(), self.now, self.frozen);
                opened.live = self.live;
                opened.shift = self.shift;
                opened.pins = std::mem::take(&mut self.pins);
                opened.notice = self.notice.take();
                opened.update(super::app::Action::Resize(
                    self.size.width,
                    self.size.height,
                ));
                *self = opened;
            }
        }
    }

    fn replace_briefing(&mut self, new: Briefing, changes: &Changes) {
        // Where the user is, by id and text, before the indexes change.
        let article = self
            .briefing
            .sources
            .get(self.article)
            .map(|s| s.id.clone());
        let top = self.reader_rows().get(self.scroll).map(|r| r.start);
        let top_line = match (self.briefing.sources.get(self.article), top) {
            (Some(s), Some(at)) => Some(s.text[..at].matches('\n').count()),
            _ => None,
        };
        let unchanged = article
            .as_ref()
            .is_some_and(|id| !changes.changed.contains(id));
        let issue = self.briefing.issues.get(self.issue).map(|i| i.id.clone());
        let deadline = self
            .briefing
            .deadlines
            .get(self.deadline)
            .map(|d| d.id.clone());
        let person = self.person().map(|p| p.name.clone());

        self.briefing = std::sync::Arc::new(new);
        self.timeline = timeline::entries(&self.briefing);
        self.coverage = Coverage::of(&self.briefing);
        self.people = people::people(&self.briefing);
        self.unread.extend(changes.added.iter().cloned());
        self.unread.retain(|id| self.briefing.source(id).is_some());

        let b = &self.briefing;
        self.issue = issue
            .and_then(|id| b.issues.iter().position(|i| i.id == id))
            .unwrap_or(0);
        self.deadline = deadline
            .and_then(|id| b.deadlines.iter().position(|d| d.id == id))
            .unwrap_or(0);
        self.people_list.selected = person
            .and_then(|n| self.people.iter().position(|p| p.name == n))
            .unwrap_or(0);
        // Marks and walks point into the old texts: drop them.
        self.mark = None;
        self.stepping = None;
        let kept = article.and_then(|id| self.briefing.source_index(&id));
        self.article = kept.unwrap_or(0);
        self.rewrap();
        self.scroll = match (kept, top, top_line) {
            // Same text: the same row. Changed text: the same line.
            (Some(_), Some(at), _) if unchanged => text::row_of(self.reader_rows(), at),
            (Some(_), _, Some(line)) => {
                let text = &self.briefing.sources[self.article].text;
                let at = text
                    .match_indices('\n')
                    .nth(line.saturating_sub(1))
                    .map_or(0, |(i, _)| if line == 0 { 0 } else { i + 1 });
                text::row_of(self.reader_rows(), at)
            }
            _ => 0,
        };
        if self.briefing.sources.is_empty() && self.focus == Focus::Reader {
            self.focus = Focus::Issues;
        }
        if self.overlay == Overlay::Errors {
            self.overlay = Overlay::None;
        }
        // The results point into the old quotes and sentences: gone until
        // the search has run again.
        self.search.hits.clear();
        self.search.text_hits.clear();
        self.search.passages = None;
        self.run_search();
        self.follow_view();
        self.scroll = self.scroll.min(self.max_scroll());
        self.follow();
    }
}
