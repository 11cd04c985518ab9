//! Sentences of an article, as byte ranges of its text. A sentence never runs
//! across a line end (articles put headings, captions and bullets on lines of
//! their own), and a full stop after an abbreviation (`Oct.`, `U.S.`, `Gov.`)
//! or an initial does not end one.

use std::ops::Range;

/// Words whose full stop is part of the word, not the end of a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gov", "sen", "rep", "gen", "lt", "col", "capt",
    "prof", "sgt", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "u.s", "u.k", "u.n", "d.c",
    "e.g", "i.e", "mt", "ft", "approx", "est",
];

/// Every sentence of `text`, trimmed of surrounding blanks and of a bullet mark
/// that opens its line.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        split_line(body, line_start, &mut out);
        line_start += line.len();
    }
    out
}

fn split_line(line: &str, offset: usize, out: &mut Vec<Range<usize>>) {
    let mut start = 0;
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '.' | '?' | '!') {
            continue;
        }
        // Closing quotes and brackets belong to the sentence they close.
        let mut end = i + c.len_utf8();
        let mut next = k + 1;
        while let Some(&(j, q)) = chars.get(next) {
            if matches!(q, '"' | '”' | '’' | '\'' | ')' | ']') {
                end = j + q.len_utf8();
                next += 1;
            } else {
                break;
            }
        }
        let Some(&(_, after)) = chars.get(next) else {
            continue;
        };
        if !after.is_whitespace() {
            continue;
        }
        let opens = chars[next..]
            .iter()
            .find(|(_, ch)| !ch.is_whitespace())
            .map(|&(_, ch)| ch);
        let starts_sentence = opens.is_some_and(|ch| {
            ch.is_uppercase() || ch.is_ascii_digit() || matches!(ch, '"' | '“' | '‘' | '(' | '-')
        });
        if !starts_sentence || (c == '.' && is_abbreviation(&line[start..i])) {
            continue;
        }
        push(line, start..end, offset, out);
        start = end;
    }
    push(line, start..line.len(), offset, out);
}

/// True when the word before a full stop is an abbreviation or an initial.
fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    let bare = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic) {
        return true; // an initial: "Donald J. Trump"
    }
    ABBREVIATIONS.contains(&bare)
}

fn push(line: &str, range: Range<usize>, offset: usize, out: &mut Vec<Range<usize>>) {
    let piece = &line[range.clone()];
    let lead = piece.len()
        - piece
            .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '•' | '*' | '·'))
            .len();
    let trimmed = piece[lead..].trim_end();
    if trimmed.chars().any(char::is_alphanumeric) {
        let s = offset + range.start + lead;
        out.push(s..s + trimmed.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        split(t).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_a_sentence() {
        let t =
            "Gov. Ralph Northam met U.S. envoys on Oct. 30. Donald J. Trump said so. Then he left!";
        assert_eq!(
            texts(t),
            [
                "Gov. Ralph Northam met U.S. envoys on Oct. 30.",
                "Donald J. Trump said so.",
                "Then he left!"
            ]
        );
    }

    #[test]
    fn lines_and_bullets_are_sentences_of_their_own() {
        let t = "Key Points\n- Trump will meet Xi this week.\n  • The truce expires Nov. 10.\n\n";
        assert_eq!(
            texts(t),
            [
                "Key Points",
                "Trump will meet Xi this week.",
                "The truce expires Nov. 10."
            ]
        );
    }

    #[test]
    fn a_closing_quote_stays_with_its_sentence() {
        let t = "He said, “It ends Friday.” The vote is Tuesday.";
        assert_eq!(
            texts(t),
            ["He said, “It ends Friday.”", "The vote is Tuesday."]
        );
    }
}
