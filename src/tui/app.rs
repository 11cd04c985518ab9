//! Everything the explorer shows, and how actions change it. No I/O here:
//! the keymap turns events into actions, `update` applies them, the view reads.

use std::ops::Range;

use ratatui::layout::{Position, Rect};

use crate::briefing::search::{self, Hit};
use crate::briefing::{Briefing, Time, clock};
use crate::text;
use crate::tui::help;
use crate::tui::layout::{self, Panes};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Countdown,
    Issues,
    Reader,
}

impl Focus {
    const ORDER: [Focus; 3] = [Focus::Countdown, Focus::Issues, Focus::Reader];

    fn step(self, by: isize) -> Focus {
        let i = Focus::ORDER.iter().position(|f| *f == self).unwrap_or(0) as isize;
        Focus::ORDER[(i + by).rem_euclid(3) as usize]
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Search,
}

/// What `n`/`N` step through: the mentions of an issue, or search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stepping {
    Mentions { issue: usize, index: usize },
    Results { index: usize },
}

/// The passage shown as current in the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub source: usize,
    pub span: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    /// Computed on every edit, so drawing never searches.
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// First result shown.
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    FocusNext,
    FocusPrev,
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    NextArticle,
    PrevArticle,
    /// Zero-based article index.
    Article(usize),
    /// `Enter` on the focused pane.
    Open,
    NextMatch,
    PrevMatch,
    OpenSearch,
    SearchInput(char),
    SearchBackspace,
    CloseOverlay,
    OpenHelp,
    /// Index into `briefing.quotes`.
    JumpToQuote(usize),
    Tick(Time),
    Resize(u16, u16),
    Scroll {
        col: u16,
        row: u16,
        down: bool,
    },
    Click {
        col: u16,
        row: u16,
    },
    Quit,
    /// Ctrl-Z: the event loop gives the terminal back and stops the
    /// process; nothing in the state changes.
    Suspend,
}

#[derive(Debug, Clone)]
pub struct App {
    pub briefing: Briefing,
    pub now: Time,
    /// A frozen clock ignores ticks (`--now`, `BRIEF_NOW`).
    pub frozen: bool,
    /// Terminal size, for layout-dependent updates.
    pub size: Rect,
    pub focus: Focus,
    pub overlay: Overlay,
    pub deadline: usize,
    pub deadline_offset: usize,
    pub issue: usize,
    pub issue_offset: usize,
    /// Index into `briefing.sources`.
    pub article: usize,
    /// First display row of the article text shown.
    pub scroll: usize,
    pub mark: Option<Mark>,
    pub stepping: Option<Stepping>,
    pub search: Search,
    pub help_scroll: usize,
    pub quit: bool,
    /// The article as display rows at the reader's width: rewrapped when
    /// the article or that width changes, never while drawing.
    reader_rows: Vec<Range<usize>>,
}

/// What a move (`j`, `k`, `g`, `G`, a page, the wheel) moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    SearchResults,
    Help,
    Deadlines,
    Issues,
    Reader,
}

const WHEEL_LINES: isize = 3;

impl App {
    pub fn new(briefing: Briefing, now: Time, frozen: bool) -> App {
        let focus = if briefing.issues.is_empty() {
            Focus::Reader
        } else {
            Focus::Issues
        };
        let mut app = App {
            briefing,
            now,
            frozen,
            size: Rect::new(0, 0, 80, 24),
            focus,
            overlay: Overlay::None,
            deadline: 0,
            deadline_offset: 0,
            issue: 0,
            issue_offset: 0,
            article: 0,
            scroll: 0,
            mark: None,
            stepping: None,
            search: Search::default(),
            help_scroll: 0,
            quit: false,
            reader_rows: Vec::new(),
        };
        app.rewrap();
        app.run_search();
        if let Some(next) = clock::next_due(&app.briefing.deadlines, &app.now) {
            app.deadline = next;
        }
        app
    }

    pub fn panes(&self) -> Option<Panes> {
        layout::panes(
            self.size,
            self.briefing.deadlines.len(),
            self.briefing.issues.len(),
        )
    }

    /// The article text as display rows at the reader's current width.
    pub fn reader_rows(&self) -> &[Range<usize>] {
        &self.reader_rows
    }

    /// Wraps the current article for the reader's width. A size too small
    /// to lay out keeps the rows of the last real layout, which `scroll`
    /// still counts in, so growing back finds the same text.
    fn rewrap(&mut self) {
        if let (Some(s), Some(p)) = (self.briefing.sources.get(self.article), self.panes()) {
            self.reader_rows = text::wrap(&s.text, p.reader_text.width as usize);
        }
    }

    fn reader_height(&self) -> usize {
        self.panes()
            .map_or(1, |p| p.reader_text.height.max(1) as usize)
    }

    fn max_scroll(&self) -> usize {
        self.reader_rows.len().saturating_sub(self.reader_height())
    }

    pub fn update(&mut self, action: Action) {
        // Too small a terminal shows only a notice: nothing to act on but
        // leaving, the clock and a new size.
        let layout_free = matches!(
            action,
            Action::Quit
                | Action::Suspend
                | Action::Tick(_)
                | Action::Resize(..)
                | Action::CloseOverlay
        );
        if !layout_free && self.panes().is_none() {
            return;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => {}
            Action::Tick(now) => {
                if !self.frozen {
                    self.now = now;
                }
            }
            Action::Resize(w, h) => self.resize(w, h),
            Action::OpenHelp => {
                self.overlay = Overlay::Help;
                self.help_scroll = 0;
            }
            // The hits follow every edit, so they are current: reopening shows
            // the list where it was left, the walk's result still selected.
            Action::OpenSearch => self.overlay = Overlay::Search,
            Action::CloseOverlay => self.overlay = Overlay::None,
            // A pasted control character would reach the terminal when the
            // query is drawn.
            Action::SearchInput(c) if c.is_control() => {}
            Action::SearchInput(c) => {
                self.search.query.push(c);
                self.run_search();
            }
            Action::SearchBackspace => {
                self.search.query.pop();
                self.run_search();
            }
            Action::JumpToQuote(q) => self.jump_to_quote(q),
            Action::FocusNext => self.focus = self.focus.step(1),
            Action::FocusPrev => self.focus = self.focus.step(-1),
            Action::Up => self.move_by(self.target(), -1),
            Action::Down => self.move_by(self.target(), 1),
            Action::PageUp => self.move_by(self.target(), -(self.page() as isize)),
            Action::PageDown => self.move_by(self.target(), self.page() as isize),
            Action::Top => self.move_to(self.target(), 0),
            Action::Bottom => self.move_to(self.target(), usize::MAX),
            Action::NextArticle => self.switch_article(self.article as isize + 1),
            Action::PrevArticle => self.switch_article(self.article as isize - 1),
            Action::Article(i) => {
                if i < self.briefing.sources.len() {
                    self.switch_article(i as isize);
                }
            }
            Action::Open => self.open(),
            Action::NextMatch => self.step(1),
            Action::PrevMatch => self.step(-1),
            Action::Scroll { col, row, down } => self.wheel(col, row, down),
            Action::Click { col, row } => self.click(col, row),
        }
    }

    fn resize(&mut self, w: u16, h: u16) {
        // The first byte the reader shows, to show it again at the new width.
        let top = self.reader_rows.get(self.scroll).map(|r| r.start);
        self.size = Rect::new(0, 0, w, h);
        if self.panes().is_none() {
            return;
        }
        self.rewrap();
        if let Some(top) = top {
            self.scroll = text::row_of(&self.reader_rows, top);
        }
        self.scroll = self.scroll.min(self.max_scroll());
        self.follow();
    }

    /// What moves go to: the open overlay's list, else the focused pane.
    fn target(&self) -> Target {
        match (self.overlay, self.focus) {
            (Overlay::Search, _) => Target::SearchResults,
            (Overlay::Help, _) => Target::Help,
            (_, Focus::Countdown) => Target::Deadlines,
            (_, Focus::Issues) => Target::Issues,
            (_, Focus::Reader) => Target::Reader,
        }
    }

    /// Rows one page moves, for what moves would move now.
    fn page(&self) -> usize {
        let Some(p) = self.panes() else { return 1 };
        let rows = match self.target() {
            Target::SearchResults => layout::search_results(self.size).height as usize / 2,
            Target::Help => layout::inner(layout::help_box(self.size)).height as usize,
            Target::Deadlines => p.countdown_list.height as usize,
            Target::Issues => p.issue_list.height as usize,
            Target::Reader => p.reader_text.height as usize,
        };
        rows.saturating_sub(1).max(1)
    }

    /// Where `target` is (its selection or scroll), and how many places it has.
    fn position(&self, target: Target) -> (usize, usize) {
        match target {
            Target::SearchResults => (self.search.selected, self.search.hits.len()),
            Target::Help => (
                self.help_scroll,
                help::max_scroll(&self.briefing, self.size) + 1,
            ),
            Target::Deadlines => (self.deadline, self.briefing.deadlines.len()),
            Target::Issues => (self.issue, self.briefing.issues.len()),
            Target::Reader => (self.scroll, self.max_scroll() + 1),
        }
    }

    /// Puts `target` at place `at`, or its last place if there are fewer.
    fn move_to(&mut self, target: Target, at: usize) {
        let (_, len) = self.position(target);
        let at = at.min(len.saturating_sub(1));
        match target {
            Target::SearchResults => self.search.selected = at,
            Target::Help => self.help_scroll = at,
            Target::Deadlines => self.deadline = at,
            Target::Issues => self.issue = at,
            Target::Reader => self.scroll = at,
        }
        self.follow();
    }

    fn move_by(&mut self, target: Target, by: isize) {
        let (at, _) = self.position(target);
        self.move_to(target, at.saturating_add_signed(by));
    }

    /// Keeps each list's selection inside its visible rows.
    fn follow(&mut self) {
        let Some(p) = self.panes() else { return };
        let keep = |sel: usize, offset: usize, rows: usize| -> usize {
            let rows = rows.max(1);
            if sel < offset {
                sel
            } else if sel >= offset + rows {
                sel + 1 - rows
            } else {
                offset
            }
        };
        self.deadline_offset = keep(
            self.deadline,
            self.deadline_offset,
            p.countdown_list.height as usize,
        );
        self.issue_offset = keep(self.issue, self.issue_offset, p.issue_list.height as usize);
        let results = (layout::search_results(self.size).height / 2) as usize;
        self.search.offset = keep(self.search.selected, self.search.offset, results);
    }

    fn run_search(&mut self) {
        self.search.hits = search::search(&self.briefing.quotes, &self.search.query);
        self.search.selected = 0;
        self.search.offset = 0;
        // A walk's index points into the list just replaced. The mark stays:
        // Esc leaves the reader as it was, only `n` has nothing left to step.
        if matches!(self.stepping, Some(Stepping::Results { .. })) {
            self.stepping = None;
        }
    }

    fn switch_article(&mut self, to: isize) {
        let n = self.briefing.sources.len();
        if n == 0 {
            return;
        }
        let to = to.rem_euclid(n as isize) as usize;
        if to != self.article {
            self.article = to;
            self.scroll = 0;
            self.rewrap();
        }
    }

    /// Shows `span` of source `source` in the reader, marked and in view.
    fn show(&mut self, source: usize, span: Range<usize>) {
        self.switch_article(source as isize);
        let rows = &self.reader_rows;
        let target = text::row_of(rows, span.start);
        let end = text::row_of(rows, span.end.saturating_sub(1).max(span.start));
        let height = self.reader_height();
        // Already fully visible: leave the page still so the eye is not lost.
        if target < self.scroll || end >= self.scroll + height {
            self.scroll = target.saturating_sub(height / 3);
        }
        self.scroll = self.scroll.min(self.max_scroll());
        self.mark = Some(Mark { source, span });
    }

    fn open(&mut self) {
        match self.focus {
            Focus::Issues => self.show_mention(self.issue, 0),
            Focus::Countdown => {
                let anchor = self
                    .briefing
                    .deadlines
                    .get(self.deadline)
                    .and_then(|d| d.anchors.first())
                    .and_then(|a| Some((self.briefing.source_index(&a.source)?, a.span.clone())));
                if let Some((source, span)) = anchor {
                    self.stepping = None;
                    self.show(source, span);
                }
            }
            Focus::Reader => {}
        }
    }

    fn show_mention(&mut self, issue: usize, index: usize) {
        let Some(m) = self
            .briefing
            .issues
            .get(issue)
            .and_then(|i| i.mentions.get(index))
        else {
            return;
        };
        let Some(source) = self.briefing.source_index(&m.source) else {
            return;
        };
        let span = m.span.clone();
        self.stepping = Some(Stepping::Mentions { issue, index });
        self.show(source, span);
    }

    fn jump_to_quote(&mut self, q: usize) {
        let Some(quote) = self.briefing.quotes.get(q) else {
            return;
        };
        let Some(source) = self.briefing.source_index(&quote.source) else {
            return;
        };
        let span = quote.span.clone();
        self.overlay = Overlay::None;
        self.focus = Focus::Reader;
        let index = self.search.hits.iter().position(|h| h.quote == q);
        self.stepping = index.map(|index| Stepping::Results { index });
        if let Some(index) = index {
            self.search.selected = index;
        }
        self.show(source, span);
    }

    /// `n`/`N`: the next mention or search result, wrapping around. A walk
    /// over mentions goes on only while its issue is the one selected: once
    /// the selection moves, `n` means the mentions of the issue now selected.
    fn step(&mut self, by: isize) {
        let wrap = |i: usize, n: usize| (i as isize + by).rem_euclid(n as isize) as usize;
        match self.stepping {
            Some(Stepping::Mentions { issue, index }) if issue == self.issue => {
                let n = self.briefing.issues[issue].mentions.len();
                if n > 0 {
                    self.show_mention(issue, wrap(index, n));
                }
            }
            // In the issue list `n` means mentions, as its key hints say.
            Some(Stepping::Results { index }) if self.focus != Focus::Issues => {
                let n = self.search.hits.len();
                if n > 0 {
                    let q = self.search.hits[wrap(index, n)].quote;
                    self.jump_to_quote(q);
                }
            }
            _ => {
                let n = self
                    .briefing
                    .issues
                    .get(self.issue)
                    .map_or(0, |i| i.mentions.len());
                if n > 0 {
                    let index = if by >= 0 { 0 } else { n - 1 };
                    self.show_mention(self.issue, index);
                }
            }
        }
    }

    /// The wheel scrolls the overlay, or the pane under the pointer
    /// without moving the focus.
    fn wheel(&mut self, col: u16, row: u16, down: bool) {
        let at = Position::new(col, row);
        let sign = if down { 1 } else { -1 };
        let Some(p) = self.panes() else { return };
        let (target, by) = match self.overlay {
            Overlay::Search => (Target::SearchResults, 1),
            Overlay::Help => (Target::Help, WHEEL_LINES),
            Overlay::None if p.reader.contains(at) => (Target::Reader, WHEEL_LINES),
            Overlay::None if p.issues.contains(at) || p.issue_detail.contains(at) => {
                (Target::Issues, 1)
            }
            Overlay::None if p.countdown.contains(at) => (Target::Deadlines, 1),
            Overlay::None => return,
        };
        self.move_by(target, sign * by);
    }

    fn click(&mut self, col: u16, row: u16) {
        let at = Position::new(col, row);
        if self.overlay != Overlay::None {
            return;
        }
        let Some(p) = self.panes() else { return };
        if p.issue_list.contains(at) {
            let i = self.issue_offset + (row - p.issue_list.y) as usize;
            if i < self.briefing.issues.len() {
                self.issue = i;
            }
            self.focus = Focus::Issues;
        } else if p.issues.contains(at) || p.issue_detail.contains(at) {
            self.focus = Focus::Issues;
        } else if p.reader.contains(at) {
            self.focus = Focus::Reader;
        } else if p.countdown_list.contains(at) {
            let i = self.deadline_offset + (row - p.countdown_list.y) as usize;
            if i < self.briefing.deadlines.len() {
                self.deadline = i;
            }
            self.focus = Focus::Countdown;
        } else if p.countdown.contains(at) {
            self.focus = Focus::Countdown;
        }
        self.follow();
    }
}
