//! What the help overlay says, line by line, for a given width: every key
//! group from the binding table, what the marks on screen mean, and the
//! notes on assumed hours. `update` counts these lines to bound scrolling;
//! the view styles them. Neither builds the other's part.

use ratatui::layout::Rect;

use super::bindings;
use super::layout;
use crate::briefing::Briefing;
use crate::text::{truncate, width, wrap};

/// One thing on a line of the help, before styling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Item {
    Blank,
    /// A group's or a section's name.
    Heading(String),
    /// Keys, padded to the key column, and what they do.
    Key {
        keys: String,
        what: String,
    },
    /// A deadline's label, or the as-of moment, above its note.
    Bold(String),
    /// A line of a note, already indented.
    Text(String),
}

/// A line of the help: one item, or two side by side with the left one
/// padded to `pad` cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub left: Item,
    pub right: Option<(usize, Item)>,
}

/// What the marks on screen mean; not keys, so not in the binding table.
const MARKS: &[(&str, &str)] = &[
    ("▶ next", "deadline falling next"),
    ("passed", "deadline gone by (dim)"),
    ("*", "hour assumed, see below"),
    ("US CN ··", "US / China asks, other"),
    ("underline", "mentions of the issue"),
    ("highlight", "mention or quote shown"),
    ("[ Pane ]", "focused pane (thick)"),
];

type Group = (&'static str, Vec<(String, &'static str)>);

fn key_groups() -> Vec<Group> {
    let mut groups: Vec<Group> = bindings::groups()
        .into_iter()
        .map(|(name, rows)| (name, rows.iter().map(|b| (b.label(), b.what)).collect()))
        .collect();
    groups.push((
        "Marks",
        MARKS.iter().map(|(k, w)| (k.to_string(), *w)).collect(),
    ));
    groups
}

/// The key column: as wide as the widest keys.
fn key_column(groups: &[Group]) -> usize {
    groups
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|(k, _)| width(k)))
        .max()
        .unwrap_or(0)
}

fn group_items(groups: &[Group], column: usize, cells: usize) -> Vec<Item> {
    let mut out = Vec::new();
    for (i, (name, rows)) in groups.iter().enumerate() {
        if i > 0 {
            out.push(Item::Blank);
        }
        out.push(Item::Heading(name.to_string()));
        for (keys, what) in rows {
            out.push(Item::Key {
                keys: format!("{keys:<column$} "),
                what: truncate(what, cells.saturating_sub(column + 1)),
            });
        }
    }
    out
}

/// How many lines `groups` take, headings and blank separators included.
fn height(groups: &[Group]) -> usize {
    groups.iter().map(|(_, rows)| rows.len() + 2).sum::<usize>() - 1
}

/// A bold heading and a note wrapped under it, indented.
fn note(heading: &str, note: &str, cells: usize) -> Vec<Item> {
    let mut out = vec![Item::Bold(truncate(heading, cells))];
    out.extend(
        wrap(note, cells.saturating_sub(2))
            .into_iter()
            .filter(|r| !r.is_empty())
            .map(|r| Item::Text(format!("  {}", &note[r]))),
    );
    out
}

/// Where the sources give only a date, which hour the data assumed; and how
/// recent the sources are, so a reader knows what the briefing cannot know.
fn notes(briefing: &Briefing, cells: usize) -> Vec<Item> {
    let mut out = Vec::new();
    let assumed: Vec<_> = briefing
        .deadlines
        .iter()
        .filter_map(|d| Some((d, d.assumed.as_ref()?)))
        .collect();
    if !assumed.is_empty() {
        out.push(Item::Blank);
        out.push(Item::Heading("* Hours assumed".into()));
        for (d, text) in assumed {
            out.extend(note(&d.label, text, cells));
        }
    }
    if let Some(as_of) = briefing.as_of {
        out.push(Item::Blank);
        out.push(Item::Heading("Sources".into()));
        let heading = format!("As of {}", as_of.format("%Y-%m-%d %H:%M %:z"));
        out.extend(note(
            &heading,
            briefing.as_of_note.as_deref().unwrap_or(""),
            cells,
        ));
    }
    out
}

/// Every line of the help inside a box of `inner`'s width: the key groups
/// in two columns where the box is wide enough (split where the columns
/// come out most even), else one; then the notes across the full width.
pub fn lines(briefing: &Briefing, inner: Rect) -> Vec<HelpLine> {
    let groups = key_groups();
    let column = key_column(&groups);
    let cells = inner.width as usize;
    let one = |item| HelpLine {
        left: item,
        right: None,
    };
    let mut out: Vec<HelpLine> = if cells >= 72 {
        let half = (cells - 2) / 2;
        let split = (1..groups.len())
            .min_by_key(|&k| height(&groups[..k]).max(height(&groups[k..])))
            .unwrap_or(1);
        let left = group_items(&groups[..split], column, half);
        let right = group_items(&groups[split..], column, half);
        (0..left.len().max(right.len()))
            .map(|i| HelpLine {
                left: left.get(i).cloned().unwrap_or(Item::Blank),
                right: right.get(i).cloned().map(|r| (half + 2, r)),
            })
            .collect()
    } else {
        group_items(&groups, column, cells)
            .into_iter()
            .map(one)
            .collect()
    };
    out.extend(notes(briefing, cells).into_iter().map(one));
    out
}

/// How far the help can scroll at this screen size.
pub fn max_scroll(briefing: &Briefing, size: Rect) -> usize {
    let inner = layout::inner(layout::help_box(size));
    lines(briefing, inner)
        .len()
        .saturating_sub(inner.height as usize)
}
