//! The whole screen, as a user sees it, after a few keys: the built-in
//! briefing at a frozen clock, at 80x24 and 120x40 (and the wide layout).

use std::sync::OnceLock;

use brief::briefing::{Briefing, load};
use brief::export::screen::{render, text as buffer_text};
use brief::tui::app::App;
use brief::tui::view::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

/// Loaded once: the no-panic sweeps build thousands of apps.
fn builtin() -> Briefing {
    static BUILTIN: OnceLock<Briefing> = OnceLock::new();
    BUILTIN
        .get_or_init(|| load::builtin().expect("the built-in briefing loads"))
        .clone()
}

fn app() -> App {
    let now = chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap();
    App::new(builtin(), now, true)
}

/// The screen in colour, as the explorer draws it by default.
fn screen(app: &mut App, width: u16, height: u16, events: Vec<Event>) -> Buffer {
    render(app, &Theme::color(), (width, height), events)
}

/// The screen as `NO_COLOR` draws it.
fn mono_screen(app: &mut App, width: u16, height: u16, events: Vec<Event>) -> Buffer {
    render(app, &Theme::mono(), (width, height), events)
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn typed(s: &str) -> Vec<Event> {
    s.chars()
        .map(|c| match c {
            '\n' => key(KeyCode::Enter),
            c => key(KeyCode::Char(c)),
        })
        .collect()
}

fn shot(width: u16, height: u16, events: Vec<Event>) -> String {
    buffer_text(&screen(&mut app(), width, height, events))
}

/// `j` down to the rare-earths issue, then Enter.
fn open_rare_earths() -> Vec<Event> {
    let at = builtin()
        .issues
        .iter()
        .position(|i| i.id == "rare-earths")
        .unwrap_or(0);
    let mut keys = vec![key(KeyCode::Char('j')); at];
    keys.push(key(KeyCode::Enter));
    keys
}

fn search_rare() -> Vec<Event> {
    let mut keys = vec![key(KeyCode::Char('/'))];
    keys.extend(typed("rare"));
    keys
}

fn jump_to_quote() -> Vec<Event> {
    let mut keys = search_rare();
    keys.push(key(KeyCode::Enter));
    keys
}

macro_rules! screens {
    ($($name:ident: $w:literal x $h:literal, $keys:expr;)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(shot($w, $h, $keys));
        }
    )*};
}

screens! {
    first_screen_80x24: 80 x 24, vec![];
    first_screen_120x40: 120 x 40, vec![];
    first_screen_wide_160x40: 160 x 40, vec![];
    issue_opened_80x24: 80 x 24, open_rare_earths();
    issue_opened_120x40: 120 x 40, open_rare_earths();
    search_rare_80x24: 80 x 24, search_rare();
    search_rare_120x40: 120 x 40, search_rare();
    quote_jump_80x24: 80 x 24, jump_to_quote();
    quote_jump_120x40: 120 x 40, jump_to_quote();
    help_80x24: 80 x 24, vec![key(KeyCode::Char('?'))];
    help_120x40: 120 x 40, vec![key(KeyCode::Char('?'))];
    too_small_59x20: 59 x 20, vec![];
    timeline_80x24: 80 x 24, typed("2");
    timeline_120x40: 120 x 40, typed("2");
    timeline_travelled_80x24: 80 x 24, typed("2>>>>>");
    coverage_80x24: 80 x 24, typed("3jl");
    coverage_120x40: 120 x 40, typed("3jl");
    people_80x24: 80 x 24, typed("4jj\n");
    people_120x40: 120 x 40, typed("4jj\n");
    pins_empty_80x24: 80 x 24, typed("5");
    pins_80x24: 80 x 24, pinned_three();
    pins_120x40: 120 x 40, pinned_three();
    info_80x24: 80 x 24, { let mut k = jump_to_quote(); k.push(key(KeyCode::Char('i'))); k };
}

/// Three quotes pinned from the search, then the pins view.
fn pinned_three() -> Vec<Event> {
    let mut keys = Vec::new();
    for n in 0..3 {
        keys.push(key(KeyCode::Char('/')));
        keys.extend(vec![key(KeyCode::Down); n]);
        keys.push(key(KeyCode::Enter));
        keys.push(key(KeyCode::Char('p')));
    }
    keys.push(key(KeyCode::Char('5')));
    keys
}

#[test]
fn every_small_size_and_a_huge_one_render_without_panic() {
    let keys = [
        vec![],
        search_rare(),
        vec![key(KeyCode::Char('?'))],
        open_rare_earths(),
    ];
    for w in 1..=40 {
        for h in 1..=15 {
            for k in &keys {
                screen(&mut app(), w, h, k.clone());
            }
        }
    }
    for k in &keys {
        screen(&mut app(), 300, 100, k.clone());
    }
}

#[test]
fn sizes_around_the_minimum_render_without_panic() {
    for w in [59, 60, 61, 79, 80, 81, 139, 140] {
        for h in [15, 16, 17, 23, 24, 25] {
            screen(&mut app(), w, h, jump_to_quote());
            screen(&mut app(), w, h, open_rare_earths());
        }
    }
}

fn colours(buffer: &Buffer) -> usize {
    buffer
        .content()
        .iter()
        .filter(|c| c.fg != Color::Reset || c.bg != Color::Reset)
        .count()
}

#[test]
fn the_mono_theme_sets_no_colour_anywhere() {
    for keys in [
        vec![],
        open_rare_earths(),
        search_rare(),
        vec![key(KeyCode::Char('?'))],
    ] {
        let mut app = app();
        assert_eq!(colours(&mono_screen(&mut app, 120, 40, keys)), 0);
    }
    // And the colour theme does use colour, so the check above means something.
    assert!(colours(&screen(&mut app(), 120, 40, vec![])) > 0);
}

#[test]
fn an_uncurated_briefing_says_so_and_still_reads() {
    let mut b = builtin();
    b.curated = false;
    b.deadlines.clear();
    b.issues.clear();
    let now = chrono::DateTime::parse_from_rfc3339("2025-10-28T12:00:00-04:00").unwrap();
    let text = buffer_text(&screen(&mut App::new(b, now, true), 80, 24, vec![]));
    assert!(text.contains("Nothing curated yet"), "{text}");
    assert!(text.contains("Reader 1/5"), "{text}");
}

/// The symbols of the cells inside `area` whose style has `modifier`, in
/// reading order, spaces dropped.
fn marked_text(buffer: &Buffer, area: ratatui::layout::Rect, modifier: Modifier) -> String {
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &buffer[(x, y)];
            if cell.modifier.contains(modifier) && cell.symbol() != " " {
                out.push_str(cell.symbol());
            }
        }
    }
    out
}

#[test]
fn search_marks_the_matched_letters_without_colour() {
    let mut app = app();
    let buffer = mono_screen(&mut app, 80, 24, search_rare());
    let hit = &app.search.hits[0];
    let quote = &app.briefing.quotes[hit.quote];
    let expected: String = hit
        .text_ranges
        .iter()
        .map(|r| &quote.text[r.clone()])
        .collect::<String>()
        .replace(' ', "");
    // The first result's quote is the row under the query line and the rule.
    let row = brief::tui::layout::search_results(app.size);
    let first = ratatui::layout::Rect { height: 1, ..row };
    let marked = marked_text(&buffer, first, Modifier::BOLD | Modifier::UNDERLINED);
    assert_eq!(marked.to_lowercase(), expected.to_lowercase());
    assert!(buffer_text(&buffer).contains(&format!(
        "{}/{}",
        app.search.hits.len(),
        app.briefing.quotes.len()
    )));
}

#[test]
fn the_opened_mention_stands_out_in_the_reader() {
    let mut app = app();
    let buffer = mono_screen(&mut app, 80, 24, open_rare_earths());
    let mark = app
        .mark
        .clone()
        .expect("Enter on an issue marks its first mention");
    let text = &app.briefing.sources[mark.source].text[mark.span];
    let reader = app.panes().unwrap().reader_text;
    let shown = marked_text(&buffer, reader, Modifier::REVERSED);
    assert_eq!(shown, text.split_whitespace().collect::<String>());
    assert!(
        !marked_text(&buffer, reader, Modifier::UNDERLINED).is_empty(),
        "the issue's anchors are underlined"
    );
}

#[test]
fn help_ends_with_how_recent_the_sources_are() {
    let screen = shot(100, 30, typed("?G"));
    assert!(screen.contains("As of 2025-10-26 20:00 +08:00"), "{screen}");
    assert!(
        screen.contains("The latest moment the sources speak from"),
        "{screen}"
    );
}

/// The first column inside `reader` (borders left out) where row `y` shows
/// anything.
fn first_column(buffer: &Buffer, reader: ratatui::layout::Rect, y: u16) -> Option<u16> {
    (reader.left() + 1..reader.right() - 1).find(|&x| buffer[(x, y)].symbol() != " ")
}

#[test]
fn the_reader_header_lines_up_with_the_text() {
    for (w, h) in [(80, 24), (120, 40), (160, 40)] {
        let mut app = app();
        let buffer = screen(&mut app, w, h, vec![]);
        let p = app.panes().unwrap();
        let text = first_column(&buffer, p.reader, p.reader_text.y);
        assert_eq!(text, Some(p.reader_text.x), "{w}x{h}");
        for y in p.reader.y + 1..p.reader_text.y {
            assert_eq!(
                first_column(&buffer, p.reader, y),
                text,
                "row {y} at {w}x{h}"
            );
        }
    }
}

#[test]
fn screen_text_leaves_out_the_cells_a_wide_cell_covers() {
    use ratatui::buffer::CellDiffOption;
    use std::num::NonZeroU16;
    let mut buf = Buffer::empty(ratatui::layout::Rect::new(0, 0, 6, 1));
    buf.set_string(0, 0, "ab会cd", ratatui::style::Style::new());
    // A symbol drawn two columns wide whatever its text says (an escape
    // sequence, say): the cell after it is covered, as after a wide character.
    buf[(0, 0)].set_diff_option(CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap()));
    assert_eq!(buffer_text(&buf), "a会cd\n");
}
