//! Text helpers shared by loading, anchors and quote extraction.

use std::ops::Range;

/// Makes article text inert and uniform: `\r\n` and lone `\r` become `\n`,
/// tabs become spaces, and every other control character (ESC above all) is
/// shown in caret notation, so an article can never drive the terminal.
pub fn sanitize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c => push_inert(&mut out, c),
        }
    }
    out
}

/// `sanitize`, keeping the string itself when there is nothing to change:
/// the usual case, and a copy less of every article at load.
pub fn sanitize_owned(raw: String) -> String {
    let bytes = raw.as_bytes();
    // In blocks without an early exit, so the check runs many bytes at once.
    let plain = bytes.chunks(64).all(|block| {
        block
            .iter()
            .fold(true, |ok, &b| ok & ((b >= 0x20 && b != 0x7f) | (b == b'\n')))
    })
        // C1 controls are U+0080..U+009F: 0xC2 then 0x80..=0x9F in UTF-8.
        && memchr::memchr_iter(0xc2, bytes)
            .all(|i| !bytes.get(i + 1).is_some_and(|b| (0x80..=0x9f).contains(b)));
    if plain { raw } else { sanitize(&raw) }
}

/// Makes a one-line string from outside the binary inert: a `briefing.toml`
/// value, a file or folder name, a message quoting them. Every control
/// character, line breaks included, is shown in caret notation (C1 ones as
/// `<U+009B>`), so the string can neither drive the terminal nor forge a
/// line of output.
pub fn inert(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        push_inert(&mut out, c);
    }
    out
}

fn push_inert(out: &mut String, c: char) {
    match c {
        c if (c as u32) < 0x20 => {
            out.push('^');
            out.push((b'@' + c as u8) as char);
        }
        '\u{7f}' => out.push_str("^?"),
        c if ('\u{80}'..='\u{9f}').contains(&c) => {
            out.push_str(&format!("<U+{:04X}>", c as u32));
        }
        c => out.push(c),
    }
}

/// `1 source`, `2 sources`: a count with its noun, for plain English nouns.
pub fn count(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// `10,000`: a number grouped by thousands, as a count is read.
///
/// ```
/// # use brief::briefing::text::thousands;
/// assert_eq!(thousands(999), "999");
/// assert_eq!(thousands(3412), "3,412");
/// assert_eq!(thousands(1_000_000), "1,000,000");
/// ```
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// 1-based line number of a byte offset, for one lookup. Many lookups in
/// the same text go through a `LineIndex`: counting from the start each time
/// makes a text dense with quotes load in quadratic time.
pub fn line_of(text: &str, offset: usize) -> usize {
    LineIndex::new(text).line(offset)
}

/// Where each line of a text starts, found in one pass; a line number is
/// then a binary search.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset of the start of every line after the first.
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let starts = text
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'\n')
            .map(|(i, _)| i + 1)
            .collect();
        LineIndex { starts }
    }

    /// 1-based line number of a byte offset (past the end: the last line).
    pub fn line(&self, offset: usize) -> usize {
        self.starts.partition_point(|&start| start <= offset) + 1
    }
}

/// Finds every occurrence of `needle` in `haystack` where only whitespace may
/// differ (any run of whitespace matches any other run). Returns byte ranges
/// in `haystack`, trimmed to the matched characters.
pub fn find_loose(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let words: Vec<&str> = needle.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(rel) = haystack[from..].find(words[0]) {
        let start = from + rel;
        if let Some(end) = match_rest(haystack, start + words[0].len(), &words[1..]) {
            found.push(start..end);
        }
        from = start + words[0].len().max(1);
        while !haystack.is_char_boundary(from) {
            from += 1;
        }
    }
    found
}

fn match_rest(haystack: &str, mut at: usize, words: &[&str]) -> Option<usize> {
    for word in words {
        let rest = &haystack[at..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() {
            return None; // words must be separated by whitespace, as in the needle
        }
        at += rest.len() - trimmed.len();
        if !trimmed.starts_with(word) {
            return None;
        }
        at += word.len();
    }
    Some(at)
}

/// Byte ranges of the sentences of `text`, trimmed, in order. A line is a
/// paragraph (or a headline), so no sentence runs across a line end. Inside
/// a line a sentence ends at `.`, `!` or `?` (and any closing quote marks or
/// brackets after it) when what follows the space opens a new sentence: a
/// capital letter or an opening quote mark. A lower-case word or a number
/// after the stop (`Nov. 1`), or a stop after a single letter (`U.S.`,
/// `Donald J. Trump`) or a title (`Mr.`), does not end one.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        let mut start = 0;
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (at, c) = chars[i];
            i += 1;
            if !matches!(c, '.' | '!' | '?') || (c == '.' && after_abbreviation(&line[..at])) {
                continue;
            }
            while i < chars.len() && matches!(chars[i].1, '"' | '”' | '’' | '\'' | ')' | ']') {
                i += 1;
            }
            let end = chars.get(i).map_or(line.len(), |&(at, _)| at);
            let next = line[end..].trim_start();
            let spaced = next.len() < line[end..].len();
            let opens = next
                .chars()
                .next()
                .is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '“' | '‘'));
            if spaced && opens {
                push_trimmed(&mut out, line, base, start..end);
                start = end;
            }
        }
        push_trimmed(&mut out, line, base, start..line.len());
    }
    out
}

fn push_trimmed(out: &mut Vec<Range<usize>>, line: &str, base: usize, r: Range<usize>) {
    let s = &line[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        let start = base + r.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// Whether a full stop at the end of `before` closes an abbreviation rather
/// than a sentence: a single letter (`U.S`, `J`) or a title before a name.
fn after_abbreviation(before: &str) -> bool {
    const TITLES: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "St", "Jr", "Sr", "vs",
    ];
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.chars().count() == 1 || TITLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn sanitize_owned_is_sanitize() {
        for raw in [
            "plain text\nover lines",
            "tab\there",
            "crlf\r\nlone cr\r",
            "escape \u{1b}[31m red",
            "del \u{7f} and C1 \u{9b} and \u{85}",
            "non-ASCII café — “quotes” ¢ \u{a0}",
        ] {
            assert_eq!(sanitize_owned(raw.to_string()), sanitize(raw), "{raw:?}");
        }
    }

    #[test]
    fn sentences_end_at_a_stop_before_a_capital_or_a_quote() {
        assert_eq!(
            split("Talks ended. Both sides left!  “Good,” he said? yes"),
            vec!["Talks ended.", "Both sides left!", "“Good,” he said? yes"]
        );
    }

    #[test]
    fn closing_quote_marks_stay_with_their_sentence() {
        assert_eq!(
            split("He said “it is done.” Then he left."),
            vec!["He said “it is done.”", "Then he left."]
        );
    }

    #[test]
    fn abbreviations_and_numbers_do_not_end_a_sentence() {
        assert_eq!(
            split("The U.S. President met Mr. Xi on Nov. 1 in the city. Donald J. Trump spoke."),
            vec![
                "The U.S. President met Mr. Xi on Nov. 1 in the city.",
                "Donald J. Trump spoke."
            ]
        );
    }

    #[test]
    fn every_line_is_its_own_paragraph_and_spans_are_bytes() {
        let text = "Héadline without stop\n\n  Body one. Body two.\n";
        let spans = sentences(text);
        let got: Vec<&str> = spans.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(got, vec!["Héadline without stop", "Body one.", "Body two."]);
        assert_eq!(line_of(text, spans[2].start), 3);
    }

    #[test]
    fn escape_sequences_become_visible_text() {
        let s = sanitize("red \x1b[31malert\x1b[0m\r\nnext\tcol\u{9b}");
        assert!(!s.contains('\x1b'));
        assert!(!s.contains('\r'));
        assert_eq!(s, "red ^[[31malert^[[0m\nnext    col<U+009B>");
    }

    #[test]
    fn one_line_strings_keep_no_control_character_at_all() {
        let s = inert("a\x1b]52;c;aGk=\x07b\nc\td\u{9b}31m\u{7f}");
        assert_eq!(s, "a^[]52;c;aGk=^Gb^Jc^Id<U+009B>31m^?");
        assert!(!s.chars().any(|c| c.is_control()));
        assert_eq!(inert("Trump–Xi “summit”"), "Trump–Xi “summit”");
    }

    #[test]
    fn loose_find_ignores_whitespace_differences_only() {
        let hay = "the trade\n   truce  expires";
        assert_eq!(find_loose(hay, "trade truce expires"), vec![4..27]);
        assert!(find_loose(hay, "tradetruce").is_empty());
        assert!(find_loose(hay, "trade truces").is_empty());
        assert_eq!(find_loose("a b a  b", "a b"), vec![0..3, 4..8]);
    }

    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(count(1, "source"), "1 source");
        assert_eq!(count(0, "source"), "0 sources");
        assert_eq!(count(2, "mention"), "2 mentions");
    }

    #[test]
    fn lines_count_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
    }

    #[test]
    fn line_index_agrees_with_counting_newlines_at_every_offset() {
        let text = "\n\nfirst\n“curly”\n\nlast line without end";
        let index = LineIndex::new(text);
        for offset in 0..=text.len() + 3 {
            let counted = text.as_bytes()[..offset.min(text.len())]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            assert_eq!(index.line(offset), counted, "offset {offset}");
        }
        // A newline belongs to the line it ends.
        assert_eq!(LineIndex::new("ab\ncd").line(2), 1);
        assert_eq!(LineIndex::new("ab\ncd").line(3), 2);
        assert_eq!(LineIndex::new("").line(0), 1);
    }
}
