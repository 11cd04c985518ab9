//! Everything the explorer shows, and how actions change it. No I/O here:
//! the keymap turns events into actions, `update` applies them, the view reads.

use std::ops::Range;
use std::sync::Arc;

use ratatui::layout::{Position, Rect};

use crate::briefing::coverage::Coverage;
use crate::briefing::load::Progress;
use crate::briefing::people::{self, Person};
use crate::briefing::pins::Pin;
use crate::briefing::search::{Hit, Passage, TextHit};
use crate::briefing::suggest;
use crate::briefing::timeline::{self, Entry};
use crate::briefing::{Briefing, Time, clock};
use crate::text;
use crate::tui::help;
use crate::tui::layout::{self, Panes};
use crate::tui::reload::Reloaded;
use crate::tui::search_job::{self, Request, Results};

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

/// The explorer's views, shown as tabs along the top.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Briefing,
    Timeline,
    Coverage,
    People,
    Pins,
}

impl View {
    pub const ALL: [View; 5] = [
        View::Briefing,
        View::Timeline,
        View::Coverage,
        View::People,
        View::Pins,
    ];

    pub fn name(self) -> &'static str {
        match self {
            View::Briefing => "Briefing",
            View::Timeline => "Timeline",
            View::Coverage => "Coverage",
            View::People => "People",
            View::Pins => "Pins",
        }
    }

    fn step(self, by: isize) -> View {
        let i = View::ALL.iter().position(|v| *v == self).unwrap_or(0) as isize;
        View::ALL[(i + by).rem_euclid(View::ALL.len() as isize) as usize]
    }
}

/// A list's selected row and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ListState {
    pub selected: usize,
    pub offset: usize,
}

/// Something for the loop to do after an update: the only way an update
/// reaches outside the app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Write the pins to the state directory.
    SavePins,
    /// Put this text on the terminal's clipboard (OSC 52).
    Copy(String),
    /// Run this search and answer with `Action::Found`: a large briefing's
    /// search runs off the loop, so typing never waits for it.
    Search(Request),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    None,
    Help,
    Search,
    /// The errors of a reload that did not take (`!`).
    Errors,
    /// What is known of the article shown and who said its quotes, and why
    /// the speaker was chosen (`i`).
    Info,
}

/// What `n`/`N` step through: the mentions of an issue, or search results.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stepping {
    Mentions {
        issue: usize,
        index: usize,
    },
    Results {
        index: usize,
    },
    /// The anchors of a timeline entry (index into `App::timeline`).
    Anchors {
        entry: usize,
        index: usize,
    },
    /// The quotes of a person (index into `App::people`).
    Quotes {
        person: usize,
        index: usize,
    },
}

/// The passage shown as current in the reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub source: usize,
    pub span: Range<usize>,
}

/// What the search overlay searches: what people are quoted saying, or the
/// full text of every source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SearchScope {
    #[default]
    Quotes,
    Text,
}

#[derive(Debug, Clone, Default)]
pub struct Search {
    pub query: String,
    pub scope: SearchScope,
    /// The answer to the last search that came back, so drawing never
    /// searches; the best [`search_job::SEARCH_TOP`] of each scope, and how
    /// many matched in all.
    pub hits: Vec<Hit>,
    pub text_hits: Vec<TextHit>,
    pub total: usize,
    pub text_total: usize,
    /// Every sentence of every source, made by the first full-text search.
    pub passages: Option<Arc<Vec<Passage>>>,
    /// Full text has been searched once: from then on its count shows
    /// beside the quotes' too.
    pub text_asked: bool,
    /// Numbers the searches asked for; only the latest one's answer is
    /// taken.
    pub generation: u64,
    /// A search is under way: the results shown are for an earlier query.
    pub pending: bool,
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
    /// Shows a view; `NextView`/`PrevView` step through them.
    ShowView(View),
    NextView,
    PrevView,
    /// Moves the explorer's clock by this many seconds from the live (or
    /// `--now`) moment; `LiveClock` returns to it.
    ShiftClock(i64),
    LiveClock,
    /// Coverage: the previous / next source column.
    Left,
    Right,
    /// Pins what is under the cursor; `Unpin` removes the selected pin.
    Pin,
    Unpin,
    /// Copies the selection as a citation.
    Copy,
    /// A line for the status bar, from the loop (a pins file set aside, a
    /// failed write).
    Notice(String),
    /// The data folder loaded again after a change on disk.
    Reload(Reloaded),
    /// Shows the errors of the last reload that did not take.
    OpenErrors,
    /// The search overlay: quotes or the full text.
    ToggleScope,
    /// A search job's answer.
    Found(Box<Results>),
    /// How far the folder's first load has got.
    Loading(Progress),
    /// Index into the full-text results: shows that sentence in the reader.
    JumpToPassage(usize),
    OpenInfo,
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
    /// Shared with a search job that may be running over it.
    pub briefing: Arc<Briefing>,
    /// The moment in use: the live (or frozen) clock moved by `shift`.
    pub now: Time,
    /// The live clock's last tick, or the `--now` moment.
    pub live: Time,
    /// How far time travel has moved the clock from `live`.
    pub shift: chrono::TimeDelta,
    /// A frozen clock ignores ticks (`--now`, `BRIEF_NOW`) and keeps the
    /// offset it was given; a live one is the machine's local time.
    pub frozen: bool,
    pub view: View,
    /// Derived from the briefing once: what the analyst views show.
    pub timeline: Vec<Entry>,
    pub coverage: Coverage,
    pub people: Vec<Person>,
    pub timeline_list: ListState,
    /// Coverage cursor: issue row, source column, first column shown.
    pub cov_row: usize,
    pub cov_col: usize,
    pub cov_col_offset: usize,
    pub people_list: ListState,
    /// People: the selected person's quotes, and whether they have focus.
    pub person_quotes: ListState,
    pub in_quotes: bool,
    pub pins: Vec<Pin>,
    pub pins_list: ListState,
    /// The last notice for the status line.
    pub notice: Option<String>,
    /// What the loop must do after this update; it drains the list.
    pub effects: Vec<Effect>,
    /// Articles added by a reload and not opened since.
    pub unread: std::collections::BTreeSet<String>,
    /// Why the last reload did not take, as `file:line: message`.
    pub load_errors: Vec<String>,
    /// While the folder's first load runs: how far it has got.
    pub loading: Option<Progress>,
    /// Why the first load failed: the explorer ends and these are printed.
    pub fatal: Vec<String>,
    /// The countdown shows deadlines suggested from the text, since the
    /// briefing curates none.
    pub suggested: bool,
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

/// What is in front: the open overlay, else the focused pane. Moves (`j`,
/// `k`, `g`, `G`, a page) go to it, and the status line's hints are its.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    Search,
    Help,
    Countdown,
    Issues,
    Reader,
    Timeline,
    Coverage,
    People,
    PersonQuotes,
    Pins,
}

const WHEEL_LINES: isize = 3;
/// How many suggested deadlines an uncurated countdown shows.
const SUGGESTED: usize = 8;

/// With no curated deadline, the countdown still counts down: to what the
/// text itself dates (`brief suggest`). True when it does.
pub(super) fn suggest_if_uncurated(briefing: &mut Briefing) -> bool {
    if !briefing.deadlines.is_empty() || briefing.sources.is_empty() {
        return false;
    }
    briefing.deadlines = suggest::suggest(briefing)
        .iter()
        .take(SUGGESTED)
        .enumerate()
        .map(|(i, s)| s.to_deadline(&format!("suggested-{}", i + 1)))
        .collect();
    !briefing.deadlines.is_empty()
}

impl App {
    pub fn new(mut briefing: Briefing, now: Time, frozen: bool) -> App {
        let suggested = suggest_if_uncurated(&mut briefing);
        let focus = if briefing.issues.is_empty() {
            Focus::Reader
        } else {
            Focus::Issues
        };
        let timeline = timeline::entries(&briefing);
        let coverage = Coverage::of(&briefing);
        let people = people::people(&briefing);
        let mut app = App {
            briefing: Arc::new(briefing),
            now,
            live: now,
            shift: chrono::TimeDelta::zero(),
            frozen,
            view: View::Briefing,
            timeline,
            coverage,
            people,
            timeline_list: ListState::default(),
            cov_row: 0,
            cov_col: 0,
            cov_col_offset: 0,
            people_list: ListState::default(),
            person_quotes: ListState::default(),
            in_quotes: false,
            pins: Vec::new(),
            pins_list: ListState::default(),
            notice: None,
            effects: Vec::new(),
            unread: Default::default(),
            load_errors: Vec::new(),
            loading: None,
            fatal: Vec::new(),
            suggested,
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
        // The timeline opens where "now" falls, on the first item to come.
        let coming = timeline::now_index(&app.timeline, &app.now);
        app.timeline_list.selected = coming.min(app.timeline.len().saturating_sub(1));
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

    /// The quotes of the article shown that stand, at least in part, on
    /// the rows in view; the marked one first if it is a quote.
    pub fn quotes_in_view(&self) -> Vec<usize> {
        let Some(source) = self.briefing.sources.get(self.article) else {
            return Vec::new();
        };
        let height = self.reader_height();
        let rows = &self.reader_rows;
        let start = rows.get(self.scroll).map_or(0, |r| r.start);
        let end = rows
            .get((self.scroll + height).min(rows.len()).saturating_sub(1))
            .map_or(source.text.len(), |r| r.end);
        let marked = self.mark.as_ref().filter(|m| m.source == self.article);
        let mut out: Vec<usize> = self
            .briefing
            .quotes
            .iter()
            .enumerate()
            .filter(|(_, q)| q.source == source.id && q.span.start < end && q.span.end > start)
            .map(|(i, _)| i)
            .collect();
        if let Some(m) = marked
            && let Some(at) = out
                .iter()
                .position(|&q| self.briefing.quotes[q].span == m.span)
        {
            let q = out.remove(at);
            out.insert(0, q);
        }
        out
    }

    /// The article text as display rows at the reader's current width.
    pub fn reader_rows(&self) -> &[Range<usize>] {
        &self.reader_rows
    }

    /// Wraps the current article for the reader's width. A size too small
    /// to lay out keeps the rows of the last real layout, which `scroll`
    /// still counts in, so growing back finds the same text.
    pub(super) fn rewrap(&mut self) {
        if let (Some(s), Some(p)) = (self.briefing.sources.get(self.article), self.panes()) {
            self.reader_rows = text::wrap(&s.text, p.reader_text.width as usize);
        }
    }

    fn reader_height(&self) -> usize {
        self.panes()
            .map_or(1, |p| p.reader_text.height.max(1) as usize)
    }

    pub(super) fn max_scroll(&self) -> usize {
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
                | Action::Loading(_)
                | Action::Resize(..)
                | Action::CloseOverlay
        );
        if !layout_free && self.panes().is_none() {
            return;
        }
        // A notice answers the key before; the next key clears it.
        if !matches!(
            action,
            Action::Tick(_) | Action::Loading(_) | Action::Resize(..) | Action::Reload(_)
        ) {
            self.notice = None;
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Suspend => {}
            Action::Tick(now) => {
                if !self.frozen {
                    self.live = now;
                    self.now = self.moved();
                }
            }
            Action::ShowView(v) => self.show_view(v),
            Action::NextView => self.show_view(self.view.step(1)),
            Action::PrevView => self.show_view(self.view.step(-1)),
            Action::ShiftClock(secs) => self.travel(self.shift + chrono::TimeDelta::seconds(secs)),
            Action::LiveClock => self.travel(chrono::TimeDelta::zero()),
            Action::Left => self.move_column(-1),
            Action::Right => self.move_column(1),
            Action::Pin => self.pin(),
            Action::Unpin => self.unpin(),
            Action::Copy => self.copy(),
            Action::Notice(text) => self.notice = Some(text),
            Action::Reload(reloaded) => self.reload(reloaded),
            Action::ToggleScope => {
                self.search.scope = match self.search.scope {
                    SearchScope::Quotes => SearchScope::Text,
                    SearchScope::Text => SearchScope::Quotes,
                };
                self.search.text_asked = true;
                self.run_search();
            }
            Action::Found(results) => self.found(*results),
            // Progress that arrives after the load is in means nothing.
            Action::Loading(progress) => {
                if self.loading.is_some() {
                    self.loading = Some(progress);
                }
            }
            Action::JumpToPassage(i) => self.jump_to_passage(i),
            Action::OpenInfo => {
                if !self.briefing.sources.is_empty() {
                    self.overlay = Overlay::Info;
                    self.help_scroll = 0;
                }
            }
            Action::OpenErrors => {
                if !self.load_errors.is_empty() {
                    self.overlay = Overlay::Errors;
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
            Action::FocusNext => self.step_focus(1),
            Action::FocusPrev => self.step_focus(-1),
            Action::Up => self.move_by(self.front(), -1),
            Action::Down => self.move_by(self.front(), 1),
            Action::PageUp => self.move_by(self.front(), -(self.page() as isize)),
            Action::PageDown => self.move_by(self.front(), self.page() as isize),
            Action::Top => self.move_to(self.front(), 0),
            Action::Bottom => self.move_to(self.front(), usize::MAX),
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

    pub fn front(&self) -> Front {
        match (self.overlay, self.view, self.focus) {
            (Overlay::Search, _, _) => Front::Search,
            (Overlay::Help | Overlay::Errors | Overlay::Info, _, _) => Front::Help,
            (_, View::Briefing, Focus::Countdown) => Front::Countdown,
            (_, View::Briefing, Focus::Issues) => Front::Issues,
            (_, View::Briefing, Focus::Reader) => Front::Reader,
            (_, View::Timeline, _) => Front::Timeline,
            (_, View::Coverage, _) => Front::Coverage,
            (_, View::People, _) if self.in_quotes => Front::PersonQuotes,
            (_, View::People, _) => Front::People,
            (_, View::Pins, _) => Front::Pins,
        }
    }

    fn step_focus(&mut self, by: isize) {
        match self.view {
            View::Briefing => self.focus = self.focus.step(by),
            View::People => self.in_quotes = !self.in_quotes && !self.people.is_empty(),
            _ => {}
        }
    }

    /// Rows one page moves, for what moves would move now.
    fn page(&self) -> usize {
        let Some(p) = self.panes() else { return 1 };
        let rows = match self.front() {
            Front::Search => layout::search_results(self.size).height as usize / 2,
            Front::Help => layout::inner(layout::help_box(self.size)).height as usize,
            Front::Countdown => p.countdown_list.height as usize,
            Front::Issues => p.issue_list.height as usize,
            Front::Reader => p.reader_text.height as usize,
            Front::PersonQuotes => self.view_panes().side_list.height as usize / 2,
            _ => self.view_panes().list.height as usize,
        };
        rows.saturating_sub(1).max(1)
    }

    /// Where `target` is (its selection or scroll), and how many places it has.
    fn position(&self, target: Front) -> (usize, usize) {
        match target {
            Front::Search => (self.search.selected, self.result_count()),
            Front::Help => (
                self.help_scroll,
                help::max_scroll(&self.briefing, self.size) + 1,
            ),
            Front::Countdown => (self.deadline, self.briefing.deadlines.len()),
            Front::Issues => (self.issue, self.briefing.issues.len()),
            Front::Reader => (self.scroll, self.max_scroll() + 1),
            Front::Timeline => (self.timeline_list.selected, self.timeline.len()),
            Front::Coverage => (self.cov_row, self.briefing.issues.len()),
            Front::People => (self.people_list.selected, self.people.len()),
            Front::PersonQuotes => (
                self.person_quotes.selected,
                self.person().map_or(0, |p| p.quotes.len()),
            ),
            Front::Pins => (self.pins_list.selected, self.pins.len()),
        }
    }

    /// Puts `target` at place `at`, or its last place if there are fewer.
    fn move_to(&mut self, target: Front, at: usize) {
        let (_, len) = self.position(target);
        let at = at.min(len.saturating_sub(1));
        match target {
            Front::Search => self.search.selected = at,
            Front::Help => self.help_scroll = at,
            Front::Countdown => self.deadline = at,
            Front::Issues => self.issue = at,
            Front::Reader => self.scroll = at,
            Front::Timeline => self.timeline_list.selected = at,
            Front::Coverage => self.cov_row = at,
            Front::People => {
                if at != self.people_list.selected {
                    self.person_quotes = ListState::default();
                }
                self.people_list.selected = at;
            }
            Front::PersonQuotes => self.person_quotes.selected = at,
            Front::Pins => self.pins_list.selected = at,
        }
        self.follow();
    }

    fn move_by(&mut self, target: Front, by: isize) {
        let (at, _) = self.position(target);
        self.move_to(target, at.saturating_add_signed(by));
    }

    /// Keeps each list's selection inside its visible rows.
    pub(super) fn follow(&mut self) {
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
        let v = self.view_panes();
        let rows = v.list.height as usize;
        // The timeline shows a "now" row among its entries.
        let now_row = timeline::now_index(&self.timeline, &self.now);
        let shown =
            self.timeline_list.selected + usize::from(self.timeline_list.selected >= now_row);
        // A few rows of what comes next stay in sight below the selection.
        let last_row = self.timeline.len();
        let ahead = (shown + 3).min(last_row);
        let offset = keep(ahead, self.timeline_list.offset, rows);
        self.timeline_list.offset = keep(shown, offset, rows);
        self.people_list.offset = keep(self.people_list.selected, self.people_list.offset, rows);
        self.person_quotes.offset = keep(
            self.person_quotes.selected,
            self.person_quotes.offset,
            v.side_list.height as usize / 2,
        );
        self.pins_list.offset = keep(self.pins_list.selected, self.pins_list.offset, rows);
    }

    /// Asks for the search the query now stands for. A small briefing is
    /// searched at once; a large one by a job whose answer comes back as
    /// `Action::Found`, so the keystroke shows before the search is done.
    pub(super) fn run_search(&mut self) {
        self.search.generation += 1;
        let request = Request {
            generation: self.search.generation,
            briefing: Arc::clone(&self.briefing),
            query: self.search.query.clone(),
            // The other scope's count shows too, so the text is searched
            // once it has been asked for.
            text: self.search.text_asked,
            passages: self.search.passages.clone(),
        };
        let size: usize = self.briefing.sources.iter().map(|s| s.text.len()).sum();
        if size <= search_job::INLINE_TEXT {
            if let Some(results) = search_job::run(&request, &|| false) {
                self.found(results);
            }
        } else {
            self.search.pending = true;
            self.effects.push(Effect::Search(request));
        }
    }

    /// Takes a search's answer, unless a newer search has been asked for.
    fn found(&mut self, results: Results) {
        if results.generation != self.search.generation {
            return;
        }
        self.search.pending = false;
        self.search.hits = results.quotes.hits;
        self.search.total = results.quotes.total;
        if let Some((passages, text)) = results.text {
            self.search.passages = Some(passages);
            self.search.text_hits = text.hits;
            self.search.text_total = text.total;
        }
        self.search.selected = 0;
        self.search.offset = 0;
        // A walk's index points into the list just replaced. The mark stays:
        // Esc leaves the reader as it was, only `n` has nothing left to step.
        if matches!(self.stepping, Some(Stepping::Results { .. })) {
            self.stepping = None;
        }
    }

    /// Results in the scope shown.
    pub fn result_count(&self) -> usize {
        match self.search.scope {
            SearchScope::Quotes => self.search.hits.len(),
            SearchScope::Text => self.search.text_hits.len(),
        }
    }

    fn jump_to_passage(&mut self, i: usize) {
        let Some(p) = self
            .search
            .text_hits
            .get(i)
            .and_then(|h| self.search.passages.as_ref()?.get(h.passage))
        else {
            return;
        };
        let (source, span) = (p.source, p.span.clone());
        self.overlay = Overlay::None;
        self.focus = Focus::Reader;
        self.stepping = None;
        self.search.selected = i;
        self.show(source, span);
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
        if let Some(s) = self.briefing.sources.get(to) {
            self.unread.remove(&s.id);
        }
    }

    /// Shows `span` of source `source` in the reader, marked and in view.
    pub(super) fn show(&mut self, source: usize, span: Range<usize>) {
        self.view = View::Briefing;
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
        match self.view {
            View::Briefing => {}
            View::Timeline => return self.open_entry(self.timeline_list.selected, 0),
            View::Coverage => return self.open_cell(),
            View::People => return self.open_person(),
            View::Pins => return self.open_pin(),
        }
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

    pub(super) fn show_mention(&mut self, issue: usize, index: usize) {
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
        self.view = View::Briefing;
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
        let entry = self.timeline_list.selected;
        match self.stepping {
            // A walk goes on from the reader, or while its entry or person
            // is still the one selected.
            Some(Stepping::Anchors { entry: e, index })
                if self.view == View::Briefing || (self.view == View::Timeline && e == entry) =>
            {
                let n = self
                    .timeline
                    .get(e)
                    .map_or(0, |t| t.anchors(&self.briefing).len());
                if n > 0 {
                    self.open_entry(e, wrap(index, n));
                }
            }
            _ if self.view == View::Timeline => {
                let n = self
                    .timeline
                    .get(entry)
                    .map_or(0, |t| t.anchors(&self.briefing).len());
                if n > 0 {
                    self.open_entry(entry, if by >= 0 { 0 } else { n - 1 });
                }
            }
            Some(Stepping::Quotes { person, index })
                if self.view == View::Briefing
                    || (self.view == View::People && person == self.people_list.selected) =>
            {
                let n = self.people.get(person).map_or(0, |p| p.quotes.len());
                if n > 0 {
                    self.open_person_quote(person, wrap(index, n));
                }
            }
            _ if self.view != View::Briefing => {}
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
            Overlay::Search => (Front::Search, 1),
            Overlay::Help | Overlay::Errors | Overlay::Info => (Front::Help, WHEEL_LINES),
            Overlay::None if self.view != View::Briefing => (self.front(), 1),
            Overlay::None if p.reader.contains(at) => (Front::Reader, WHEEL_LINES),
            Overlay::None if p.issues.contains(at) || p.issue_detail.contains(at) => {
                (Front::Issues, 1)
            }
            Overlay::None if p.countdown.contains(at) => (Front::Countdown, 1),
            Overlay::None => return,
        };
        self.move_by(target, sign * by);
    }

    fn click(&mut self, col: u16, row: u16) {
        let at = Position::new(col, row);
        if let Some(v) = self.tab_at(at) {
            return self.show_view(v);
        }
        if self.overlay != Overlay::None || self.view != View::Briefing {
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
