//! Where each pane goes for a given terminal size. Pure, so `update` (mouse
//! hit-testing, scrolling into view) and `view` agree on the same rectangles.

use ratatui::layout::{Constraint, Layout, Rect};

/// The smallest terminal the four views still work in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// From this width on the issue detail gets its own pane.
pub const WIDE: u16 = 140;

/// Rows of the reader above the text: title and metadata.
pub const READER_HEADER: u16 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Panes {
    pub header: Rect,
    /// The row of view tabs under the header.
    pub tabs: Rect,
    /// Everything between the tabs and the status line: where a view other
    /// than the briefing draws.
    pub body: Rect,
    pub countdown: Rect,
    /// Rows of the deadline list, inside the countdown pane.
    pub countdown_list: Rect,
    /// The issues pane: the list and, below `WIDE`, the summary too.
    pub issues: Rect,
    /// Rows of the issue list, inside the issues pane.
    pub issue_list: Rect,
    /// Where the selected issue's summary goes: inside the issues pane, or
    /// (wide) a pane of its own below it.
    pub issue_detail: Rect,
    /// The detail's own bordered pane, when it has one (wide).
    pub issue_detail_box: Option<Rect>,
    pub wide: bool,
    pub reader: Rect,
    /// The article's title and metadata, inside the reader above the text,
    /// with the same margin.
    pub reader_header: Rect,
    /// The article text, inside the reader below its header.
    pub reader_text: Rect,
    pub status: Rect,
}

/// What a bordered block leaves inside `r`.
pub(crate) fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// `None` when the terminal is too small for anything but a notice.
pub fn panes(area: Rect, deadlines: usize, issues: usize) -> Option<Panes> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        return None;
    }
    let wide = area.width >= WIDE;
    let max_rows: u16 = match area.height {
        40.. => 8,
        30.. => 6,
        24.. => 4,
        _ => 2,
    };
    let rows = (deadlines.max(1) as u16).min(max_rows);
    let [header, tabs, view, status] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Min(0),
        Constraint::Length(1),
    ])
    .areas(area);
    let [countdown, body] =
        Layout::vertical([Constraint::Length(rows + 2), Constraint::Min(0)]).areas(view);
    let left_width = if wide {
        46
    } else {
        (area.width * 2 / 5).clamp(28, 40)
    };
    let [left, reader] =
        Layout::horizontal([Constraint::Length(left_width), Constraint::Min(0)]).areas(body);
    let n = issues.max(1) as u16;
    let (issues_pane, issue_list, issue_detail, issue_detail_box) = if wide {
        let list_h = (n + 2).min(left.height / 2).max(3);
        let [top, bottom] =
            Layout::vertical([Constraint::Length(list_h), Constraint::Min(0)]).areas(left);
        (top, inner(top), inner(bottom), Some(bottom))
    } else {
        // Keep a few rows under the list for the summary, after a rule.
        let inside = inner(left);
        let list_h = n.min(inside.height.saturating_sub(5)).max(1);
        let list = Rect {
            height: list_h,
            ..inside
        };
        let detail = Rect {
            y: inside.y + list_h + 1,
            height: inside.height.saturating_sub(list_h + 1),
            ..inside
        };
        (left, list, detail, None)
    };
    // A column of margin each side: text against a border reads cramped.
    let inside = inner(reader);
    let margin = Rect {
        x: inside.x + 1,
        width: inside.width.saturating_sub(2),
        ..inside
    };
    let reader_header = Rect {
        height: READER_HEADER.min(margin.height),
        ..margin
    };
    let reader_text = Rect {
        y: margin.y + reader_header.height,
        height: margin.height - reader_header.height,
        ..margin
    };
    Some(Panes {
        header,
        tabs,
        body: view,
        countdown,
        countdown_list: inner(countdown),
        issues: issues_pane,
        issue_list,
        issue_detail,
        issue_detail_box,
        wide,
        reader,
        reader_header,
        reader_text,
        status,
    })
}

/// Where the analyst views draw, inside the body between tabs and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ViewPanes {
    /// The view's main pane, and the rows of its list inside.
    pub main: Rect,
    pub list: Rect,
    /// A second pane beside (people: their quotes) or below (pins: the
    /// selected citation) the main one.
    pub side: Rect,
    pub side_list: Rect,
}

/// The panes of the timeline and coverage (one pane), the people (a list
/// and the selected person's quotes) and the pins (a list over the selected
/// citation).
pub fn view_panes(body: Rect, split: Split) -> ViewPanes {
    let (main, side) = match split {
        Split::None => (body, Rect { height: 0, ..body }),
        Split::Beside => {
            let [l, r] =
                Layout::horizontal([Constraint::Percentage(40), Constraint::Min(0)]).areas(body);
            (l, r)
        }
        Split::Below => {
            let [t, b] = Layout::vertical([Constraint::Min(0), Constraint::Length(8)]).areas(body);
            (t, b)
        }
    };
    ViewPanes {
        main,
        list: inner(main),
        side,
        side_list: inner(side),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    None,
    Beside,
    Below,
}

/// The search overlay: most of the screen, centred.
pub fn search_box(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(6).min(110),
        area.height.saturating_sub(4).min(34),
    )
}

/// Rows of search results inside the search box: below the query line and a rule.
pub fn search_results(area: Rect) -> Rect {
    let inside = inner(search_box(area));
    Rect {
        y: inside.y + 2,
        height: inside.height.saturating_sub(2),
        ..inside
    }
}

pub fn help_box(area: Rect) -> Rect {
    centered(
        area,
        area.width.saturating_sub(4).min(84),
        area.height.saturating_sub(2).min(30),
    )
}

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    Rect {
        x: area.x + (area.width.saturating_sub(width)) / 2,
        y: area.y + (area.height.saturating_sub(height)) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panes_fit_inside_the_screen_at_every_usable_size() {
        for w in (MIN_WIDTH..=200).step_by(7).chain([WIDE - 1, WIDE]) {
            for h in (MIN_HEIGHT..=60).step_by(3) {
                let area = Rect::new(0, 0, w, h);
                let p = panes(area, 5, 9).unwrap();
                for r in [
                    p.header,
                    p.tabs,
                    p.body,
                    p.countdown,
                    p.countdown_list,
                    p.issues,
                    p.issue_list,
                    p.issue_detail,
                    p.reader,
                    p.reader_header,
                    p.reader_text,
                    p.status,
                ] {
                    assert!(area.union(r) == area, "{r:?} outside {area:?}");
                }
                if let Some(r) = p.issue_detail_box {
                    assert!(area.union(r) == area, "{r:?} outside {area:?}");
                }
                assert!(p.reader_text.width >= 20, "reader too narrow at {w}x{h}");
            }
        }
        assert!(panes(Rect::new(0, 0, MIN_WIDTH - 1, 30), 1, 1).is_none());
    }
}
