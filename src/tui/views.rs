//! How actions change the analyst's views (timeline, coverage, people,
//! pins), the tabs, time travel and pinning. The same `App`, the same pure
//! update: writing pins and copying go out as `Effect`s for the loop.

use ratatui::layout::{Position, Rect};

use super::app::{App, Effect, Focus, ListState, Stepping, View};
use super::layout::{self, Split, ViewPanes};
use crate::briefing::model::Time;
use crate::briefing::pins::{Kind, Pin};
use crate::briefing::text::find_loose;
use crate::text::width;

impl App {
    /// The panes of the view on screen (empty for the briefing's own).
    pub fn view_panes(&self) -> ViewPanes {
        let body = self.panes().map_or(Rect::default(), |p| p.body);
        let split = match self.view {
            View::People => Split::Beside,
            View::Pins => Split::Below,
            _ => Split::None,
        };
        layout::view_panes(body, split)
    }

    /// Each tab's label and where it stands on the tab row.
    pub fn tabs(&self) -> Vec<(View, String, Rect)> {
        let Some(row) = self.panes().map(|p| p.tabs) else {
            return Vec::new();
        };
        let mut x = row.x + 1;
        View::ALL
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let mut label = format!("{} {}", i + 1, v.name());
                if *v == View::Pins && !self.pins.is_empty() {
                    label.push_str(&format!(" ({})", self.pins.len()));
                }
                let label = if *v == self.view {
                    format!("[{label}]")
                } else {
                    format!(" {label} ")
                };
                let w = width(&label) as u16;
                let at = Rect::new(
                    x.min(row.right()),
                    row.y,
                    w.min(row.right().saturating_sub(x)),
                    1,
                );
                x = x.saturating_add(w + 1);
                (*v, label, at)
            })
            .collect()
    }

    pub(super) fn tab_at(&self, at: Position) -> Option<View> {
        self.tabs()
            .into_iter()
            .find(|(_, _, r)| r.contains(at))
            .map(|(v, _, _)| v)
    }

    pub(super) fn show_view(&mut self, view: View) {
        self.view = view;
        self.follow_view();
    }

    /// Keeps the view's selections in range and in sight.
    pub(super) fn follow_view(&mut self) {
        let last = |n: usize| n.saturating_sub(1);
        self.timeline_list.selected = self.timeline_list.selected.min(last(self.timeline.len()));
        self.people_list.selected = self.people_list.selected.min(last(self.people.len()));
        self.pins_list.selected = self.pins_list.selected.min(last(self.pins.len()));
        self.cov_row = self.cov_row.min(last(self.briefing.issues.len()));
        self.cov_col = self.cov_col.min(last(self.briefing.sources.len()));
        self.move_column(0);
    }

    /// Moves the clock `shift` away from the live (or `--now`) moment.
    pub(super) fn travel(&mut self, shift: chrono::TimeDelta) {
        self.shift = shift;
        self.now = self.moved();
        self.follow_view();
    }

    /// `live` moved by `shift`. A live clock shows the local offset in force
    /// at that moment, so a trip across a change to or from summer time
    /// reads as the wall clock will; a frozen one keeps the offset `--now`
    /// gave, which is all a recording can rest on.
    pub(super) fn moved(&self) -> Time {
        let at = self.live + self.shift;
        if self.frozen {
            at
        } else {
            at.with_timezone(&chrono::Local).fixed_offset()
        }
    }

    pub fn person(&self) -> Option<&crate::briefing::people::Person> {
        self.people.get(self.people_list.selected)
    }

    /// Coverage: the next or previous source column, kept in sight.
    pub(super) fn move_column(&mut self, by: isize) {
        let n = self.briefing.sources.len();
        if n == 0 {
            return;
        }
        self.cov_col = self.cov_col.saturating_add_signed(by).min(n - 1);
        let shown = self.coverage_columns();
        if self.cov_col < self.cov_col_offset {
            self.cov_col_offset = self.cov_col;
        } else if self.cov_col >= self.cov_col_offset + shown {
            self.cov_col_offset = self.cov_col + 1 - shown;
        }
    }

    /// How many source columns the coverage matrix has room for.
    pub fn coverage_columns(&self) -> usize {
        let inner = self.view_panes().list;
        (inner.width as usize)
            .saturating_sub(COVERAGE_LABEL + COVERAGE_CELL + ONE_SOURCE.len())
            .checked_div(COVERAGE_CELL)
            .unwrap_or(0)
            .max(1)
    }

    /// Opens anchor `index` of timeline entry `entry` in the reader.
    pub(super) fn open_entry(&mut self, entry: usize, index: usize) {
        let Some(a) = self
            .timeline
            .get(entry)
            .and_then(|e| e.anchors(&self.briefing).get(index))
        else {
            return;
        };
        let Some(source) = self.briefing.source_index(&a.source) else {
            return;
        };
        let span = a.span.clone();
        self.focus = Focus::Reader;
        self.show(source, span);
        self.stepping = Some(Stepping::Anchors { entry, index });
    }

    /// Opens the selected cell's issue at its first mention in that source;
    /// `n` walks on through the issue's mentions.
    pub(super) fn open_cell(&mut self) {
        let (row, col) = (self.cov_row, self.cov_col);
        let Some(issue) = self.briefing.issues.get(row) else {
            return;
        };
        let Some(source) = self.briefing.sources.get(col) else {
            return;
        };
        let Some(index) = issue.mentions.iter().position(|m| m.source == source.id) else {
            return;
        };
        self.issue = row;
        self.focus = Focus::Reader;
        self.show_mention(row, index);
    }

    /// On a person: their quotes take the focus; on a quote: the reader.
    pub(super) fn open_person(&mut self) {
        if !self.in_quotes {
            self.in_quotes = !self.people.is_empty();
            return;
        }
        self.open_person_quote(self.people_list.selected, self.person_quotes.selected);
    }

    pub(super) fn open_person_quote(&mut self, person: usize, index: usize) {
        let Some(&q) = self.people.get(person).and_then(|p| p.quotes.get(index)) else {
            return;
        };
        let quote = &self.briefing.quotes[q];
        let Some(source) = self.briefing.source_index(&quote.source) else {
            return;
        };
        let span = quote.span.clone();
        self.focus = Focus::Reader;
        self.show(source, span);
        self.stepping = Some(Stepping::Quotes { person, index });
    }

    pub(super) fn open_pin(&mut self) {
        let Some(pin) = self.pins.get(self.pins_list.selected) else {
            return;
        };
        let Some(source) = self.briefing.source_index(&pin.source) else {
            self.notice = Some(format!(
                "source {:?} is no longer in this briefing",
                pin.source
            ));
            return;
        };
        let Some(span) = find_loose(&self.briefing.sources[source].text, &pin.text)
            .into_iter()
            .next()
        else {
            self.notice = Some("the pinned words are no longer in their source".into());
            return;
        };
        self.focus = Focus::Reader;
        self.stepping = None;
        self.show(source, span);
    }

    /// What `p` pins and `y` copies here: the quote, mention or reader line
    /// under the cursor.
    pub fn under_cursor(&self) -> Option<Pin> {
        let b = &self.briefing;
        let anchor_pin = |a: &crate::briefing::Anchor| {
            let text = b.source(&a.source)?.text.get(a.span.clone())?.to_string();
            Some(Pin {
                kind: Kind::Mention,
                source: a.source.clone(),
                line: a.line,
                text,
                speaker: None,
            })
        };
        let quote_pin = |q: usize| {
            let q = b.quotes.get(q)?;
            Some(Pin {
                kind: Kind::Quote,
                source: q.source.clone(),
                line: q.line,
                text: q.text.clone(),
                speaker: q.speaker.clone(),
            })
        };
        match self.view {
            View::Pins => self.pins.get(self.pins_list.selected).cloned(),
            View::People => {
                let q = *self.person()?.quotes.get(self.person_quotes.selected)?;
                self.in_quotes.then(|| quote_pin(q))?
            }
            View::Timeline => {
                let e = self.timeline.get(self.timeline_list.selected)?;
                anchor_pin(e.anchors(b).first()?)
            }
            View::Coverage => {
                let source = &b.sources.get(self.cov_col)?.id;
                let issue = b.issues.get(self.cov_row)?;
                anchor_pin(issue.mentions.iter().find(|m| &m.source == source)?)
            }
            View::Briefing => match self.focus {
                Focus::Countdown => anchor_pin(b.deadlines.get(self.deadline)?.anchors.first()?),
                Focus::Issues => {
                    let issue = b.issues.get(self.issue)?;
                    let index = match self.stepping {
                        Some(Stepping::Mentions { issue: i, index }) if i == self.issue => index,
                        _ => 0,
                    };
                    anchor_pin(issue.mentions.get(index)?)
                }
                Focus::Reader => self.reader_pin(),
            },
        }
    }

    /// In the reader: the passage shown as current if it is on this
    /// article (a quote when it is one), else the line at the top.
    fn reader_pin(&self) -> Option<Pin> {
        let b = &self.briefing;
        let source = b.sources.get(self.article)?;
        if let Some(mark) = self.mark.as_ref().filter(|m| m.source == self.article) {
            if let Some(q) = b
                .quotes
                .iter()
                .find(|q| q.source == source.id && q.span == mark.span)
            {
                return Some(Pin {
                    kind: Kind::Quote,
                    source: q.source.clone(),
                    line: q.line,
                    text: q.text.clone(),
                    speaker: q.speaker.clone(),
                });
            }
            return Some(Pin {
                kind: Kind::Mention,
                source: source.id.clone(),
                line: crate::briefing::text::line_of(&source.text, mark.span.start),
                text: source.text.get(mark.span.clone())?.to_string(),
                speaker: None,
            });
        }
        let at = self.reader_rows().get(self.scroll)?.start;
        let line_start = source.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source.text[at..]
            .find('\n')
            .map_or(source.text.len(), |i| at + i);
        let text = source.text[line_start..line_end].trim();
        (!text.is_empty()).then(|| Pin {
            kind: Kind::Line,
            source: source.id.clone(),
            line: crate::briefing::text::line_of(&source.text, line_start),
            text: text.to_string(),
            speaker: None,
        })
    }

    pub(super) fn pin(&mut self) {
        if self.view == View::Pins {
            return;
        }
        let Some(pin) = self.under_cursor() else {
            self.notice = Some("nothing here to pin".into());
            return;
        };
        if self.pins.contains(&pin) {
            self.notice = Some("already pinned".into());
            return;
        }
        self.pins.push(pin);
        self.notice = Some(format!("pinned ({} in all; 5 lists them)", self.pins.len()));
        self.effects.push(Effect::SavePins);
    }

    pub(super) fn unpin(&mut self) {
        if self.view != View::Pins || self.pins.is_empty() {
            return;
        }
        self.pins.remove(self.pins_list.selected);
        self.pins_list = ListState {
            selected: self
                .pins_list
                .selected
                .min(self.pins.len().saturating_sub(1)),
            ..self.pins_list
        };
        self.notice = Some(format!("unpinned ({} left)", self.pins.len()));
        self.effects.push(Effect::SavePins);
    }

    pub(super) fn copy(&mut self) {
        let Some(pin) = self.under_cursor() else {
            self.notice = Some("nothing here to copy".into());
            return;
        };
        self.effects
            .push(Effect::Copy(pin.citation(&self.briefing)));
        self.notice = Some("citation copied to the clipboard (OSC 52)".into());
    }
}

/// Cells of the coverage matrix's issue column, and of each source column.
pub const COVERAGE_LABEL: usize = 26;
pub const COVERAGE_CELL: usize = 6;
/// After an issue's total when a single source mentions it.
pub const ONE_SOURCE: &str = "  one source";
