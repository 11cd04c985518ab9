//! Measuring and wrapping text in terminal cells, not bytes or chars: what
//! the explorer draws and what the reports print both fit text through here.

use std::ops::Range;

use unicode_width::UnicodeWidthStr;

/// Cells a string takes in a terminal.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

pub fn char_width(c: char) -> usize {
    let mut buf = [0u8; 4];
    width(c.encode_utf8(&mut buf))
}

/// Byte length of the longest prefix of `s` that fits in `cells`.
pub fn fit(s: &str, cells: usize) -> usize {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += char_width(c);
        if used > cells {
            return i;
        }
    }
    s.len()
}

/// `s` cut with `…` so that it fits in `cells`.
pub fn truncate(s: &str, cells: usize) -> String {
    if width(s) <= cells {
        return s.to_string();
    }
    if cells == 0 {
        return String::new();
    }
    format!("{}…", &s[..fit(s, cells - 1)])
}

/// Word-wraps `text` to `cells` columns. Each display row is a byte range of
/// `text`, so highlights given as byte ranges land on the right cells. Lines
/// of the text are paragraphs: one blank row separates them, however many
/// empty lines the source had.
pub fn wrap(text: &str, cells: usize) -> Vec<Range<usize>> {
    let cells = cells.max(1);
    let mut rows: Vec<Range<usize>> = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let start = at;
        at += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        if !rows.is_empty() {
            rows.push(start..start);
        }
        wrap_paragraph(line, start, cells, &mut rows);
    }
    rows
}

fn wrap_paragraph(line: &str, base: usize, cells: usize, rows: &mut Vec<Range<usize>>) {
    // (start, end) of the row being filled, relative to `line`.
    let mut row: Option<(usize, usize, usize)> = None; // start, end, used cells
    for (ws, we) in words(line) {
        let word = &line[ws..we];
        let w = width(word);
        if let Some((s, e, used)) = row {
            let gap = width(&line[e..ws]);
            if used + gap + w <= cells {
                row = Some((s, we, used + gap + w));
                continue;
            }
            rows.push(base + s..base + e);
        }
        if w <= cells {
            row = Some((ws, we, w));
            continue;
        }
        // A word wider than the pane is broken wherever it stops fitting.
        let mut s = ws;
        loop {
            let n =
                fit(&line[s..we], cells).max(line[s..].chars().next().map_or(1, char::len_utf8));
            if s + n >= we {
                row = Some((s, we, width(&line[s..we])));
                break;
            }
            rows.push(base + s..base + s + n);
            s += n;
        }
    }
    if let Some((s, e, _)) = row {
        rows.push(base + s..base + e);
    }
}

/// Byte ranges of the runs of non-whitespace in `line`.
fn words(line: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, line.len()));
    }
    out
}

/// The display row holding byte `at`, given rows from `wrap`.
pub fn row_of(rows: &[Range<usize>], at: usize) -> usize {
    rows.iter()
        .rposition(|r| !r.is_empty() && r.start <= at)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show<'a>(text: &'a str, rows: &[Range<usize>]) -> Vec<&'a str> {
        rows.iter().map(|r| &text[r.clone()]).collect()
    }

    #[test]
    fn wraps_on_words_and_separates_paragraphs() {
        let text = "one two three four\n\n\nfive";
        let rows = wrap(text, 9);
        assert_eq!(show(text, &rows), ["one two", "three", "four", "", "five"]);
    }

    #[test]
    fn breaks_long_words_and_counts_wide_characters() {
        let text = "abcdefghij 漢字漢字";
        assert_eq!(
            show(text, &wrap(text, 4)),
            ["abcd", "efgh", "ij", "漢字", "漢字"]
        );
        assert_eq!(truncate("漢字漢字", 5), "漢字…");
        assert_eq!(truncate("short", 5), "short");
    }

    #[test]
    fn finds_the_row_of_a_byte() {
        let text = "aa bb\ncc";
        let rows = wrap(text, 2);
        assert_eq!(show(text, &rows), ["aa", "bb", "", "cc"]);
        assert_eq!(row_of(&rows, 3), 1);
        assert_eq!(row_of(&rows, 6), 3);
    }
}
